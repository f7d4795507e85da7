/**
 * The Scorecard (docs/scoring.md): JSON-serialisable, ids only (no text, no colours),
 * deterministic. Readiness figures are 0..100 with one decimal, or null when nothing counts;
 * maturity is 0..5 with one decimal; completion is a fraction 0..1.
 */
import type { ImplementationStatus } from '../model/response.js';

/**
 * `implemented` r ≥ 100·t; `partial` 0 < r < 100·t; `planned` r = 0 or nothing scored;
 * `not-applicable` all N/A.
 */
export type RequirementStatus = Exclude<ImplementationStatus, 'alternative'>;

export interface Rollup {
  readonly id: string;
  readonly readiness: number | null;
  readonly maturity: number | null;
}

export interface OverallScore {
  readonly readiness: number | null;
  readonly maturity: number | null;
  /** Answered visible questions / visible questions (1 when nothing is visible). */
  readonly completion: number;
  /** The last band whose `min` ≤ readiness; null when readiness is null. */
  readonly band: string | null;
  /** The definition may give a verdict and every gate in `gates` is closed. */
  readonly certificationReady: boolean;
  /**
   * May this definition give a certification verdict at all? False for packs too small to judge
   * (`metadata.certificationVerdict: "none"`): their band is indicative only.
   */
  readonly certificationVerdict: boolean;
  /** Visible questions, and how many of them are answered (N/A counts as answered). */
  readonly visible: number;
  readonly answered: number;
}

export interface SectionScore extends Rollup {
  readonly completion: number;
}

export interface RequirementScore extends Rollup {
  readonly status: RequirementStatus;
}

export interface Gap {
  readonly question: string;
  readonly requirement: string | null;
  /** (target − value) × weight, rounded to 4 decimals. */
  readonly gap: number;
  readonly target: number;
  /** The value counted (0 when unanswered). */
  readonly value: number;
  readonly answered: boolean;
}

export interface CrosswalkTargetScore {
  /** The full target id, `framework:…`. */
  readonly target: string;
  readonly readiness: number | null;
  /** The requirements mapped to this target, in mapping order. */
  readonly requirements: readonly string[];
}

export interface RiskScore {
  readonly id: string;
  /** Level ids, null when the likelihood or impact is not in the matrix. */
  readonly inherent: string | null;
  readonly residual: string | null;
  readonly exceedsAppetite: boolean;
}

/** The gates of a certification verdict, in the order they are listed (docs/scoring.md). */
export type GateId =
  | 'answered'
  | 'clauses'
  | 'controls'
  | 'soa-decided'
  | 'soa-justified'
  | 'internal-audit'
  | 'management-review'
  | 'risks';

/** Why a gate is open. */
export type GateReason =
  /** Visible questions are not answered (`questions`). */
  | 'unanswered'
  /** Visible questions are below their target (`questions`, their `requirements`). */
  | 'below-target'
  /** No visible scored question assesses what the gate needs. */
  | 'not-assessed'
  /** Controls have no SoA decision (`requirements`). */
  | 'undecided'
  /** Excluded controls have no justification (`requirements`). */
  | 'unjustified'
  /** The definition has no Annex A control, so there is no SoA. */
  | 'no-controls'
  /** Risks above appetite have no accepted treatment (`risks`). */
  | 'not-accepted';

/** One gate: closed, or open with the reason and where it is fixed. */
export interface CertificationGate {
  readonly id: GateId;
  readonly closed: boolean;
  /** Why the gate is open; null when it is closed. */
  readonly reason: GateReason | null;
  /** Where it is fixed: clause or control ids, in the order of their biggest gap or of the SoA. */
  readonly requirements: readonly string[];
  /** Where it is fixed: question ids (below target: biggest gap first; else definition order). */
  readonly questions: readonly string[];
  /** Where it is fixed: risk ids, in register order. */
  readonly risks: readonly string[];
}

export interface Scorecard {
  readonly overall: OverallScore;
  readonly sections: readonly SectionScore[];
  /** Per requirement group (clauses 4 … 10, objectives A.2 … A.10). */
  readonly groups: readonly Rollup[];
  readonly requirements: readonly RequirementScore[];
  readonly tags: readonly Rollup[];
  readonly gaps: readonly Gap[];
  /** Keyed by framework id, the part of the target id before the first `:`. */
  readonly crosswalks: Readonly<Record<string, readonly CrosswalkTargetScore[]>>;
  readonly risks: readonly RiskScore[];
  /** Every certification gate, closed or open; empty when `certificationVerdict` is false. */
  readonly gates: readonly CertificationGate[];
}
