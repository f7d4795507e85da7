/**
 * Internal: a definition compiled once (cached per definition object) into flat arrays, and one pass
 * over a response that adds up the sums every figure is built from. score(), deriveSoa() and
 * evidenceReadiness() all read these sums, so each rule lives in one place.
 */
import type { AssessmentDefinition, Question } from '../model/definition.js';
import type { Answer, AssessmentResponse } from '../model/response.js';
import { targetOf, weightOf } from '../model/accessors.js';
import { questionTypes, type AnswerWorth, type QuestionTypeScoring } from './question-types.js';
import { visibleQuestions } from './visibility.js';

export interface CompiledQuestion {
  readonly q: Question;
  readonly kind: QuestionTypeScoring;
  readonly scored: boolean;
  readonly w: number;
  readonly t: number;
  readonly section: number;
  /** Index into `requirements`, or -1. */
  readonly req: number;
  readonly clause: boolean;
  /** The sums this question adds to, as indexes into the tally's flat list (overall, section, requirement, group, tags). */
  readonly sums: readonly number[];
}

export interface CompiledDefinition {
  readonly questions: readonly CompiledQuestion[];
  readonly sections: readonly string[];
  readonly requirements: readonly string[];
  readonly controls: readonly boolean[];
  readonly groups: readonly string[];
  readonly tags: readonly string[];
  readonly crosswalks: readonly {
    framework: string;
    target: string;
    reqs: readonly number[];
    reqIds: readonly string[];
  }[];
  /** Does any question have a `showIf`? (If not, everything is visible and conditions are skipped.) */
  readonly conditional: boolean;
}

const cache = new WeakMap<AssessmentDefinition, CompiledDefinition>();

/** Ids in first-seen order, with an index lookup. */
function indexer() {
  const ids: string[] = [];
  const at = new Map<string, number>();
  const add = (id: string) => at.get(id) ?? (at.set(id, ids.length), ids.push(id) - 1);
  return { ids, at, add };
}

export function compile(def: AssessmentDefinition): CompiledDefinition {
  const hit = cache.get(def);
  if (hit) return hit;
  const reqs = indexer(),
    groups = indexer(),
    tags = indexer();
  const kind: (string | undefined)[] = [];
  const groupOf: number[] = [];
  for (const g of def.groups ?? []) groups.add(g.id);
  for (const t of def.tags ?? []) tags.add(t.id);
  for (const r of def.requirements ?? []) {
    const i = reqs.add(r.id);
    kind[i] = r.kind;
    groupOf[i] = r.group === undefined ? -1 : groups.add(r.group);
  }
  let conditional = false;
  const questions = def.sections.flatMap((s, section) =>
    s.questions.map((q) => {
      const k = questionTypes[q.type];
      const req = q.requirement === undefined ? -1 : reqs.add(q.requirement);
      if (q.showIf !== undefined) conditional = true;
      return {
        q,
        kind: k,
        scored: k.scored(def, q),
        w: weightOf(q),
        t: targetOf(def, q),
        section,
        req,
        clause: kind[req] === 'clause',
        // resolved to flat indexes below, once every list is complete
        sums: [section, req, groupOf[req] ?? -1, ...new Set((q.tags ?? []).map(tags.add))],
      };
    }),
  );
  // The flat list of sums: overall, then sections, requirements, groups, tags.
  const base = [1, 1 + def.sections.length, 1 + def.sections.length + reqs.ids.length];
  for (const cq of questions) {
    cq.sums = [
      0,
      ...cq.sums.flatMap((x, i) => (x < 0 ? [] : [x + (base[i] ?? base[2]! + groups.ids.length)])),
    ];
  }
  const targets = new Map<
    string,
    { framework: string; target: string; reqs: number[]; reqIds: string[] }
  >();
  const addTarget = (target: string) => {
    let t = targets.get(target);
    if (!t)
      targets.set(target, (t = { framework: target.split(':')[0]!, target, reqs: [], reqIds: [] }));
    return t;
  };
  for (const f of def.frameworks ?? []) for (const t of f.targets) addTarget(t.id);
  for (const m of def.mappings ?? []) {
    const t = addTarget(m.target);
    const r = reqs.at.get(m.source);
    if (!t.reqIds.includes(m.source)) {
      t.reqIds.push(m.source);
      if (r !== undefined) t.reqs.push(r);
    }
  }
  const compiled: CompiledDefinition = {
    questions,
    sections: def.sections.map((s) => s.id),
    requirements: reqs.ids,
    controls: reqs.ids.map((_, i) => kind[i] === 'control'),
    groups: groups.ids,
    tags: tags.ids,
    crosswalks: [...targets.values()],
    conditional,
  };
  cache.set(def, compiled);
  return compiled;
}

