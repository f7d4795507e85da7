// The buyer's review of one supplier (`#request=<id>`): its rounds as the intake keeps them, the
// chosen round verified again in this browser (`openBundle`: digest, signature, definition,
// re-score, evidence bytes), its scorecard, the AI systems it declares, its plan with the open
// actions, and the answers, each to accept, follow up or reject with a note. The decisions are
// saved on the intake; the supplier's link shows the follow-ups.
import { html, nothing, render } from 'lit';
import '../../components/index.js';
import type { AimsQuestionnaire } from '../../components/index.js';
import {
  BUNDLE_FORMAT,
  actionPlan,
  createSession,
  isOpenEntry,
  localize,
  openBundle,
  optionsOf,
  verifyEnvelope,
  type AnswerValue,
  type AssessmentDefinition,
  type AssessmentResponse,
  type AssessmentSession,
  type Question,
  type ReviewState,
} from '../../src/core.js';
import {
  buyerKey,
  callIntake,
  describeIssues,
  renderProblems,
  type IntakeRequest,
  type IntakeReview,
  type RoundSummary,
} from './intake-client.js';

/** One round opened for review. */
interface OpenedRound {
  readonly request: IntakeRequest;
  readonly rounds: readonly RoundSummary[];
  readonly round: RoundSummary;
  readonly session: AssessmentSession;
  /** Evidence files by id, as object URLs to open them. */
  readonly files: ReadonlyMap<string, string>;
  /** The server's readiness figure for the round. */
  readonly readiness: number | null;
}

const byId = (id: string) => document.getElementById(id)!;
const key = buyerKey();
let opened: OpenedRound | undefined;
let saveStatus = '';

const DECISIONS: [ReviewState, string][] = [
  ['accepted', 'Accept'],
  ['follow-up', 'Follow up'],
  ['rejected', 'Reject'],
];
/** The intake's decision for the session's review state, and back. */
const TO_INTAKE: Record<ReviewState, IntakeReview['decision']> = {
  accepted: 'accept',
  'follow-up': 'follow-up',
  rejected: 'reject',
};
const FROM_INTAKE: Record<IntakeReview['decision'], ReviewState> = {
  accept: 'accepted',
  'follow-up': 'follow-up',
  reject: 'rejected',
};

function answerText(session: AssessmentSession, question: Question): string {
  const answer = session.state.response.answers[question.id];
  if (!answer || answer.value === undefined || answer.value === '') return 'not answered';
  const label = (id: string) =>
    localize(optionsOf(session.state.definition, question).find((o) => o.id === id)?.label ?? id);
  const value: AnswerValue = answer.value;
  const text = Array.isArray(value)
    ? value.map(label).join(', ')
    : question.type === 'scale' || question.type === 'choice'
      ? label(String(value))
      : String(value);
  return answer.justification ? `${text} (why: ${answer.justification})` : text;
}

const showProblems = (lead: string, error: unknown) =>
  renderProblems(byId('problems'), lead, error);

/**
 * The submitted file verified again here, against the request's definition: a bundle with its
 * evidence files, or a bare envelope.
 */
async function verifyHere(submitted: unknown, definition: AssessmentDefinition) {
  const isBundle = (submitted as { format?: unknown })?.format === BUNDLE_FORMAT;
  if (isBundle) {
    const bundle = await openBundle(submitted, definition);
    return { response: bundle.response, files: bundle.files };
  }
  const verified = await verifyEnvelope(submitted, definition);
  if (!verified.ok) throw Object.assign(new Error('not verified'), { issues: verified.problems });
  return {
    response: (submitted as { response: AssessmentResponse }).response,
    files: [],
  };
}

/** Opens round `roundId` of request `requestId` (the latest when none is named). */
async function openRound(requestId: string, roundId?: string): Promise<void> {
  byId('problems').replaceChildren();
  byId('status').textContent = 'Opening…';
  const detail = await callIntake<{
    request: IntakeRequest;
    definition: AssessmentDefinition | null;
    responses: RoundSummary[];
  }>(`/api/requests/${encodeURIComponent(requestId)}`, { key });
  const { request, definition, responses } = detail;
  const round = responses.find((each) => each.id === roundId) ?? responses[0];
  if (!definition || !round) {
    opened = undefined;
    byId('status').textContent = definition
      ? `${request.supplier} has not answered yet.`
      : `The definition of ${request.supplier}'s request is no longer served.`;
    draw();
    return;
  }
  const stored = await callIntake<{
    response: { submitted: unknown; readiness: number | null; reviews: IntakeReview[] };
  }>(`/api/responses/${encodeURIComponent(round.id)}`, { key });
  const verified = await verifyHere(stored.response.submitted, definition);
  // The review starts from the decisions kept on the intake for this round, not from any review
  // the supplier's own copy carries.
  const review = Object.fromEntries(
    stored.response.reviews.map((each) => [
      each.question,
      { state: FROM_INTAKE[each.decision], ...(each.note ? { note: each.note } : {}) },
    ]),
  );
  for (const url of opened?.files.values() ?? []) URL.revokeObjectURL(url);
  opened = {
    request,
    rounds: responses,
    round,
    session: createSession({ definition, response: { ...verified.response, review } }),
    files: new Map(verified.files.map((file) => [file.ref.id, URL.createObjectURL(file.blob)])),
    readiness: stored.response.readiness,
  };
  saveStatus = '';
  byId('status').textContent =
    `Round ${round.round} of ${request.supplier}, verified by your server and again here.`;
  draw();
  document.getElementById('review-title')?.focus();
}

