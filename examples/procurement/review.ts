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

const $ = (id: string) => document.getElementById(id)!;
const requests = new Map<string, SupplierRequest>();
const suppliers: Supplier[] = [];
let selected: Supplier | undefined;
let keys = 0;
const DECISIONS: [ReviewState, string][] = [
  ['accepted', 'Accept'],
  ['follow-up', 'Follow up'],
  ['rejected', 'Reject'],
];

const definitionKey = (d: { id: string; version: string }) => `${d.id}@${d.version}`;

function answerText(s: AssessmentSession, q: Question): string {
  const a = s.state.response.answers[q.id];
  if (!a || a.value === undefined || a.value === '') return 'not answered';
  const label = (id: string) =>
    localize(optionsOf(s.state.definition, q).find((o) => o.id === id)?.label ?? id);
  const v: AnswerValue = a.value;
  const text = Array.isArray(v)
    ? v.map(label).join(', ')
    : q.type === 'scale' || q.type === 'choice'
      ? label(String(v))
      : String(v);
  return a.justification ? `${text} (why: ${a.justification})` : text;
}

async function openFiles(list: readonly File[]): Promise<void> {
  const problems: string[] = [];
  const read: { file: File; json: unknown }[] = [];
  for (const file of list) {
    try {
      read.push({ file, json: await readJsonFile(file) });
    } catch (e) {
      problems.push(...describeIssues(e));
    }
  }
  const format = (j: unknown) => (j as { format?: unknown })?.format;
  // Requests first, so that bundles chosen together with their request find it.
  for (const { file, json } of read.filter((r) => format(r.json) === REQUEST_FORMAT)) {
    try {
      const r = readRequest(json);
      requests.set(definitionKey(r.definition), r);
    } catch (e) {
      problems.push(...describeIssues(e).map((l) => `${file.name}: ${l}`));
    }
  }
  let added = 0;
  for (const { file, json } of read.filter((r) => format(r.json) !== REQUEST_FORMAT)) {
    if (format(json) === FOLLOW_UP_FORMAT) {
      problems.push(`${file.name}: a follow-up file goes to the supplier, not here`);
      continue;
    }
    if (format(json) !== BUNDLE_FORMAT) {
      problems.push(`${file.name}: neither a request nor a response bundle`);
      continue;
    }
    const d = (json as { envelope?: { definition?: { id: string; version: string } } }).envelope
      ?.definition;
    const request = d && requests.get(definitionKey(d));
    if (!request) {
      problems.push(
        `${file.name}: answers a request you have not opened (${d?.id ?? 'unknown'}); open its request file too`,
      );
      continue;
    }
    try {
      const opened = await openBundle(json, request.definition);
      const company = opened.response.answers['sup-company']?.value;
      const jwk = opened.envelope.signature?.publicKeyJwk;
      suppliers.push({
        key: ++keys,
        name:
          typeof company === 'string' && company
            ? company
            : (opened.assessment?.title ?? file.name),
        request,
        session: createSession({ definition: request.definition, response: opened.response }),
        ...(jwk ? { thumbprint: await keyThumbprint(jwk) } : {}),
        files: new Map(opened.files.map((f) => [f.ref.id, URL.createObjectURL(f.blob)])),
      });
      added++;
    } catch (e) {
      problems.push(`${file.name} was rejected:`, ...describeIssues(e).map((l) => `  ${l}`));
    }
  }
  render(
    problems.length
      ? html`<ul>
          ${problems.map((p) => html`<li>${p}</li>`)}
        </ul>`
      : nothing,
    $('problems'),
  );
  $('status').textContent =
    `${requests.size} request(s) and ${suppliers.length} supplier response(s) open${added ? `; ${added} verified just now` : ''}.`;
  draw();
}

function followUps(s: Supplier): FollowUpItem[] {
  const review = s.session.state.response.review ?? {};
  return Object.entries(review).flatMap(([question, r]) =>
    r.state === 'accepted' ? [] : [{ question, state: r.state, note: r.note ?? '' }],
  );
}

function setReview(s: Supplier, q: Question, state: ReviewState | undefined, note: string): void {
  s.session.dispatch({
    type: 'review',
    question: q.id,
    review: state ? { state, ...(note ? { note } : {}) } : null,
  });
  draw();
}

