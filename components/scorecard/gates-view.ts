/**
 * The certification verdict of `<aims-scorecard>`: ready or not, and each open gate with why and
 * a link to where it is fixed (the scorecard's `gates`, docs/scoring.md). A pack that gives no
 * verdict shows that its band is indicative, and what a full assessment would check. Loaded when
 * a scorecard first renders (both variants show it), with the strings it shows.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { GATE_IDS } from '../../src/scoring/gates.js';
import type { CertificationGate, GateId } from '../../src/scoring/types.js';
import type { SessionSnapshot } from '../../src/session/types.js';
import type { MessageKey } from '../base/i18n.js';
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

/** A requirement: a link to its question when one is shown, else its id and title. */
function requirementItem(view: View, gate: CertificationGate, requirement: string) {
  const question = questionFor(view, gate, requirement);
  return question === null
    ? html`<span>${view.req(requirement)}</span>`
    : questionLink(view, question, view.req(requirement));
}

/** A sentence, then the requirements the gate names, each linked. */
function listed(view: View, gate: CertificationGate, key: MessageKey) {
  return html`${view.msg(key)}
    <ul>
      ${gate.requirements.map((id) => html`<li>${requirementItem(view, gate, id)}</li>`)}
    </ul>`;
}

/** One entry per clause or control below target, each a link to its biggest gap. */
function belowTarget(view: View, gate: CertificationGate, clause: boolean) {
  return gate.requirements.map((requirement) => {
    const name = view.req(requirement);
    const text = clause
      ? view.msg('scorecardReasonClause', { clause: name })
      : view.msg('scorecardReasonControl', { control: name });
    const question = questionFor(view, gate, requirement);
    return html`<li part="gate" data-gate=${gate.id}>
      ${question === null ? text : questionLink(view, question, text)}
    </li>`;
  });
}

/** A clause-family gate (internal audit, management review): not assessed, or below target. */
function clauseFamily(view: View, gate: CertificationGate, none: MessageKey, below: MessageKey) {
  if (gate.reason === 'not-assessed') return view.msg(none);
  const first = gate.questions[0];
  return first === undefined ? view.msg(below) : questionLink(view, first, view.msg(below));
}

/** Why one open gate is open, with links to where it is fixed. */
function openGate(view: View, gate: CertificationGate): TemplateResult | TemplateResult[] {
  const item = (body: unknown) => html`<li part="gate" data-gate=${gate.id}>${body}</li>`;
  const noun = { one: 'scorecardReasonIncompleteOne', other: 'scorecardReasonIncomplete' } as const;
  switch (gate.id) {
    case 'answered':
      return item(
        html`${view.msgCount(noun, gate.questions.length)}
        ${questionLink(view, gate.questions[0]!, view.msg('scorecardGoFirst'))}`,
      );
    case 'clauses':
      return gate.reason === 'not-assessed'
        ? item(view.msg('scorecardReasonNoClauses'))
        : belowTarget(view, gate, true);
    case 'controls':
      return belowTarget(view, gate, false);
    case 'soa-decided':
      return gate.reason === 'no-controls'
        ? item(view.msg('scorecardReasonNoControls'))
        : item(listed(view, gate, 'scorecardReasonUndecided'));
    case 'soa-justified':
      return item(listed(view, gate, 'scorecardReasonUnjustified'));
    case 'internal-audit':
      return item(clauseFamily(view, gate, 'scorecardReasonAuditNone', 'scorecardReasonAudit'));
    case 'management-review':
      return item(clauseFamily(view, gate, 'scorecardReasonReviewNone', 'scorecardReasonReview'));
    case 'risks':
      return item(html`${view.msg('scorecardReasonRisks')} ${riskNames(view, gate)}`);
  }
}

/** The risks a gate names, by id and title. */
const riskNames = (view: View, gate: CertificationGate) => {
  const titleOf = (id: string) => view.snap.response.risks?.find((risk) => risk.id === id)?.title;
  return gate.risks.map((id) => `${id} ${titleOf(id) ?? ''}`.trim()).join(', ');
};

/** The verdict and the open gates; or, for a pack without a verdict, what a full one checks. */
export function renderCertification(view: View, snap: SessionSnapshot): TemplateResult {
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
  const open = snap.scorecard.gates.filter((gate) => !gate.closed);
  return html`<div part="certification">
    <p><strong>${verdict}</strong></p>
    ${
      open.length
        ? html`<ul>
            ${open.map((gate) => openGate(view, gate))}
          </ul>`
        : nothing
    }
  </div>`;
}
