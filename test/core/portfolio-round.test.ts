// What a round carries into the portfolio (src/scoring/portfolio-round.ts): each scorecard group's
// figure with the definition's title, and each declared AI system with its class.
import { describe, it, assert } from '../harness.js';
import {
  classifyAiSystem,
  parseDefinition,
  portfolioObjectivesOf,
  portfolioSystemsOf,
  score,
  type AssessmentDefinition,
  type AssessmentResponse,
} from '../../src/core.js';

const definition: AssessmentDefinition = parseDefinition({
  format: 'aimskit.definition/1',
  id: 'portfolio-round-test',
  version: '1.0.0',
  title: 'Portfolio round test',
  locale: 'de',
  scales: [
    {
      id: 'yn',
      options: [
        { id: 'yes', label: 'Yes', value: 1 },
        { id: 'no', label: 'No', value: 0 },
      ],
    },
  ],
  groups: [
    { id: '5', title: { en: 'Leadership', de: 'Führung' }, kind: 'clause' },
    { id: 'A.2', title: 'Policies related to AI', kind: 'control' },
    { id: 'B', title: 'Other' },
  ],
  requirements: [
    { id: '5.2', title: 'AI policy', kind: 'clause', group: '5' },
    { id: 'A.2.2', title: 'AI policy', kind: 'control', group: 'A.2' },
    { id: 'B.1', title: 'Something else', kind: 'control', group: 'B' },
  ],
  sections: [
    {
      id: 'main',
      title: 'Main',
      questions: [
        { id: 'q-clause', type: 'scale', scale: 'yn', text: 'Clause?', requirement: '5.2' },
        { id: 'q-control', type: 'scale', scale: 'yn', text: 'Control?', requirement: 'A.2.2' },
        { id: 'q-other', type: 'scale', scale: 'yn', text: 'Other?', requirement: 'B.1' },
      ],
    },
  ],
});

const response = (
  answers: AssessmentResponse['answers'],
  systems?: AssessmentResponse['systems'],
) =>
  ({
    format: 'aimskit.response/1',
    definition: { id: definition.id, version: definition.version },
    answers,
    ...(systems ? { systems } : {}),
  }) as AssessmentResponse;

describe('portfolio round: group figures and AI systems', () => {
  it("lists every scorecard group, clauses too, titled in the definition's locale", () => {
    const answered = response({ 'q-clause': { value: 'yes' }, 'q-control': { value: 'no' } });
    const scorecard = score(definition, answered);
    const objectives = portfolioObjectivesOf(definition, scorecard);
    assert.deepEqual(objectives, [
      { id: '5', title: 'Führung', readiness: 100 },
      { id: 'A.2', title: 'Policies related to AI', readiness: 0 },
      { id: 'B', title: 'Other', readiness: scorecard.groups[2]!.readiness },
    ]);
    assert.deepEqual(
      objectives.map((objective) => objective.readiness),
      scorecard.groups.map((group) => group.readiness),
    );
    assert.equal(portfolioObjectivesOf(definition, scorecard, 'en')[0]?.title, 'Leadership');
    const untitled = portfolioObjectivesOf({ ...definition, groups: [] }, scorecard);
    assert.deepEqual(untitled[0], { id: '5', readiness: 100 }, 'no title where none is named');
  });

  it('classifies each declared system, and gives none for a response without systems', () => {
    const chatbot = {
      id: 'sys-chat',
      name: 'Support chatbot',
      roles: ['provider' as const],
      triage: {
        prohibited: 'none',
        'annex-i': 'no',
        'annex-iii': 'none',
        transparency: ['art-50-1'],
      },
    };
    const unfinished = { id: 'sys-new', name: 'New tool', roles: ['deployer' as const] };
    assert.deepEqual(portfolioSystemsOf(response({}, [chatbot, unfinished])), [
      { name: 'Support chatbot', class: 'limited' },
      { name: 'New tool', class: classifyAiSystem(unfinished).riskClass },
    ]);
    assert.deepEqual(portfolioSystemsOf(response({})), []);
  });
});
