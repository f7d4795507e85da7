/**
 * The EU AI Act view of `<aims-scorecard>`: the inventory's AI systems by class, the duties still
 * open for each (a duty is open until the ISO/IEC 42001 requirements serving it are implemented,
 * `dutyCoverage`), and the requirements and controls that close them, with the risks linked to
 * each system. Loaded by a full scorecard whose response has AI systems, with its styles and
 * strings; the classes, duties and coverage come from the core (src/scoring/ai-act.ts).
 */
import { css, html, nothing } from 'lit';
import type { AiSystem } from '../../src/model/ai-system.js';
import {
  classifyAiSystem,
  dutyCoverage,
  type AiRiskClass,
  type AiSystemClassification,
  type DutyCoverage,
  type TriageDuty,
} from '../../src/scoring/ai-act.js';
import type { SessionSnapshot } from '../../src/session/types.js';
import { addEnglish } from '../base/i18n.js';
import { CLASS_KEYS, ROLE_KEYS } from '../inventory/inventory-common.js';
import { inventoryEn } from '../inventory/messages.js';
import { scorecardAiActEn } from './ai-act-messages.js';
import type { View } from './views.js';

addEnglish(inventoryEn);
addEnglish(scorecardAiActEn);

/** The classes in the order the view lists them, the gravest first. */
const CLASS_ORDER: readonly AiRiskClass[] = [
  'prohibited',
  'high',
  'limited',
  'minimal',
  'undetermined',
];

const COUNT_KEYS = { one: 'scorecardAiActCountOne', other: 'scorecardAiActCount' } as const;

export const styles = css`
  [part~='ai-act-classes'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    padding: 0;
    list-style: none;
  }
  [part~='ai-act-systems'] ul {
    margin: 0;
    padding-inline-start: 1.1rem;
  }
  [part~='ai-act-systems'] small {
    display: block;
  }
`;

/** A duty with its coverage: open unless every serving requirement assessed is implemented. */
interface DutyRow {
  readonly duty: TriageDuty;
  readonly coverage: DutyCoverage;
}

const isOpen = (row: DutyRow) => row.coverage.status !== 'implemented';

/** Each stored system's class and duties, computed once (a changed system is a new object). */
const classified = new WeakMap<AiSystem, AiSystemClassification>();
function classificationOf(system: AiSystem): AiSystemClassification {
  let result = classified.get(system);
  if (!result) {
    result = classifyAiSystem(system);
    classified.set(system, result);
  }
  return result;
}

/** The requirements of a duty that are not implemented yet: what closes it. */
function closingRequirements(snap: SessionSnapshot, row: DutyRow): string[] {
  const statusOf = new Map(
    snap.scorecard.requirements.map((requirement) => [requirement.id, requirement.status]),
  );
  const assessed = row.coverage.requirements;
  const open = assessed.filter((id) => statusOf.get(id) !== 'implemented');
  return open.length ? open : [...row.duty.iso42001];
}

function renderDuty(view: View, snap: SessionSnapshot, row: DutyRow) {
  const readiness =
    row.coverage.readiness === null
      ? view.msg('scorecardAiActNotAssessed')
      : view.msg('scorecardAiActReadiness', { value: view.num(row.coverage.readiness) });
  const closing = closingRequirements(snap, row).map((id) => view.req(id));
  const closes = closing.length
    ? html`<small>${view.msg('scorecardAiActCloses', { ids: closing.join('; ') })}</small>`
    : nothing;
  return html`<li>
    <b>${row.duty.citation}</b> (${view.msg(ROLE_KEYS[row.duty.role])}):
    <span lang="en">${row.duty.title}</span> – ${readiness} ${closes}
  </li>`;
}

function renderSystem(view: View, snap: SessionSnapshot, system: AiSystem) {
  const result = classificationOf(system);
  const coverage = dutyCoverage(snap.definition, snap.response, result.duties);
  const rows = result.duties.map((duty, index) => ({ duty, coverage: coverage[index]! }));
  const open = rows.filter(isOpen);
  const risks = (snap.response.risks ?? [])
    .filter((risk) => risk.systems?.includes(system.id))
    .map((risk) => risk.id);
  let duties;
  if (!rows.length) duties = html`<p>${view.msg('scorecardAiActNoDuties')}</p>`;
  else if (!open.length) duties = html`<p>${view.msg('scorecardAiActNoneOpen')}</p>`;
  else
    duties = html`<p>${view.msgCount(COUNT_KEYS, open.length, { total: rows.length })}</p>
      <ul>
        ${open.map((row) => renderDuty(view, snap, row))}
      </ul>`;
  const linked = risks.length
    ? html`<small>${view.msg('scorecardAiActRisks', { ids: risks.join(', ') })}</small>`
    : nothing;
  return html`<tr data-system=${system.id}>
    <th scope="row">${system.name}${linked}</th>
    <td data-class=${result.riskClass}>${view.msg(CLASS_KEYS[result.riskClass])}</td>
    <td>${duties}</td>
  </tr>`;
}

/** The view's section, with its own heading (part `ai-act`). */
export function renderAiAct(view: View, snap: SessionSnapshot) {
  const systems = snap.response.systems ?? [];
  const classes = new Map<AiRiskClass, number>();
  for (const system of systems) {
    const riskClass = classificationOf(system).riskClass;
    classes.set(riskClass, (classes.get(riskClass) ?? 0) + 1);
  }
  const counts = CLASS_ORDER.filter((riskClass) => classes.has(riskClass)).map(
    (riskClass) =>
      html`<li data-class=${riskClass}>
        ${view.msg(CLASS_KEYS[riskClass])}: <b>${classes.get(riskClass)}</b>
      </li>`,
  );
  return html`<section part="ai-act" aria-labelledby="ai-act-title">
    <h3 id="ai-act-title">${view.msg('scorecardAiAct')}</h3>
    <p>${view.msg('scorecardAiActIntro')}</p>
    <p class="h" id="ai-act-classes">${view.msg('scorecardAiActClasses')}</p>
    <ul part="ai-act-classes" aria-labelledby="ai-act-classes">
      ${counts}
    </ul>
    <div class="scroll">
      <table part="ai-act-systems">
        <caption>
          ${view.msg('scorecardAiActSystems')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${view.msg('scorecardAiActSystem')}</th>
            <th scope="col">${view.msg('scorecardAiActClass')}</th>
            <th scope="col">${view.msg('scorecardAiActOpen')}</th>
          </tr>
        </thead>
        <tbody>
          ${systems.map((system) => renderSystem(view, snap, system))}
        </tbody>
      </table>
    </div>
    <p class="muted">${view.msg('inventoryNotice')}</p>
  </section>`;
}
