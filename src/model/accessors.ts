/**
 * Effective values of a definition: the defaults of docs/scoring.md applied in one place.
 */
import {
  DEFAULT_BANDS,
  DEFAULT_TARGET,
  type AssessmentDefinition,
  type Band,
  type Option,
  type Question,
} from './definition.js';
import type { Text } from './primitives.js';

/** The string of a Text in `locale`, falling back to the definition's locale, English, then any. */
export function localize(text: Text | undefined, locale = 'en', fallback = 'en'): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const base = locale.split('-')[0]!;
  return text[locale] ?? text[base] ?? text[fallback] ?? text.en ?? Object.values(text)[0] ?? '';
}

export const weightOf = (q: Question): number => q.weight ?? 1;
export const targetOf = (def: AssessmentDefinition, q: Question): number =>
  q.target ?? def.target ?? DEFAULT_TARGET;
export const bandsOf = (def: AssessmentDefinition): readonly Band[] => def.bands ?? DEFAULT_BANDS;

/**
 * The options a question offers: its scale's for `scale`, its own for `choice`/`multi`, none
 * otherwise.
 */
export function optionsOf(def: AssessmentDefinition, question: Question): readonly Option[] {
  if (question.scale === undefined) return question.options ?? [];
  return def.scales.find((scale) => scale.id === question.scale)?.options ?? [];
}

/** Every question in definition order, with its section. */
export function* allQuestions(
  def: AssessmentDefinition,
): Generator<{ question: Question; sectionIndex: number; questionIndex: number }> {
  for (let sectionIndex = 0; sectionIndex < def.sections.length; sectionIndex++) {
    const questions = def.sections[sectionIndex]!.questions;
    for (let questionIndex = 0; questionIndex < questions.length; questionIndex++)
      yield { question: questions[questionIndex]!, sectionIndex, questionIndex };
  }
}

/** Does choosing this option need a justification? (N/A always does.) */
export const needsJustification = (o: Option | undefined): boolean =>
  !!o && (o.na === true || o.requiresJustification === true);
