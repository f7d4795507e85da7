/**
 * One rule for what counts as an answer: for the same inputs, typed and clicked into a real
 * questionnaire, its validation (Finish) and the scorecard agree on what is answered.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/questionnaire/define.js';
import type { AimsQuestionnaire } from '../../components/questionnaire/questionnaire.js';
import { problemsOf } from '../../components/questionnaire/validation.js';
import { en } from '../../components/base/messages/en.js';
import { parseDefinition, type AssessmentDefinition } from '../../src/model/index.js';
import type { AnswerValue } from '../../src/model/response.js';
import { answerProblems, isAnswered } from '../../src/scoring/answers.js';
import { createSession } from '../../src/session/index.js';
import type { AssessmentSession } from '../../src/session/types.js';
import { $, byLabel } from './fixtures.js';

/** Every question required, one per kind of input. */
const definition: AssessmentDefinition = parseDefinition({
  format: 'aimskit.definition/1',
  id: 'answer-rules',
  version: '1.0.0',
  title: 'Answer rules',
  scales: [],
  sections: [
    {
      id: 's1',
      title: 'Everything required',
      questions: [
        { id: 'name', type: 'text', text: 'Organisation name', required: true },
        { id: 'count', type: 'number', text: 'AI systems', required: true, min: 1, max: 10 },
        {
          id: 'kind',
          type: 'choice',
          text: 'Kind of system',
          required: true,
          options: [
            { id: 'a', label: 'Alpha', value: 1 },
            { id: 'na', label: 'Not applicable', na: true },
          ],
        },
        {
          id: 'roles',
          type: 'multi',
          text: 'Your roles',
          required: true,
          options: [
            { id: 'dev', label: 'Developer' },
            { id: 'user', label: 'User' },
          ],
        },
        { id: 'since', type: 'date', text: 'In use since', required: true },
      ],
    },
  ],
});

/** A complete response: every case changes one answer of it. */
const COMPLETE: Readonly<Record<string, AnswerValue>> = {
  name: 'Acme',
  count: 3,
  kind: 'a',
  roles: ['dev'],
  since: '2026-03-31',
};

async function make() {
  const session = createSession({ definition });
  for (const [question, value] of Object.entries(COMPLETE))
    session.dispatch({ type: 'answer', question, value });
  const el = await fixture<AimsQuestionnaire>(
    html`<aims-questionnaire .session=${session}></aims-questionnaire>`,
  );
  return { el, session };
}

const fieldOf = (el: AimsQuestionnaire, question: string) =>
  $<HTMLFieldSetElement>(el, `[data-question="${question}"]`);

