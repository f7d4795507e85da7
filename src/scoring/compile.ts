/**
 * Internal: a definition compiled once (cached per definition object) into flat arrays, and one
 * pass over a response that adds up the sums every figure is built from. score(), deriveSoa() and
 * evidenceReadiness() all read these sums, so each rule lives in one place.
 */
import type { AssessmentDefinition, Question } from '../model/definition.js';
import type { Answer, AssessmentResponse } from '../model/response.js';
import { targetOf, weightOf } from '../model/accessors.js';
import { questionTypes, type AnswerWorth, type QuestionTypeScoring } from './question-types.js';
import { visibleQuestions } from './visibility.js';

export interface CompiledQuestion {
  readonly question: Question;
  readonly kind: QuestionTypeScoring;
  readonly scored: boolean;
  readonly weight: number;
  readonly target: number;
  /** Index into `sections`. */
  readonly section: number;
  /** Index into `requirements`, or -1. */
  readonly requirement: number;
  /** Does the question assess a clause (a mandatory requirement)? */
  readonly clause: boolean;
  /**
   * The sums this question adds to, as indexes into the tally's flat list: overall, its section,
   * requirement and group, and its tags.
   */
  readonly sums: readonly number[];
}

/** A crosswalk target and the requirements mapped to it. */
export interface CompiledTarget {
  readonly framework: string;
  readonly target: string;
  /** Indexes into `requirements` of the mapped requirements the definition has. */
  readonly requirements: readonly number[];
  /** Every mapped requirement id, in mapping order. */
  readonly requirementIds: readonly string[];
}

export interface CompiledDefinition {
  readonly questions: readonly CompiledQuestion[];
  readonly sections: readonly string[];
  readonly requirements: readonly string[];
  readonly controls: readonly boolean[];
  readonly groups: readonly string[];
  readonly tags: readonly string[];
  readonly crosswalks: readonly CompiledTarget[];
  /** Does any question have a `showIf`? (If not, all are visible and conditions are skipped.) */
  readonly conditional: boolean;
}

const cache = new WeakMap<AssessmentDefinition, CompiledDefinition>();

/** Ids in first-seen order, with an index lookup; `add` returns the id's index. */
function indexer() {
  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  const add = (id: string): number => {
    const known = indexOf.get(id);
    if (known !== undefined) return known;
    indexOf.set(id, ids.length);
    ids.push(id);
    return ids.length - 1;
  };
  return { ids, indexOf, add };
}
type Indexer = ReturnType<typeof indexer>;

/** A definition's requirements, groups and tags, indexed; each requirement's kind and group. */
function indexRequirements(definition: AssessmentDefinition) {
  const requirements = indexer();
  const groups = indexer();
  const tags = indexer();
  const kindOf: (string | undefined)[] = [];
  const groupOf: number[] = [];
  for (const group of definition.groups ?? []) groups.add(group.id);
  for (const tag of definition.tags ?? []) tags.add(tag.id);
  for (const requirement of definition.requirements ?? []) {
    const index = requirements.add(requirement.id);
    kindOf[index] = requirement.kind;
    groupOf[index] = requirement.group === undefined ? -1 : groups.add(requirement.group);
  }
  return { requirements, groups, tags, kindOf, groupOf };
}

/** The crosswalk targets: every framework target, then every mapping's, each once. */
function compileTargets(definition: AssessmentDefinition, requirements: Indexer): CompiledTarget[] {
  const targets = new Map<
    string,
    { framework: string; target: string; requirements: number[]; requirementIds: string[] }
  >();
  const targetOf = (target: string) => {
    const known = targets.get(target);
    if (known) return known;
    const framework = target.split(':')[0]!;
    const created = { framework, target, requirements: [], requirementIds: [] };
    targets.set(target, created);
    return created;
  };
  for (const framework of definition.frameworks ?? [])
    for (const target of framework.targets) targetOf(target.id);
  for (const mapping of definition.mappings ?? []) {
    const target = targetOf(mapping.target);
    if (target.requirementIds.includes(mapping.source)) continue;
    target.requirementIds.push(mapping.source);
    const index = requirements.indexOf.get(mapping.source);
    if (index !== undefined) target.requirements.push(index);
  }
  return [...targets.values()];
}

