// The buyer's side: choose questions from the supplier pack, derive a definition for this request,
// and hand it to the supplier as a file or a link. Optionally register it with the example server.
import { html, render } from 'lit';
import { localize, type AssessmentDefinition } from '../../src/core.js';
import { iso42001Supplier } from '../../src/content.js';
import {
  deriveDefinition,
  downloadJson,
  newRequestId,
  requestLink,
  REQUEST_FORMAT,
  type SupplierRequest,
} from './protocol.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const base: AssessmentDefinition = iso42001Supplier;
const all = base.sections.flatMap((s) => s.questions.map((q) => q.id));
const chosen = new Set(all);
let request: SupplierRequest | undefined;

function draw(): void {
  render(
    base.sections.map((s) => {
      const ids = s.questions.map((q) => q.id);
      const n = ids.filter((id) => chosen.has(id)).length;
      const toggleAll = (e: Event) => {
        const checked = (e.target as HTMLInputElement).checked;
        for (const id of ids) {
          if (checked) chosen.add(id);
          else chosen.delete(id);
        }
        draw();
      };
      return html`<fieldset>
        <legend>
          <label
            ><input
              type="checkbox"
              .checked=${n === ids.length}
              .indeterminate=${n > 0 && n < ids.length}
              @change=${toggleAll}
            />
            ${localize(s.title)} (${n} of ${ids.length})</label
          >
        </legend>
        <ul>
          ${s.questions.map(
            (q) =>
              html`<li>
                <label
                  ><input
                    type="checkbox"
                    value=${q.id}
                    .checked=${chosen.has(q.id)}
                    @change=${(e: Event) => {
                      if ((e.target as HTMLInputElement).checked) chosen.add(q.id);
                      else chosen.delete(q.id);
                      draw();
                    }}
                  />
                  ${localize(q.text)}</label
                >
              </li>`,
          )}
        </ul>
      </fieldset>`;
    }),
    $('checklist'),
  );
  $('count').textContent = `${chosen.size} of ${all.length} questions chosen`;
}

$('all').addEventListener('click', () => {
  all.forEach((id) => chosen.add(id));
  draw();
});
$('none').addEventListener('click', () => {
  chosen.clear();
  draw();
});

$('request-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const buyer = $<HTMLInputElement>('buyer').value.trim();
  const problems = $('problems');
  if (!buyer) {
    problems.textContent = "Give your organisation's name: the supplier sees who is asking.";
    $('buyer').focus();
    return;
  }
  const id = newRequestId();
  const derived = deriveDefinition(base, chosen, id, buyer);
  if (!derived.success) {
    problems.textContent = `The request cannot be made: ${derived.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`;
    $('result').hidden = true;
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
  $('result-title').textContent = `Request ${id}`;
  $('summary').textContent =
    `${chosen.size} questions in ${derived.data.sections.length} sections, from ${buyer}. Send the file or the link to the supplier; keep the file to review the answers.`;
  $<HTMLInputElement>('link').value = link;
  $<HTMLAnchorElement>('open-supplier').href = link;
  $('server-status').textContent = '';
  $('result').hidden = false;
  $('result-title').focus?.();
  $('result').scrollIntoView({ block: 'start' });
});

$('download').addEventListener('click', () => {
  if (request) downloadJson(`${request.id}.request.json`, request);
});
$('copy').addEventListener('click', async () => {
  const link = $<HTMLInputElement>('link');
  try {
    await navigator.clipboard.writeText(link.value);
    $('server-status').textContent = 'Link copied.';
  } catch {
    link.select();
  }
});
$('register').addEventListener('click', async () => {
  if (!request) return;
  const status = $('server-status');
  const url = `${$<HTMLInputElement>('server').value.replace(/\/+$/, '')}/api/requests`;
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    const body = (await res.json()) as {
      status: string;
      reasons?: { path: string; message: string }[];
    };
    status.textContent = res.ok
      ? `Registered: the server will check responses to ${request.id}.`
      : `The server refused the request: ${(body.reasons ?? []).map((r) => `${r.path}: ${r.message}`).join('; ')}`;
  } catch (err) {
    status.textContent = `The server at ${url} could not be reached (${(err as Error).message}). Is npm run example:procurement running?`;
  }
});

draw();
