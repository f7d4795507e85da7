/**
 * The grid of `<aims-risk-matrix>`: likelihood rows (highest first) by impact columns, each cell
 * named in words ("Likelihood: likely, impact: major, high, 3 risks"), with the movement markers
 * when `show-movement` is set, and the level legend with the appetite.
 */
import { html } from 'lit';
import { riskCell, riskLevel } from '../../src/scoring/index.js';
import { COUNT_KEYS, VIEW_KEYS, sameCell, type Cell, type RiskMatrixHost } from './risk-common.js';

type Matrix = RiskMatrixHost['summary']['matrix'];
type AxisEntry = Matrix['likelihood'][number];
type Level = Matrix['levels'][number];

/** Each risk's id with its inherent and residual cell. */
interface Placement {
  readonly id: string;
  readonly inherent: Cell | null;
  readonly residual: Cell | null;
}

/** The ids of the risks whose residual position is `cell`, and of those that moved away from it. */
function markersAt(placements: readonly Placement[], cell: Cell) {
  const residual = placements
    .filter((placement) => sameCell(placement.residual, cell))
    .map((placement) => placement.id);
  const moved = placements
    .filter(
      (placement) => sameCell(placement.inherent, cell) && !sameCell(placement.residual, cell),
    )
    .map((placement) => placement.id);
  return { residual, moved };
}

/** The grid table; `onGrid` handles its clicks and keys. */
export function renderGrid(host: RiskMatrixHost, onGrid: (event: Event) => void) {
  const matrix = host.summary.matrix;
  const placements: Placement[] = host.showMovement
    ? host.risks.map((risk) => ({
        id: risk.id,
        inherent: riskCell(matrix, risk, 'inherent'),
        residual: riskCell(matrix, risk, 'residual'),
      }))
    : [];
  const top = matrix.likelihood.length - 1;
  const rows = matrix.likelihood.map((_, row) => top - row);
  const caption = host.msg('riskGridCaption', { view: host.msg(VIEW_KEYS[host.view]) });
  return html`<div class="scroll">
    <table part="grid" role="grid" @keydown=${onGrid} @click=${onGrid}>
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">
            <small>${host.msg('riskImpact')} →<br />${host.msg('riskLikelihood')} ↑</small>
          </th>
          ${matrix.impact.map(
            (impact) => html`<th scope="col" part="axis">${host.text(impact.label)}</th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${rows.map((likelihood) => renderGridRow(host, likelihood, placements))}
      </tbody>
    </table>
  </div>`;
}

function renderGridRow(host: RiskMatrixHost, likelihood: number, placements: Placement[]) {
  const entry = host.summary.matrix.likelihood[likelihood]!;
  return html`<tr>
    <th scope="row" part="axis">${host.text(entry.label)}</th>
    ${host.summary.matrix.impact.map((impact, index) =>
      renderCell(host, [likelihood, index], entry, impact, placements),
    )}
  </tr>`;
}

function renderCell(
  host: RiskMatrixHost,
  cell: Cell,
  likelihood: AxisEntry,
  impact: AxisEntry,
  placements: Placement[],
) {
  const { matrix, cells } = host.summary;
  const level = riskLevel(matrix, likelihood.id, impact.id);
  const count = cells[host.view][cell[0]]?.[cell[1]] ?? 0;
  const name = host.levelName(level);
  const markers = markersAt(placements, cell);
  const residualText = markers.residual.length
    ? `. ${host.msg('riskResidualHere', { ids: markers.residual.join(', ') })}`
    : '';
  const movedText = markers.moved.length
    ? `. ${host.msg('riskInherentHere', { ids: markers.moved.join(', ') })}`
    : '';
  const said = host.msg('riskCell', {
    likelihood: host.text(likelihood.label),
    impact: host.text(impact.label),
    level: name,
    count: host.msgCount(COUNT_KEYS, count),
  });
  return html`<td
    role="gridcell"
    part="cell"
    data-l=${cell[0]}
    data-i=${cell[1]}
    data-c=${host.levelColour(level)}
    tabindex=${sameCell(cell, host.activeCell()) ? 0 : -1}
    aria-selected=${sameCell(cell, host.selectedCell)}
  >
    <span class="vh">${said}${residualText}${movedText}</span
    ><span aria-hidden="true"
      ><span part="level">${name}</span><b part="count">${count}</b>${renderMarkers(markers)}</span
    >
  </td>`;
}

/** ● for each risk whose residual position is here, ○ for each that moved away. */
function renderMarkers(markers: { residual: readonly string[]; moved: readonly string[] }) {
  if (!(markers.residual.length + markers.moved.length)) return '';
  return html`<span part="markers"
    >${markers.residual.map((id) => html`<span>● ${id}</span>`)}${markers.moved.map(
      (id) => html`<span class="was">○ ${id}</span>`,
    )}</span
  >`;
}

/** The levels with their colours, the appetite and (with movement) what the markers mean. */
export function renderLegend(host: RiskMatrixHost) {
  const { levels, appetite } = host.summary.matrix;
  const markers = host.showMovement ? ` · ${host.msg('riskMarkers')}` : '';
  const item = (level: Level) =>
    html`<li class="sw" data-c=${host.levelColour(level.id)}>${host.text(level.label)}</li>`;
  return html`<div part="legend">
    <ul>
      ${levels.map(item)}
    </ul>
    <small>${host.msg('riskAppetite', { level: host.levelName(appetite) })}${markers}</small>
  </div>`;
}
