import { describe, it, assert } from '../harness.js';
import { parseDefinition, DefinitionError } from '../../src/core.js';

describe('harness and definition model (smoke)', () => {
  it('parses a minimal definition', () => {
    const def = parseDefinition({ format: 'aimskit.definition/1', id: 'd', version: '1', title: 'T', scales: [], sections: [{ id: 's', title: 'S', questions: [{ id: 'q', type: 'text', text: 'Q?' }] }] });
    assert.equal(def.sections[0]!.questions[0]!.id, 'q');
  });
  it('rejects a wrong shape with a path', () => {
    const err = assert.throws(() => parseDefinition({ format: 'aimskit.definition/1', id: 'd', version: '1', title: 'T', scales: [], sections: [{ id: 's', title: 'S', questions: [{ id: 'q', type: 'scael', text: 'Q?' }] }] }), DefinitionError);
    assert.equal(err.issues[0]!.path, 'sections[0].questions[0].type');
  });
});