function setReview(question: Question, state: ReviewState | undefined, note: string): void {
  opened?.session.dispatch({
    type: 'review',
    question: question.id,
    review: state ? { state, ...(note ? { note } : {}) } : null,
  });
  draw();
}

async function saveDecisions(): Promise<void> {
  if (!opened) return;
  const review = opened.session.state.response.review ?? {};
  const reviews = Object.entries(review).map(([question, decision]) => ({
    question,
    decision: TO_INTAKE[decision.state],
    note: decision.note ?? '',
  }));
  try {
    await callIntake(`/api/responses/${encodeURIComponent(opened.round.id)}/reviews`, {
      key,
      method: 'PUT',
      body: JSON.stringify({ reviews }),
    });
    const asked = reviews.filter((each) => each.decision !== 'accept').length;
    const supplier = opened.request.supplier;
    saveStatus = asked
      ? `Saved. ${supplier} sees ${asked} answer(s) to revisit when it opens its link again.`
      : 'Saved. Nothing is sent back to the supplier.';
  } catch (error) {
    saveStatus = `Not saved: ${describeIssues(error).join('; ')}`;
  }
  draw();
}

function renderEvidence(round: OpenedRound, question: Question) {
  const evidence = round.session.state.response.answers[question.id]?.evidence ?? [];
  if (!evidence.length) return nothing;
  return html`<div>
    Evidence:
    ${evidence.map(
      (item, index) =>
        html`${index ? ', ' : ''}${
          round.files.has(item.id)
            ? html`<a href=${round.files.get(item.id)!} download=${item.name}>${item.name}</a>`
            : html`${item.name} (not in the file)`
        }`,
    )}
  </div>`;
}

/** Scrolls the read-only questionnaire of the review to `question`. */
function showInQuestionnaire(question: Question): void {
  const questionnaire = document.querySelector<AimsQuestionnaire>('#review aims-questionnaire');
  void questionnaire?.goTo(question.id);
}

function reviewItem(round: OpenedRound, question: Question, number: number) {
  const decision = round.session.state.response.review?.[question.id];
  const noteId = `note-${question.id}`;
  const changeNote = (event: Event) =>
    setReview(question, decision?.state, (event.target as HTMLTextAreaElement).value.trim());
  return html`<li class="review-item" data-question=${question.id}>
    <strong>${number}. ${localize(question.text)}</strong>
    <div>Answer: ${answerText(round.session, question)}</div>
    ${renderEvidence(round, question)}
    <fieldset>
      <legend class="muted">Your decision on question ${number}</legend>
      ${DECISIONS.map(
        ([state, label]) =>
          html`<label
            ><input
              type="radio"
              name=${`decision-${question.id}`}
              .checked=${decision?.state === state}
              @change=${() => setReview(question, state, decision?.note ?? '')}
            />
            ${label}</label
          >`,
      )}
    </fieldset>
    <label class="field" for=${noteId}>Note to the supplier on question ${number}</label>
    <textarea
      id=${noteId}
      rows="2"
      .value=${decision?.note ?? ''}
      ?disabled=${!decision}
      @change=${changeNote}
    ></textarea>
    <button type="button" @click=${() => showInQuestionnaire(question)}>
      Show in the questionnaire
    </button>
  </li>`;
}

/** The AI systems the supplier declares it delivers, with their EU AI Act class (read-only). */
function renderSystems(round: OpenedRound) {
  const { response, definition } = round.session.state;
  const expected = definition.metadata?.systems === 'expected';
  if (!response.systems?.length && !expected) return nothing;
  return html`<section aria-labelledby="systems-title">
    <h3 id="systems-title">AI systems delivered</h3>
    ${
      response.systems?.length
        ? html`<aims-inventory readonly .session=${round.session}></aims-inventory>`
        : html`<p>The supplier declares no AI system: ask which ones the product delivers.</p>`
    }
  </section>`;
}

