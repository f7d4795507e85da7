/**
 * The Scorecard (docs/scoring.md): JSON-serialisable, ids only, no colours.
 * The scoring work fills this in; the session and components read it.
 */
export interface Scorecard {
  readonly overall: {
    readonly readiness: number | null;
    readonly maturity: number | null;
    readonly completion: number;
    readonly band: string | null;
    readonly certificationReady: boolean;
  };
  readonly [key: string]: unknown;
}
