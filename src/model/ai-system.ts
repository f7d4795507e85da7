/**
 * The AI system inventory (`response.systems`): one entry per AI system the organisation provides,
 * uses, imports, distributes or builds into a product, with the answers of its EU AI Act triage
 * (docs/ai-act.md). Shapes only; `classifyAiSystem` (src/scoring/ai-act.ts) reads the answers.
 *
 * This module is not on the questionnaire page's first load: the response's own check
 * (`checkResponse`) only makes sure `systems` is a list, and the entries are checked here, where a
 * response is sealed or parsed strictly (`safeParseResponse`) and where the session loads a stored
 * draft (`openSession`, which imports this module when the draft has systems). docs/decisions.md
 * ("AI system inventory") says why.
 */
import { strictObject, z } from './zod.js';
import { formatPath, validate, type AimsIssue } from './issues.js';
import { IdSchema, TimestampSchema } from './primitives.js';
import type { AssessmentResponse } from './response.js';

/** The organisation's roles for a system, in the Regulation's terms (Art. 3(3)–(7), Art. 25(3)). */
export const AI_SYSTEM_ROLES = [
  'provider',
  'deployer',
  'importer',
  'distributor',
  'product-manufacturer',
  'gpai-provider',
] as const;
export type AiSystemRole = (typeof AI_SYSTEM_ROLES)[number];

/** How the system reaches people: inside the organisation, offered to customers, in a product. */
export const AI_SYSTEM_DEPLOYMENTS = ['internal', 'customer-facing', 'embedded'] as const;
export type AiSystemDeployment = (typeof AI_SYSTEM_DEPLOYMENTS)[number];

/** Life cycle stages (the stages ISO/IEC 22989 names, which ISO/IEC 42001 A.6 follows). */
export const AI_SYSTEM_STAGES = [
  'inception',
  'design-development',
  'verification-validation',
  'deployment',
  'operation-monitoring',
  're-evaluation',
  'retirement',
] as const;
export type AiSystemStage = (typeof AI_SYSTEM_STAGES)[number];

const NameSchema = z.string().check(z.minLength(1), z.maxLength(500));
const NoteSchema = z.string().check(z.maxLength(10000));

/** A third-party part of the system: a model, a data set, a service, a library. */
export const AiComponentSchema = strictObject({
  name: NameSchema,
  supplier: z.optional(z.string().check(z.maxLength(500))),
  /** What kind of part it is, in the user's words (`model`, `data set`, `API` …). */
  kind: z.optional(z.string().check(z.maxLength(200))),
});
export type AiComponent = z.infer<typeof AiComponentSchema>;

/** A triage answer: an option id (`yes`, `no`, `unsure` …), or the ids of a multiple choice. */
export const TriageAnswerSchema = z.union([
  z.string().check(z.maxLength(200)),
  z.array(z.string().check(z.maxLength(200))).check(z.maxLength(100)),
]);
export type TriageAnswer = z.infer<typeof TriageAnswerSchema>;

export const AiSystemSchema = strictObject({
  id: IdSchema,
  name: NameSchema,
  purpose: z.optional(NoteSchema),
  /** Who answers for the system: a name or a role. */
  owner: z.optional(z.string().check(z.maxLength(500))),
  stage: z.optional(z.enum(AI_SYSTEM_STAGES)),
  deployment: z.optional(z.array(z.enum(AI_SYSTEM_DEPLOYMENTS))),
  roles: z.array(z.enum(AI_SYSTEM_ROLES)),
  components: z.optional(z.array(AiComponentSchema).check(z.maxLength(500))),
  /** The categories of personal data the system touches, in the user's words; empty for none. */
  personalData: z.optional(z.array(z.string().check(z.maxLength(500))).check(z.maxLength(200))),
  /** The answered triage questions, by question id (src/scoring/ai-act.ts). */
  triage: z.optional(z.record(IdSchema, TriageAnswerSchema)),
  updatedAt: z.optional(TimestampSchema),
});
export type AiSystem = z.infer<typeof AiSystemSchema>;