function reviewItem(s: Supplier, q: Question, n: number) {
  const r = s.session.state.response.review?.[q.id];
  const evidence = s.session.state.response.answers[q.id]?.evidence ?? [];
  const noteId = `note-${s.key}-${q.id}`;
  return html`<li class="review-item" data-question=${q.id}>
    <strong>${n}. ${localize(q.text)}</strong>
    <div>Answer: ${answerText(s.session, q)}</div>
    ${
      evidence.length
        ? html`<div>
            Evidence:
            ${evidence.map(
              (ev, i) =>
                html`${i ? ', ' : ''}${
                  s.files.has(ev.id)
                    ? html`<a href=${s.files.get(ev.id)!} download=${ev.name}>${ev.name}</a>`
                    : html`${ev.name} (not in the file)`
                }`,
            )}
          </div>`
        : nothing
    }
    <fieldset>
      <legend class="muted">Your decision on question ${n}</legend>
      ${DECISIONS.map(
        ([state, label]) =>
          html`<label
            ><input
              type="radio"
              name=${`decision-${s.key}-${q.id}`}
              .checked=${r?.state === state}
              @change=${() => setReview(s, q, state, r?.note ?? '')}
            />
            ${label}</label
          >`,
      )}
    </fieldset>
    <label class="field" for=${noteId}>Note to the supplier on question ${n}</label>
    <textarea
      id=${noteId}
      rows="2"
      .value=${r?.note ?? ''}
      ?disabled=${!r}
      @change=${(e: Event) => setReview(s, q, r?.state, (e.target as HTMLTextAreaElement).value.trim())}
    ></textarea>
    <button
      type="button"
      @click=${() => (document.querySelector('#review aims-questionnaire') as AimsQuestionnaire | null)?.goTo(q.id)}
    >
      Show in the questionnaire
    </button>
  </li>`;
}

function sendFollowUp(s: Supplier): void {
  const items = followUps(s);
  if (!items.length) return;
  const file: FollowUp = {
    format: FOLLOW_UP_FORMAT,
    createdAt: new Date().toISOString(),
    request: s.request,
    items,
  };
  downloadJson(`${s.request.id}.follow-up.json`, file);
  $('status').textContent =
    `Follow-up file for ${s.name} downloaded (${items.length} answer(s) to revisit). Send it to the supplier.`;
}

function draw(): void {
  const s = selected;
  const visible = s
    ? s.request.definition.sections
        .flatMap((sec) => sec.questions)
        .filter((q) => s.session.state.visible.has(q.id))
    : [];
  const pending = s ? followUps(s).length : 0;
  render(
    html` ${
      suppliers.length
        ? html`<section class="panel" aria-labelledby="compare-title">
            <h2 id="compare-title">Suppliers side by side</h2>
            <div class="cards">
              ${suppliers.map(
                (x) =>
                  html`<article class="card" aria-label=${x.name}>
                    <h3>${x.name}</h3>
                    <p class="muted">
                      Request ${x.request.id}.
                      ${x.thumbprint ? html`Signed, key <span class="mono">${x.thumbprint.slice(0, 16)}…</span>` : 'Not signed'}
                    </p>
                    <aims-scorecard
                      variant="compact"
                      max-gaps="3"
                      .session=${x.session}
                      @aims-navigate=${() => {
                        if (selected !== x) {
                          selected = x;
                          draw();
                        }
                      }}
                    >
                      <button
                        slot="cta"
                        type="button"
                        class="primary"
                        @click=${() => {
                          selected = x;
                          draw();
                          $('review-title')?.focus();
                        }}
                      >
                        Review ${x.name}
                      </button>
                    </aims-scorecard>
                  </article>`,
              )}
            </div>
          </section>`
        : nothing
    }
    ${
      s
        ? html`<section id="review" class="panel" aria-labelledby="review-title">
            <h2 id="review-title" tabindex="-1">Review: ${s.name}</h2>
            <div class="review-layout">
              <aims-questionnaire readonly .session=${s.session}></aims-questionnaire>
              <div>
                <ol id="review-list" class="review-list">
                  ${visible.map((q, i) => reviewItem(s, q, i + 1))}
                </ol>
                <p>
                  ${pending ? `${pending} answer(s) to send back.` : 'Nothing to send back yet: choose Follow up or Reject on an answer.'}
                </p>
                <button
                  type="button"
                  class="primary"
                  ?disabled=${!pending}
                  @click=${() => sendFollowUp(s)}
                >
                  Download follow-up file
                </button>
              </div>
            </div>
          </section>`
        : nothing
    }`,
    $('app'),
  );
}

$('files').addEventListener('change', async (e) => {
  const input = e.target as HTMLInputElement;
  await openFiles([...(input.files ?? [])]);
  input.value = '';
});
draw();
