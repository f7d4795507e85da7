// The risk register floor comparison: a register of many risks drawn three ways, chosen by the
// page's `?lib=`: `aimskit` (<aims-risk-matrix> over a session holding the risks), `floor-lit` (one
// plain Lit template of the same table, rendered again from the top on every change) and
// `floor-dom` (the same table built once by hand). Removing a risk updates one displayed figure:
// the number of risks left.
import { html, render } from 'lit';
import '../../components/risk-matrix/define.js';
import { createSession, emptyResponse, parseDefinition, type Risk } from '../../src/core.js';
import { frame, mark, setFigure, timeAction } from './shared.js';

type Matrix = HTMLElement & {
  session: unknown;
  updateComplete: Promise<boolean>;
};

const lib = new URLSearchParams(location.search).get('lib') ?? 'aimskit';
const host = document.getElementById('host')!;
const LIKELIHOODS = ['rare', 'unlikely', 'possible', 'likely', 'almost-certain'];
const IMPACTS = ['negligible', 'minor', 'moderate', 'major', 'severe'];
const COLUMNS = ['Id', 'Risk', 'Inherent', 'Residual', 'Treatment', 'Owner', 'Due'];
const RISKS = 500;
let risks: Risk[] = [];
let matrix: Matrix | undefined;

/** The register's risks: every cell of the default matrix, treated, owned and due. */
const makeRisks = (): Risk[] =>
  Array.from({ length: RISKS }, (_, i) => ({
    id: `R-${i + 1}`,
    title: `Risk number ${i + 1}`,
    system: `System ${(i % 7) + 1}`,
    likelihood: LIKELIHOODS[i % 5]!,
    impact: IMPACTS[Math.floor(i / 5) % 5]!,
    residualLikelihood: LIKELIHOODS[Math.max(0, (i % 5) - 1)]!,
    residualImpact: IMPACTS[Math.floor(i / 5) % 5]!,
    treatment: 'mitigate',
    owner: `Owner ${(i % 12) + 1}`,
    due: '2027-03-31',
  }));

const count = () => setFigure(String(risks.length));
function remove(id: string) {
  risks = risks.filter((risk) => risk.id !== id);
  count();
}

// --- one plain Lit template

const litRow = (risk: Risk) =>
  html`<tr data-risk=${risk.id}>
    <th scope="row">${risk.id}</th>
    <td>${risk.title}<br /><small>${risk.system}</small></td>
    <td><span class="sw">${risk.likelihood} × ${risk.impact}</span></td>
    <td><span class="sw">${risk.residualLikelihood} × ${risk.residualImpact}</span></td>
    <td>${risk.treatment}</td>
    <td>${risk.owner}</td>
    <td>${risk.due}</td>
    <td>
      <button type="button">Edit<span class="vh"> ${risk.title}</span></button
      ><button
        type="button"
        data-remove
        @click=${() => {
          remove(risk.id);
          render(litTable(), host);
        }}
      >
        Remove<span class="vh"> ${risk.title}</span>
      </button>
    </td>
  </tr>`;
const litTable = () =>
  html`<table>
    <caption>
      Risk register
    </caption>
    <thead>
      <tr>
        ${COLUMNS.map((column) => html`<th scope="col">${column}</th>`)}
        <th scope="col">Actions</th>
      </tr>
    </thead>
    <tbody>
      ${risks.map(litRow)}
    </tbody>
  </table>`;

// --- hand-built DOM

function element<Tag extends keyof HTMLElementTagNameMap>(tag: Tag, text?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}
function button(label: string, title: string) {
  const node = element('button', label);
  node.type = 'button';
  const hidden = element('span', ` ${title}`);
  hidden.className = 'vh';
  node.append(hidden);
  return node;
}
function domTable(): HTMLTableElement {
  const table = element('table');
  table.createCaption().textContent = 'Risk register';
  const head = table.createTHead().insertRow();
  for (const column of [...COLUMNS, 'Actions'])
    head.append(Object.assign(element('th', column), { scope: 'col' }));
  const body = table.createTBody();
  for (const risk of risks) {
    const row = body.insertRow();
    row.dataset.risk = risk.id;
    const header = Object.assign(element('th', risk.id), { scope: 'row' });
    const title = element('td', risk.title);
    title.append(element('br'), element('small', risk.system));
    const badge = (text: string) => {
      const cell = element('td');
      const span = element('span', text);
      span.className = 'sw';
      cell.append(span);
      return cell;
    };
    const actions = element('td');
    const removeButton = button('Remove', risk.title);
    removeButton.dataset.remove = '';
    actions.append(button('Edit', risk.title), removeButton);
    row.append(
      header,
      title,
      badge(`${risk.likelihood} × ${risk.impact}`),
      badge(`${risk.residualLikelihood} × ${risk.residualImpact}`),
      element('td', risk.treatment),
      element('td', risk.owner),
      element('td', risk.due),
      actions,
    );
  }
  table.addEventListener('click', (event) => {
    const target = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-remove]');
    if (!target) return;
    const row = target.closest('tr')!;
    remove(row.dataset.risk!);
    row.remove();
  });
  return table;
}

// --- aimskit

function aimskit(definitionJson: unknown) {
  const definition = parseDefinition(definitionJson);
  const response = { ...emptyResponse(definition), risks };
  matrix = document.createElement('aims-risk-matrix') as Matrix;
  matrix.session = createSession({ definition, response });
  matrix.addEventListener('aims-risk-change', (event) => {
    const { action, id } = (event as CustomEvent).detail;
    if (action === 'remove') remove(id);
  });
  host.append(matrix);
  return matrix.updateComplete;
}

const root = (): ParentNode => (lib === 'aimskit' ? matrix!.shadowRoot! : host);
const rows = () => root().querySelectorAll('tr[data-risk]').length;

window.bench = {
  async render(definition) {
    // Lit keeps its markers in the host: the Lit page clears by rendering, the others by removing
    if (lib === 'floor-lit') render(html``, host);
    else host.replaceChildren();
    setFigure('–');
    await frame();
    mark('start');
    const t0 = performance.now();
    risks = makeRisks();
    if (lib === 'aimskit') await aimskit(definition);
    else if (lib === 'floor-lit') render(litTable(), host);
    else host.append(domTable());
    if (rows() !== RISKS) throw new Error(`${rows()} rows of ${RISKS}`);
    const dom = performance.now() - t0;
    mark('dom');
    await frame();
    const ms = performance.now() - t0;
    mark('painted');
    return { ms, first: ms, dom, questions: RISKS };
  },
  async section() {
    await frame();
  },
  radios: () => [],
  click(k) {
    const buttons = [...root().querySelectorAll<HTMLButtonElement>('button')].filter(
      (candidate) =>
        candidate.hasAttribute('data-remove') || candidate.textContent!.trim().startsWith('Remove'),
    );
    const target = buttons[(k * 37) % buttons.length]!;
    return timeAction(() => target.click());
  },
};
