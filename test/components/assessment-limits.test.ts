// <aims-assessment src>: an oversized definition is refused before it is parsed, while its body is
// read (with or without an announced length, and for an endless body); one just inside the limit
// loads. Real Chromium.
import { expect, oneEvent } from '@open-wc/testing';
import '../../components/assessment/define.js';
import { MAX_DEFINITION_SIZE } from '../../src/model/index.js';
import { allTypes } from './fixtures.js';

async function load(src: string) {
  const el = document.createElement('aims-assessment');
  el.storage = 'memory';
  el.src = src;
  const settled = Promise.race([
    oneEvent(el, 'aims-definition-error').then((e) => ({
      error: e.detail.issues[0]!.message as string,
    })),
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

  it('refuses an oversized body with an announced length (blob URL, with Content-Length)', async () => {
    const url = URL.createObjectURL(new Blob([oversized], { type: 'application/json' }));
    const { error } = await load(url);
    URL.revokeObjectURL(url);
    expect(error).to.contain('the definition is too large (more than 4 MB)');
  });

  it('refuses an oversized text when no length is announced (data URL)', async () => {
    const { error } = await load(`data:application/json,${oversized}`);
    expect(error).to.contain('the definition is too large (more than 4 MB)');
  });

  it('stops reading a body with no announced length once it passes the limit (an endless stream)', async () => {
    // Without a streaming limit the element would read this body (1 GB of spaces) to the end.
    const t0 = performance.now();
    const { error } = await load('/__aims-test/endless.json');
    expect(error).to.contain('the definition is too large (more than 4 MB)');
    expect(performance.now() - t0).to.be.below(15000);
  });

  it('loads a definition just inside the limit', async () => {
    const text = JSON.stringify({
      ...allTypes,
      description: 'd'.repeat(MAX_DEFINITION_SIZE - JSON.stringify(allTypes).length - 100),
    });
    expect(text.length).to.be.below(MAX_DEFINITION_SIZE);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const { error } = await load(url);
    URL.revokeObjectURL(url);
    expect(error).to.equal('');
  });
});
