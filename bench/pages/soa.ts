// The SoA floor comparison: a Statement of Applicability of many controls drawn three ways, chosen
// by the page's `?lib=`: `aimskit` (<aims-soa-table> in <aims-assessment storage="memory">),
// `floor-lit` (one plain Lit template of the same table, rendered again from the top on every
// change) and `floor-dom` (the same table built once by hand). A change of a row's applicability
// updates one displayed figure: the number of controls decided applicable.
import { html, render } from 'lit';
import '../../components/assessment/define.js';
import '../../components/soa-table/define.js';
import { frame, mark, setFigure, timeAction } from './shared.js';

type Table = HTMLElement & { updateComplete: Promise<boolean>; allRendered(): Promise<void> };
interface Control {
  id: string;
  title: string;
  objective: string;
}
interface Definition {
  groups: { id: string; title: string }[];
  requirements: { id: string; title: string; group: string }[];
}

const lib = new URLSearchParams(location.search).get('lib') ?? 'aimskit';
const host = document.getElementById('host')!;
const applicable = new Map<string, boolean>();
let table: Table | undefined;
let controls: Control[] = [];

/** Writes the figure: how many controls are decided applicable. */
function count(control: string, value: string) {
  if (value) applicable.set(control, value === 'yes');
  else applicable.delete(control);
  setFigure(String([...applicable.values()].filter(Boolean).length));
}

function controlsOf(definition: unknown): Control[] {
  const { groups, requirements } = definition as Definition;
  const titles = new Map(groups.map((group) => [group.id, group.title]));
  return requirements
    .map((requirement) => ({
      id: requirement.id,
      title: requirement.title,
      objective: titles.get(requirement.group)!,
    }))
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}

const COLUMNS = [
  'Control',
  'Title',
  'Objective',
  'Applicable',
  'Justification',
  'Status',
  'Source',
  'Owner',
  'Risks',
  'Evidence',
];
const STATUSES = ['From answers', 'Implemented', 'Partial', 'Planned', 'Alternative'];
const labelled = (field: string, control: string) => `h-${field} r-${control}`;

// --- one plain Lit template