/** The most systems one response may list. */
export const MAX_AI_SYSTEMS = 1000;

type Path = readonly PropertyKey[];

/** The problems of one system found at `at` (`systems[2]`): its shape and its repeated entries. */
export function checkAiSystem(system: unknown, at: Path): AimsIssue[] {
  const issues = validate(AiSystemSchema, system, at);
  if (issues.length) return issues;
  const checked = system as AiSystem;
  for (const key of ['roles', 'deployment'] as const) {
    const chosen: readonly string[] = checked[key] ?? [];
    chosen.forEach((entry, position) => {
      if (chosen.indexOf(entry) < position)
        issues.push({
          path: formatPath([...at, key, position]),
          message: `lists "${entry}" twice`,
        });
    });
  }
  return issues;
}

/**
 * Checks a response's `systems` list: every entry, and ids unique. Returns every problem by path
 * (`systems[1].roles[0]`) and the systems that passed (a stored draft is salvaged this way).
 */
export function checkAiSystems(
  systems: unknown,
  at: Path = ['systems'],
): { issues: AimsIssue[]; systems: AiSystem[] } {
  if (!Array.isArray(systems))
    return {
      issues: [{ path: formatPath(at), message: 'expected a list of AI systems' }],
      systems: [],
    };
  if (systems.length > MAX_AI_SYSTEMS)
    return {
      issues: [{ path: formatPath(at), message: `lists more than ${MAX_AI_SYSTEMS} AI systems` }],
      systems: [],
    };
  const issues: AimsIssue[] = [];
  const kept: AiSystem[] = [];
  const seen = new Set<string>();
  systems.forEach((system: unknown, position) => {
    const found = checkAiSystem(system, [...at, position]);
    const id = found.length ? undefined : (system as AiSystem).id;
    if (id !== undefined && seen.has(id))
      found.push({
        path: formatPath([...at, position, 'id']),
        message: `duplicate system id "${id}"`,
      });
    issues.push(...found);
    if (found.length || id === undefined) return;
    seen.add(id);
    kept.push(system as AiSystem);
  });
  return { issues, systems: kept };
}

/**
 * The risks' links to systems (`risks[0].systems[1]`) that name no system of the inventory, or a
 * system twice. (The session checks a risk alone; the strict parse checks the links.)
 */
export function checkSystemLinks(
  response: Pick<AssessmentResponse, 'risks' | 'systems'>,
): AimsIssue[] {
  const known = new Set((response.systems ?? []).map((system) => system.id));
  const issues: AimsIssue[] = [];
  (response.risks ?? []).forEach((risk, position) => {
    // (a risk whose shape is wrong has its own issue; its links are not read)
    const linked: unknown[] = Array.isArray(risk?.systems) ? risk.systems : [];
    linked.forEach((id, index) => {
      const path = formatPath(['risks', position, 'systems', index]);
      if (typeof id !== 'string') return;
      if (!known.has(id)) issues.push({ path, message: `unknown AI system "${id}"` });
      else if (linked.indexOf(id) < index) issues.push({ path, message: `lists "${id}" twice` });
    });
  });
  return issues;
}

/** The response without the system `id` and without the risks' links to it. */
export function withoutSystem(response: AssessmentResponse, id: string): AssessmentResponse {
  const systems = (response.systems ?? []).filter((system) => system.id !== id);
  if (!response.risks?.some((risk) => risk.systems?.includes(id))) return { ...response, systems };
  const risks = response.risks.map((risk) => {
    if (!risk.systems?.includes(id)) return risk;
    const { systems: linked, ...rest } = risk;
    const kept = linked.filter((entry) => entry !== id);
    return kept.length ? { ...rest, systems: kept } : rest;
  });
  return { ...response, systems, risks };
}
