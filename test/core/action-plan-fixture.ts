// A small definition and responses for the action plan's golden tests
// (test/core/action-plan.test.ts, test/node/action-plan-export.test.ts, the CLI test): clauses 4.1,
// 9.2.1, 9.3.1, controls A.2.2 and A.3.2, one document, the default risk matrix.
import { parseDefinition, type Answer, type AssessmentResponse } from '../../src/core.js';

const scale = {
  id: 'm',
  options: [0, 0.2, 0.4, 0.6, 0.8, 1].map((value, i) => ({ id: String(i), label: `L${i}`, value })),
};
const naScale = { id: 'n', options: [...scale.options, { id: 'na', label: 'N/A', na: true }] };
const question = (id: string, requirement: string, scaleId = 'm') => ({
  id,
  type: 'scale' as const,
  scale: scaleId,
  requirement,
  text: `Question ${id}`,
});

export const PLAN_DEFINITION = parseDefinition({
  format: 'aimskit.definition/1',
  id: 'plan',
  version: '1',
  title: 'Plan',
  target: 0.6,
  scales: [scale, naScale],
  requirements: [
    { id: '4.1', title: 'Context', kind: 'clause', group: '4' },
    { id: '9.2.1', title: 'Internal audit', kind: 'clause', group: '9' },
    { id: '9.3.1', title: 'Management review', kind: 'clause', group: '9' },
    { id: 'A.2.2', title: 'AI policy', kind: 'control', group: 'A.2' },
    { id: 'A.3.2', title: 'Roles', kind: 'control', group: 'A.3' },
  ],
  groups: [
    { id: '4', title: 'Context' },
    { id: '9', title: 'Performance evaluation' },
    { id: 'A.2', title: 'Policies' },
    { id: 'A.3', title: 'Organisation' },
  ],
  documents: [{ id: 'policy', title: 'AI policy document', requirements: ['A.2.2'] }],
  sections: [
    {
      id: 's',
      title: 'S',
      questions: [
        { id: 'scope', type: 'text', text: 'Scope' },
        {
          ...question('c4', '4.1'),
          weight: 2,
          recommendation: { en: 'Write down the context', de: 'Den Kontext festhalten' },
        },
        question('c9-audit', '9.2.1'),
        question('c9-review', '9.3.1'),
        question('a2', 'A.2.2', 'n'),
        question('a3', 'A.3.2', 'n'),
      ],
    },
  ],
});

export const planResponse = (
  answers: Record<string, Answer> = {},
  extra: Partial<AssessmentResponse> = {},
): AssessmentResponse => ({
  format: 'aimskit.response/1',
  definition: { id: 'plan', version: '1' },
  answers: {
    scope: { value: 'The whole company' },
    c4: { value: '1' },
    'c9-audit': { value: '3' },
    'c9-review': { value: '3' },
    a2: { value: '0' },
    a3: { value: '3' },
    ...answers,
  },
  soa: { 'A.2.2': { applicable: true, justification: 'We publish an AI policy' } },
  risks: [
    {
      id: 'R-1',
      title: 'Biased decisions',
      likelihood: 'almost-certain',
      impact: 'severe',
      controls: ['A.2.2'],
    },
  ],
  ...extra,
});
