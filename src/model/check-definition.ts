/**
 * Checks beyond shape (run by `parseDefinition` after the shape check): unique ids, references,
 * question types against scales and options, ISO rules, bands, the risk grid, and conditions.
 * Every problem is collected with its path; nothing stops at the first.
 */
import type { AssessmentDefinition, Question } from './definition.js';
import { formatPath, type AimsIssue } from './issues.js';
import { ConditionError, conditionRefs, parseCondition, type ConditionAst } from '../logic/condition.js';

type Path = readonly PropertyKey[];

export function checkDefinition(def: AssessmentDefinition): AimsIssue[] {
  const issues: AimsIssue[] = [];
  const add = (path: Path, message: string) => issues.push({ path: formatPath(path), message });

  /** Reports repeated ids; returns the set of ids. */
  const unique = (items: readonly { id: string }[] | undefined, at: Path, what: string, seen = new Map<string, Path>()): Set<string> => {
    (items ?? []).forEach((item, i) => {
      const path = [...at, i, 'id'];
      const first = seen.get(item.id);
      if (first) add(path, `duplicate ${what} id "${item.id}" (first used at ${formatPath(first.slice(0, -1))})`);
      else seen.set(item.id, path);
    });
    return new Set(seen.keys());
  };

  unique(def.sections, ['sections'], 'section');
  const questionSeen = new Map<string, Path>();
  def.sections.forEach((s, si) => unique(s.questions, ['sections', si, 'questions'], 'question', questionSeen));
  const questionIds = new Set(questionSeen.keys());
  const scaleIds = unique(def.scales, ['scales'], 'scale');
  def.scales.forEach((sc, i) => unique(sc.options, ['scales', i, 'options'], 'option'));
  const requirementIds = unique(def.requirements, ['requirements'], 'requirement');
  const groupIds = unique(def.groups, ['groups'], 'group');
  const tagIds = unique(def.tags, ['tags'], 'tag');
  unique(def.bands, ['bands'], 'band');
  unique(def.frameworks, ['frameworks'], 'framework');
  const targetSeen = new Map<string, Path>();
  def.frameworks?.forEach((f, i) => {
    unique(f.targets, ['frameworks', i, 'targets'], 'target', targetSeen);
    f.targets.forEach((t, j) => {
      if (!t.id.startsWith(`${f.id}:`)) add(['frameworks', i, 'targets', j, 'id'], `target "${t.id}" must start with its framework's id: "${f.id}:"`);
    });
  });
  const targetIds = new Set(targetSeen.keys());

  // Requirements and their groups.
  def.requirements?.forEach((r, i) => {
    if (def.groups && r.group !== undefined && !groupIds.has(r.group)) add(['requirements', i, 'group'], `unknown group "${r.group}"`);
  });
  const requirement = new Map((def.requirements ?? []).map((r) => [r.id, r] as const));

  // Bands: ascending, the first from 0.
  def.bands?.forEach((b, i) => {
    if (i === 0 && b.min !== 0) add(['bands', 0, 'min'], `the first band must start at 0, not ${b.min}`);
    const prev = def.bands![i - 1];
    if (prev && b.min <= prev.min) add(['bands', i, 'min'], `bands must ascend: ${b.min} is not above the previous band's ${prev.min}`);
  });

  // Questions.
  const conditions: { id: string; path: Path; ast: ConditionAst }[] = [];
  def.sections.forEach((s, si) => s.questions.forEach((q, qi) => {
    const at: Path = ['sections', si, 'questions', qi];
    if (q.options) unique(q.options, [...at, 'options'], 'option');
    checkType(q, at, add, scaleIds);
    if (q.requirement !== undefined && !requirementIds.has(q.requirement)) add([...at, 'requirement'], `unknown requirement "${q.requirement}"`);
    const req = q.requirement === undefined ? undefined : requirement.get(q.requirement);
    if (req?.kind === 'clause') {
      const scale = q.scale === undefined ? undefined : def.scales.find((x) => x.id === q.scale);
      const options = q.type === 'scale' ? scale?.options : q.options;
      const na = options?.findIndex((o) => o.na === true) ?? -1;
      if (na >= 0) {
        const where = q.type === 'scale' ? [...at, 'scale'] : [...at, 'options', na, 'na'];
        add(where, `clause "${req.id}" is mandatory: its questions may not offer a not-applicable option ("${options![na]!.id}")`);
      }
    }
    q.tags?.forEach((t, ti) => {
      if (def.tags && !tagIds.has(t)) add([...at, 'tags', ti], `unknown tag "${t}"`);
    });
    if (q.min !== undefined && q.max !== undefined && q.min > q.max) add([...at, 'max'], `must be at least min (${q.min})`);
    for (const key of ['showIf', 'requiredIf'] as const) {
      const source = q[key];
      if (source === undefined) continue;
      try {
        const ast = parseCondition(source);
        walkRefs(ast, (id, pos) => {
          if (!questionIds.has(id)) add([...at, key], `at ${pos}: unknown question "${id}"`);
        });
        if (key === 'showIf') conditions.push({ id: q.id, path: [...at, key], ast });
      } catch (e) {
        if (!(e instanceof ConditionError)) throw e;
        add([...at, key], e.message);
      }
    }
  }));
  checkCycles(conditions, questionIds, add);

  // Mappings.
  def.mappings?.forEach((m, i) => {
    if (!requirementIds.has(m.source)) add(['mappings', i, 'source'], `unknown requirement "${m.source}"`);
    if (def.frameworks && !targetIds.has(m.target)) add(['mappings', i, 'target'], `unknown framework target "${m.target}"`);
  });

  // Risk matrix.
  const rm = def.riskMatrix;
  if (rm) {
    unique(rm.likelihood, ['riskMatrix', 'likelihood'], 'likelihood');
    unique(rm.impact, ['riskMatrix', 'impact'], 'impact');
    const levelIds = unique(rm.levels, ['riskMatrix', 'levels'], 'level');
    if (!levelIds.has(rm.appetite)) add(['riskMatrix', 'appetite'], `unknown level "${rm.appetite}"`);
    if (rm.grid.length !== rm.likelihood.length) add(['riskMatrix', 'grid'], `needs one row per likelihood (${rm.likelihood.length}), found ${rm.grid.length}`);
    rm.grid.forEach((row, i) => {
      if (row.length !== rm.impact.length) add(['riskMatrix', 'grid', i], `needs one cell per impact (${rm.impact.length}), found ${row.length}`);
      row.forEach((cell, j) => {
        if (cell >= rm.levels.length) add(['riskMatrix', 'grid', i, j], `${cell} is not a level index (0 to ${rm.levels.length - 1})`);
      });
    });
  }
  return issues;
}

