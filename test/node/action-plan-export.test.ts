// The action plan's exports: CSV (golden header and rows, formula-safe cells), JSON, and the OSCAL
// Plan of Action and Milestones, validated against NIST's official OSCAL 1.0.6 POA&M JSON Schema
// read from ../shared/reference when it exists (elsewhere the schema test is skipped, saying so),
// with UUIDs stable across exports of the same assessment.
import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import {
  actionPlanToCsv,
  actionPlanToJson,
  actionPlanToOscalPoam,
  ACTION_PLAN_CSV_COLUMNS,
  type AssessmentResponse,
} from '../../src/core.js';
import { PLAN_DEFINITION as D, planResponse } from '../core/action-plan-fixture.js';

// Compiled to build/node/test/node/: the repository root is four levels up.
const root = new URL('../../../../', import.meta.url);
const schemaUrl = new URL('../shared/reference/oscal-1.0.6/oscal_poam_schema.json', root);
const skip = existsSync(schemaUrl)
  ? false
  : 'skipped: the OSCAL 1.0.6 schemas are not here (../shared/reference/oscal-1.0.6/oscal_poam_schema.json)';

/** ajv without ajv-formats: the formats the schema uses, checked plainly (as in oscal.test.ts). */
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

const NOW = '2026-05-01T12:00:00Z';

const recorded: AssessmentResponse = planResponse(
  {},
  {
    meta: { organisation: 'Example GmbH' },
    actions: [
      {
        id: 'act-1',
        proposal: 'risk:R-1',
        title: '=HYPERLINK("http://evil")',
        description: 'Retrain on a balanced data set, then re-assess',
        owner: 'Head of Data',
        due: '2026-03-31',
        status: 'in-progress',
        links: { risk: 'R-1', control: 'A.2.2' },
        notes: 'first run, in March',
      },
      {
        id: 'act-2',
        proposal: 'control:A.3.2',
        title: 'Decide on roles',
        status: 'accepted',
        reason: 'Roles are set by the group',
      },
      { id: 'act-3', title: 'Brief the board', status: 'done', owner: 'CEO' },
    ],
  },
);

test('CSV: the header, one row per entry in plan order, formula-safe cells', () => {
  const csv = actionPlanToCsv(D, recorded, { today: '2026-04-01' });
  const lines = csv.split('\r\n');
  assert.equal(lines[0], ACTION_PLAN_CSV_COLUMNS.join(','));
  assert.equal(lines.at(-1), '', 'ends with CRLF');
  assert.equal(lines.length, 1 + 6 + 1);
  assert.equal(
    lines[1],
    'risk:R-1,in-progress,yes,2,risk,not-accepted,"\'=HYPERLINK(""http://evil"")",' +
      '"Retrain on a balanced data set, then re-assess",Head of Data,2026-03-31,in-progress,,,,' +
      'A.2.2,R-1,,,,"first run, in March",0',
  );
  assert.equal(
    lines[2],
    'document:policy,proposed,no,2,document,missing,AI policy document,,,,,,A.2,A.2.2,,,,a2,policy,,0',
  );
  assert.equal(
    lines[4],
    'control:A.3.2,accepted,no,1,control,undecided,Decide on roles,,,,accepted,' +
      'Roles are set by the group,A.3,A.3.2,A.3.2,,,,,,0',
  );
  assert.equal(
    lines[5],
    'gap:4.1:c4,proposed,no,0.8,question,below-target,Write down the context,' +
      'Write down the context,,,,,4,4.1,,,,c4,,,0',
  );
  assert.equal(lines[6], 'action:act-3,done,no,,,,Brief the board,,CEO,,done,,,,,,,,,,0');
  // German titles where the definition has them
  assert.match(actionPlanToCsv(D, recorded, { locale: 'de' }), /Den Kontext festhalten/);
});

test('JSON: format, definition, progress and the rows', () => {
  const json = actionPlanToJson(D, recorded, { now: NOW, today: '2026-04-01' });
  assert.equal(json.format, 'aimskit.action-plan/1');
  assert.deepEqual(json.definition, { id: 'plan', version: '1', title: 'Plan' });
  assert.equal(json.generatedAt, NOW);
  assert.equal(json.progress.total, 6);
  assert.equal(json.progress.overdue, 1);
  assert.equal(json.progress.done, 2);
  assert.deepEqual(
    json.entries.map((row) => [row.id, row.state]),
    [
      ['risk:R-1', 'in-progress'],
      ['document:policy', 'proposed'],
      ['gap:A.2.2:a2', 'proposed'],
      ['control:A.3.2', 'accepted'],
      ['gap:4.1:c4', 'proposed'],
      ['action:act-3', 'done'],
    ],
  );
  assert.deepEqual(JSON.parse(JSON.stringify(json)), json, 'JSON-serialisable');
});

