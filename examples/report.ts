// A sample readiness report: the full ISO/IEC 42001 pack answered for a fictitious organisation,
// shown by a full scorecard, read-only and in memory (nothing is stored). The answers follow a
// fixed pattern, so the report looks the same on every load; scripts/screenshots.mjs photographs
// it.
import { createSession, parseDefinition, type Answer } from '../components/index.js';
import { iso42001 } from '../src/content.js';

const definition = parseDefinition(iso42001);

/** The level each tenth question gets on the maturity scale, so areas differ from one another. */
const LEVEL_PATTERN = ['3', '2', '4', '1', '3', '2', '5', '2', '3', '1'];

/** A scale answer from the pattern; yes / partly / no questions get the nearest word. */
function sampleAnswer(index: number, options: readonly { id: string }[]): Answer | undefined {
  const level = LEVEL_PATTERN[index % LEVEL_PATTERN.length]!;
  const ids = options.map((option) => option.id);
  if (ids.includes(level)) return { value: level };
  if (ids.includes('yes')) return { value: Number(level) >= 3 ? 'yes' : 'partly' };
  return undefined;
}

const answers: Record<string, Answer> = {};
definition.sections.forEach((section, sectionIndex) => {
  // The last two sections are left unanswered, as a team half-way through would have them.
  if (sectionIndex >= definition.sections.length - 2) return;
  section.questions.forEach((question, questionIndex) => {
    const index = sectionIndex * 7 + questionIndex;
    if (question.type === 'scale') {
      const scale = definition.scales?.find((candidate) => candidate.id === question.scale);
      const answer = scale && sampleAnswer(index, scale.options);
      if (answer) answers[question.id] = answer;
    } else if (question.type === 'choice' && question.options?.length) {
      answers[question.id] = { value: question.options[0]!.id };
    } else if (question.type === 'multi' && question.options?.length) {
      answers[question.id] = { value: [question.options[0]!.id] };
    }
  });
});

const session = createSession({
  definition,
  response: {
    format: 'aimskit.response/1',
    definition: { id: definition.id, version: definition.version },
    answers,
    meta: { organisation: 'Example Analytics GmbH', system: 'Customer-support assistant' },
    updatedAt: '2026-12-01T09:00:00.000Z',
  },
});

const scorecard = document.querySelector('aims-scorecard')!;
scorecard.session = session;
