/**
 * The sections only the full scorecard shows: readiness per crosswalk target, risks per level,
 * the SoA's completeness and the documented information register. A module of its own, loaded
 * when a full scorecard first renders (the compact quick-scan scorecard never loads it), with the
 * figures it derives.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RiskSummary, SoaCompleteness } from '../../src/scoring/index.js';
import { riskSummaryOf, soaCompletenessOf } from '../../src/session/derive.js';
import { documentRegisterOf } from '../../src/session/derive-documents.js';
import type { SessionSnapshot } from '../../src/session/types.js';
import type { MessageKey } from '../base/i18n.js';
import type { View } from './views.js';
import { addEnglish } from '../base/i18n.js';
import { scorecardGatesEn } from './messages.js';
import { scorecardDocumentsEn } from './documents.messages.js';
import { renderDocuments } from './documents-view.js';

addEnglish(scorecardGatesEn);
addEnglish(scorecardDocumentsEn);

export { renderCertification } from './gates-view.js';

/**
 * The full sections, each wrapped by `section` (its part, its body), the register with its own
 * heading; absent ones are left out.
 */
export function renderFullSections(
  view: View,
  snap: SessionSnapshot,
  frameworks: readonly string[] | undefined,
  section: (part: 'crosswalks' | 'risks' | 'soa', body: unknown) => unknown,
): unknown[] {
  const crosswalkTables = crosswalks(view, frameworks);
  const soaDone = soaCompletenessOf(snap);
  const register = documentRegisterOf(snap);
  return [
    crosswalkTables.length ? section('crosswalks', crosswalkTables) : nothing,
    snap.response.risks?.length ? section('risks', risks(view, riskSummaryOf(snap))) : nothing,
    soaDone.total ? section('soa', soa(view, soaDone)) : nothing,
    register.length ? renderDocuments(view, register) : nothing,
  ];
}

/** A table of figures: a header row, then rows whose first cell is a row header. */
interface FigureTable {
  readonly part: string;
  readonly caption: unknown;
  readonly head: readonly MessageKey[];
  readonly rows: readonly (readonly unknown[])[];
  /** The id of the element that names the table (when it has no caption). */
  readonly labelledBy?: string;
}

const renderTable = (view: View, table: FigureTable) =>
  html`<table part=${table.part} aria-labelledby=${table.labelledBy ?? nothing}>
    ${table.caption}
    <thead>
      <tr>
        ${table.head.map((key) => html`<th scope="col">${view.msg(key)}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${table.rows.map(
        ([header, ...cells]) =>
          html`<tr>
            <th scope="row">${header}</th>
            ${cells.map((cell) => html`<td>${cell}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`;

type CrosswalkTargets = SessionSnapshot['scorecard']['crosswalks'][string];

/** One framework's table, marked when the mapping is an interpretation. */
function renderCrosswalk(view: View, id: string, targets: CrosswalkTargets) {
  const framework = view.snap.definition.frameworks?.find((candidate) => candidate.id === id);
  const noteText = view.text(framework?.note) || view.msg('scorecardInterpretation');
  const note = framework?.interpretation ? html`<span class="muted"> ${noteText}</span>` : nothing;
  const titleOf = (target: string) =>
    view.text(framework?.targets.find((candidate) => candidate.id === target)?.title) || target;
  return renderTable(view, {
    part: 'crosswalk',
    caption: html`<caption>
      ${view.text(framework?.title) || id}${note}
    </caption>`,
    head: ['scorecardTarget', 'scorecardReadiness'],
    rows: targets.map((target) => [
      titleOf(target.target),
      target.readiness === null ? view.msg('scorecardNotCovered') : view.num(target.readiness),
    ]),
  });
}

/** Readiness per crosswalk target, one table per framework (`only`: these frameworks). */
export const crosswalks = (view: View, only: readonly string[] = []): TemplateResult[] =>
  Object.entries(view.snap.scorecard.crosswalks)
    .filter(([id]) => !only.length || only.includes(id))
    .map(([id, targets]) => renderCrosswalk(view, id, targets));

/** Risks per level (inherent and residual) and how many exceed the appetite. */
export function risks(view: View, summary: RiskSummary): TemplateResult {
  const { levels, appetite } = summary.matrix;
  const labelOf = (id: string) => view.text(levels.find((level) => level.id === id)?.label) || id;
  const table = renderTable(view, {
    part: 'risk-table',
    caption: nothing,
    head: ['scorecardLevel', 'scorecardInherent', 'scorecardResidual'],
    rows: levels.map((level) => [
      labelOf(level.id),
      summary.levels.inherent[level.id] ?? 0,
      summary.levels.residual[level.id] ?? 0,
    ]),
    labelledBy: 'risks-title',
  });
  const above = view.msgCount(
    { one: 'scorecardAboveAppetiteOne', other: 'scorecardAboveAppetite' },
    summary.exceedingAppetite,
    { appetite: labelOf(appetite) },
  );
  return html`${table}
    <p part="appetite">${above}</p>`;
}

/** How far the Statement of Applicability is from complete. */
export const soa = (view: View, completeness: SoaCompleteness): TemplateResult => {
  const { decided, total, justified, implemented } = completeness;
  const verdict = completeness.complete
    ? view.msg('scorecardSoaComplete')
    : view.msg('scorecardSoaIncomplete');
  return html`<p>${view.msg('scorecardSoaText', { decided, total, justified, implemented })}</p>
    <p><strong>${verdict}</strong></p>`;
};