const onLitChange = (event: Event) => {
  const select = event.target as HTMLSelectElement;
  if (select.dataset.field !== 'applicable') return;
  count(select.closest('tr')!.dataset.control!, select.value);
  render(litTable(), host);
};
const litRow = (control: Control) => {
  const decided = applicable.get(control.id);
  const value = decided === undefined ? '' : decided ? 'yes' : 'no';
  return html`<tr data-control=${control.id}>
    <th scope="row" id=${`r-${control.id}`}>${control.id}</th>
    <td>${control.title}</td>
    <td>${control.objective}</td>
    <td>
      <select
        aria-labelledby=${labelled('applicable', control.id)}
        data-field="applicable"
        .value=${value}
      >
        <option value="">Undecided</option>
        <option value="yes">Applicable</option>
        <option value="no">Not applicable</option>
      </select>
    </td>
    <td><input aria-labelledby=${labelled('justification', control.id)} /></td>
    <td>
      <select aria-labelledby=${labelled('status', control.id)}>
        ${STATUSES.map((status) => html`<option>${status}</option>`)}
      </select>
    </td>
    <td>From answers</td>
    <td><input aria-labelledby=${labelled('owner', control.id)} /></td>
    <td></td>
    <td>0 files</td>
  </tr>`;
};
const litTable = () =>
  html`<table @change=${onLitChange}>
    <thead>
      <tr>
        ${COLUMNS.map((column) => html`<th scope="col">${column}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${controls.map(litRow)}
    </tbody>
  </table>`;

// --- hand-built DOM

function cell(tag: 'td' | 'th', text?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}
function select(options: [string, string][], labelledBy: string) {
  const node = document.createElement('select');
  node.setAttribute('aria-labelledby', labelledBy);
  for (const [value, text] of options) node.append(new Option(text, value));
  return node;
}
function input(labelledBy: string) {
  const node = document.createElement('input');
  node.setAttribute('aria-labelledby', labelledBy);
  return node;
}
function domTable(): HTMLTableElement {
  const tableNode = document.createElement('table');
  const head = tableNode.createTHead().insertRow();
  for (const column of COLUMNS) head.append(Object.assign(cell('th', column), { scope: 'col' }));
  const body = tableNode.createTBody();
  for (const control of controls) {
    const row = body.insertRow();
    row.dataset.control = control.id;
    const rowHeader = cell('th', control.id);
    rowHeader.scope = 'row';
    rowHeader.id = `r-${control.id}`;
    const applicability = select(
      [
        ['', 'Undecided'],
        ['yes', 'Applicable'],
        ['no', 'Not applicable'],
      ],
      labelled('applicable', control.id),
    );
    applicability.dataset.field = 'applicable';
    const cells = [
      cell('td', control.title),
      cell('td', control.objective),
      cell('td'),
      cell('td'),
      cell('td'),
      cell('td', 'From answers'),
      cell('td'),
      cell('td'),
      cell('td', '0 files'),
    ];
    cells[2]!.append(applicability);
    cells[3]!.append(input(labelled('justification', control.id)));
    cells[4]!.append(
      select(
        STATUSES.map((status) => [status, status]),
        labelled('status', control.id),
      ),
    );
    cells[6]!.append(input(labelled('owner', control.id)));
    row.append(rowHeader, ...cells);
  }
  tableNode.addEventListener('change', (event) => {
    const target = event.target as HTMLSelectElement;
    if (target.dataset.field === 'applicable')
      count(target.closest('tr')!.dataset.control!, target.value);
  });
  return tableNode;
}

// --- aimskit

async function aimskit(definition: unknown): Promise<() => number> {
  const assessment = document.createElement('aims-assessment') as HTMLElement & {
    storage: string;
    definition: unknown;
  };
  assessment.storage = 'memory';
  table = document.createElement('aims-soa-table') as Table;
  assessment.append(table);
  table.addEventListener('aims-soa-change', (event) => {
    const { control, decision } = (event as CustomEvent).detail;
    const value = decision?.applicable === undefined ? '' : decision.applicable ? 'yes' : 'no';
    count(control, value);
  });
  const ready = new Promise((resolve) =>
    assessment.addEventListener('aims-ready', resolve, { once: true }),
  );
  assessment.definition = definition;
  host.append(assessment);
  await ready;
  const rows = () => table!.shadowRoot!.querySelectorAll('tr[data-control]').length;
  for (let i = 0; i < 200 && !rows(); i++) {
    await table.updateComplete;
    if (!rows()) await new Promise((resolve) => setTimeout(resolve));
  }
  return rows;
}

const root = (): ParentNode => (lib === 'aimskit' ? table!.shadowRoot! : host);

window.bench = {
  async render(definition) {
    // Lit keeps its markers in the host: the Lit page clears by rendering, the others by removing
    if (lib === 'floor-lit') render(html``, host);
    else host.replaceChildren();
    applicable.clear();
    setFigure('–');
    await frame();
    mark('start');
    const t0 = performance.now();
    controls = controlsOf(definition);
    let firstPainted: Promise<number>;
    if (lib === 'aimskit') {
      const rows = await aimskit(definition);
      firstPainted = frame().then(() => performance.now() - t0);
      await table!.allRendered();
      if (rows() !== controls.length) throw new Error(`${rows()} rows of ${controls.length}`);
    } else {
      if (lib === 'floor-lit') render(litTable(), host);
      else host.append(domTable());
      firstPainted = frame().then(() => performance.now() - t0);
    }
    const dom = performance.now() - t0;
    mark('dom');
    await frame();
    const ms = performance.now() - t0;
    mark('painted');
    return { ms, first: await firstPainted, dom, questions: controls.length };
  },
  async section() {
    await frame();
  },
  radios: () => [],
  click(k) {
    const selects = root().querySelectorAll<HTMLSelectElement>('select[data-field="applicable"]');
    const target = selects[(k * 37) % selects.length]!;
    return timeAction(() => {
      target.value = target.value === 'yes' ? '' : 'yes';
      target.dispatchEvent(new Event('change', { bubbles: true }));
    });
  },
};