type Poam = ReturnType<typeof actionPlanToOscalPoam>['plan-of-action-and-milestones'];
const poamOf = (response: AssessmentResponse, now = NOW): Poam =>
  actionPlanToOscalPoam(D, response, { now })['plan-of-action-and-milestones'];

test('OSCAL POA&M: every entry an item linked to its observation and risk', () => {
  const poam = poamOf(recorded);
  assert.equal(poam['poam-items'].length, 6);
  const observations = new Set(poam.observations!.map((observation) => observation.uuid));
  const risks = new Map(poam.risks!.map((risk) => [risk.uuid, risk]));
  assert.equal(observations.size, 5, 'one observation per open item');
  assert.equal(risks.size, 1);
  for (const item of poam['poam-items'])
    for (const related of item['related-observations'] ?? [])
      assert.ok(observations.has(related['observation-uuid']), item.title);
  const first = poam['poam-items'][0]!;
  assert.equal(first.title, '=HYPERLINK("http://evil")', 'OSCAL carries the text as it is');
  const riskUuid = first['related-risks']![0]!['risk-uuid'];
  assert.equal(risks.get(riskUuid)!.status, 'remediating');
  assert.equal(risks.get(riskUuid)!.title, 'Biased decisions');
  // the hand-written action has no observation
  assert.equal('related-observations' in poam['poam-items'][5]!, false);
});

test('OSCAL POA&M: UUIDs are stable across exports of the same assessment', () => {
  const first = poamOf(recorded);
  const later = poamOf(recorded, '2026-09-01T00:00:00Z');
  assert.deepEqual(
    later['poam-items'].map((item) => item.uuid),
    first['poam-items'].map((item) => item.uuid),
  );
  assert.equal(later.uuid, first.uuid);
  // recording an action for a proposal keeps the item's and the observation's UUID
  const before = poamOf(planResponse());
  const uuidOf = (poam: Poam, label: string) =>
    poam['poam-items'].find((item) =>
      item.props?.some((prop) => prop.name === 'label' && prop.value === label),
    )?.uuid;
  assert.ok(uuidOf(before, 'risk:R-1'));
  assert.equal(uuidOf(before, 'risk:R-1'), uuidOf(first, 'risk:R-1'));
  assert.equal(uuidOf(before, 'gap:4.1:c4'), uuidOf(first, 'gap:4.1:c4'));
  // every UUID distinct
  const all = [
    first.uuid,
    ...first['poam-items'].map((item) => item.uuid),
    ...first.observations!.map((item) => item.uuid),
    ...first.risks!.map((item) => item.uuid),
  ];
  assert.equal(new Set(all).size, all.length);
  // a pinned UUID changes them all
  const pinned = actionPlanToOscalPoam(D, recorded, {
    now: NOW,
    uuid: '0f9a2c3e-1d4b-4c5a-9e8f-7a6b5c4d3e2f',
  })['plan-of-action-and-milestones'];
  assert.equal(pinned.uuid, '0f9a2c3e-1d4b-4c5a-9e8f-7a6b5c4d3e2f');
  assert.notEqual(pinned['poam-items'][0]!.uuid, first['poam-items'][0]!.uuid);
});

test('OSCAL POA&M validates against the official 1.0.6 schema', { skip }, () => {
  const validate = validator();
  assert.deepEqual(errorsOf(validate, actionPlanToOscalPoam(D, recorded, { now: NOW })), []);
  assert.deepEqual(errorsOf(validate, actionPlanToOscalPoam(D, planResponse(), { now: NOW })), []);
  // nothing open: one item saying so, still valid
  const ready = planResponse(
    { c4: { value: '3' }, a2: { value: '3', evidence: [] } },
    {
      soa: {
        'A.2.2': { applicable: false, justification: 'No AI policy of our own' },
        'A.3.2': { applicable: false, justification: 'Roles set by the group' },
      },
      risks: [],
    },
  );
  const empty = actionPlanToOscalPoam(D, ready, { now: NOW });
  assert.deepEqual(errorsOf(validate, empty), []);
  assert.equal(empty['plan-of-action-and-milestones']['poam-items'][0]!.title, 'No open items');
  // the schema catches a broken document (the test can fail)
  const broken = structuredClone(actionPlanToOscalPoam(D, recorded, { now: NOW })) as unknown as {
    'plan-of-action-and-milestones': { 'poam-items': unknown[] };
  };
  broken['plan-of-action-and-milestones']['poam-items'] = [];
  assert.notDeepEqual(errorsOf(validate, broken), []);
});