/** Types into a question's text, number or date field, as a person would. */
async function typeInto(el: AimsQuestionnaire, question: string, text: string) {
  const input = fieldOf(el, question).querySelector<HTMLInputElement>('[part~=input]')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

/** Clicks an option of a question by its label. */
async function click(el: AimsQuestionnaire, question: string, label: string) {
  byLabel(fieldOf(el, question), label).click();
  await el.updateComplete;
}

interface Case {
  readonly name: string;
  readonly question: string;
  readonly input: (el: AimsQuestionnaire, session: AssessmentSession) => Promise<void>;
  /** What both sides must say. */
  readonly answered: boolean;
}

const CASES: readonly Case[] = [
  {
    name: 'a blank text',
    question: 'name',
    input: (el) => typeInto(el, 'name', ''),
    answered: false,
  },
  {
    name: 'a text of spaces only',
    question: 'name',
    input: (el) => typeInto(el, 'name', '   '),
    answered: false,
  },
  {
    name: 'a text of tabs and line breaks only',
    question: 'name',
    input: (el) => typeInto(el, 'name', ' \t\n '),
    answered: false,
  },
  {
    name: 'a text with words around spaces',
    question: 'name',
    input: (el) => typeInto(el, 'name', '  Acme AI  '),
    answered: true,
  },
  {
    name: 'a number within the range',
    question: 'count',
    input: (el) => typeInto(el, 'count', '7'),
    answered: true,
  },
  {
    name: 'a number at the minimum',
    question: 'count',
    input: (el) => typeInto(el, 'count', '1'),
    answered: true,
  },
  {
    name: 'a number at the maximum',
    question: 'count',
    input: (el) => typeInto(el, 'count', '10'),
    answered: true,
  },
  {
    name: 'a number below the range',
    question: 'count',
    input: (el) => typeInto(el, 'count', '0'),
    answered: false,
  },
  {
    name: 'a number above the range',
    question: 'count',
    input: (el) => typeInto(el, 'count', '11'),
    answered: false,
  },
  {
    name: 'an emptied number',
    question: 'count',
    input: (el) => typeInto(el, 'count', ''),
    answered: false,
  },
  {
    name: 'a chosen option',
    question: 'kind',
    input: (el) => click(el, 'kind', 'Alpha'),
    answered: true,
  },
  {
    name: 'no option chosen',
    question: 'kind',
    input: async (el, session) => {
      session.dispatch({ type: 'clear', question: 'kind' });
      await el.updateComplete;
    },
    answered: false,
  },
  {
    name: 'Not applicable, justified',
    question: 'kind',
    input: async (el, session) => {
      await click(el, 'kind', 'Not applicable');
      session.dispatch({ type: 'justify', question: 'kind', justification: 'No AI here' });
      await el.updateComplete;
    },
    answered: true,
  },
  {
    name: 'several options chosen',
    question: 'roles',
    input: (el) => click(el, 'roles', 'User'),
    answered: true,
  },
  {
    name: 'every option unchosen',
    question: 'roles',
    input: (el) => click(el, 'roles', 'Developer'),
    answered: false,
  },
  {
    name: 'a date',
    question: 'since',
    input: (el) => typeInto(el, 'since', '2025-12-01'),
    answered: true,
  },
  {
    name: 'an emptied date',
    question: 'since',
    input: (el) => typeInto(el, 'since', ''),
    answered: false,
  },
];

describe('what counts as an answer: the questionnaire and the scorecard agree', () => {
  it('is accessible with every kind of required question answered, and with errors', async () => {
    const { el, session } = await make();
    await expect(el).to.be.accessible();
    session.dispatch({ type: 'answer', question: 'name', value: '  ' });
    expect(await el.validate()).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('a complete response passes Finish and the scorecard counts it complete', async () => {
    const { el, session } = await make();
    expect(session.state.scorecard.overall.completion).to.equal(1);
    expect(await el.validate()).to.equal(true);
  });

  for (const { name, question, input, answered } of CASES) {
    it(`${name}: ${answered ? 'answered' : 'unanswered'} for both`, async () => {
      const { el, session } = await make();
      await input(el, session);
      const snap = session.state;
      const found = definition.sections[0]!.questions.find((each) => each.id === question)!;
      // The scorecard: every other question is answered, so completion tells this one's state.
      expect(snap.scorecard.overall.answered === snap.scorecard.overall.visible).to.equal(
        answered,
        'scorecard',
      );
      // The core rule both sides call.
      expect(isAnswered(definition, found, snap.response.answers[question])).to.equal(answered);
      expect(answerProblems(definition, found, snap.response).includes('required')).to.equal(
        !answered,
      );
      // The questionnaire's validation: Finish passes exactly when the scorecard is complete, and
      // the question is marked required exactly when the scorecard counts it unanswered.
      const problems = problemsOf(snap, definition.sections[0]!.questions);
      expect(problems.map((problem) => problem.question)).to.deep.equal(answered ? [] : [question]);
      expect(problems.every((problem) => problem.key === 'errorRequired')).to.equal(true);
      expect(await el.validate()).to.equal(snap.scorecard.overall.completion === 1);
      const error = fieldOf(el, question).querySelector('[part~=error]');
      if (answered) expect(error).to.equal(null);
      else expect(error?.textContent).to.be.oneOf([en.errorRequired, rangeMessage()]);
    });
  }

  it('Not applicable without a justification is answered, and Finish asks for the reason', async () => {
    const { el, session } = await make();
    await click(el, 'kind', 'Not applicable');
    expect(session.state.scorecard.overall.completion).to.equal(1);
    const found = definition.sections[0]!.questions.find((each) => each.id === 'kind')!;
    expect(answerProblems(definition, found, session.state.response)).to.deep.equal([
      'justification',
    ]);
    expect(await el.validate()).to.equal(false);
    expect(fieldOf(el, 'kind').querySelector('[part~=error]')?.textContent).to.equal(
      en.errorJustify,
    );
  });
});

/** The questionnaire's message for the number out of range of `count` (1 to 10). */
const rangeMessage = () => en.errorRange.replace('{min}', '1').replace('{max}', '10');
