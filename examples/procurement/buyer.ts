// The buyer's side: choose questions from the supplier pack, create a request per supplier on the
// intake (which registers the cut as a definition of its own and answers with the supplier's
// link), and follow every supplier in the portfolio the intake lists.
import { html, render } from 'lit';
import '../../components/supplier-portfolio/define.js';
import type { AimsSupplierPortfolio } from '../../components/supplier-portfolio/define.js';
import {
  localize,
  type AssessmentDefinition,
  type Question,
  type Section,
} from '../../src/core.js';
import { iso42001Supplier } from '../../src/content.js';
import {
  buyerKey,
  callIntake,
  cutDefinition,
  describeIssues,
  saveBuyerKey,
  type IntakeRequest,
} from './intake-client.js';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const base: AssessmentDefinition = iso42001Supplier;
const all = base.sections.flatMap((section) => section.questions.map((question) => question.id));
const chosen = new Set(all);
const portfolio = byId<AimsSupplierPortfolio>('portfolio');
let key = buyerKey();

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

/** Shows the portfolio with the current key, loading it again. */
function showPortfolio(): void {
  portfolio.apiKey = key;
  if (portfolio.src) void portfolio.reload();
  else portfolio.src = '/api/portfolio';
}

/** Checks the key against the intake and says whether it holds. */
async function signIn(): Promise<void> {
  const status = byId('sign-in-status');
  byId<HTMLInputElement>('key').value = key;
  if (!key) {
    status.textContent =
      'No key yet: paste the buyer API key the server printed, or open the link it printed.';
    return;
  }
  try {
    await callIntake('/api/requests', { key });
    status.textContent = 'Signed in: your server accepts this key.';
    showPortfolio();
  } catch (error) {
    status.textContent = describeIssues(error).join('; ');
  }
}

byId('sign-in').addEventListener('submit', (event) => {
  event.preventDefault();
  key = byId<HTMLInputElement>('key').value.trim();
  saveBuyerKey(key);
  void signIn();
});

byId('all').addEventListener('click', () => {
  all.forEach((id) => chosen.add(id));
  draw();
});
byId('none').addEventListener('click', () => {
  chosen.clear();
  draw();
});

/** Registers the cut of the pack (unless it is the pack itself, which the intake serves). */
async function registerCut(definition: AssessmentDefinition): Promise<void> {
  if (definition === base) return;
  await callIntake('/api/definitions', {
    key,
    method: 'POST',
    body: JSON.stringify(definition),
  });
}

byId('request-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const problems = byId('problems');
  const supplier = byId<HTMLInputElement>('supplier').value.trim();
  if (!supplier) {
    problems.textContent = "Give the supplier's name: it heads the supplier's row.";
    byId('supplier').focus();
    return;
  }
  const cut = await cutDefinition(base, chosen);
  if (!cut.success) {
    problems.textContent = `The request cannot be made: ${describeIssues(cut).join('; ')}`;
    byId('result').hidden = true;
    return;
  }
  const dueDate = byId<HTMLInputElement>('due').value || null;
  try {
    await registerCut(cut.data);
    const created = await callIntake<{ request: IntakeRequest; submissionUrl: string }>(
      '/api/requests',
      {
        key,
        method: 'POST',
        body: JSON.stringify({
          definition: { id: cut.data.id, version: cut.data.version },
          supplier,
          dueDate,
        }),
      },
    );
    problems.textContent = '';
    const due = dueDate ? `, due ${dueDate}` : '';
    byId('result-title').textContent = `Request for ${supplier}`;
    byId('summary').textContent =
      `${chosen.size} questions${due}. Send the link to ${supplier}: ` +
      'it opens this request only, and the answers come back to your server.';
    byId<HTMLInputElement>('link').value = created.submissionUrl;
    byId<HTMLAnchorElement>('open-supplier').href = created.submissionUrl;
    byId('copy-status').textContent = '';
    byId('result').hidden = false;
    byId('result-title').focus();
    byId<HTMLInputElement>('supplier').value = '';
    showPortfolio();
  } catch (error) {
    problems.textContent = `The request cannot be made: ${describeIssues(error).join('; ')}`;
  }
});

byId('copy').addEventListener('click', async () => {
  const link = byId<HTMLInputElement>('link');
  try {
    await navigator.clipboard.writeText(link.value);
    byId('copy-status').textContent = 'Link copied.';
  } catch {
    link.select();
    byId('copy-status').textContent = 'Copy the selected link with your keyboard.';
  }
});

byId('refresh').addEventListener('click', showPortfolio);
portfolio.addEventListener('aims-supplier-select', (event) => {
  location.href = `./review.html#request=${encodeURIComponent(event.detail.request)}`;
});

draw();
void signIn();
