/**
 * Checks beyond shape (run by `parseDefinition` with the shape check): unique ids, references,
 * question types against scales and options, ISO rules, bands, the risk grid, and conditions.
 * Every problem is collected with its path; nothing stops at the first. On a definition whose
 * shape is wrong, values of the wrong type (an id that is not a string) are left to the shape
 * check; a structure it cannot walk at all makes it throw (parse.ts then reports the shape alone).
 */
import type { AssessmentDefinition, Option } from './definition.js';
import { formatPath, type AimsIssue } from './issues.js';
import {
  ConditionError,
  conditionRefs,
  parseCondition,
  refNodes,
  type ConditionAst,
} from '../logic/condition.js';

type Path = readonly PropertyKey[];
type Ids = Map<string, Path>;

export function checkDefinition(def: AssessmentDefinition): AimsIssue[] {
  const issues: AimsIssue[] = [];
  const add = (path: Path, message: string) => issues.push({ path: formatPath(path), message });
  /** Reports repeated ids of `items` (found at `at`); returns the ids seen, `seen` included. */
  const unique = (
    items: readonly { id: string }[] = [],
    at: Path,
    what: string,
    seen: Ids = new Map(),
  ): Ids => {
    items.forEach(({ id }, index) => {
      // An id that is not a string is a shape problem, reported by the schema.
      if (typeof id !== 'string') return;
      const first = seen.get(id);
      if (first)
        add(
          [...at, index, 'id'],
          `duplicate ${what} id "${id}" (first used at ${formatPath(first)})`,
        );
      else seen.set(id, [...at, index]);
    });
    return seen;
  };
  /** Reports `id` at `path` when `known` (a list the definition declares) lacks it. */
  const known = (
    known: Ids | false | undefined,
    id: string | undefined,
    path: Path,
    what: string,
  ) => {
    if (known && typeof id === 'string' && !known.has(id)) add(path, `unknown ${what} "${id}"`);
  };
  /** The item of `list` with this id (the first of that id). */
  const pick = <T>(list: readonly T[] | undefined, ids: Ids, id?: string): T | undefined =>
    list?.[ids.get(id!)?.[1] as number];
  const top = (
    key: 'sections' | 'scales' | 'requirements' | 'groups' | 'tags' | 'bands' | 'frameworks',
  ) => unique(def[key], [key], key.slice(0, -1));
  const questions: Ids = new Map(),
    targets: Ids = new Map();
  top('sections');
  const scales = top('scales'),
    requirements = top('requirements'),
    groups = top('groups'),
    tags = top('tags');
  top('bands');
  top('frameworks');
  def.sections.forEach((s, i) =>
    unique(s.questions, ['sections', i, 'questions'], 'question', questions),
  );
  /** A "Don't know" option (`unknown: true`) is an answer worth 0, never an exclusion. */
  const checkUnknown = (option: Option, at: Path) => {
    if (option.unknown && (option.value !== 0 || option.na))
      add(at, 'a "Don\'t know" option (unknown: true) needs value 0 and no "na"');
  };
  def.scales.forEach((scale, scaleIndex) => {
    const at = ['scales', scaleIndex, 'options'];
    unique(scale.options, at, 'option');
    scale.options.forEach((option, optionIndex) => checkUnknown(option, [...at, optionIndex]));
  });
  def.frameworks?.forEach((framework, frameworkIndex) => {
    const at = ['frameworks', frameworkIndex, 'targets'];
    unique(framework.targets, at, 'target', targets);
    framework.targets.forEach(({ id }, targetIndex) => {
      if (typeof id === 'string' && !id.startsWith(`${framework.id}:`))
        add(
          [...at, targetIndex, 'id'],
          `target "${id}" must start with its framework's id: "${framework.id}:"`,
        );
    });
  });
  def.requirements?.forEach((requirement, index) =>
    known(!!def.groups && groups, requirement.group, ['requirements', index, 'group'], 'group'),
  );
  def.mappings?.forEach((mapping, index) => {
    const at = ['mappings', index];
    known(requirements, mapping.source, [...at, 'source'], 'requirement');
    known(!!def.frameworks && targets, mapping.target, [...at, 'target'], 'framework target');
  });

  unique(def.documents, ['documents'], 'document');
  def.documents?.forEach((item, index) => {
    const at = ['documents', index];
    item.requirements.forEach((id, position) =>
      known(requirements, id, [...at, 'requirements', position], 'requirement'),
    );
    item.questions?.forEach((id, position) =>
      known(questions, id, [...at, 'questions', position], 'question'),
    );
  });

  // Bands: ascending, the first from 0.
  def.bands?.forEach(({ min }, index, bands) => {
    const previous = bands[index - 1]?.min;
    if (index === 0 && min !== 0)
      add(['bands', index, 'min'], `the first band must start at 0, not ${min}`);
    if (index > 0 && min <= previous!)
      add(
        ['bands', index, 'min'],
        `bands must ascend: ${min} is not above the previous band's ${previous}`,
      );
  });

  // Questions.
  const conditions: { id: string; path: Path; ast: ConditionAst }[] = [];
  def.sections.forEach((s, si) =>
    s.questions.forEach((question, qi) => {
      const at: Path = ['sections', si, 'questions', qi];
      const { type, scale, options } = question;
      const isScale = type === 'scale',
        wantsOptions = type === 'choice' || type === 'multi';
      const put = (key: string, message: string) => add([...at, key], message);
      unique(options, [...at, 'options'], 'option');
      // Scale questions name a scale; choice and multi carry options; the other types neither.
      if (isScale && scale === undefined)
        put('scale', 'a scale question needs "scale" (the id of one of the definition\'s scales)');
      if (scale !== undefined && !isScale) put('scale', `a ${type} question takes no "scale"`);
      else known(scales, scale, [...at, 'scale'], 'scale');
      if (wantsOptions && !options) put('options', `a ${type} question needs "options"`);
      if (options && !wantsOptions)
        put(
          'options',
          isScale
            ? 'a scale question takes its options from its scale: remove "options"'
            : `a ${type} question takes no "options"`,
        );
      known(requirements, question.requirement, [...at, 'requirement'], 'requirement');
      const req = pick(def.requirements, requirements, question.requirement);
      if (req?.kind === 'clause') {
        const list = isScale ? pick(def.scales, scales, scale)?.options : options;
        const na = list?.findIndex((o) => o.na) ?? -1;
        if (na >= 0)
          add(
            isScale ? [...at, 'scale'] : [...at, 'options', na, 'na'],
            `clause "${req.id}" is mandatory: its questions may not offer a not-applicable ` +
              `option ("${list![na]!.id}")`,
          );
      }
      question.tags?.forEach((t, ti) => known(!!def.tags && tags, t, [...at, 'tags', ti], 'tag'));
      if (question.min! > question.max!) put('max', `must be at least min (${question.min})`);
      /** Parses the condition at `path`, reporting syntax errors and unknown questions there. */
      const checkCondition = (source: string, path: Path): ConditionAst | undefined => {
        if (typeof source !== 'string') return undefined; // a shape problem
        try {
          const ast = parseCondition(source);
          for (const { id, pos } of refNodes(ast))
            if (!questions.has(id)) add(path, `at ${pos}: unknown question "${id}"`);
          return ast;
        } catch (error) {
          if (!(error instanceof ConditionError)) throw error;
          add(path, error.message);
          return undefined;
        }
      };
      for (const key of ['showIf', 'requiredIf'] as const) {
        if (question[key] === undefined) continue;
        const ast = checkCondition(question[key], [...at, key]);
        if (ast && key === 'showIf') conditions.push({ id: question.id, path: [...at, key], ast });
      }
      // Hints read answers but decide no visibility, so they cannot form a showIf cycle.
      question.hints?.forEach((hint, hintIndex) =>
        checkCondition(hint.showIf, [...at, 'hints', hintIndex, 'showIf']),
      );
      options?.forEach((option, optionIndex) =>
        checkUnknown(option, [...at, 'options', optionIndex]),
      );
    }),
  );
  checkCycles(conditions, questions, add);

  // Risk matrix.
  const rm = def.riskMatrix;
  if (rm) {
    const at = ['riskMatrix'];
    unique(rm.likelihood, [...at, 'likelihood'], 'likelihood');
    unique(rm.impact, [...at, 'impact'], 'impact');
    known(unique(rm.levels, [...at, 'levels'], 'level'), rm.appetite, [...at, 'appetite'], 'level');
    const count = (path: Path, list: readonly unknown[], wanted: number, what: string) => {
      if (list.length !== wanted) add(path, `needs one ${what} (${wanted}), found ${list.length}`);
    };
    count([...at, 'grid'], rm.grid, rm.likelihood.length, 'row per likelihood');
    rm.grid.forEach((row, rowIndex) => {
      count([...at, 'grid', rowIndex], row, rm.impact.length, 'cell per impact');
      row.forEach((cell, cellIndex) => {
        if (cell >= rm.levels.length)
          add(
            [...at, 'grid', rowIndex, cellIndex],
            `${cell} is not a level index (0 to ${rm.levels.length - 1})`,
          );
      });
    });
  }
  return issues;
}

