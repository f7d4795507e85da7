// The buyer's review: open the request and several suppliers' bundles (each verified with
// `openBundle`: digest, signature, definition, re-score, evidence bytes), compare compact
// scorecards side by side, then review one supplier's answers (accept / follow-up / reject with a
// note, the session's `review` action) around a read-only questionnaire, and send the follow-ups
// back as a file.
import { html, nothing, render } from 'lit';
import '../../components/index.js';
import {
  BUNDLE_FORMAT,
  createSession,
  localize,
  openBundle,
  optionsOf,
  type AnswerValue,
  type AssessmentSession,
  type Question,
  type ReviewState,
} from '../../src/core.js';
import type { AimsQuestionnaire } from '../../components/index.js';
import {
  FOLLOW_UP_FORMAT,
  REQUEST_FORMAT,
  describeIssues,
  downloadJson,
  keyThumbprint,
  readJsonFile,
  readRequest,
  type FollowUp,
  type FollowUpItem,
  type SupplierRequest,
} from './protocol.js';

interface Supplier {
  readonly key: number;
  readonly name: string;
  readonly request: SupplierRequest;
  readonly session: AssessmentSession;
  readonly thumbprint?: string;
  /** Evidence files by id, as object URLs to open them. */
  readonly files: ReadonlyMap<string, string>;
}

const byId = (id: string) => document.getElementById(id)!;
const requests = new Map<string, SupplierRequest>();
const suppliers: Supplier[] = [];
let selected: Supplier | undefined;
let keys = 0;
const DECISIONS: [ReviewState, string][] = [
  ['accepted', 'Accept'],
  ['follow-up', 'Follow up'],
  ['rejected', 'Reject'],
];

const definitionKey = (definition: { id: string; version: string }) =>
  `${definition.id}@${definition.version}`;

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

/** What a bundle says about the definition it answers, read before it is verified. */
interface BundleHead {
  readonly envelope?: { readonly definition?: { id: string; version: string } };
}

/** The `format` a parsed file declares, if any. */
const formatOf = (json: unknown) => (json as { format?: unknown })?.format;

/** Verifies a bundle and opens it as a supplier to review; throws when it does not verify. */
async function openSupplier(
  file: File,
  json: unknown,
  request: SupplierRequest,
): Promise<Supplier> {
  const opened = await openBundle(json, request.definition);
  const company = opened.response.answers['sup-company']?.value;
  const jwk = opened.envelope.signature?.publicKeyJwk;
  keys += 1;
  return {
    key: keys,
    name:
      typeof company === 'string' && company ? company : (opened.assessment?.title ?? file.name),
    request,
    session: createSession({ definition: request.definition, response: opened.response }),
    ...(jwk ? { thumbprint: await keyThumbprint(jwk) } : {}),
    files: new Map(opened.files.map((entry) => [entry.ref.id, URL.createObjectURL(entry.blob)])),
  };
}

async function openFiles(list: readonly File[]): Promise<void> {
  const problems: string[] = [];
  const read: { file: File; json: unknown }[] = [];
  for (const file of list) {
    try {
      read.push({ file, json: await readJsonFile(file) });
    } catch (error) {
      problems.push(...describeIssues(error));
    }
  }
  // Requests first, so that bundles chosen together with their request find it.
  for (const { file, json } of read.filter((entry) => formatOf(entry.json) === REQUEST_FORMAT)) {
    try {
      const request = readRequest(json);
      requests.set(definitionKey(request.definition), request);
    } catch (error) {
      problems.push(...describeIssues(error).map((line) => `${file.name}: ${line}`));
    }
  }
  let added = 0;
  for (const { file, json } of read.filter((entry) => formatOf(entry.json) !== REQUEST_FORMAT)) {
    if (formatOf(json) === FOLLOW_UP_FORMAT) {
      problems.push(`${file.name}: a follow-up file goes to the supplier, not here`);
      continue;
    }
    if (formatOf(json) !== BUNDLE_FORMAT) {
      problems.push(`${file.name}: neither a request nor a response bundle`);
      continue;
    }
    const answered = (json as BundleHead).envelope?.definition;
    const request = answered && requests.get(definitionKey(answered));
    if (!request) {
      const unopened = `answers a request you have not opened (${answered?.id ?? 'unknown'})`;
      problems.push(`${file.name}: ${unopened}; open its request file too`);
      continue;
    }
    try {
      suppliers.push(await openSupplier(file, json, request));
      added++;
    } catch (error) {
      problems.push(
        `${file.name} was rejected:`,
        ...describeIssues(error).map((line) => `  ${line}`),
      );
    }
  }
  render(
    problems.length
      ? html`<ul>
          ${problems.map((problem) => html`<li>${problem}</li>`)}
        </ul>`
      : nothing,
    byId('problems'),
  );
  const opened = `${requests.size} request(s) and ${suppliers.length} supplier response(s) open`;
  byId('status').textContent = `${opened}${added ? `; ${added} verified just now` : ''}.`;
  draw();
}

function followUps(supplier: Supplier): FollowUpItem[] {
  const review = supplier.session.state.response.review ?? {};
  return Object.entries(review).flatMap(([question, decision]) =>
    decision.state === 'accepted'
      ? []
      : [{ question, state: decision.state, note: decision.note ?? '' }],
  );
}

