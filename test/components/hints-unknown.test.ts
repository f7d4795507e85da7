/**
 * Conditional hints in the questionnaire (shown only while their condition holds, as text) and the
 * scorecard's "Don't know: find out" marking of a gap.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/questionnaire/define.js';
import '../../components/scorecard/define.js';
import type { AimsQuestionnaire } from '../../components/questionnaire/questionnaire.js';
import type { AimsScorecard } from '../../components/scorecard/scorecard.js';
import { scorecardEn } from '../../components/scorecard/messages.js';
import { parseDefinition } from '../../src/core.js';
import { createSession } from '../../src/session/index.js';
import { iso42001QuickScan } from '../../src/content.js';
import { $$, questionByText } from './fixtures.js';

const HOSTILE = '<img src=x onerror="window.hinted=1">';

const withHint = parseDefinition({
  format: 'aimskit.definition/1',
  id: 'hint-test',
  version: '1',
  title: 'Hints',
  scales: [],
  sections: [
    {
      id: 's',
      title: 'Scope and policy',
      questions: [
        {
          id: 'isms',
          type: 'choice',
          text: 'Do you run an ISMS?',
          options: [
            { id: 'yes', label: 'Yes' },
            { id: 'no', label: 'No' },
          ],
        },
        {
          id: 'policy',
          type: 'choice',
          text: 'Is there a policy?',
          help: 'A short text approved by management.',
          hints: [
            { showIf: "{isms} = 'yes'", text: 'With an ISMS: extend its policy.' },
            { showIf: "{isms} = 'yes'", text: HOSTILE },
          ],
          options: [
            { id: 'yes', label: 'Yes', value: 1 },
            { id: 'no', label: 'No', value: 0 },
          ],
        },
      ],
    },
  ],
});

const hintTexts = (el: AimsQuestionnaire) =>
  [...questionByText(el, 'Is there a policy?').querySelectorAll('[part="help"]')].map((node) =>
    node.textContent!.trim(),
  );

describe('conditional hints in <aims-questionnaire>', () => {
  it('shows a hint only while its condition holds, as plain text, accessibly', async () => {
    const session = createSession({ definition: withHint });
    const el = await fixture<AimsQuestionnaire>(
      html`<aims-questionnaire .session=${session}></aims-questionnaire>`,
    );
    expect(hintTexts(el)).to.deep.equal(['A short text approved by management.']);

    session.dispatch({ type: 'answer', question: 'isms', value: 'yes' });
    await el.updateComplete;
    expect(hintTexts(el)).to.deep.equal([
      'A short text approved by management.',
      'With an ISMS: extend its policy.',
      HOSTILE,
    ]);
    const fieldset = questionByText(el, 'Is there a policy?');
    expect(fieldset.querySelector('img')).to.equal(null);
    expect((window as { hinted?: number }).hinted).to.equal(undefined);
    await expect(el).to.be.accessible();

    session.dispatch({ type: 'answer', question: 'isms', value: 'no' });
    await el.updateComplete;
    expect(hintTexts(el)).to.deep.equal(['A short text approved by management.']);
  });
});

describe('"Don\'t know" in <aims-scorecard>', () => {
  it('marks a gap answered "Don\'t know" as one to find out', async () => {
    const session = createSession({ definition: iso42001QuickScan });
    for (const section of iso42001QuickScan.sections.slice(1))
      for (const question of section.questions)
        session.dispatch({ type: 'answer', question: question.id, value: '4' });
    session.dispatch({ type: 'answer', question: 'qs-inventory', value: 'unknown' });
    session.dispatch({ type: 'answer', question: 'qs-leadership', value: '0' });
    const el = await fixture<AimsScorecard>(
      html`<aims-scorecard .session=${session}></aims-scorecard>`,
    );
    await el.updateComplete;
    const gapOf = (question: string) => {
      const text = iso42001QuickScan.sections
        .flatMap((section) => section.questions)
        .find((candidate) => candidate.id === question)!.text as string;
      const found = $$<HTMLElement>(el, '[part="gap"]').find((gap) =>
        gap.querySelector('[part="gap-link"]')!.textContent!.includes(text),
      );
      if (!found) throw new Error(`no gap for ${question}`);
      return found.textContent!;
    };
    const findOut = scorecardEn.scorecardGapUnknown.split('{target}')[0]!;
    expect(gapOf('qs-inventory')).to.contain(findOut);
    expect(gapOf('qs-leadership')).not.to.contain(findOut);
    expect($$(el, '[part="gap"]').length).to.equal(2);
    await expect(el).to.be.accessible();
  });
});