/** Scale questions name a scale; choice and multi carry options; the other types neither. */
function checkType(q: Question, at: Path, add: (path: Path, message: string) => void, scaleIds: ReadonlySet<string>): void {
  const wantsScale = q.type === 'scale';
  const wantsOptions = q.type === 'choice' || q.type === 'multi';
  if (wantsScale && q.scale === undefined) add([...at, 'scale'], 'a scale question needs "scale" (the id of one of the definition\'s scales)');
  if (q.scale !== undefined) {
    if (!wantsScale) add([...at, 'scale'], `a ${q.type} question takes no "scale"`);
    else if (!scaleIds.has(q.scale)) add([...at, 'scale'], `unknown scale "${q.scale}"`);
  }
  if (wantsOptions && q.options === undefined) add([...at, 'options'], `a ${q.type} question needs "options"`);
  if (q.options !== undefined && !wantsOptions) {
    add([...at, 'options'], wantsScale ? 'a scale question takes its options from its scale: remove "options"' : `a ${q.type} question takes no "options"`);
  }
}

function walkRefs(ast: ConditionAst, visit: (id: string, pos: number) => void): void {
  const stack: ConditionAst[] = [ast];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'ref') visit(n.id, n.pos);
    else if (n.type === 'not' || n.type === 'empty' || n.type === 'notempty') stack.push(n.operand);
    else if (n.type === 'compare') stack.push(n.right, n.left);
    else if (n.type === 'and' || n.type === 'or') for (let i = n.operands.length - 1; i >= 0; i--) stack.push(n.operands[i]!);
  }
}

/** Reports each cycle of showIf references once, on its first question in definition order. */
function checkCycles(conds: readonly { id: string; path: Path; ast: ConditionAst }[], questionIds: ReadonlySet<string>, add: (path: Path, message: string) => void): void {
  const deps = new Map(conds.map((c) => [c.id, conditionRefs(c.ast).filter((r) => questionIds.has(r))] as const));
  const pathOf = new Map(conds.map((c) => [c.id, c.path] as const));
  // Peel off questions that depend on nothing left; what remains sits on or behind a cycle.
  const left = new Set(deps.keys());
  for (let changed = true; changed;) {
    changed = false;
    for (const id of left) {
      if (deps.get(id)!.every((d) => !left.has(d))) {
        left.delete(id);
        changed = true;
      }
    }
  }
  const done = new Set<string>();
  for (const start of conds.map((c) => c.id).filter((id) => left.has(id))) {
    if (done.has(start)) continue;
    const trail: string[] = [];
    const index = new Map<string, number>();
    let cur = start;
    while (!index.has(cur) && !done.has(cur)) {
      index.set(cur, trail.length);
      trail.push(cur);
      cur = deps.get(cur)!.find((d) => left.has(d))!;
    }
    trail.forEach((id) => done.add(id));
    if (!index.has(cur)) continue;
    const cycle = trail.slice(index.get(cur)!);
    const order = conds.map((c) => c.id);
    const first = cycle.reduce((a, b) => (order.indexOf(a) <= order.indexOf(b) ? a : b));
    const from = cycle.indexOf(first);
    const ring = [...cycle.slice(from), ...cycle.slice(0, from), first];
    add(pathOf.get(first)!, `showIf conditions form a cycle: ${ring.map((id) => `{${id}}`).join(' → ')}`);
  }
}
