// <aims-assessment src>: an oversized definition is refused before it is parsed (by its announced length,
// and by its text when no length is announced); one just inside the limit loads. Real Chromium.
import { expect, oneEvent } from '@open-wc/testing';
import '../../components/assessment/define.js';
import { MAX_DEFINITION_SIZE } from '../../src/model/index.js';
import { allTypes } from './fixtures.js';

async function load(src: string) {
  const el = document.createElement('aims-assessment');
  el.storage = 'memory';
  el.src = src;
  const settled = Promise.race([
    oneEvent(el, 'aims-definition-error').then((e) => ({ error: e.detail.issues[0]!.message as string })),
    oneEvent(el, 'aims-ready').then(() => ({ error: '' })),
  ]);
  document.body.append(el);
  const r = await settled;
  el.remove();
  return r;
}

describe('<aims-assessment src> limits', () => {
  // Not JSON at all: if it were parsed, the error would be a syntax error, not the size.
  const oversized = 'x'.repeat(MAX_DEFINITION_SIZE + 1);

  it('refuses a body whose announced length is over the limit (blob URL, with Content-Length)', async () => {
    const url = URL.createObjectURL(new Blob([oversized], { type: 'application/json' }));
    const { error } = await load(url);
    URL.revokeObjectURL(url);
    expect(error).to.contain('the definition is too large (more than 4 MB)');
  });

  it('refuses an oversized text when no length is announced (data URL)', async () => {
    const { error } = await load(`data:application/json,${oversized}`);
    expect(error).to.contain('the definition is too large (more than 4 MB)');
  });

  it('loads a definition just inside the limit', async () => {
    const text = JSON.stringify({ ...allTypes, description: 'd'.repeat(MAX_DEFINITION_SIZE - JSON.stringify(allTypes).length - 100) });
    expect(text.length).to.be.below(MAX_DEFINITION_SIZE);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const { error } = await load(url);
    URL.revokeObjectURL(url);
    expect(error).to.equal('');
  });
});
