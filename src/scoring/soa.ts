/**
 * The Statement of Applicability's rules: the applicability of each Annex A control (`kind:
 * "control"` requirement) by the four rules of docs/scoring.md, what an exclusion needs, the
 * completeness and the OSCAL words. The entries the SoA views show (figures, proposals) are built
 * by ./soa-entries.ts, which pages that only need the rules (the certification gates) never load.
 */
import type { Text } from '../model/primitives.js';
import type { AssessmentResponse, ImplementationStatus, SoaDecision } from '../model/response.js';
import { listAdd, own, type Tally } from './compile.js';

export type SoaSource = 'decision' | 'risk' | 'answer';

export interface SoaEntry {
  readonly control: string;
  /** null: undecided. */
  readonly applicable: boolean | null;
  readonly justification: string;
  readonly status: ImplementationStatus;
  /** Which rule decided applicability; null when undecided. */
  readonly source: SoaSource | null;
  /** Readiness of the control over its visible non-N/A scored questions (one decimal), or null. */
  readonly readiness: number | null;
  /** Ids of the risks that link this control, in register order. */
  readonly risks: readonly string[];
  /** Evidence files attached to the control's visible questions. */
  readonly evidence: number;
  /** The owner named in an explicit decision, else null. */
  readonly owner: string | null;
  /**
   * A proposed exclusion for an undecided control whose questions the scope hides, shown for the
   * user to confirm or override (never applied by itself); else null.
   */
  readonly proposal: SoaProposal | null;
}

/** A proposed exclusion: its justification, in the definition's texts (one per reason). */
export interface SoaProposal {
  readonly applicable: false;
  readonly justification: readonly Text[];
}

/** The part of a decision (or of a decision being made) that says whether it may stand. */
export type SoaExclusion = Pick<Partial<SoaDecision>, 'applicable' | 'justification'>;

/**
 * Does this decision exclude a control without saying why? Excluding a control (`applicable:
 * false`) needs a justification that is not blank; the session refuses such a decision, and so do
 * the SoA table and the CSV import.
 */
export function exclusionNeedsJustification(decision: SoaExclusion | null | undefined): boolean {
  return decision?.applicable === false && !decision.justification?.trim();
}

/** The message a refused exclusion carries (path `soa["<control>"].justification`). */
export const EXCLUSION_NEEDS_JUSTIFICATION = 'excluding a control needs a justification';

/** What a requirement's visible questions say: how many, how many N/A and why, evidence files. */
export interface Answered {
  shown: number;
  notApplicable: number;
  reasons: Set<string>;
  files: number;
}

function answeredPerRequirement(counts: Tally): Answered[] {
  const { compiled } = counts;
  const perRequirement = compiled.requirements.map((): Answered => ({
    shown: 0,
    notApplicable: 0,
    reasons: new Set<string>(),
    files: 0,
  }));
  compiled.questions.forEach((question, index) => {
    const answered = perRequirement[question.requirement];
    if (!answered || !counts.visible[index]) return;
    const answer = counts.answers[index];
    answered.shown++;
    answered.files += answer?.evidence?.length ?? 0;
    if (counts.worth[index] !== 'na') return;
    answered.notApplicable++;
    const reason = answer?.justification?.trim();
    if (reason) answered.reasons.add(reason);
  });
  return perRequirement;
}

type Applicability = [applicable: boolean | null, source: SoaSource | null, justification: string];

/** Rules 1 to 4 of docs/scoring.md, in order (see `deriveSoa`). */
function applicabilityOf(
  decision: SoaDecision | undefined,
  risks: readonly string[],
  answered: Answered,
): Applicability {
  if (typeof decision?.applicable === 'boolean')
    return [decision.applicable, 'decision', decision.justification?.trim() ?? ''];
  if (risks.length) {
    const noun = risks.length > 1 ? 'risks' : 'risk';
    return [true, 'risk', `Linked to ${noun} ${risks.join(', ')}`];
  }
  if (answered.shown && answered.notApplicable === answered.shown)
    return [false, 'answer', [...answered.reasons].join('; ')];
  return [null, null, ''];
}

/** One control's applicability by rules 1 to 4, with what was read to decide it. */
export interface SoaApplicability {
  readonly control: string;
  /** Index into the compiled definition's requirements. */
  readonly index: number;
  readonly applicable: boolean | null;
  readonly source: SoaSource | null;
  readonly justification: string;
  readonly decision: SoaDecision | undefined;
  readonly risks: readonly string[];
  readonly answered: Answered;
}

/**
 * Rules 1 to 4 for every control, over sums already added up: what the certification gates read
 * (`soaEntries` adds the figures and proposals the SoA views show).
 */
export function soaApplicability(counts: Tally, response: AssessmentResponse): SoaApplicability[] {
  const { compiled } = counts;
  const linked = new Map<string, string[]>();
  for (const risk of response.risks ?? []) {
    for (const control of new Set(risk.controls ?? [])) listAdd(linked, control, risk.id);
  }
  const decisions = response.soa ?? {};
  const controls: SoaApplicability[] = [];
  answeredPerRequirement(counts).forEach((answered, index) => {
    if (!compiled.controls[index]) return;
    const control = compiled.requirements[index]!;
    const decision = own.call(decisions, control) ? decisions[control] : undefined;
    const risks = linked.get(control) ?? [];
    const [applicable, source, justification] = applicabilityOf(decision, risks, answered);
    controls.push({ control, index, applicable, source, justification, decision, risks, answered });
  });
  return controls;
}

export interface SoaCompleteness {
  /** Every control decided and every decision justified. */
  readonly complete: boolean;
  readonly total: number;
  readonly decided: number;
  readonly justified: number;
  readonly implemented: number;
  /** Controls without a decision. */
  readonly undecided: readonly string[];
  /** Decided controls without a justification. */
  readonly unjustified: readonly string[];
}

/** How far the SoA is from complete. */
export function soaCompleteness(entries: readonly SoaEntry[]): SoaCompleteness {
  const undecided = entries
    .filter((entry) => entry.applicable === null)
    .map((entry) => entry.control);
  const unjustified = entries
    .filter((entry) => entry.applicable !== null && entry.justification.trim() === '')
    .map((entry) => entry.control);
  const decided = entries.length - undecided.length;
  return {
    complete: undecided.length === 0 && unjustified.length === 0,
    total: entries.length,
    decided,
    justified: decided - unjustified.length,
    implemented: entries.filter((entry) => entry.status === 'implemented').length,
    undecided,
    unjustified,
  };
}

/** The word for an applicability decision: `yes`, `no`, or `undecided` while there is none. */
export function applicabilityWord(applicable: boolean | null): 'yes' | 'no' | 'undecided' {
  if (applicable === null) return 'undecided';
  return applicable ? 'yes' : 'no';
}