/** The supplier's plan: how many of its recorded actions are still open, and the plan itself. */
function renderPlan(round: OpenedRound) {
  const { definition, response, visible } = round.session.state;
  const plan = actionPlan(definition, response, { visible, today: new Date() });
  const recorded = plan.entries.filter((entry) => entry.action);
  const open = recorded.filter(isOpenEntry);
  const overdue = open.filter((entry) => entry.overdue).length;
  const summary = recorded.length
    ? `${open.length} of the supplier's ${recorded.length} recorded action(s) are open` +
      (overdue ? `, ${overdue} overdue.` : '.')
    : 'The supplier records no action for its gaps yet.';
  return html`<section aria-labelledby="plan-title">
    <h3 id="plan-title">The supplier's plan</h3>
    <p id="supplier-plan-summary">${summary}</p>
    <aims-action-plan readonly .session=${round.session}></aims-action-plan>
  </section>`;
}

function renderRounds(round: OpenedRound) {
  if (round.rounds.length < 2) return nothing;
  return html`<label
    >Round
    <select
      @change=${(event: Event) =>
        void openRound(round.request.id, (event.target as HTMLSelectElement).value).catch(
          (error: unknown) => showProblems('This round could not be opened:', error),
        )}
    >
      ${round.rounds.map(
        (each) =>
          html`<option value=${each.id} ?selected=${each.id === round.round.id}>
            Round ${each.round}, received ${each.receivedAt.slice(0, 10)}
          </option>`,
      )}
    </select></label
  >`;
}

function renderReview(round: OpenedRound) {
  const { definition, visible } = round.session.state;
  const questions = definition.sections
    .flatMap((section) => section.questions)
    .filter((question) => visible.has(question.id));
  const signature = round.round.keyThumbprint
    ? html`Signed, key <span class="mono">${round.round.keyThumbprint.slice(0, 16)}…</span>`
    : 'Not signed';
  const readiness =
    round.readiness === null ? 'no readiness figure' : `readiness ${round.readiness}%`;
  return html`<section id="review" class="panel" aria-labelledby="review-title">
    <h2 id="review-title" tabindex="-1">Review: ${round.request.supplier}</h2>
    <p>
      Round ${round.round.round} of ${round.rounds.length}, received
      ${round.round.receivedAt.slice(0, 10)}; ${readiness} by your server's count. ${signature}.
    </p>
    ${renderRounds(round)}
    <aims-scorecard variant="compact" max-gaps="3" .session=${round.session}></aims-scorecard>
    ${renderSystems(round)} ${renderPlan(round)}
    <h3>The answers</h3>
    <div class="review-layout">
      <aims-questionnaire readonly .session=${round.session}></aims-questionnaire>
      <div>
        <ol id="review-list" class="review-list">
          ${questions.map((question, index) => reviewItem(round, question, index + 1))}
        </ol>
        <button type="button" class="primary" @click=${() => void saveDecisions()}>
          Save decisions
        </button>
        <p role="status">${saveStatus}</p>
      </div>
    </div>
  </section>`;
}

/** Without a request chosen: the portfolio, to choose one. */
function renderChooser() {
  return html`<section class="panel" aria-labelledby="choose-title">
    <h2 id="choose-title">Choose a supplier</h2>
    <aims-supplier-portfolio
      src="/api/portfolio"
      .apiKey=${key}
      @aims-supplier-select=${(event: CustomEvent<{ request: string }>) => {
        location.hash = `request=${encodeURIComponent(event.detail.request)}`;
      }}
    ></aims-supplier-portfolio>
  </section>`;
}

function draw(): void {
  const requestId = /[#&]request=([^&]+)/.exec(location.hash)?.[1];
  render(opened ? renderReview(opened) : requestId ? nothing : renderChooser(), byId('app'));
}

function start(): void {
  const requestId = /[#&]request=([^&]+)/.exec(location.hash)?.[1];
  opened = undefined;
  if (!key) {
    byId('status').textContent = '';
    render(
      html`<p>
        Sign in on the <a href="./buyer.html">buyer page</a> first, with the key the server printed.
      </p>`,
      byId('problems'),
    );
    return;
  }
  draw();
  if (!requestId) {
    byId('status').textContent = 'Choose a supplier to review.';
    return;
  }
  openRound(decodeURIComponent(requestId)).catch((error: unknown) => {
    byId('status').textContent = '';
    showProblems('This supplier could not be opened:', error);
  });
}

window.addEventListener('hashchange', start);
start();
