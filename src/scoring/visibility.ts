/**
 * Which questions show, and which must be answered, under the current answers. Conditions are
 * compiled once per definition object (WeakMap) and evaluated in dependency order, so a question
 * hidden by its own condition reads as empty in every condition that follows it.
 */
import type { AssessmentDefinition, Hint, Question } from '../model/definition.js';
import type { Text } from '../model/primitives.js';
import type { AnswerValue, AssessmentResponse } from '../model/response.js';
import { conditionRefs, evaluate, parseCondition, type ConditionAst } from '../logic/condition.js';

interface Compiled {
  /** Questions in an order where every question comes after those its showIf reads. */
  readonly order: readonly Question[];
  readonly byId: ReadonlyMap<string, Question>;
  /** Parsed `showIf` and `requiredIf` by question id. */
  readonly showIf: ReadonlyMap<string, ConditionAst>;
  readonly requiredIf: ReadonlyMap<string, ConditionAst>;
}

const compiled = new WeakMap<AssessmentDefinition, Compiled>();

/** An always-true condition that reads nothing: the `showIf` of a question without one. */
const NO_CONDITION: ConditionAst = { type: 'literal', value: 0, pos: 0 };

/**
 * Questions in dependency order by Kahn's algorithm, stable in definition order; members of a cycle
 * (rejected by checkDefinition) go last and read one another as empty.
 */
function dependencyOrder(
  all: readonly Question[],
  byId: ReadonlyMap<string, Question>,
  showIf: ReadonlyMap<string, ConditionAst>,
): Question[] {
  const waiting = new Map<Question, number>();
  const dependents = new Map<string, Question[]>();
  for (const question of all) {
    const reads = conditionRefs(showIf.get(question.id) ?? NO_CONDITION).filter(
      (id) => id !== question.id && byId.has(id),
    );
    waiting.set(question, reads.length);
    for (const id of reads) dependents.set(id, [...(dependents.get(id) ?? []), question]);
  }
  const order = all.filter((question) => !waiting.get(question));
  for (const ready of order) {
    for (const dependent of dependents.get(ready.id) ?? []) {
      const left = waiting.get(dependent)! - 1;
      waiting.set(dependent, left);
      if (!left) order.push(dependent);
    }
  }
  order.push(...all.filter((question) => !order.includes(question)));
  return order;
}

function compile(definition: AssessmentDefinition): Compiled {
  const cached = compiled.get(definition);
  if (cached) return cached;
  const all = definition.sections.flatMap((section) => section.questions);
  const byId = new Map(all.map((question) => [question.id, question]));
  const parsed = (key: 'showIf' | 'requiredIf') =>
    new Map(
      all.flatMap((question) => {
        const source = question[key];
        return source === undefined ? [] : [[question.id, parseCondition(source)] as const];
      }),
    );
  const showIf = parsed('showIf');
  const order = dependencyOrder(all, byId, showIf);
  const result: Compiled = { order, byId, showIf, requiredIf: parsed('requiredIf') };
  compiled.set(definition, result);
  return result;
}

type Answers = Pick<AssessmentResponse, 'answers'>;

const reader =
  (response: Answers, visible: ReadonlySet<string>) =>
  (id: string): AnswerValue | undefined =>
    visible.has(id) && Object.hasOwn(response.answers, id)
      ? response.answers[id]!.value
      : undefined;

/**
 * Ids of the questions visible under `response`'s answers. A question without `showIf` is visible;
 * a hidden question reads as empty in other conditions. Throws `ConditionError` only for a
 * definition that did not pass `parseDefinition`.
 */
export function visibleQuestions(definition: AssessmentDefinition, response: Answers): Set<string> {
  const { order, showIf } = compile(definition);
  const visible = new Set<string>();
  const read = reader(response, visible);
  for (const question of order) {
    const condition = showIf.get(question.id);
    if (!condition || evaluate(condition, read)) visible.add(question.id);
  }
  return visible;
}

/**
 * Must this question be answered? Only a visible question can be required: when `required` is true,
 * or its `requiredIf` holds. Pass `visible` (from `visibleQuestions`) to avoid computing it again.
 */
export function isRequired(
  definition: AssessmentDefinition,
  question: Question | string,
  response: Answers,
  visible?: ReadonlySet<string>,
): boolean {
  const { byId, requiredIf } = compile(definition);
  const id = typeof question === 'string' ? question : question.id;
  const found = byId.get(id);
  if (!found) return false;
  const shown = visible ?? visibleQuestions(definition, response);
  if (!shown.has(id)) return false;
  if (found.required === true) return true;
  const condition = requiredIf.get(id);
  return condition ? evaluate(condition, reader(response, shown)) : false;
}

/** Each hint's parsed condition, kept as long as the hint object lives. */
const hintConditions = new WeakMap<Hint, ConditionAst>();

function hintCondition(hint: Hint): ConditionAst {
  let condition = hintConditions.get(hint);
  if (!condition) {
    condition = parseCondition(hint.showIf);
    hintConditions.set(hint, condition);
  }
  return condition;
}

/**
 * The texts of the question's hints (`question.hints`, docs/definitions.md) whose condition holds
 * under `response`, in definition order: advice shown with a question only while its own condition
 * holds, such as what an existing ISO/IEC 27001 ISMS lets you reuse. A hint reads answers the way
 * `showIf` does: `visible` is the set of visible questions, and a hidden question reads as empty.
 * Throws `ConditionError` only for a definition that did not pass `parseDefinition`.
 */
export function shownHints(
  question: Question,
  response: Answers,
  visible: ReadonlySet<string>,
): Text[] {
  const read = reader(response, visible);
  const holding = (question.hints ?? []).filter((hint) => evaluate(hintCondition(hint), read));
  return holding.map((hint) => hint.text);
}
