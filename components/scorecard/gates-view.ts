/**
 * The certification verdict of `<aims-scorecard>`: ready or not, and each open gate with why and
 * a link to where it is fixed (the scorecard's `gates`, docs/scoring.md). A pack that gives no
 * verdict shows that its band is indicative, and what a full assessment would check. Loaded when
 * a scorecard first renders (both variants show it), with the strings it shows.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { GATE_IDS } from '../../src/scoring/gates.js';
import type { CertificationGate, GateId } from '../../src/scoring/types.js';
import type { SessionSnapshot } from '../../src/session/types.js';
import type { MessageKey, PluralKeys } from '../base/i18n.js';
import type { ReportHost } from './report-views.js';
import type { View } from './views.js';
import { addEnglish } from '../base/i18n.js';
import { scorecardFullEn } from './full-messages.js';

addEnglish(scorecardFullEn);

/** What each gate checks, in words. */
const GATE_KEYS = {
  answered: 'scorecardGateAnswered',
  clauses: 'scorecardGateClauses',
  controls: 'scorecardGateControls',
  'soa-decided': 'scorecardGateSoaDecided',
  'soa-justified': 'scorecardGateSoaJustified',
  'internal-audit': 'scorecardGateInternalAudit',
  'management-review': 'scorecardGateManagementReview',
  risks: 'scorecardGateRisks',
} as const satisfies Record<GateId, MessageKey>;

/** A button that shows a question (the scorecard's `navigate`). */
const questionLink = (view: View, question: string, label: string) =>
  html`<button class="link" part="gate-link" @click=${() => view.navigate(question)}>
    ${label}
  </button>`;

/** The first question that fixes a requirement: one the gate names, else one that is visible. */
function questionFor(view: View, gate: CertificationGate, requirement: string): string | null {
  const { definition, visible } = view.snap;
  const questions = definition.sections.flatMap((section) => section.questions);
  const ofRequirement = (id: string) =>
    questions.find((question) => question.id === id)?.requirement === requirement;
  const named = gate.questions.find(ofRequirement);
  if (named) return named;
  const shown = questions.find(
    (question) => question.requirement === requirement && visible.has(question.id),
  );
  return shown?.id ?? null;
}

/**
 * The requirements a gate names, in the definition's order (clause 4.1 before 10.1), so a reader
 * finds them where the standard has them; unknown ids keep their place at the end.
 */
function inDefinitionOrder(view: View, requirements: readonly string[]): string[] {
  const order = new Map(
    (view.snap.definition.requirements ?? []).map((requirement, index) => [requirement.id, index]),
  );
  const positionOf = (id: string) => order.get(id) ?? order.size;
  return [...requirements].sort((left, right) => positionOf(left) - positionOf(right));
}

/** A requirement: a link to its question when one is shown, else its id and title. */
function requirementItem(view: View, gate: CertificationGate, requirement: string) {
  const question = questionFor(view, gate, requirement);
  const body =
    question === null
      ? html`<span>${view.req(requirement)}</span>`
      : questionLink(view, question, view.req(requirement));
  return html`<li>${body}</li>`;
}

/** The unanswered questions, each a link to it. */
function unansweredItems(view: View, gate: CertificationGate) {
  const questions = view.snap.definition.sections.flatMap((section) => section.questions);
  return gate.questions.map((id) => {
    const question = questions.find((candidate) => candidate.id === id);
    return html`<li>${questionLink(view, id, view.text(question?.text) || id)}</li>`;
  });
}

/** The risks a gate names, by id and title. */
function riskItems(view: View, gate: CertificationGate) {
  const titleOf = (id: string) => view.snap.response.risks?.find((risk) => risk.id === id)?.title;
  return gate.risks.map((id) => html`<li>${`${id} ${titleOf(id) ?? ''}`.trim()}</li>`);
}

/** The line of a gate that lists items: its count in words, by the locale's plural rule. */
const COUNT_KEYS = {
  answered: { one: 'scorecardOpenAnsweredOne', other: 'scorecardOpenAnswered' },
  clauses: { one: 'scorecardOpenClausesOne', other: 'scorecardOpenClauses' },
  controls: { one: 'scorecardOpenControlsOne', other: 'scorecardOpenControls' },
  'soa-decided': { one: 'scorecardOpenUndecidedOne', other: 'scorecardOpenUndecided' },
  'soa-justified': { one: 'scorecardOpenUnjustifiedOne', other: 'scorecardOpenUnjustified' },
  risks: { one: 'scorecardOpenRisksOne', other: 'scorecardOpenRisks' },
} as const satisfies Partial<Record<GateId, PluralKeys>>;

