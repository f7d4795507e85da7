/**
 * The questionnaire's scope from the AI system inventory: the organisation-level scope questions
 * (src/content/iso42001/scope.ts) answered from the systems' roles and EU AI Act classes, so that
 * the questions that follow from them (design and development, customers, high-risk, the
 * fundamental rights impact assessment of Art. 27) show or go with the inventory.
 *
 * `scopeFromSystems` derives the answers; `withScopeFromSystems` puts them into a response. The
 * inventory element calls the latter whenever the systems change; the questionnaire page never
 * loads this module. Without systems nothing is derived and the scope stays as the user answered
 * it. docs/ai-act.md ("The questionnaire's scope") lists the rules.
 *
 * An interpretation of Regulation (EU) 2024/1689 by the aimskit authors, not legal advice.
 */
import type { AssessmentDefinition, Question } from '../model/definition.js';
import type { AnswerValue, AssessmentResponse } from '../model/response.js';
import type { AiSystem, AiSystemRole } from '../model/ai-system.js';
import { euAiAct, type AiActTable } from '../content/eu-ai-act.js';
import { classifyAiSystem, type AiSystemClassification } from './ai-act.js';

/** The scope questions the inventory answers (their ids in the ISO/IEC 42001 pack). */
export const SCOPE_FROM_SYSTEMS = [
  'scope-roles',
  'scope-systems',
  'scope-high-risk',
  'scope-deployer',
] as const;
export type ScopeFromSystemsQuestion = (typeof SCOPE_FROM_SYSTEMS)[number];

/**
 * The options of `scope-roles` each EU AI Act role stands for. A provider develops a system or
 * has it developed (Art. 3(3)) and offers it to others; a model provider trains the model; a
 * product manufacturer, an importer and a distributor make AI available to others; a deployer
 * uses a system in its own work.
 */
const SCOPE_ROLES: Readonly<Record<AiSystemRole, readonly string[]>> = {
  provider: ['developer', 'provider'],
  'gpai-provider': ['developer', 'provider'],
  'product-manufacturer': ['provider'],
  importer: ['provider'],
  distributor: ['provider'],
  deployer: ['user'],
};

/** The Annex III points that bind every deployer to Art. 27 (Art. 27(1), second case). */
const FRIA_POINTS: Readonly<Record<string, string>> = {
  'annex-iii-5-b': 'credit',
  'annex-iii-5-c': 'insurance',
};
const PUBLIC_OPTIONS = ['public-body', 'public-service'];

/** Whether the definition has a scope question the inventory answers (the element says so). */
export function hasScopeFromSystems(definition: AssessmentDefinition): boolean {
  const answered = new Set<string>(SCOPE_FROM_SYSTEMS);
  return definition.sections.some((section) =>
    section.questions.some((question) => answered.has(question.id)),
  );
}

/** The derived answers, by question id; a question left out is not derived. */
export type ScopeFromSystems = Partial<Record<ScopeFromSystemsQuestion, AnswerValue>>;

const answerOf = (system: AiSystem, question: string): readonly string[] => {
  const answer = system.triage?.[question];
  if (answer === undefined) return [];
  return typeof answer === 'string' ? [answer] : answer;
};

const hasFria = (result: AiSystemClassification) =>
  result.duties.some((duty) => duty.role === 'deployer' && duty.citation === 'Art. 27');

/**
 * `scope-deployer`: which Art. 27 cases the deployed high-risk systems meet, `none` when no
 * deployed system binds Art. 27, undefined while a deployed high-risk system's Art. 27 question is
 * open. The triage asks one question for public bodies and private providers of public services;
 * the user's choice between the two is kept, `public-body` marked when neither is chosen yet.
 */
function deployerCases(
  systems: readonly AiSystem[],
  results: readonly AiSystemClassification[],
  current: readonly string[],
): string[] | undefined {
  const cases = new Set<string>();
  let open = false;
  systems.forEach((system, position) => {
    const result = results[position]!;
    if (!system.roles.includes('deployer')) return;
    if (result.reasons.some((reason) => reason.question === 'fria-public')) open = true;
    if (result.riskClass !== 'high' || !hasFria(result)) return;
    for (const point of answerOf(system, 'annex-iii'))
      if (FRIA_POINTS[point]) cases.add(FRIA_POINTS[point]);
    if (answerOf(system, 'fria-public').includes('yes')) {
      const chosen = current.filter((option) => PUBLIC_OPTIONS.includes(option));
      for (const option of chosen.length ? chosen : ['public-body']) cases.add(option);
    }
  });
  if (cases.size) return [...cases];
  if (open) return undefined;
  return ['none'];
}

