/**
 * Internal: a definition compiled once (cached per definition object) into flat arrays, and one pass
 * over a response that adds up the sums every figure is built from. score(), deriveSoa() and
 * evidenceReadiness() all read these sums, so each rule lives in one place.
 */
import type { AssessmentDefinition, Question } from '../model/definition.js';
import type { Answer, AssessmentResponse } from '../model/response.js';
import { targetOf, weightOf } from '../model/accessors.js';
import { questionTypes, type AnswerWorth, type QuestionTypeScoring } from './question-types.js';
import { visibleQuestions } from '../logic/visibility.js';

export interface CompiledQuestion {
  readonly q: Question;
  readonly kind: QuestionTypeScoring;
  readonly scored: boolean;
  readonly w: number;
  readonly t: number;
  readonly section: number;
  /** Index into `requirements`, or -1. */
  readonly req: number;
  /** Index into `groups`, or -1. */
  readonly group: number;
  readonly tags: readonly number[];
  readonly clause: boolean;
}

export interface CompiledDefinition {
  readonly questions: readonly CompiledQuestion[];
  readonly sections: readonly string[];
  readonly requirements: readonly string[];
  readonly controls: readonly boolean[];
  readonly groups: readonly string[];
  readonly tags: readonly string[];
  readonly crosswalks: readonly { framework: string; target: string; reqs: readonly number[]; reqIds: readonly string[] }[];
  /** Does any question have a `showIf`? (If not, everything is visible and conditions are skipped.) */
  readonly conditional: boolean;
}

const cache = new WeakMap<AssessmentDefinition, CompiledDefinition>();

/** Ids in first-seen order, with an index lookup. */
function indexer() {
  const ids: string[] = [];
  const at = new Map<string, number>();
  const add = (id: string) => {
    let i = at.get(id);
    if (i === undefined) at.set(id, (i = ids.push(id) - 1));
    return i;
  };
  return { ids, at, add };
}

export function compile(def: AssessmentDefinition): CompiledDefinition {
  const hit = cache.get(def);
  if (hit) return hit;
  const reqs = indexer();
  const groups = indexer();
  const tags = indexer();
  const kinds: boolean[] = [];
  const groupOfReq: number[] = [];
  for (const g of def.groups ?? []) groups.add(g.id);
  for (const t of def.tags ?? []) tags.add(t.id);
  for (const r of def.requirements ?? []) {
    const i = reqs.add(r.id);
    kinds[i] = r.kind === 'control';
    groupOfReq[i] = r.group === undefined ? -1 : groups.add(r.group);
  }
  const clauseReq = new Set((def.requirements ?? []).filter((r) => r.kind === 'clause').map((r) => r.id));
  const questions: CompiledQuestion[] = [];
  let conditional = false;
  def.sections.forEach((s, section) => {
    for (const q of s.questions) {
      const kind = questionTypes[q.type];
      const req = q.requirement === undefined ? -1 : reqs.add(q.requirement);
      if (req >= 0 && kinds[req] === undefined) (kinds[req] = false), (groupOfReq[req] = -1);
      if (q.showIf !== undefined) conditional = true;
      questions.push({
        q, kind, scored: kind.scored(def, q), w: weightOf(q), t: targetOf(def, q), section, req,
        group: req >= 0 ? groupOfReq[req]! : -1,
        tags: [...new Set((q.tags ?? []).map(tags.add))],
        clause: q.requirement !== undefined && clauseReq.has(q.requirement),
      });
    }
  });
  const targets = new Map<string, { framework: string; target: string; reqs: number[]; reqIds: string[] }>();
  const addTarget = (target: string) => {
    let t = targets.get(target);
    const colon = target.indexOf(':');
    if (!t) targets.set(target, (t = { framework: colon < 0 ? target : target.slice(0, colon), target, reqs: [], reqIds: [] }));
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
    questions, sections: def.sections.map((s) => s.id), requirements: reqs.ids, controls: kinds,
    groups: groups.ids, tags: tags.ids, crosswalks: [...targets.values()], conditional,
  };
  cache.set(def, compiled);
  return compiled;
}

/** Σ w·v and Σ w of a set of questions, plus Σ w·t for status. */
export interface Sums { n: number; d: number; t: number }

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
  /** Per requirement: visible scored questions answered N/A, and visible scored questions not N/A. */
  readonly reqNa: number[];
  readonly reqCounted: number[];
}

const sums = (n: number): Sums[] => Array.from({ length: n }, () => ({ n: 0, d: 0, t: 0 }));
const add = (s: Sums, wv: number, w: number, wt: number) => {
  s.n += wv;
  s.d += w;
  s.t += wt;
};
const own = Object.prototype.hasOwnProperty;

/** One pass over the response. `visible` may be passed in when the caller already has it. */
export function tally(def: AssessmentDefinition, response: AssessmentResponse, visible?: ReadonlySet<string>): Tally {
  const c = compile(def);
  const vis = visible ?? (c.conditional ? visibleQuestions(def, response) : undefined);
  const all = response.answers;
  const len = c.questions.length;
  const t: Tally = {
    c, visible: new Uint8Array(len), answered: new Uint8Array(len), worth: new Array<AnswerWorth>(len), answers: new Array(len),
    overall: { n: 0, d: 0, t: 0 }, sections: sums(c.sections.length), requirements: sums(c.requirements.length),
    groups: sums(c.groups.length), tags: sums(c.tags.length),
    reqNa: new Array<number>(c.requirements.length).fill(0), reqCounted: new Array<number>(c.requirements.length).fill(0),
  };
  for (let i = 0; i < len; i++) {
    const cq = c.questions[i]!;
    const id = cq.q.id;
    if (vis && !vis.has(id)) continue;
    t.visible[i] = 1;
    const a = own.call(all, id) ? all[id] : undefined;
    (t.answers as (Answer | undefined)[])[i] = a;
    if (cq.kind.answered(def, cq.q, a)) t.answered[i] = 1;
    const v = cq.kind.value(def, cq.q, a);
    t.worth[i] = v;
    if (!cq.scored) continue;
    if (v === 'na') {
      if (cq.req >= 0) t.reqNa[cq.req]!++;
      continue;
    }
    const w = cq.w;
    const wv = w * (v ?? 0);
    const wt = w * cq.t;
    add(t.overall, wv, w, wt);
    add(t.sections[cq.section]!, wv, w, wt);
    if (cq.req >= 0) {
      add(t.requirements[cq.req]!, wv, w, wt);
      t.reqCounted[cq.req]!++;
    }
    if (cq.group >= 0) add(t.groups[cq.group]!, wv, w, wt);
    for (const g of cq.tags) add(t.tags[g]!, wv, w, wt);
  }
  return t;
}