/**
 * One open gate on one line with its count; the line opens to the items behind it (open when
 * printed, so the report on paper lists them all).
 */
function expandable(view: ReportHost, gate: CertificationGate, count: number, items: unknown) {
  const keys = COUNT_KEYS[gate.id as keyof typeof COUNT_KEYS];
  return html`<li part="gate" data-gate=${gate.id}>
    <details ?open=${view.printing}>
      <summary>${view.msgCount(keys, count)}</summary>
      <ul part="gate-items">
        ${items}
      </ul>
    </details>
  </li>`;
}

/** A gate that has nothing to list: one line saying why it is open, linked where it is fixed. */
const single = (gate: CertificationGate, body: unknown) =>
  html`<li part="gate" data-gate=${gate.id}>${body}</li>`;

/** A clause-family gate (internal audit, management review): not assessed, or below target. */
function clauseFamily(view: View, gate: CertificationGate, none: MessageKey, below: MessageKey) {
  if (gate.reason === 'not-assessed') return single(gate, view.msg(none));
  const first = gate.questions[0];
  const body = first === undefined ? view.msg(below) : questionLink(view, first, view.msg(below));
  return single(gate, body);
}

/** The requirements of a gate, each linked, in a line that opens. */
function requirementsGate(view: ReportHost, gate: CertificationGate) {
  const requirements = inDefinitionOrder(view, gate.requirements);
  const items = requirements.map((id) => requirementItem(view, gate, id));
  return expandable(view, gate, requirements.length, items);
}

/** Why one open gate is open, with links to where it is fixed. */
function openGate(view: ReportHost, gate: CertificationGate): TemplateResult {
  switch (gate.id) {
    case 'answered':
      return expandable(view, gate, gate.questions.length, unansweredItems(view, gate));
    case 'clauses':
      return gate.reason === 'not-assessed'
        ? single(gate, view.msg('scorecardReasonNoClauses'))
        : requirementsGate(view, gate);
    case 'controls':
    case 'soa-justified':
      return requirementsGate(view, gate);
    case 'soa-decided':
      return gate.reason === 'no-controls'
        ? single(gate, view.msg('scorecardReasonNoControls'))
        : requirementsGate(view, gate);
    case 'internal-audit':
      return clauseFamily(view, gate, 'scorecardReasonAuditNone', 'scorecardReasonAudit');
    case 'management-review':
      return clauseFamily(view, gate, 'scorecardReasonReviewNone', 'scorecardReasonReview');
    case 'risks':
      return expandable(view, gate, gate.risks.length, riskItems(view, gate));
  }
}

/** The verdict and the open gates; or, for a pack without a verdict, what a full one checks. */
export function renderCertification(view: ReportHost, snap: SessionSnapshot): TemplateResult {
  const overall = snap.scorecard.overall;
  if (!overall.certificationVerdict)
    return html`<div part="certification">
      <p><strong>${view.msg('scorecardNoVerdict')}</strong></p>
      <p>${view.msg('scorecardFullChecks')}</p>
      <ul>
        ${GATE_IDS.map((id) => html`<li>${view.msg(GATE_KEYS[id])}</li>`)}
      </ul>
    </div>`;
  const verdict = overall.certificationReady
    ? view.msg('scorecardCertReady')
    : view.msg('scorecardCertNotReady');
  const gates = snap.scorecard.gates;
  const open = gates.filter((gate) => !gate.closed);
  const counts = { open: open.length, total: gates.length };
  return html`<div part="certification">
    <p><strong>${verdict}</strong></p>
    ${
      open.length
        ? html`<p class="muted">${view.msg('scorecardGatesOpen', counts)}</p>
            <ul part="gates">
              ${open.map((gate) => openGate(view, gate))}
            </ul>`
        : nothing
    }
  </div>`;
}

/** The styles only the verdict uses, added to the scorecard's when this module loads. */
export const styles = css`
  [part='gates'] {
    list-style: none;
    padding: 0;
    border-block-start: 1px solid var(--_border);
  }
  [part='gate'] {
    margin: 0;
    padding: var(--_s2) 0;
    border-block-end: 1px solid var(--_border);
  }
  [part='gate'] summary {
    cursor: pointer;
  }
  [part='gate'] > .link {
    font-weight: 400;
  }
  [part='gate-items'] {
    margin: var(--_s2) 0 0;
    columns: 2 18rem;
  }
  [part='gate-items'] li {
    break-inside: avoid;
  }
  @media print {
    [part='gate'] summary {
      list-style: none;
      font-weight: 600;
    }
    [part='gate-items'] {
      font-size: 0.85em;
    }
    [part='gate-items'] .link {
      font-weight: 400;
    }
  }
`;