/** Reports each cycle of showIf references once, on its first question in definition order. */
function checkCycles(
  conds: readonly { id: string; path: Path; ast: ConditionAst }[],
  questions: Ids,
  add: (path: Path, message: string) => void,
): void {
  const deps = new Map(
    conds.map((c) => [c.id, conditionRefs(c.ast).filter((r) => questions.has(r))] as const),
  );
  const order = conds.map((c) => c.id);
  // Peel off questions that depend on nothing left; what remains sits on or behind a cycle.
  const left = new Set(order);
  for (let changed = true; changed;) {
    changed = false;
    for (const id of left) if (deps.get(id)!.every((d) => !left.has(d))) changed = left.delete(id);
  }
  const done = new Set<string>();
  for (const start of order) {
    if (!left.has(start) || done.has(start)) continue;
    const trail = new Map<string, number>();
    let cur = start;
    while (!trail.has(cur) && !done.has(cur)) {
      trail.set(cur, trail.size);
      cur = deps.get(cur)!.find((d) => left.has(d))!;
    }
    trail.forEach((_, id) => done.add(id));
    if (!trail.has(cur)) continue;
    const cycle = [...trail.keys()].slice(trail.get(cur));
    // its first question in definition order
    const from = cycle.indexOf(order.find((id) => cycle.includes(id))!);
    const ring = [...cycle.slice(from), ...cycle.slice(0, from), cycle[from]!];
    add(
      conds[order.indexOf(ring[0]!)]!.path,
      `showIf conditions form a cycle: ${ring.map((id) => `{${id}}`).join(' → ')}`,
    );
  }
}
