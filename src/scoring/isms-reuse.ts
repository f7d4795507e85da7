/**
 * What an organisation with an ISO/IEC 27001 ISMS can reuse for its AIMS: the clause requirements
 * of the assessment by how the ISMS serves them (src/content/iso27001.ts), each with its readiness
 * from the scorecard. Shown only when the scope says an ISMS exists (docs/iso27001.md).
 */
import type { AssessmentDefinition } from '../model/definition.js';
import type { AssessmentResponse } from '../model/response.js';
import {
  ISMS_RELATIONS,
  iso27001Clauses,
  type IsmsClauseRow,
  type IsmsRelation,
} from '../content/iso27001.js';
import { ISMS_IN_PLACE, ISMS_QUESTION } from '../content/iso42001/isms.js';
import type { RequirementStatus, Scorecard } from './types.js';

export { ISMS_IN_PLACE, ISMS_QUESTION };
export type IsmsState = (typeof ISMS_IN_PLACE)[number];

/** One clause requirement of the assessment and what the ISMS brings to it. */
export interface IsmsReuseClause {
  readonly requirement: string;
  /** The ISO/IEC 27001:2022 clause (`iso27001:6.3`), or null when it has none. */
  readonly counterpart: string | null;
  /** The requirement's readiness in the scorecard (null when nothing counts). */
  readonly readiness: number | null;
  readonly status: RequirementStatus;
}

/** The clause requirements of one relation. */
export interface IsmsReuseGroup {
  readonly relation: IsmsRelation;
  /** How many clause requirements of the assessment have this relation. */
  readonly count: number;
  /** Those requirements, in the assessment's order. */
  readonly clauses: readonly IsmsReuseClause[];
}

/** The figure: which ISMS the scope names, and the clause requirements by relation. */
export interface IsmsReuse {
  readonly isms: IsmsState;
  /** One entry per relation, `reuse`, `extend`, `new`, each present (count 0 when empty). */
  readonly relations: readonly IsmsReuseGroup[];
}

const isInPlace = (value: unknown): value is IsmsState =>
  ISMS_IN_PLACE.some((state) => state === value);

const asksIsms = (definition: AssessmentDefinition) =>
  definition.sections.some((section) =>
    section.questions.some((question) => question.id === ISMS_QUESTION),
  );

/**
 * The ISMS the scope names (`certified` or `implemented`), or null: when the definition has no
 * `scope-isms` question, it is not answered with an ISMS, or (given `visible`) it is hidden.
 */
export function ismsInPlace(
  definition: AssessmentDefinition,
  response: AssessmentResponse,
  visible?: ReadonlySet<string>,
): IsmsState | null {
  if (!asksIsms(definition)) return null;
  if (visible && !visible.has(ISMS_QUESTION)) return null;
  const value = response.answers[ISMS_QUESTION]?.value;
  return isInPlace(value) ? value : null;
}

/**
 * What the ISMS brings to the assessment's clause requirements, with their readiness from
 * `scorecard` (`score(definition, response)`); null when the scope names no ISMS (see
 * `ismsInPlace`) or the definition has none of the 32 clause requirements (`kind: "clause"`).
 */
export function ismsReuse(
  definition: AssessmentDefinition,
  response: AssessmentResponse,
  scorecard: Scorecard,
  visible?: ReadonlySet<string>,
): IsmsReuse | null {
  const isms = ismsInPlace(definition, response, visible);
  if (isms === null) return null;
  const rowOf = new Map<string, IsmsClauseRow>(
    iso27001Clauses.map((row) => [row.requirement, row]),
  );
  const clauseIds = new Set(
    (definition.requirements ?? [])
      .filter((requirement) => requirement.kind === 'clause')
      .map((requirement) => requirement.id),
  );
  const clauses: (IsmsReuseClause & { readonly relation: IsmsRelation })[] = [];
  for (const requirement of scorecard.requirements) {
    const row = rowOf.get(requirement.id);
    if (row === undefined || !clauseIds.has(requirement.id)) continue;
    clauses.push({
      requirement: requirement.id,
      counterpart: row.counterpart,
      relation: row.relation,
      readiness: requirement.readiness,
      status: requirement.status,
    });
  }
  if (!clauses.length) return null;
  const relations = ISMS_RELATIONS.map((relation): IsmsReuseGroup => {
    const members = clauses
      .filter((clause) => clause.relation === relation)
      .map(({ requirement, counterpart, readiness, status }) => ({
        requirement,
        counterpart,
        readiness,
        status,
      }));
    return { relation, count: members.length, clauses: members };
  });
  return { isms, relations };
}
