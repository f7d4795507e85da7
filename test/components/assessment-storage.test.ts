import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { deleteDB, openDB } from 'idb';
import '../../components/assessment/define.js';
import '../../components/questionnaire/define.js';
import type { AimsAssessment } from '../../components/assessment/assessment.js';
import { en } from '../../components/base/messages/en.js';
import { DB_VERSION } from '../../src/store/index.js';
import { $, allTypes } from './fixtures.js';

/**
 * Makes the real `aimskit` database unusable for this build: it is left at a newer version
 * (VersionError on open).
 */
async function occupyNewerVersion(): Promise<void> {
  (await openDB('aimskit', DB_VERSION + 1)).close();
}
// Not blocked: the store closes its connection when another asks for a new version or the deletion.
const removeDb = () => deleteDB('aimskit');

describe('<aims-assessment> when the browser cannot store', () => {
  after(removeDb);

  it('shows a visible notice, emits aims-storage-error and keeps working in memory', async () => {
    await occupyNewerVersion();
    const el = document.createElement('aims-assessment');
    el.setAttribute('storage-key', 'storage-failure');
    el.definition = allTypes;
    el.append(document.createElement('aims-questionnaire'));
    const failed = oneEvent(el, 'aims-storage-error');
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    wrap.append(el);
    const ev = await failed;
    expect(ev.detail.key).to.contain('storage-failure');
    expect(ev.detail.problem).to.be.a('string').and.not.equal('');
    await (el.session ? Promise.resolve() : oneEvent(el, 'aims-ready'));
    await el.updateComplete;
    const notice = $(el, '[part~=notice]');
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(notice.textContent).to.contain(en.storageError.split('(')[0]!.trim());
    expect(notice.querySelector('[lang=en]')!.textContent).to.equal(ev.detail.problem); // the browser's words, marked as English
    el.session!.dispatch({ type: 'answer', question: 'kind', value: 'a' });
    expect(el.session!.state.response.answers.kind?.value).to.equal('a');
    await expect(el as AimsAssessment).to.be.accessible();
    el.remove();
  });
});
