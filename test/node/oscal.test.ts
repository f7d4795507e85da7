// The OSCAL export validates against NIST's official OSCAL 1.0.6 component-definition JSON Schema
// (draft-07), read from ../shared/reference when it exists (the maintainers' machines); elsewhere
// the test is skipped, saying so. The only test that reads outside the repository.
import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { soaToOscal, parseDefinition, type AssessmentResponse } from '../../src/core.js';
import { iso42001 } from '../../src/content.js';

// Compiled to build/node/test/node/: the repository root is four levels up.
const root = new URL('../../../../', import.meta.url);
const schemaUrl = new URL('../shared/reference/oscal-1.0.6/oscal_component_schema.json', root);
const skip = existsSync(schemaUrl)
  ? false
  : 'skipped: the OSCAL 1.0.6 schemas are not here (../shared/reference/oscal-1.0.6/oscal_component_schema.json)';

/**
 * ajv without ajv-formats: the four formats the schema uses, checked plainly (the schema's own
 * patterns do the rest).
 */
function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i);
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S+$/i);
  ajv.addFormat('uri-reference', /^\S*$/);
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+$/);
  return ajv.compile(JSON.parse(readFileSync(schemaUrl, 'utf8')) as object);
}

const errorsOf = (validate: ReturnType<typeof validator>, doc: unknown) =>
  validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);

test(
  'the OSCAL export of the full ISO/IEC 42001 SoA validates against the official 1.0.6 schema',
  { skip },
  () => {
    const validate = validator();
    const definition = parseDefinition(iso42001);
    const response: AssessmentResponse = {
      format: 'aimskit.response/1',
      definition: { id: definition.id, version: definition.version },
      answers: { 'a2-2-ai-policy': { value: '3' } },
      risks: [
        {
          id: 'R-1',
          title: 'Bias',
          likelihood: 'likely',
          impact: 'major',
          controls: ['A.2.2', 'A.6.2.4'],
        },
      ],
      soa: {
        'A.10.3': {
          applicable: false,
          justification: 'We have no customers\nfor our AI systems.',
          owner: '  Head of Sales ',
        },
        'A.4.2': { applicable: true, justification: '=formula stays text', status: 'alternative' },
      },
      meta: { organisation: 'Example GmbH', system: 'Credit scoring' },
    };
    const doc = soaToOscal(definition, response, { now: new Date('2026-05-01T12:00:00Z') });
    assert.deepEqual(errorsOf(validate, doc), []);
    const reqs =
      doc['component-definition'].components[0]!['control-implementations'][0]![
        'implemented-requirements'
      ];
    assert.equal(reqs.length, 38, 'one implemented requirement per Annex A control');
    // an empty response (everything undecided) validates too
    const empty = soaToOscal(
      definition,
      {
        format: 'aimskit.response/1',
        definition: { id: definition.id, version: definition.version },
        answers: {},
      },
      { now: '2026-05-01T12:00:00Z' },
    );
    assert.deepEqual(errorsOf(validate, empty), []);
  },
);

test('the schema check is real: a broken export is rejected', { skip }, () => {
  const validate = validator();
  const definition = parseDefinition(iso42001);
  const doc = soaToOscal(
    definition,
    {
      format: 'aimskit.response/1',
      definition: { id: definition.id, version: definition.version },
      answers: {},
    },
    { now: '2026-05-01T12:00:00Z' },
  );
  const broken = (mutate: (d: ReturnType<typeof soaToOscal>['component-definition']) => void) => {
    const copy = structuredClone(doc);
    mutate(copy['component-definition']);
    return errorsOf(validate, copy);
  };
  const reqs = (d: ReturnType<typeof soaToOscal>['component-definition']) =>
    d.components[0]!['control-implementations'][0]!['implemented-requirements'];
  assert.notDeepEqual(
    broken((d) => {
      d.uuid = 'not-a-uuid';
    }),
    [],
  );
  assert.notDeepEqual(
    broken((d) => {
      reqs(d)[0]!['control-id'] = 'A 6';
    }),
    [],
  );
  assert.notDeepEqual(
    broken((d) => {
      reqs(d)[0]!.props[0]!.value = ' padded ';
    }),
    [],
  );
  assert.notDeepEqual(
    broken((d) => {
      d.metadata['last-modified'] = '2026-05-01';
    }),
    [],
  );
  assert.notDeepEqual(
    broken((d) => {
      (d.metadata as Record<string, unknown>).colour = 'red';
    }),
    [],
  );
});
