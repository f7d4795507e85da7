/**
 * Which questions show, and which must be answered, under the current answers. Conditions are
 * compiled once per definition object (WeakMap) and evaluated in dependency order, so a question
 * hidden by its own condition reads as empty in every condition that follows it.
 */
import type { AssessmentDefinition, Question } from '../model/definition.js';
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

function compile(def: AssessmentDefinition): Compiled {
  let c = compiled.get(def);
  if (c) return c;
  const all = def.sections.flatMap((s) => s.questions);
  const byId = new Map(all.map((q) => [q.id, q]));
  const parsed = (key: 'showIf' | 'requiredIf') =>
    new Map(
      all.flatMap((q) => (q[key] === undefined ? [] : [[q.id, parseCondition(q[key])] as const])),
    );
  const showIf = parsed('showIf');
  // Kahn's algorithm, stable in definition order; members of a cycle (rejected by checkDefinition)
  // go last and read one another as empty.
  const waiting = new Map<Question, number>();
  const dependents = new Map<string, Question[]>();
  for (const q of all) {
    const deps = conditionRefs(showIf.get(q.id) ?? { type: 'literal', value: 0, pos: 0 }).filter(
      (d) => d !== q.id && byId.has(d),
    );
    waiting.set(q, deps.length);
    for (const d of deps) dependents.set(d, [...(dependents.get(d) ?? []), q]);
  }
  const order = all.filter((q) => !waiting.get(q));
  for (const q of order)
    for (const d of dependents.get(q.id) ?? [])
      if (!waiting.set(d, waiting.get(d)! - 1).get(d)) order.push(d);
  order.push(...all.filter((q) => !order.includes(q)));
  compiled.set(def, (c = { order, byId, showIf, requiredIf: parsed('requiredIf') }));
  return c;
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
  for (const q of order) {
    const cond = showIf.get(q.id);
    if (!cond || evaluate(cond, read)) visible.add(q.id);
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
  const c = compile(definition);
  const id = typeof question === 'string' ? question : question.id;
  const q = c.byId.get(id);
  if (!q) return false;
  const shown = visible ?? visibleQuestions(definition, response);
  if (!shown.has(id)) return false;
  if (q.required === true) return true;
  const cond = c.requiredIf.get(id);
  return cond ? evaluate(cond, reader(response, shown)) : false;
}
