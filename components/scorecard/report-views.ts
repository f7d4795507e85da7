/**
 * The report parts of `<aims-scorecard>` that read the most figures: the cover and the summary (the
 * overall figure, completion, certification readiness, audit stages); the areas are in
 * ./areas-view.ts. Figures come from the session's derived state.
 */
import { html, nothing } from 'lit';
import { bandsOf } from '../../src/model/index.js';
import type { EvidenceStage } from '../../src/scoring/index.js';
import { evidenceReadinessOf } from '../../src/session/derive.js';
import type { SessionSnapshot } from '../../src/session/types.js';
import type { MessageKey } from '../base/i18n.js';
import { meter, type View } from './views.js';

/** The built-in bands' names (a definition's own bands bring their labels). */
const BAND_KEYS: Readonly<Record<string, MessageKey>> = {
  early: 'scorecardBandEarly',
  developing: 'scorecardBandDeveloping',
  advanced: 'scorecardBandAdvanced',
  ready: 'scorecardBandReady',
} as const satisfies Record<string, MessageKey>;

const STAGE_KEYS = {
  1: 'scorecardStage1',
  2: 'scorecardStage2',
} as const satisfies Record<EvidenceStage['stage'], MessageKey>;

/** The areas: by requirement groups, or by tags (themes). */
export type GroupBy = 'groups' | 'tags';

/** What the report parts need from the element. */
export interface ReportHost extends View {
  readonly effectiveLocale: string;
  /** The full report shows (not the compact variant, or printing). */
  readonly isFull: boolean;
  readonly printing: boolean;
  groupBy: GroupBy;
}

/** The title, organisation and date (a cover page when printed). */
export function renderCover(host: ReportHost, snap: SessionSnapshot) {
  const { response } = snap;
  const organisation = [response.meta?.organisation, response.meta?.system]
    .filter(Boolean)
    .join(' · ');
  const updated = response.updatedAt ? new Date(response.updatedAt) : new Date();
  const date = new Intl.DateTimeFormat(host.effectiveLocale, { dateStyle: 'long' }).format(updated);
  return html`<header part="cover">
    <p class="muted">${host.msg('scorecardReport')}</p>
    <h2 id="title">${host.text(snap.definition.title)}</h2>
    ${organisation ? html`<p><b>${organisation}</b></p>` : nothing}
    <p class="muted">${host.msg('scorecardDate', { date })}</p>
  </header>`;
}

/** The band's name: the definition's label, else the built-in name, else its id. */
function bandName(host: ReportHost, snap: SessionSnapshot): string | null {
  const band = snap.scorecard.overall.band;
  if (!band) return band;
  const own = bandsOf(snap.definition).find((candidate) => candidate.id == band)?.label;
  const builtIn = Object.hasOwn(BAND_KEYS, band) ? host.msg(BAND_KEYS[band]!) : '';
  return host.text(own) || builtIn || band;
}

/**
 * The overall figure, completion, certification readiness (`certification`, rendered by the
 * verdict view once it is loaded) and audit stages. The compact variant shows the certification
 * part only for a pack too small to judge: its band is indicative, and it says what a full
 * assessment would check.
 */
export function renderSummary(host: ReportHost, snap: SessionSnapshot, certification: unknown) {
  const overall = snap.scorecard.overall;
  const band = bandName(host, snap);
  const figure = host.num(overall.readiness);
  const completion = host.msg('scorecardCompletion', {
    percent: host.pct(overall.completion),
    answered: overall.answered,
    total: overall.visible,
  });
  return html` ${meter(host, {
      part: 'figure',
      labelledBy: 'overall',
      value: overall.readiness,
      text: host.msg('scorecardFigureText', { value: figure, band: band ?? '' }),
      body: html`<b id="overall">${host.msg('scorecardReadiness')}</b><br /><span class="big"
          >${figure}</span
        >
        / 100 ${band ? html`<span part="band">${band}</span>` : nothing}`,
    })}
    <p>${completion}</p>
    ${host.isFull || !overall.certificationVerdict ? certification : nothing}
    ${host.isFull ? renderStages(host, snap) : nothing}`;
}

/** Stage 1 (documentation) and Stage 2 (operation) readiness, when any question has a kind. */
function renderStages(host: ReportHost, snap: SessionSnapshot) {
  const evidence = evidenceReadinessOf(snap);
  if (!(evidence.documentation.questions + evidence.operation.questions)) return nothing;
  const renderStage = (stage: EvidenceStage) => {
    const id = `stage-${stage.stage}`;
    const figure = host.num(stage.readiness);
    return html`<div part="stage">
      <span id=${id}>${host.msg(STAGE_KEYS[stage.stage])}</span>${meter(host, {
        part: 'meter',
        labelledBy: id,
        value: stage.readiness,
        text: host.msg('scorecardOf100', { value: figure }),
        body: figure,
        target: null,
      })}
    </div>`;
  };
  return html`<div class="stages">
    ${[evidence.documentation, evidence.operation].map(renderStage)}
  </div>`;
}
