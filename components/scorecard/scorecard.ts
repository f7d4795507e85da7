import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { bandsOf, localize } from '../../src/model/index.js';
import type { Text } from '../../src/model/schema-kit.js';
import { encodeShareLink } from '../../src/io/share-link.js';
import {
  certificationGaps, deriveSoa, evidenceReadiness, scoreAreas, soaCompleteness, summarizeRisks,
  type AreaScores, type CertificationGap, type EvidenceReadiness, type EvidenceStage, type RiskSummary, type SoaCompleteness,
} from '../../src/scoring/index.js';
import type { AssessmentSession, SessionSnapshot } from '../../src/session/types.js';
import { AimsElement } from '../base/aims-element.js';
import { sessionContext } from '../base/context.js';
import type { MessageKey } from '../base/i18n.js';
import { SessionController } from '../base/session-controller.js';
import { shared, tokens } from '../base/styles.js';
import { AimsCtaEvent, AimsNavigateEvent } from './events.js';
import { styles } from './scorecard.styles.js';
import { bar, bars, crosswalks, gaps, radar, risks, soa, type Area, type View } from './views.js';

interface Report {
  readonly snap: SessionSnapshot;
  readonly areas: AreaScores;
  readonly stages: EvidenceReadiness;
  readonly cert: readonly CertificationGap[];
  readonly risks: RiskSummary | null;
  readonly soa: SoaCompleteness;
}

const BAND_KEYS: Record<string, MessageKey> = { early: 'scorecardBandEarly', developing: 'scorecardBandDeveloping', advanced: 'scorecardBandAdvanced', ready: 'scorecardBandReady' };

