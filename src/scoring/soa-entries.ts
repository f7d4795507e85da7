/**
 * The Statement of Applicability's entries: one per Annex A control, its applicability by the rules
 * of ./soa.ts, its implementation status, readiness, evidence and the proposed exclusion of a
 * control the scope hides. A module of its own, so that a page which scores without showing the
 * SoA (the questionnaire) does not load it.
 */
import type { AssessmentDefinition } from '../model/definition.js';
import type { Text } from '../model/primitives.js';
import type { AssessmentResponse, ImplementationStatus, SoaDecision } from '../model/response.js';
import { sameJson } from '../util/json.js';
import { tally, type Sums, type Tally } from './compile.js';
import { figures, statusOf } from './score.js';
import { soaApplicability, type SoaApplicability, type SoaEntry, type SoaProposal } from './soa.js';

/** An excluded control is `not-applicable`; else the decision's status, else the derived one. */
function implementationOf(
  applicable: boolean | null,
  decision: SoaDecision | undefined,
  sums: Sums,
): ImplementationStatus {
  if (applicable === false) return 'not-applicable';
  if (decision?.status && decision.status !== 'not-applicable') return decision.status;
  return statusOf(sums);
}

/**
 * Derives the SoA. Rules, in order: (1) an explicit decision with `applicable` set wins; (2) a
 * control linked from a risk is applicable, justified by the risk ids; (3) a control whose visible
 * questions are all answered N/A is not applicable, justified by their justifications; (4)
 * otherwise undecided. An undecided control whose questions are all hidden by the scope carries a
 * proposed exclusion (`proposal`), which the user confirms or overrides; it stays undecided until
 * then.
 */
export function deriveSoa(
  definition: AssessmentDefinition,
  response: AssessmentResponse,
  visible?: ReadonlySet<string>,
): SoaEntry[] {
  return soaEntries(tally(definition, response, visible), response);
}

/** The justification proposed when a control's questions say nothing of why they are hidden. */
export const OUT_OF_SCOPE_FALLBACK =
  'Out of scope: the scope answers leave out every question on this control.';

/**
 * The proposed exclusion of an undecided control none of whose questions is visible (the scope
 * hides them all): its justification is the hidden questions' `outOfScope` texts, each once, or
 * the fallback when they give none. Null when the control is decided, has a visible question, or
 * has no question at all.
 */
function proposalOf(counts: Tally, entry: SoaApplicability): SoaProposal | null {
  if (entry.applicable !== null || entry.answered.shown > 0) return null;
  const reasons: Text[] = [];
  let questions = 0;
  counts.compiled.questions.forEach((compiled) => {
    if (compiled.requirement !== entry.index) return;
    questions++;
    const reason = compiled.question.outOfScope;
    if (reason !== undefined && !reasons.some((known) => sameJson(known, reason)))
      reasons.push(reason);
  });
  if (questions === 0) return null;
  return { applicable: false, justification: reasons.length ? reasons : [OUT_OF_SCOPE_FALLBACK] };
}

/** `deriveSoa` over sums already added up. */
export function soaEntries(counts: Tally, response: AssessmentResponse): SoaEntry[] {
  return soaApplicability(counts, response).map((entry) => {
    const sums = counts.requirements[entry.index]!;
    return {
      control: entry.control,
      applicable: entry.applicable,
      justification: entry.justification,
      status: implementationOf(entry.applicable, entry.decision, sums),
      source: entry.source,
      readiness: figures(sums.earned, sums.weight).readiness,
      risks: entry.risks,
      evidence: entry.answered.files,
      owner: entry.decision?.owner ?? null,
      proposal: proposalOf(counts, entry),
    };
  });
}