/**
 * Sums over a set of questions: Σ w·v (`n`), Σ w (`d`) and Σ w·t (`t`) of the scored non-N/A ones and how
 * many they are (`c`); scored questions answered N/A (`na`); visible questions (`v`) and answered ones (`a`).
 */
export interface Sums {
  n: number;
  d: number;
  t: number;
  c: number;
  na: number;
  v: number;
  a: number;
}

export interface Tally {
  readonly c: CompiledDefinition;
  /** Per question (definition order): visible, answered, worth (undefined when hidden). */
  readonly visible: Uint8Array;
  readonly answered: Uint8Array;
  readonly worth: AnswerWorth[];
  readonly answers: readonly (Answer | undefined)[];
  readonly overall: Sums;
  readonly sections: Sums[];
  readonly requirements: Sums[];
  readonly groups: Sums[];
  readonly tags: Sums[];
}

export const own = Object.prototype.hasOwnProperty;

/** Adds `value` to the list under `key`. */
export const listAdd = <K, V>(lists: Map<K, V[]>, key: K, value: V): void => {
  const l = lists.get(key);
  if (l) l.push(value);
  else lists.set(key, [value]);
};

/** One pass over the response. `visible` may be passed in when the caller already has it. */
export function tally(
  def: AssessmentDefinition,
  response: AssessmentResponse,
  visible?: ReadonlySet<string>,
): Tally {
  const c = compile(def);
  const vis = visible ?? (c.conditional ? visibleQuestions(def, response) : undefined);
  const all = response.answers;
  const len = c.questions.length;
  // (not Array.from({ length }): over an array-like it is several times slower)
  const sums = Array(
    1 + c.sections.length + c.requirements.length + c.groups.length + c.tags.length,
  )
    .fill(0)
    .map((): Sums => ({ n: 0, d: 0, t: 0, c: 0, na: 0, v: 0, a: 0 }));
  let at = 1;
  const part = (ids: readonly string[]) => sums.slice(at, (at += ids.length));
  const t: Tally = {
    c,
    visible: new Uint8Array(len),
    answered: new Uint8Array(len),
    worth: new Array<AnswerWorth>(len),
    answers: new Array(len),
    overall: sums[0]!,
    sections: part(c.sections),
    requirements: part(c.requirements),
    groups: part(c.groups),
    tags: part(c.tags),
  };
  for (let i = 0; i < len; i++) {
    const cq = c.questions[i]!;
    const id = cq.q.id;
    if (vis && !vis.has(id)) continue;
    t.visible[i] = 1;
    const a = own.call(all, id) ? all[id] : undefined;
    (t.answers as (Answer | undefined)[])[i] = a;
    const answered = cq.kind.answered(def, cq.q, a);
    if (answered) t.answered[i] = 1;
    const v = (t.worth[i] = cq.kind.value(def, cq.q, a));
    for (const k of cq.sums) {
      const s = sums[k]!;
      s.v++;
      if (answered) s.a++;
      if (!cq.scored) continue;
      if (v === 'na') s.na++;
      else ((s.n += cq.w * (v ?? 0)), (s.d += cq.w), (s.t += cq.w * cq.t), s.c++);
    }
  }
  return t;
}
