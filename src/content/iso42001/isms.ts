/**
 * The scope question that says whether an ISO/IEC 27001 ISMS exists, and its answers that mean one
 * runs: one place for the pack's ISMS hints (./build.ts) and for the scorecard's ISMS section
 * (src/scoring/isms-reuse.ts).
 */

/** The id of the scope question on an existing ISO/IEC 27001 ISMS. */
export const ISMS_QUESTION = 'scope-isms';
/** Its answers that mean an ISMS runs: certified, or implemented without a certificate. */
export const ISMS_IN_PLACE = ['certified', 'implemented'] as const;
