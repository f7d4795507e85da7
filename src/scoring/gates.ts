/**
 * The gates of a certification verdict (docs/scoring.md, "Certification gates"): what a
 * certification body checks before it would start an audit. `certificationReady` is true only when
 * the definition may give a verdict and every gate is closed.
 */
import type { AssessmentDefinition } from '../model/definition.js';
import type { AssessmentResponse } from '../model/response.js';
import type { Tally } from './compile.js';
import { soaApplicability } from './soa.js';
import { residualAccepted } from './risk.js';
import type { CertificationGate, Gap, GateId, GateReason, RiskScore } from './types.js';

/** The gates in the order they are listed. */
export const GATE_IDS = [
  'answered',
  'clauses',
  'controls',
  'soa-decided',
  'soa-justified',
  'internal-audit',
  'management-review',
  'risks',
] as const satisfies readonly GateId[];

/**
 * May the definition give a certification verdict? Not when its `metadata.certificationVerdict`
 * is `"none"` (packs too small to judge: the quick scan, the supplier pack).
 */
export const givesVerdict = (definition: AssessmentDefinition): boolean =>
  definition.metadata?.['certificationVerdict'] !== 'none';

/** Does a requirement id belong to clause `clause` (the clause itself or one of its parts)? */
const inClause = (requirement: string | null, clause: string): boolean =>
  requirement === clause || !!requirement?.startsWith(`${clause}.`);

/** Each id once, in first-seen order. */
const unique = (ids: readonly (string | null)[]): string[] =>
  [...new Set(ids)].filter((id): id is string => id !== null);

/** A gate, closed when `reason` is null. */
function gate(
  id: GateId,
  reason: GateReason | null,
  where: { requirements?: string[]; questions?: string[]; risks?: string[] } = {},
): CertificationGate {
  return {
    id,
    closed: reason === null,
    reason,
    requirements: where.requirements ?? [],
    questions: where.questions ?? [],
    risks: where.risks ?? [],
  };
}

/** A gate over questions below their target: open when any is, or when none counts at all. */
function targetGate(id: GateId, below: readonly Gap[], counted: boolean): CertificationGate {
  if (!counted) return gate(id, 'not-assessed');
  if (!below.length) return gate(id, null);
  return gate(id, 'below-target', {
    requirements: unique(below.map((gap) => gap.requirement)),
    questions: below.map((gap) => gap.question),
  });
}

/**
 * The certification gates of a response, from the sums of one pass (`score()` passes its own),
 * the gaps sorted biggest first and the assessed risks (`certificationGates` is the public form).
 * Empty when the definition gives no verdict.
 */
export function gatesOf(
  definition: AssessmentDefinition,
  response: AssessmentResponse,
  counts: Tally,
  gaps: readonly Gap[],
  risks: readonly RiskScore[],
): CertificationGate[] {
  if (!givesVerdict(definition)) return [];
  const { compiled } = counts;
  const unanswered: string[] = [];
  // The visible scored non-N/A questions assessing each clause family, counted per family.
  const clauseIds = new Set<string>();
  const counted = { clauses: false, audit: false, review: false };
  compiled.questions.forEach((question, index) => {
    if (!counts.visible[index]) return;
    if (!counts.answered[index]) unanswered.push(question.question.id);
    if (!question.scored || counts.worth[index] === 'na' || !question.clause) return;
    const requirement = question.question.requirement ?? null;
    counted.clauses = true;
    counted.audit ||= inClause(requirement, '9.2');
    counted.review ||= inClause(requirement, '9.3');
    if (requirement !== null) clauseIds.add(requirement);
  });
  const soa = soaApplicability(counts, response);
  const excluded = new Set(soa.filter((entry) => entry.applicable === false).map((e) => e.control));
  const controlIds = new Set(soa.map((entry) => entry.control));
  const gapsOn = (test: (requirement: string) => boolean) =>
    gaps.filter((gap) => gap.requirement !== null && test(gap.requirement));
  const undecided = soa.filter((entry) => entry.applicable === null).map((e) => e.control);
  const unjustified = soa
    .filter((entry) => entry.applicable === false && !entry.justification.trim())
    .map((entry) => entry.control);
  // `risks` are the register's risks assessed, in register order.
  const notAccepted = (response.risks ?? [])
    .filter((risk, index) => risks[index]!.exceedsAppetite && !residualAccepted(risk))
    .map((risk) => risk.id);
  return [
    gate('answered', unanswered.length ? 'unanswered' : null, { questions: unanswered }),
    targetGate(
      'clauses',
      gapsOn((requirement) => clauseIds.has(requirement)),
      counted.clauses,
    ),
    targetGate(
      'controls',
      gapsOn((requirement) => controlIds.has(requirement) && !excluded.has(requirement)),
      true,
    ),
    soa.length
      ? gate('soa-decided', undecided.length ? 'undecided' : null, { requirements: undecided })
      : gate('soa-decided', 'no-controls'),
    gate('soa-justified', unjustified.length ? 'unjustified' : null, {
      requirements: unjustified,
    }),
    targetGate(
      'internal-audit',
      gapsOn((requirement) => clauseIds.has(requirement) && inClause(requirement, '9.2')),
      counted.audit,
    ),
    targetGate(
      'management-review',
      gapsOn((requirement) => clauseIds.has(requirement) && inClause(requirement, '9.3')),
      counted.review,
    ),
    gate('risks', notAccepted.length ? 'not-accepted' : null, { risks: notAccepted }),
  ];
}
