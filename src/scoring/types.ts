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
  readonly certificationReady: boolean;
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
}
