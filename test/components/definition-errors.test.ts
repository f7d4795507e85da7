// The panel <aims-assessment> shows for a rejected definition: its count of problems reads as a
// sentence in English and German (one problem, several problems), and every problem is listed.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../components/assessment/define.js';
import type { AimsAssessment } from '../../components/assessment/assessment.js';
import { definitionErrorsEn } from '../../components/assessment/messages.js';
import { de } from '../../components/base/messages/de.js';
import { $ } from './fixtures.js';

const valid = {
  format: 'aimskit.definition/1',
  id: 'panel',
  version: '1',
  title: 'Panel',
  scales: [],
  sections: [
    {
      id: 's',
      title: 'S',
      questions: [{ id: 'q1', type: 'text', text: 'Anything?' }],
    },
  ],
};

/** `valid` without its version: one problem. */
function oneProblem() {
  const { version: _dropped, ...rest } = valid;
  return rest;
}
/** One problem of shape (no version) and one of reference (an unknown scale): two problems. */
function twoProblems() {
  return {
    ...oneProblem(),
    sections: [
      {
        id: 's',
        title: 'S',
        questions: [{ id: 'q1', type: 'scale', scale: 'maturty', text: 'How mature?' }],
      },
    ],
  };
}

async function panelFor(definition: object, lang?: string) {
  const el = document.createElement('aims-assessment') as AimsAssessment;
  el.storage = 'memory';
  if (lang) el.setAttribute('lang', lang);
  el.definition = definition as never;
  const rejected = oneEvent(el, 'aims-definition-error');
  document.body.append(el);
  const event = await rejected;
  await el.updateComplete;
  return { el, issues: event.detail.issues, panel: $(el, '[role=alert]') };
}

const count = (template: string, value: number) => template.replace('{count}', String(value));

describe('the definition error panel', () => {
  it('says "1 problem" for one problem and "2 problems" for two, in English', async () => {
    const one = await panelFor(oneProblem());
    expect(one.issues).to.have.length(1);
    expect(one.panel.textContent).to.contain(count(definitionErrorsEn.definitionErrorIntroOne, 1));
    expect(one.panel.textContent).not.to.contain('1 problems');
    await expect(one.el).to.be.accessible();
    one.el.remove();

    const two = await panelFor(twoProblems());
    expect(two.issues.map((issue: { path: string }) => issue.path)).to.include.members([
      'version',
      'sections[0].questions[0].scale',
    ]);
    expect(two.panel.textContent).to.contain(count(definitionErrorsEn.definitionErrorIntro, 2));
    expect(two.panel.querySelectorAll('li')).to.have.length(2);
    two.el.remove();
  });

  it('says "1 Problem" and "2 Probleme" in German', async () => {
    // The German catalog loads on demand: wait for the heading to turn German.
    const german = (el: AimsAssessment) =>
      waitUntil(() => $(el, '[role=alert]').textContent?.includes(de.definitionError), 'German');
    const one = await panelFor(oneProblem(), 'de');
    await german(one.el);
    expect($(one.el, '[role=alert]').textContent).to.contain(count(de.definitionErrorIntroOne, 1));
    one.el.remove();

    const two = await panelFor(twoProblems(), 'de');
    await german(two.el);
    expect($(two.el, '[role=alert]').textContent).to.contain(count(de.definitionErrorIntro, 2));
    two.el.remove();
  });
});
