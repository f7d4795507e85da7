/**
 * The register of `<aims-risk-matrix>`: a table of the listed risks (all, or those of the selected
 * cell) with their levels, treatment, owner and due date, and edit and remove buttons unless
 * read-only.
 */
import { html } from 'lit';
import type { Risk } from '../../src/model/index.js';
import { residualAccepted } from '../../src/scoring/risk.js';
import type { MessageKey } from '../base/i18n.js';
import { COUNT_KEYS, TREATMENT_KEYS, VIEW_KEYS, type RiskMatrixHost } from './risk-common.js';

type RiskScore = RiskMatrixHost['summary']['risks'][number];

const COLUMN_KEYS: readonly MessageKey[] = [
  'riskId',
  'riskFieldTitle',
  'riskInherent',
  'riskResidual',
  'riskTreatment',
  'riskOwner',
  'riskDue',
];

/** A link-styled (or `classes`) button. */
export const renderButton = (label: unknown, onClick: () => void, classes = 'link') =>
  html`<button type="button" part="button" class=${classes} @click=${onClick}>${label}</button>`;

/** A level's name on its colour. */
const renderBadge = (host: RiskMatrixHost, level: string | null) =>
  html`<span class="sw" data-c=${host.levelColour(level)}>${host.levelName(level)}</span>`;

/** A second line in a cell, when there is something to say. */
const renderMore = (text: unknown) => (text ? html`<br /><small>${text}</small>` : '');

/** The register's title: "Risk register", or the selected cell's risks. */
function registerTitle(host: RiskMatrixHost): string {
  const selected = host.selectedCell;
  if (!selected) return host.msg('riskRegister');
  const { likelihood, impact } = host.summary.matrix;
  const likelihoodLabel = host.text(likelihood[selected[0]]!.label);
  const impactLabel = host.text(impact[selected[1]]!.label);
  return host.msg('riskRegisterCell', {
    cell: `${likelihoodLabel} × ${impactLabel}`,
    view: host.msg(VIEW_KEYS[host.view]),
    count: host.msgCount(COUNT_KEYS, host.listed.length),
  });
}

/** The bar above the register (title when empty, Show all, Add) and the table or its empty text. */
export function renderRegister(host: RiskMatrixHost) {
  const rows = host.listed;
  const title = registerTitle(host);
  const showAll = host.selectedCell
    ? renderButton(host.msg('riskShowAll'), () => host.select(), 'btn')
    : '';
  const add = host.isReadonly
    ? ''
    : html`<button
        type="button"
        part="button"
        class="btn primary"
        data-add
        @click=${() => host.edit()}
      >
        ${host.msg('riskAdd')}
      </button>`;
  const empty = host.selectedCell ? host.msg('riskNoneInCell') : host.msg('riskEmpty');
  return html`<div class="bar">
      ${rows.length ? '' : html`<p class="h">${title}</p>`}${showAll}${add}
    </div>
    ${rows.length ? renderTable(host, title, rows) : html`<p>${empty}</p>`}`;
}

function renderTable(host: RiskMatrixHost, title: string, rows: readonly Risk[]) {
  const scores = new Map(host.summary.risks.map((score) => [score.id, score]));
  const dates = new Intl.DateTimeFormat(host.effectiveLocale, {
    dateStyle: 'medium',
    timeZone: 'UTC',
  });
  const actions = host.isReadonly
    ? ''
    : html`<th scope="col"><span class="vh">${host.msg('riskActions')}</span></th>`;
  return html`<div class="scroll">
    <table part="register">
      <caption>
        ${title}
      </caption>
      <thead>
        <tr>
          ${COLUMN_KEYS.map((key) => html`<th scope="col">${host.msg(key)}</th>`)}${actions}
        </tr>
      </thead>
      <tbody>
        ${rows.map((risk) => renderRow(host, risk, scores.get(risk.id)!, dates))}
      </tbody>
    </table>
  </div>`;
}

function renderRow(host: RiskMatrixHost, risk: Risk, score: RiskScore, dates: Intl.DateTimeFormat) {
  const controls =
    risk.controls?.length && host.msg('riskControlsList', { ids: risk.controls.join(', ') });
  // The inventory's systems the risk concerns, by name (an id the inventory lacks, by id).
  const inventory = host.snap.response.systems ?? [];
  const systemNames = risk.systems?.map(
    (id) => inventory.find((system) => system.id === id)?.name ?? id,
  );
  const systems =
    systemNames?.length && host.msg('riskSystemsList', { names: systemNames.join(', ') });
  const above = score.exceedsAppetite
    ? html` <strong part="appetite">${host.msg('riskAboveAppetite')}</strong>`
    : '';
  const treatment = risk.treatment ? host.msg(TREATMENT_KEYS[risk.treatment]) : '—';
  const dateOf = (text: string | undefined) =>
    text && !Number.isNaN(Date.parse(text)) ? dates.format(new Date(text)) : '—';
  const due = dateOf(risk.due);
  const acceptance = residualAccepted(risk)
    ? renderMore(
        host.msg('riskAcceptedText', { name: risk.acceptedBy!, date: dateOf(risk.acceptedAt) }),
      )
    : '';
  return html`<tr part="row" data-risk=${risk.id}>
    <th scope="row">${risk.id}</th>
    <td>${risk.title}${[risk.system, risk.affected, controls, systems].map(renderMore)}</td>
    <td>${renderBadge(host, score.inherent)}</td>
    <td>${renderBadge(host, score.residual)}${above}${acceptance}</td>
    <td>${treatment}</td>
    <td>${risk.owner || '—'}</td>
    <td>${due}</td>
    ${host.isReadonly ? '' : renderActions(host, risk)}
  </tr>`;
}

/** Edit and Remove, each named with the risk's title for assistive technology. */
function renderActions(host: RiskMatrixHost, risk: Risk) {
  const label = (key: MessageKey) => html`${host.msg(key)}<span class="vh"> ${risk.title}</span>`;
  return html`<td class="acts">
    ${renderButton(label('riskEdit'), () => host.edit(risk.id))}${renderButton(
      label('riskRemove'),
      () => host.removeRisk(risk.id),
    )}
  </td>`;
}
