/**
 * The Statement of Applicability: one entry per Annex A control (`kind: "control"` requirement), derived
 * by the four rules of docs/scoring.md, with OSCAL implementation-status words.
 */
import type { AssessmentDefinition } from '../model/definition.js';
import type { AssessmentResponse, ImplementationStatus } from '../model/response.js';
import { listAdd, own, tally } from './compile.js';
import { figures, statusOf } from './score.js';

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
}

/**
 * Derives the SoA. Rules, in order: (1) an explicit decision with `applicable` set wins; (2) a control
 * linked from a risk is applicable, justified by the risk ids; (3) a control whose visible questions are
 * all answered N/A is not applicable, justified by their justifications; (4) otherwise undecided.
 */
export function deriveSoa(
  definition: AssessmentDefinition,
  response: AssessmentResponse,
  visible?: ReadonlySet<string>,
): SoaEntry[] {
  const t = tally(definition, response, visible);
  const { c } = t;
  const linked = new Map<string, string[]>();
  for (const r of response.risks ?? []) {
    for (const control of new Set(r.controls ?? [])) listAdd(linked, control, r.id);
  }
  // Per requirement: visible questions, how many are N/A, their justifications, evidence files.
  const per = c.requirements.map(() => ({ shown: 0, na: 0, why: new Set<string>(), files: 0 }));
  c.questions.forEach((q, i) => {
    const p = per[q.req];
    if (!p || !t.visible[i]) return;
    const a = t.answers[i];
    p.shown++;
    p.files += a?.evidence?.length ?? 0;
    if (t.worth[i] === 'na') {
      p.na++;
      const j = a?.justification?.trim();
      if (j) p.why.add(j);
    }
  });
  const decisions = response.soa ?? {};
  const out: SoaEntry[] = [];
  per.forEach((p, r) => {
    if (!c.controls[r]) return;
    const control = c.requirements[r]!;
    const d = own.call(decisions, control) ? decisions[control] : undefined;
    const risks = linked.get(control) ?? [];
    const [applicable, source, justification]: [boolean | null, SoaSource | null, string] =
      typeof d?.applicable === 'boolean'
        ? [d.applicable, 'decision', d.justification?.trim() ?? '']
        : risks.length
          ? [true, 'risk', `Linked to risk${risks.length > 1 ? 's' : ''} ${risks.join(', ')}`]
          : p.shown && p.na === p.shown
            ? [false, 'answer', [...p.why].join('; ')]
            : [null, null, ''];
    const sums = t.requirements[r]!;
    out.push({
      control,
      applicable,
      justification,
      status:
        applicable === false
          ? 'not-applicable'
          : d?.status && d.status !== 'not-applicable'
            ? d.status
            : statusOf(sums),
      source,
      readiness: figures(sums.n, sums.d).readiness,
      risks,
      evidence: p.files,
      owner: d?.owner ?? null,
    });
  });
  return out;
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
  const undecided = entries.filter((e) => e.applicable === null).map((e) => e.control);
  const unjustified = entries
    .filter((e) => e.applicable !== null && e.justification.trim() === '')
    .map((e) => e.control);
  const decided = entries.length - undecided.length;
  return {
    complete: undecided.length === 0 && unjustified.length === 0,
    total: entries.length,
    decided,
    justified: decided - unjustified.length,
    implemented: entries.filter((e) => e.status === 'implemented').length,
    undecided,
    unjustified,
  };
}

/** The word for an applicability decision: `yes`, `no`, or `undecided` while there is none. */
export function applicabilityWord(applicable: boolean | null): 'yes' | 'no' | 'undecided' {
  if (applicable === null) return 'undecided';
  return applicable ? 'yes' : 'no';
}