export function compile(definition: AssessmentDefinition): CompiledDefinition {
  const hit = cache.get(definition);
  if (hit) return hit;
  const { requirements, groups, tags, kindOf, groupOf } = indexRequirements(definition);
  let conditional = false;
  // Each question's section, requirement, group and tags, as indexes into their own lists
  // (-1: none); resolved to the flat list of sums below, once every list is complete.
  const places: number[][] = [];
  const questions = definition.sections.flatMap((section, sectionIndex) =>
    section.questions.map((question): CompiledQuestion => {
      const kind = questionTypes[question.type];
      const requirement =
        question.requirement === undefined ? -1 : requirements.add(question.requirement);
      if (question.showIf !== undefined) conditional = true;
      const tagIndexes = new Set((question.tags ?? []).map(tags.add));
      places.push([sectionIndex, requirement, groupOf[requirement] ?? -1, ...tagIndexes]);
      return {
        question,
        kind,
        scored: kind.scored(definition, question),
        weight: weightOf(question),
        target: targetOf(definition, question),
        section: sectionIndex,
        requirement,
        clause: kindOf[requirement] === 'clause',
        sums: [],
      };
    }),
  );
  // The flat list of sums: overall (0), then sections, requirements, groups, tags.
  const sectionsStart = 1;
  const requirementsStart = sectionsStart + definition.sections.length;
  const groupsStart = requirementsStart + requirements.ids.length;
  const tagsStart = groupsStart + groups.ids.length;
  const starts = [sectionsStart, requirementsStart, groupsStart];
  const resolved = questions.map((compiled, index) => {
    const sums = [0];
    places[index]!.forEach((place, position) => {
      if (place >= 0) sums.push(place + (starts[position] ?? tagsStart));
    });
    return { ...compiled, sums };
  });
  const compiled: CompiledDefinition = {
    questions: resolved,
    sections: definition.sections.map((section) => section.id),
    requirements: requirements.ids,
    controls: requirements.ids.map((_, index) => kindOf[index] === 'control'),
    groups: groups.ids,
    tags: tags.ids,
    crosswalks: compileTargets(definition, requirements),
    conditional,
  };
  cache.set(definition, compiled);
  return compiled;
}

/**
 * Sums over a set of questions, in words for the symbols of docs/scoring.md: over the scored,
 * non-N/A questions, Σ w·v (`earned`), Σ w (`weight`), Σ w·t (`target`) and how many they are
 * (`counted`); then the scored questions answered N/A (`notApplicable`), the visible questions
 * (`visible`) and the answered ones (`answered`).
 */
export interface Sums {
  earned: number;
  weight: number;
  target: number;
  counted: number;
  notApplicable: number;
  visible: number;
  answered: number;
}

const emptySums = (): Sums => ({
  earned: 0,
  weight: 0,
  target: 0,
  counted: 0,
  notApplicable: 0,
  visible: 0,
  answered: 0,
});

export interface Tally {
  readonly compiled: CompiledDefinition;
  /** Per question (definition order): visible, answered, worth (undefined when hidden). */
  readonly visible: Uint8Array;
  readonly answered: Uint8Array;
  readonly worth: AnswerWorth[];
  readonly answers: (Answer | undefined)[];
  readonly overall: Sums;
  readonly sections: Sums[];
  readonly requirements: Sums[];
  readonly groups: Sums[];
  readonly tags: Sums[];
}

export const own = Object.prototype.hasOwnProperty;

/** Adds `value` to the list under `key`. */
export const listAdd = <K, V>(lists: Map<K, V[]>, key: K, value: V): void => {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
};

/** Adds one visible question's answer to one sum. */
function addTo(sums: Sums, question: CompiledQuestion, answered: boolean, worth: AnswerWorth) {
  sums.visible++;
  if (answered) sums.answered++;
  if (!question.scored) return;
  if (worth === 'na') {
    sums.notApplicable++;
    return;
  }
  sums.earned += question.weight * (worth ?? 0);
  sums.weight += question.weight;
  sums.target += question.weight * question.target;
  sums.counted++;
}

/** One pass over the response. `visible` may be passed in when the caller already has it. */
export function tally(
  definition: AssessmentDefinition,
  response: AssessmentResponse,
  visible?: ReadonlySet<string>,
): Tally {
  const compiled = compile(definition);
  const shown =
    visible ?? (compiled.conditional ? visibleQuestions(definition, response) : undefined);
  const answers = response.answers;
  const count = compiled.questions.length;
  const sumCount =
    1 +
    compiled.sections.length +
    compiled.requirements.length +
    compiled.groups.length +
    compiled.tags.length;
  // (not Array.from({ length }): over an array-like it is several times slower)
  const sums = Array(sumCount).fill(0).map(emptySums);
  let next = 1;
  const part = (ids: readonly string[]): Sums[] => {
    const start = next;
    next += ids.length;
    return sums.slice(start, next);
  };
  const result: Tally = {
    compiled,
    visible: new Uint8Array(count),
    answered: new Uint8Array(count),
    worth: new Array<AnswerWorth>(count),
    answers: new Array<Answer | undefined>(count),
    overall: sums[0]!,
    sections: part(compiled.sections),
    requirements: part(compiled.requirements),
    groups: part(compiled.groups),
    tags: part(compiled.tags),
  };
  for (let index = 0; index < count; index++) {
    const question = compiled.questions[index]!;
    const id = question.question.id;
    if (shown && !shown.has(id)) continue;
    result.visible[index] = 1;
    const answer = own.call(answers, id) ? answers[id] : undefined;
    result.answers[index] = answer;
    const answered = question.kind.answered(definition, question.question, answer);
    if (answered) result.answered[index] = 1;
    const worth = question.kind.value(definition, question.question, answer);
    result.worth[index] = worth;
    for (const sum of question.sums) addTo(sums[sum]!, question, answered, worth);
  }
  return result;
}