/** `scope-high-risk`: yes when a system is high-risk, not sure while one is undetermined. */
function highRisk(results: readonly AiSystemClassification[]): string {
  if (results.some((result) => result.riskClass === 'high')) return 'yes';
  if (results.some((result) => result.riskClass === 'undetermined')) return 'unsure';
  return 'no';
}

/** `scope-systems`: one line per system, its name and what it is for. */
const systemList = (systems: readonly AiSystem[]): string =>
  systems
    .map((system) => (system.purpose ? `${system.name} (${system.purpose})` : system.name))
    .join('\n');

/**
 * The scope answers that follow from the inventory:
 *
 * - `scope-roles`: the roles played for any system (provider and model provider: develop and
 *   provide; product manufacturer, importer, distributor: provide; deployer: use);
 * - `scope-systems`: the systems, one line each;
 * - `scope-high-risk`: `yes` when a system is high-risk, `unsure` while one is undetermined, `no`
 *   when every system is classified and none is high-risk;
 * - `scope-deployer`: the cases in which Art. 27 binds for a deployed high-risk system (credit,
 *   insurance, public body or service), `none` when it binds for none, and not derived while one
 *   such question of the triage is open.
 *
 * Only the questions the definition has are answered, with the options it has. No systems: `{}`.
 * `current` is the response's answers (the choice between public body and public service is kept).
 */
export function scopeFromSystems(
  definition: AssessmentDefinition,
  systems: readonly AiSystem[],
  current: AssessmentResponse['answers'] = {},
  table: AiActTable = euAiAct,
): ScopeFromSystems {
  if (!systems.length) return {};
  const results = systems.map((system) => classifyAiSystem(system, table));
  const roles = new Set(
    systems.flatMap((system) => system.roles.flatMap((role) => SCOPE_ROLES[role])),
  );
  const currentDeployer = current['scope-deployer']?.value;
  const derived: ScopeFromSystems = {
    'scope-roles': [...roles],
    'scope-systems': systemList(systems),
    'scope-high-risk': highRisk(results),
  };
  const cases = deployerCases(
    systems,
    results,
    Array.isArray(currentDeployer) ? currentDeployer : [],
  );
  if (cases) derived['scope-deployer'] = cases;
  return fitted(definition, derived);
}

/** The derived answers the definition's questions can hold, in the order of their options. */
function fitted(definition: AssessmentDefinition, derived: ScopeFromSystems): ScopeFromSystems {
  const questions = new Map<string, Question>(
    definition.sections.flatMap((section) =>
      section.questions.map((question) => [question.id, question]),
    ),
  );
  const result: ScopeFromSystems = {};
  for (const id of SCOPE_FROM_SYSTEMS) {
    const question = questions.get(id);
    const value = derived[id];
    if (!question || value === undefined) continue;
    if (question.type === 'text' && typeof value === 'string') result[id] = value;
    const options = (question.options ?? []).map((option) => option.id);
    if (question.type === 'choice' && typeof value === 'string' && options.includes(value))
      result[id] = value;
    if (question.type === 'multi' && Array.isArray(value)) {
      const kept = options.filter((option) => value.includes(option));
      if (kept.length) result[id] = kept;
    }
  }
  return result;
}

const sameValue = (left: AnswerValue | undefined, right: AnswerValue): boolean =>
  JSON.stringify(left) === JSON.stringify(right);

/**
 * The response with the scope answers `scopeFromSystems` derives from its own `systems` (each
 * answer's comment and evidence kept), or the same response when nothing changes.
 */
export function withScopeFromSystems(
  definition: AssessmentDefinition,
  response: AssessmentResponse,
  table: AiActTable = euAiAct,
): AssessmentResponse {
  const derived = scopeFromSystems(definition, response.systems ?? [], response.answers, table);
  const changed = Object.entries(derived).filter(
    ([id, value]) => !sameValue(response.answers[id]?.value, value),
  );
  if (!changed.length) return response;
  const answers = { ...response.answers };
  for (const [id, value] of changed) answers[id] = { ...answers[id], value };
  return { ...response, answers };
}