/** The nearest ancestor matching `selector`, across shadow roots. */
function closestAcross(el: Element, selector: string): Element | null {
  let node: Element | null = el;
  while (node) {
    const hit = node.closest(selector);
    if (hit) return hit;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/**
 * Readiness at a glance, and a report worth printing: the overall figure with its band, completion and
 * certification readiness; Stage 1 and Stage 2 readiness; maturity per clause group and Annex A objective
 * (or per theme) as bars and a radar; the top gaps with recommendations and links to the questions; the
 * crosswalks; the risk and SoA summaries. Shows nothing it did not read from the core.
 *
 * @tagname aims-scorecard
 * @summary The scorecard of an assessment: figures, charts, gaps and a printable report.
 * @slot cta - the host's call to action (compact variant); defaults to a button
 * @csspart base - the root
 * @csspart cover - the title, organisation and date (a cover page when printed)
 * @csspart summary - the overall figure, completion, certification readiness and audit stages
 * @csspart figure - the overall readiness meter
 * @csspart band - the readiness band (early, developing, advanced, ready)
 * @csspart certification - certification readiness and its reasons
 * @csspart stage - one audit stage (Stage 1, Stage 2)
 * @csspart areas - the per-area section
 * @csspart area - one area's row
 * @csspart meter - an area's bar
 * @csspart radar - the radar chart
 * @csspart group-by - the switch between clause groups and themes
 * @csspart gaps - the top gaps
 * @csspart gap - one gap
 * @csspart gap-link - the link from a gap to its question
 * @csspart recommendation - a gap's recommendation
 * @csspart crosswalks - the crosswalk section
 * @csspart crosswalk - one framework's table
 * @csspart risks - the risk summary
 * @csspart risk-table - the number of risks per level, inherent and residual
 * @csspart appetite - how many risks exceed the appetite
 * @csspart soa - the Statement of Applicability summary
 * @csspart actions - the share and print buttons
 * @csspart button - every button
 * @csspart share-link - the share link field
 * @csspart cta - the call-to-action area (compact variant)
 * @csspart cta-button - the default call-to-action button
 * @cssprop [--aims-scorecard-figure-size=3.5rem] - the size of the overall figure
 * @cssprop [--aims-scorecard-bar=var(--aims-color-accent)] - the fill of the bars and the radar
 * @event aims-cta - a button or link of the call to action was chosen: `{ readiness, band, completion }`
 * @event aims-navigate - cancelable; a gap's link was chosen: `{ question }`
 */
export class AimsScorecard extends AimsElement implements View {
  static override styles = [tokens, shared, styles];

  /** The session to show; defaults to the one provided by an enclosing `<aims-assessment>`. */
  @property({ attribute: false }) session?: AssessmentSession;
  /** The session from context (set by `<aims-assessment>`). @internal */
  @consume({ context: sessionContext, subscribe: true }) @state() contextSession?: AssessmentSession;
  /** `full` (default) or `compact`: the figure, the bars, the top three gaps, share and the call to action. */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';
  /** Areas by requirement `groups` (default) or by `tags` (themes). */
  @property({ attribute: 'group-by', reflect: true }) groupBy: 'groups' | 'tags' = 'groups';
  /** How many top gaps to list (default 5; 3 in the compact variant). */
  @property({ type: Number, attribute: 'max-gaps' }) maxGaps?: number;
  /** Which crosswalk frameworks to show, space-separated ids (default: all). */
  @property() crosswalks?: string;
  /** The page a share link opens (default: this page's address). */
  @property({ attribute: 'share-url' }) shareUrl?: string;
  /** Set while `print()` runs: the full report is rendered, whatever the variant. */
  @property({ type: Boolean, reflect: true }) printing = false;

  @state() private status = '';
  @state() private manualLink = '';
  private readonly sc = new SessionController(this);
  private report?: Report;

  get snap(): SessionSnapshot { return this.sc.state!; }
  text(t: Text | undefined): string { return localize(t, this.effectiveLocale, this.snap.definition.locale ?? 'en'); }
  num(x: number): string { return new Intl.NumberFormat(this.effectiveLocale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x); }
  pct(x: number): string { return new Intl.NumberFormat(this.effectiveLocale, { style: 'percent', maximumFractionDigits: 0 }).format(x); }

  /** Shows a question: emits the cancelable `aims-navigate`, then calls `goTo()` on the questionnaire of the same assessment. */
  async navigate(question: string): Promise<boolean> {
    if (!this.emit(new AimsNavigateEvent({ question }))) return false;
    const box = closestAcross(this, 'aims-assessment');
    const all = [...(box ?? (this.getRootNode() as ParentNode)).querySelectorAll('aims-questionnaire')] as (Element & { session?: unknown; goTo?(q: string): Promise<boolean> })[];
    const target = box ? all[0] : all.find((q) => q.session === this.sc.session);
    return (await target?.goTo?.(question)) ?? false;
  }

  /** Copies a share link of the response (`encodeShareLink`); without a clipboard, shows the link to copy by hand. */
  async share(): Promise<string | undefined> {
    const snap = this.sc.state;
    if (!snap) return undefined;
    this.manualLink = this.status = '';
    let link: string;
    try {
      link = await encodeShareLink(snap.response, this.shareUrl || location.href);
    } catch (e) {
      this.status = this.msg('scorecardShareFailed', { problem: (e as Error).message });
      return undefined;
    }
    try {
      await navigator.clipboard.writeText(link);
      this.status = this.msg('scorecardCopied');
    } catch {
      this.manualLink = link;
      this.status = this.msg('scorecardCopyByHand');
    }
    return link;
  }

  /** Renders the full report in print mode, opens the browser's print dialog (save as PDF there), then restores. */
  async print(): Promise<void> {
    this.printing = true;
    await this.updateComplete;
    try { window.print(); } finally { this.printing = false; }
  }

  private onCta(e: Event): void {
    const path = e.composedPath();
    const hit = path.slice(0, path.indexOf(e.currentTarget!)).some((n) => n instanceof Element && (n.localName === 'button' || n.localName === 'a'));
    const o = this.snap.scorecard.overall;
    if (hit) this.emit(new AimsCtaEvent({ readiness: o.readiness, band: o.band, completion: o.completion }));
  }

  private compute(snap: SessionSnapshot): Report {
    if (this.report?.snap === snap) return this.report;
    const { definition: d, response: r, visible: v } = snap;
    return (this.report = {
      snap, areas: scoreAreas(d, r, v), stages: evidenceReadiness(d, r, v), cert: certificationGaps(d, snap.scorecard),
      risks: r.risks?.length ? summarizeRisks(d, r) : null, soa: soaCompleteness(deriveSoa(d, r, v)),
    });
  }

  private bandLabel(id: string): string {
    const b = bandsOf(this.snap.definition).find((x) => x.id === id);
    return (b?.label && this.text(b.label)) || (BAND_KEYS[id] ? this.msg(BAND_KEYS[id]!) : id);
  }

  private areas(rep: Report, by: 'groups' | 'tags'): Area[] {
    const d = this.snap.definition;
    return rep.areas[by].map((a) => {
      const title = this.text((by === 'groups' ? d.groups : d.tags)?.find((x) => x.id === a.id)?.title);
      return { ...a, label: by === 'groups' && title ? `${a.id} ${title}` : title || a.id, short: by === 'groups' ? a.id : (title || a.id).split(' ')[0]! };
    });
  }

  private reason(g: CertificationGap): string {
    if (g.reason === 'incomplete') return this.msg('scorecardReasonIncomplete', { count: g.unanswered });
    if (g.reason === 'no-clauses') return this.msg('scorecardReasonNoClauses');
    const r = this.snap.definition.requirements?.find((x) => x.id === g.requirement);
    return this.msg('scorecardReasonClause', { clause: r ? `${r.id} ${this.text(r.title)}` : g.requirement });
  }

  private stage(s: EvidenceStage): TemplateResult {
    const id = `stage-${s.stage}`;
    return html`<div part="stage" class="stage"><span id=${id}>${this.msg(s.stage === 1 ? 'scorecardStage1' : 'scorecardStage2')}</span>
      ${s.readiness === null ? html`<p class="muted">${this.msg('scorecardNotScored')}</p>` : html`<div class="meter" role="meter" aria-labelledby=${id}
        aria-valuemin="0" aria-valuemax="100" aria-valuenow=${s.readiness} aria-valuetext=${this.msg('scorecardOf100', { value: this.num(s.readiness) })}>
        ${bar(s.readiness)}<span class="fig">${this.num(s.readiness)}</span></div>`}</div>`;
  }

  private section(part: string, title: MessageKey, body: unknown): TemplateResult {
    return html`<section part=${part} class=${part} aria-labelledby=${`${part}-title`}><h3 id=${`${part}-title`}>${this.msg(title)}</h3>${body}</section>`;
  }

  override render() {
    const snap = this.sc.state;
    if (!snap) return html`<p part="base" class="empty">${this.msg('noSession')}</p>`;
    const rep = this.compute(snap);
    const d = snap.definition, r = snap.response, o = snap.scorecard.overall;
    const full = this.variant !== 'compact' || this.printing;
    const by = this.groupBy === 'tags' && rep.areas.tags.length ? 'tags' : 'groups';
    const areas = this.areas(rep, by);
    const org = [r.meta?.organisation, r.meta?.system].filter(Boolean).join(' · ');
    const date = new Intl.DateTimeFormat(this.effectiveLocale, { dateStyle: 'long' }).format(r.updatedAt ? new Date(r.updatedAt) : new Date());
    const band = o.band === null ? '' : this.bandLabel(o.band);
    const stages = rep.stages.documentation.questions + rep.stages.operation.questions > 0;
    const only = this.crosswalks?.trim() ? this.crosswalks.trim().split(/\s+/) : null;
    const xw = full ? crosswalks(this, only) : [];
    return html`<article part="base" class="base" aria-labelledby="title">
      <header part="cover" class="cover">
        <p class="muted">${this.msg('scorecardReport')}</p>
        <h2 id="title">${this.text(d.title)}</h2>
        ${org ? html`<p class="org">${org}</p>` : nothing}
        <p class="muted">${this.msg('scorecardDate', { date })}</p>
      </header>
      ${this.section('summary', 'scorecardSummary', html`
        <div class="figure">${o.readiness === null ? html`<p>${this.msg('scorecardNotScored')}</p>` : html`<div part="figure" role="meter" aria-labelledby="overall"
          aria-valuemin="0" aria-valuemax="100" aria-valuenow=${o.readiness} aria-valuetext=${this.msg('scorecardFigureText', { value: this.num(o.readiness), band })}>
          <span id="overall" class="label">${this.msg('scorecardReadiness')}</span>
          <span class="big">${this.num(o.readiness)}</span><span class="muted">/ 100</span>
          ${band ? html`<span part="band" class="band">${band}</span>` : nothing}</div>`}
          <p>${this.msg('scorecardCompletion', { percent: this.pct(o.completion), answered: o.answered, total: o.visible })}</p>
        </div>
        ${full ? html`<div part="certification" class="cert"><p><strong>${this.msg(o.certificationReady ? 'scorecardCertReady' : 'scorecardCertNotReady')}</strong></p>
          ${rep.cert.length ? html`<ul>${rep.cert.map((g) => html`<li>${this.reason(g)}</li>`)}</ul>` : nothing}</div>
          ${stages ? html`<div class="stages">${this.stage(rep.stages.documentation)}${this.stage(rep.stages.operation)}</div>` : nothing}` : nothing}`)}
      ${this.section('areas', 'scorecardAreas', html`
        ${full && !this.printing && rep.areas.tags.length && rep.areas.groups.length ? html`<fieldset part="group-by" class="group-by noprint"><legend>${this.msg('scorecardGroupBy')}</legend>
          ${(['groups', 'tags'] as const).map((g) => html`<label><input type="radio" name="group-by" .checked=${by === g} @change=${() => { this.groupBy = g; }}>
            ${this.msg(g === 'groups' ? 'scorecardByGroup' : 'scorecardByTag')}</label>`)}</fieldset>` : nothing}
        ${areas.length ? bars(this, areas) : html`<p class="muted">${this.msg('scorecardNoAreas')}</p>`}
        ${full && areas.length >= 3 ? radar(this, areas) : nothing}`)}
      ${this.section('gaps', 'scorecardGaps', gaps(this, snap.scorecard.gaps.slice(0, Math.max(0, this.maxGaps ?? (full ? 5 : 3)))))}
      ${xw.length ? this.section('crosswalks', 'scorecardCrosswalks', xw) : nothing}
      ${full && rep.risks ? this.section('risks', 'scorecardRisks', risks(this, rep.risks)) : nothing}
      ${full && rep.soa.total ? this.section('soa', 'scorecardSoa', soa(this, rep.soa)) : nothing}
      <div part="actions" class="actions noprint">
        <button type="button" part="button" class="btn" @click=${() => this.share()}>${this.msg('scorecardShare')}</button>
        ${full ? html`<button type="button" part="button" class="btn" @click=${() => this.print()}>${this.msg('scorecardPrint')}</button>` : nothing}
        <span role="status">${this.status}</span>
        ${this.manualLink ? html`<label class="manual">${this.msg('scorecardLink')} <input part="share-link" readonly .value=${this.manualLink} @focus=${(e: Event) => (e.target as HTMLInputElement).select()}></label>` : nothing}
      </div>
      ${this.variant === 'compact' ? html`<div part="cta" class="cta noprint" @click=${this.onCta}><slot name="cta"><button type="button" part="cta-button" class="btn primary">${this.msg('scorecardCta')}</button></slot></div>` : nothing}
    </article>`;
  }
}
