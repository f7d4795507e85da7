/**
 * The sections only the full scorecard shows: readiness per crosswalk target, what an ISO/IEC 27001
 * ISMS brings, risks per level, the SoA's completeness and the documented information register. A
 * module of its own, loaded when a full scorecard first renders (the compact quick-scan scorecard
 * never loads it), with the figures it derives.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RiskSummary, SoaCompleteness } from '../../src/scoring/index.js';
import { ismsReuse, type IsmsReuse, type IsmsReuseGroup } from '../../src/scoring/isms-reuse.js';
import { iso27001ClauseTitles, type IsmsRelation } from '../../src/content/iso27001.js';
import { riskSummaryOf, soaCompletenessOf } from '../../src/session/derive.js';
import { documentRegisterOf } from '../../src/session/derive-documents.js';
import type { SessionSnapshot } from '../../src/session/types.js';
import type { MessageKey, PluralKeys } from '../base/i18n.js';
import type { View } from './views.js';
import { addEnglish } from '../base/i18n.js';
import { scorecardFullEn } from './full-messages.js';
import { scorecardIsmsEn } from './isms-messages.js';
import { scorecardDocumentsEn } from './documents.messages.js';
import { renderDocuments } from './documents-view.js';

addEnglish(scorecardFullEn);
addEnglish(scorecardIsmsEn);
addEnglish(scorecardDocumentsEn);

/**
 * The full sections, each wrapped by `section` (its part, its body); absent ones are left out. The
 * ISMS section (`isms`) and the register wrap themselves, with their own headings.
 */
export function renderFullSections(
  view: View,
  snap: SessionSnapshot,
  frameworks: readonly string[] | undefined,
  section: (part: 'crosswalks' | 'risks' | 'soa', body: unknown) => unknown,
): unknown[] {
  const crosswalkTables = crosswalks(view, frameworks);
  const soaDone = soaCompletenessOf(snap);
  const reuse = ismsReuse(snap.definition, snap.response, snap.scorecard, snap.visible);
  const register = documentRegisterOf(snap);
  return [
    crosswalkTables.length ? section('crosswalks', crosswalkTables) : nothing,
    reuse ? isms(view, reuse) : nothing,
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

/** The wording of each relation's count ("Reuse as it is: 13 clause requirements"). */
const RELATION_COUNTS = {
  reuse: { one: 'scorecardIsmsReuseOne', other: 'scorecardIsmsReuse' },
  extend: { one: 'scorecardIsmsExtendOne', other: 'scorecardIsmsExtend' },
  new: { one: 'scorecardIsmsNewOne', other: 'scorecardIsmsNew' },
} as const satisfies Record<IsmsRelation, PluralKeys>;

const clauseTitleOf = new Map(iso27001ClauseTitles);

/** An ISO/IEC 27001 clause as "id title" (`iso27001:6.3` → "6.3 Planning of changes"). */
function counterpartLabel(view: View, counterpart: string | null): string {
  if (counterpart === null) return view.msg('scorecardIsmsNoCounterpart');
  const clause = counterpart.slice('iso27001:'.length);
  const title = clauseTitleOf.get(clause);
  return title === undefined ? clause : `${clause} ${title}`;
}

/** One relation's clause requirements with their ISO/IEC 27001 clause and readiness. */
const renderRelation = (view: View, group: IsmsReuseGroup) =>
  renderTable(view, {
    part: 'isms-table',
    caption: html`<caption>
      ${view.msgCount(RELATION_COUNTS[group.relation], group.count)}
    </caption>`,
    head: ['scorecardTarget', 'scorecardIsmsCounterpart', 'scorecardReadiness'],
    rows: group.clauses.map((clause) => [
      view.req(clause.requirement),
      counterpartLabel(view, clause.counterpart),
      clause.readiness === null ? view.msg('scorecardNotScored') : view.num(clause.readiness),
    ]),
  });

/**
 * What an ISO/IEC 27001 ISMS brings (src/scoring/isms-reuse.ts): how many clause requirements
 * reuse, extend or lack an ISMS process, then each relation's requirements with their readiness.
 * A section of its own (`isms`), shown only when the scope names an ISMS.
 */
export function isms(view: View, reuse: IsmsReuse): TemplateResult {
  const intro =
    reuse.isms === 'certified'
      ? view.msg('scorecardIsmsCertified')
      : view.msg('scorecardIsmsImplemented');
  const counts = reuse.relations.map(
    (group) => html`<li>${view.msgCount(RELATION_COUNTS[group.relation], group.count)}</li>`,
  );
  const tables = reuse.relations
    .filter((group) => group.count > 0)
    .map((group) => renderRelation(view, group));
  return html`<section part="isms" aria-labelledby="isms-title">
    <h3 id="isms-title">${view.msg('scorecardIsms')}</h3>
    <p>${intro}</p>
    <ul part="isms-counts">
      ${counts}
    </ul>
    ${tables}
    <p class="muted">${view.msg('scorecardInterpretation')}</p>
  </section>`;
}