function setReview(
  supplier: Supplier,
  question: Question,
  state: ReviewState | undefined,
  note: string,
): void {
  supplier.session.dispatch({
    type: 'review',
    question: question.id,
    review: state ? { state, ...(note ? { note } : {}) } : null,
  });
  draw();
}

function renderEvidence(supplier: Supplier, question: Question) {
  const evidence = supplier.session.state.response.answers[question.id]?.evidence ?? [];
  if (!evidence.length) return nothing;
  return html`<div>
    Evidence:
    ${evidence.map(
      (item, index) =>
        html`${index ? ', ' : ''}${
          supplier.files.has(item.id)
            ? html`<a href=${supplier.files.get(item.id)!} download=${item.name}>${item.name}</a>`
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

function reviewItem(supplier: Supplier, question: Question, number: number) {
  const decision = supplier.session.state.response.review?.[question.id];
  const noteId = `note-${supplier.key}-${question.id}`;
  const changeNote = (event: Event) =>
    setReview(
      supplier,
      question,
      decision?.state,
      (event.target as HTMLTextAreaElement).value.trim(),
    );
  return html`<li class="review-item" data-question=${question.id}>
    <strong>${number}. ${localize(question.text)}</strong>
    <div>Answer: ${answerText(supplier.session, question)}</div>
    ${renderEvidence(supplier, question)}
    <fieldset>
      <legend class="muted">Your decision on question ${number}</legend>
      ${DECISIONS.map(
        ([state, label]) =>
          html`<label
            ><input
              type="radio"
              name=${`decision-${supplier.key}-${question.id}`}
              .checked=${decision?.state === state}
              @change=${() => setReview(supplier, question, state, decision?.note ?? '')}
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

function sendFollowUp(supplier: Supplier): void {
  const items = followUps(supplier);
  if (!items.length) return;
  const file: FollowUp = {
    format: FOLLOW_UP_FORMAT,
    createdAt: new Date().toISOString(),
    request: supplier.request,
    items,
  };
  downloadJson(`${supplier.request.id}.follow-up.json`, file);
  byId('status').textContent =
    `Follow-up file for ${supplier.name} downloaded (${items.length} answer(s) to revisit). ` +
    'Send it to the supplier.';
}

function select(supplier: Supplier): void {
  selected = supplier;
  draw();
}

function renderCard(supplier: Supplier) {
  const signature = supplier.thumbprint
    ? html`Signed, key <span class="mono">${supplier.thumbprint.slice(0, 16)}…</span>`
    : 'Not signed';
  return html`<article class="card" aria-label=${supplier.name}>
    <h3>${supplier.name}</h3>
    <p class="muted">Request ${supplier.request.id}. ${signature}</p>
    <aims-scorecard
      variant="compact"
      max-gaps="3"
      .session=${supplier.session}
      @aims-navigate=${() => {
        if (selected !== supplier) select(supplier);
      }}
    >
      <button
        slot="cta"
        type="button"
        class="primary"
        @click=${() => {
          select(supplier);
          byId('review-title')?.focus();
        }}
      >
        Review ${supplier.name}
      </button>
    </aims-scorecard>
  </article>`;
}

function renderComparison() {
  if (!suppliers.length) return nothing;
  return html`<section class="panel" aria-labelledby="compare-title">
    <h2 id="compare-title">Suppliers side by side</h2>
    <div class="cards">${suppliers.map(renderCard)}</div>
  </section>`;
}

/** The AI systems the supplier declares it delivers, with their EU AI Act class (read-only). */
function renderSystems(supplier: Supplier) {
  const systems = supplier.session.state.response.systems ?? [];
  const expected = supplier.request.definition.metadata?.systems === 'expected';
  if (!systems.length && !expected) return nothing;
  return html`<section aria-labelledby="systems-title">
    <h3 id="systems-title">AI systems delivered</h3>
    ${
      systems.length
        ? html`<aims-inventory readonly .session=${supplier.session}></aims-inventory>`
        : html`<p>The supplier declares no AI system: ask which ones the product delivers.</p>`
    }
  </section>`;
}

function renderReview(supplier: Supplier) {
  const visible = supplier.request.definition.sections
    .flatMap((section) => section.questions)
    .filter((question) => supplier.session.state.visible.has(question.id));
  const pending = followUps(supplier).length;
  return html`<section id="review" class="panel" aria-labelledby="review-title">
    <h2 id="review-title" tabindex="-1">Review: ${supplier.name}</h2>
    ${renderSystems(supplier)}
    <div class="review-layout">
      <aims-questionnaire readonly .session=${supplier.session}></aims-questionnaire>
      <div>
        <ol id="review-list" class="review-list">
          ${visible.map((question, index) => reviewItem(supplier, question, index + 1))}
        </ol>
        <p>
          ${
            pending
              ? `${pending} answer(s) to send back.`
              : 'Nothing to send back yet: choose Follow up or Reject on an answer.'
          }
        </p>
        <button
          type="button"
          class="primary"
          ?disabled=${!pending}
          @click=${() => sendFollowUp(supplier)}
        >
          Download follow-up file
        </button>
      </div>
    </div>
  </section>`;
}

function draw(): void {
  render(html` ${renderComparison()} ${selected ? renderReview(selected) : nothing}`, byId('app'));
}

byId('files').addEventListener('change', async (event) => {
  const input = event.target as HTMLInputElement;
  await openFiles([...(input.files ?? [])]);
  input.value = '';
});
draw();
