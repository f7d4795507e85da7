// The buyer's side: choose questions from the supplier pack, derive a definition for this request,
// and hand it to the supplier as a file or a link. Optionally register it with the example server.
import { html, render } from 'lit';
import {
  localize,
  type AimsIssue,
  type AssessmentDefinition,
  type Question,
  type Section,
} from '../../src/core.js';
import { iso42001Supplier } from '../../src/content.js';
import {
  deriveDefinition,
  downloadJson,
  newRequestId,
  requestLink,
  REQUEST_FORMAT,
  type SupplierRequest,
} from './protocol.js';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const base: AssessmentDefinition = iso42001Supplier;
const all = base.sections.flatMap((s) => s.questions.map((q) => q.id));
const chosen = new Set(all);
let request: SupplierRequest | undefined;

/** Adds or removes each of `ids` from the chosen questions, then draws the list again. */
function choose(ids: readonly string[], checked: boolean): void {
  for (const id of ids) {
    if (checked) chosen.add(id);
    else chosen.delete(id);
  }
  draw();
}

const isChecked = (event: Event) => (event.target as HTMLInputElement).checked;

function renderQuestion(question: Question) {
  return html`<li>
    <label
      ><input
        type="checkbox"
        value=${question.id}
        .checked=${chosen.has(question.id)}
        @change=${(event: Event) => choose([question.id], isChecked(event))}
      />
      ${localize(question.text)}</label
    >
  </li>`;
}

function renderSection(section: Section) {
  const ids = section.questions.map((question) => question.id);
  const chosenCount = ids.filter((id) => chosen.has(id)).length;
  return html`<fieldset>
    <legend>
      <label
        ><input
          type="checkbox"
          .checked=${chosenCount === ids.length}
          .indeterminate=${chosenCount > 0 && chosenCount < ids.length}
          @change=${(event: Event) => choose(ids, isChecked(event))}
        />
        ${localize(section.title)} (${chosenCount} of ${ids.length})</label
      >
    </legend>
    <ul>
      ${section.questions.map(renderQuestion)}
    </ul>
  </fieldset>`;
}

function draw(): void {
  render(base.sections.map(renderSection), byId('checklist'));
  byId('count').textContent = `${chosen.size} of ${all.length} questions chosen`;
}

/** The problems of a list, by path, on one line. */
const joinIssues = (issues: readonly AimsIssue[]) =>
  issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');

byId('all').addEventListener('click', () => {
  all.forEach((id) => chosen.add(id));
  draw();
});
byId('none').addEventListener('click', () => {
  chosen.clear();
  draw();
});

byId('request-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const buyer = byId<HTMLInputElement>('buyer').value.trim();
  const problems = byId('problems');
  if (!buyer) {
    problems.textContent = "Give your organisation's name: the supplier sees who is asking.";
    byId('buyer').focus();
    return;
  }
  const id = newRequestId();
  const derived = deriveDefinition(base, chosen, id, buyer);
  if (!derived.success) {
    problems.textContent = `The request cannot be made: ${joinIssues(derived.issues)}`;
    byId('result').hidden = true;
    return;
  }
  problems.textContent = '';
  request = {
    format: REQUEST_FORMAT,
    id,
    buyer,
    createdAt: new Date().toISOString(),
    definition: derived.data,
  };
  const link = await requestLink(request, new URL('./supplier.html', location.href).href);
  byId('result-title').textContent = `Request ${id}`;
  const scope = `${chosen.size} questions in ${derived.data.sections.length} sections`;
  byId('summary').textContent =
    `${scope}, from ${buyer}. ` +
    'Send the file or the link to the supplier; keep the file to review the answers.';
  byId<HTMLInputElement>('link').value = link;
  byId<HTMLAnchorElement>('open-supplier').href = link;
  byId('server-status').textContent = '';
  byId('result').hidden = false;
  byId('result-title').focus?.();
  byId('result').scrollIntoView({ block: 'start' });
});

byId('download').addEventListener('click', () => {
  if (request) downloadJson(`${request.id}.request.json`, request);
});
byId('copy').addEventListener('click', async () => {
  const link = byId<HTMLInputElement>('link');
  try {
    await navigator.clipboard.writeText(link.value);
    byId('server-status').textContent = 'Link copied.';
  } catch {
    link.select();
  }
});
byId('register').addEventListener('click', async () => {
  if (!request) return;
  const status = byId('server-status');
  const url = `${byId<HTMLInputElement>('server').value.replace(/\/+$/, '')}/api/requests`;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    const body = (await response.json()) as {
      status: string;
      reasons?: { path: string; message: string }[];
    };
    status.textContent = response.ok
      ? `Registered: the server will check responses to ${request.id}.`
      : `The server refused the request: ${joinIssues(body.reasons ?? [])}`;
  } catch (error) {
    const reason = (error as Error).message;
    status.textContent =
      `The server at ${url} could not be reached (${reason}). ` +
      'Is npm run example:procurement running?';
  }
});

draw();
