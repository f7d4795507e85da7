/**
 * Conditional hints (`question.hints`, docs/definitions.md): advice that shows with a question only
 * while its own condition holds, for example what an existing ISO/IEC 27001 ISMS lets you reuse.
 * A hint reads answers the way `showIf` does: a hidden question reads as empty.
 */
import type { Hint, Question } from '../model/definition.js';
import type { Text } from '../model/primitives.js';
import type { AnswerValue, AssessmentResponse } from '../model/response.js';
import { evaluate, parseCondition, type ConditionAst } from '../logic/condition.js';

/** Each hint's parsed condition, kept as long as the hint object lives. */
const parsedConditions = new WeakMap<Hint, ConditionAst>();

function conditionOf(hint: Hint): ConditionAst {
  const cached = parsedConditions.get(hint);
  if (cached) return cached;
  const parsed = parseCondition(hint.showIf);
  parsedConditions.set(hint, parsed);
  return parsed;
}

/**
 * The texts of the question's hints whose condition holds under `response`, in definition order.
 * `visible` is the set of visible questions (`visibleQuestions`); answers of hidden questions read
 * as empty. Throws `ConditionError` only for a definition that did not pass `parseDefinition`.
 */
export function shownHints(
  question: Question,
  response: Pick<AssessmentResponse, 'answers'>,
  visible: ReadonlySet<string>,
): Text[] {
  if (!question.hints?.length) return [];
  const read = (id: string): AnswerValue | undefined =>
    visible.has(id) && Object.hasOwn(response.answers, id)
      ? response.answers[id]!.value
      : undefined;
  const holding = question.hints.filter((hint) => evaluate(conditionOf(hint), read));
  return holding.map((hint) => hint.text);
}
