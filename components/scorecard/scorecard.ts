import { adoptStyles, html, nothing, type CSSResult } from 'lit';
import type { SessionSnapshot } from '../../src/session/types.js';
import { AimsSessionElement } from '../base/session-element.js';
import { shared, tables, tokens } from '../base/styles.js';
import { addEnglish, type MessageKey } from '../base/i18n.js';
import { AimsCtaEvent, AimsNavigateEvent } from './events.js';
import { scorecardEn } from './messages.js';
import { styles } from './scorecard.styles.js';
import { renderCover, renderSummary } from './report-views.js';
import type { ActionsHost } from './actions-view.js';
import { gaps } from './views.js';

addEnglish(scorecardEn);

/** The scorecard's sections, by part, and the key of each one's title. */
const SECTION_TITLES = {
  summary: 'scorecardSummary',
  areas: 'scorecardAreas',
  gaps: 'scorecardGaps',
  crosswalks: 'scorecardCrosswalks',
  risks: 'scorecardRisks',
  soa: 'scorecardSoa',
} as const satisfies Record<string, MessageKey>;
type SectionPart = keyof typeof SECTION_TITLES;

/** The `<aims-assessment>` around an element, across shadow roots; null when none. */
function enclosingAssessment(element: Element): Element | null {
  let current: Element | undefined = element;
  while (current) {
    const found = current.closest('aims-assessment');
    if (found) return found;
    current = (current.getRootNode() as ShadowRoot).host;
  }
  return null;
}

type Questionnaire = Element & {
  session?: unknown;
  goTo?(question: string): Promise<boolean>;
};

/**
 * Readiness at a glance, and a report worth printing: the overall figure with its band, completion
 * and certification readiness; Stage 1 and Stage 2 readiness; maturity per clause group and Annex A
 * objective (or per theme) as bars and a radar; the top gaps with recommendations and links to the
 * questions; the crosswalks; what an ISO/IEC 27001 ISMS brings; the risk and SoA summaries. Shows
 * nothing it did not read from the core.
 *
 * @tagname aims-scorecard
 * @summary The scorecard of an assessment: figures, charts, gaps and a printable report.
 * @slot cta - the host's call to action (compact variant); defaults to a button
 * @csspart base - the root
 * @csspart cover - the title, organisation and date (a cover page when printed)
 * @csspart summary - the overall figure, completion, certification readiness and audit stages
 * @csspart figure - the overall readiness meter
 * @csspart band - the readiness band (early, developing, advanced, ready)
 * @csspart certification - certification readiness and its open gates (or, for a pack that gives
 * no verdict, what a full assessment would check)
 * @csspart gates - the list of open gates, one line each
 * @csspart gate - one open gate: its count in words (opens to its items), or why it is open
 * @csspart gate-items - the items behind an open gate (questions, requirements or risks)
 * @csspart gate-link - the link from an open gate's item to the question where it is fixed
 * @csspart stage - one audit stage (Stage 1, Stage 2)
 * @csspart areas - the per-area section
 * @csspart area-list - the list of the areas' bars
 * @csspart area - one area's row: its name and its bar, read as the level reached and the target's
 * @csspart meter - a bar (an area's or an audit stage's)
 * @csspart radar - the radar chart
 * @csspart group-by - the switch between clause groups and themes
 * @csspart gaps - the top gaps
 * @csspart gap - one gap
 * @csspart gap-link - the link from a gap to its question
 * @csspart recommendation - a gap's recommendation
 * @csspart crosswalks - the crosswalk section
 * @csspart crosswalk - one framework's table
 * @csspart isms - what an ISO/IEC 27001 ISMS brings (when the scope names one)
 * @csspart isms-counts - how many clause requirements reuse, extend or lack an ISMS process
 * @csspart isms-table - one relation's clause requirements with their ISO/IEC 27001 clause
 * @csspart risks - the risk summary
 * @csspart risk-table - the number of risks per level, inherent and residual
 * @csspart appetite - how many risks exceed the appetite
 * @csspart soa - the Statement of Applicability summary
 * @csspart documents - the documented information register
 * @csspart document-counts - how many documents have each status
 * @csspart document-table - the table of the register
 * @csspart document - one document's row
 * @csspart document-link - the link from a document to the question where it is fixed
 * @csspart document-description - what a document holds
 * @csspart document-status - a document's status in words (`data-status`: its id)
 * @csspart document-note - why a control does not count, or shows no question
 * @csspart document-actions - the register's download button
 * @csspart ai-act - the EU AI Act view (a full report whose response has AI systems)
 * @csspart ai-act-classes - how many AI systems have each class (`data-class`: its id)
 * @csspart ai-act-systems - the duties open per AI system and what closes them
 * @csspart actions - the share and print buttons
 * @csspart next-actions - the next actions of the action plan (every open one when printed)
 * @csspart next-action-list - the list of the next actions
 * @csspart next-action - one action: its title, state, owner and due date
 * @csspart next-action-overdue - the "Overdue" mark of an action
 * @csspart plan-link - the link to the action plan (`plan-href`)
 * @csspart button - every button
 * @csspart share-link - the share link field
 * @csspart cta - the call-to-action area (compact variant)
 * @csspart cta-button - the default call-to-action button
 * @cssprop [--aims-scorecard-figure-size=3.5rem] - the size of the overall figure
 * @cssprop [--aims-scorecard-bar=var(--aims-color-accent)] - the fill of the bars and the radar
 * @event aims-cta - a button or link of the call to action was chosen: `{ readiness, band,
 * completion }`
 * @event aims-navigate - cancelable; a gap's link or an open gate's link was chosen: `{ question }`
 */
export class AimsScorecard extends AimsSessionElement implements ActionsHost {
  static override styles = [tokens, shared, tables, styles];

  static override properties = {
    variant: { reflect: true },
    groupBy: { attribute: 'group-by', reflect: true },
    maxGaps: { type: Number, attribute: 'max-gaps' },
    crosswalks: {},
    shareUrl: { attribute: 'share-url' },
    planHref: { attribute: 'plan-href' },
    printing: { type: Boolean, reflect: true },
    shared: { state: true },
  };
  /**
   * `full` (default) or `compact`: the figure, the bars, the top three gaps, share and the call to
   * action.
   */
  variant: 'full' | 'compact' = 'full';
  /** Areas by requirement `groups` (default) or by `tags` (themes). */
  groupBy: 'groups' | 'tags' = 'groups';
  /** How many top gaps to list (default 5; 3 in the compact variant). */
  maxGaps?: number;
  /** Which crosswalk frameworks to show, space-separated ids (default: all). */
  crosswalks?: string;
  /** The page a share link opens (default: this page's address). */
  shareUrl?: string;
  /**
   * Where the host shows the action plan (a URL or a fragment such as `#plan`): the next actions
   * link to it.
   */
  planHref?: string;
  /** Set while `print()` runs: the full report is rendered, whatever the variant. */
  printing = false;

  /** The share status, and the link to copy by hand when the clipboard refused it. @internal */
  private shared: { readonly status: string; readonly link?: string } = { status: '' };

  /** @internal */
  num(value: number | null): string {
    return this.formatNumber({ minimumFractionDigits: 1, maximumFractionDigits: 1 }, value ?? 0);
  }
  /** @internal */
  pct(share: number): string {
    return this.formatNumber({ style: 'percent' }, share);
  }
  /** @internal */
  req(id: string): string {
    const requirement = this.snap.definition.requirements?.find((candidate) => candidate.id === id);
    return requirement ? `${id} ${this.text(requirement.title)}` : id;
  }
  private formatNumber(options: Intl.NumberFormatOptions, value: number): string {
    return new Intl.NumberFormat(this.effectiveLocale, options).format(value);
  }

  /**
   * Shows a question: emits the cancelable `aims-navigate`, then calls `goTo()` on the
   * questionnaire of the same assessment.
   */
  async navigate(question: string): Promise<boolean> {
    if (!this.emit(new AimsNavigateEvent({ question }))) return false;
    const assessment = enclosingAssessment(this);
    const scope = assessment ?? (this.getRootNode() as ParentNode);
    const all = [...scope.querySelectorAll('aims-questionnaire')] as Questionnaire[];
    const target = assessment
      ? all[0]
      : all.find((questionnaire) => questionnaire.session === this.shown);
    return (await target?.goTo?.(question)) ?? false;
  }

  /**
   * Copies a share link of the response (`encodeShareLink`); without a clipboard, shows the link to
   * copy by hand.
   */
  async share(): Promise<string | undefined> {
    this.shared = { status: '' };
    let link: string;
    try {
      // Loaded when a link is asked for: a page that shows the scorecard never waits for it.
      const { encodeShareLink } = await import('./share.js');
      link = await encodeShareLink(this.snap.response, this.shareUrl || location.href);
    } catch (error) {
      const problem = (error as Error).message;
      this.shared = { status: this.msg('scorecardShareFailed', { problem }) };
      return undefined;
    }
    try {
      await navigator.clipboard.writeText(link);
      this.shared = { status: this.msg('scorecardCopied') };
    } catch {
      this.shared = { status: this.msg('scorecardCopyByHand'), link };
    }
    return link;
  }

  /**
   * Renders the full report in print mode, opens the browser's print dialog (save as PDF there),
   * then restores.
   */
  async print(): Promise<void> {
    this.printing = true;
    await this.updateComplete;
    try {
      window.print();
    } finally {
      this.printing = false;
    }
  }

  private onCta(event: Event): void {
    const { readiness, band, completion } = this.snap.scorecard.overall;
    if ((event.target as Element).closest('a,button'))
      this.emit(new AimsCtaEvent({ readiness, band, completion }));
  }

  /** The full report shows (not the compact variant, or printing). */
  /** @internal */
  get isFull(): boolean {
    return this.variant != 'compact' || this.printing;
  }

  /** A section titled by its part's string (`risks`: `scorecardRisks`). */
  private renderSection(part: SectionPart, body: unknown) {
    return html`<section part=${part} aria-labelledby=${`${part}-title`}>
      <h3 id=${`${part}-title`}>${this.msg(SECTION_TITLES[part])}</h3>
      ${body}
    </section>`;
  }

  /**
   * The full report's own sections (./full-sections.ts), loaded when a full scorecard first
   * renders; `updateComplete` waits for them, so a print or a test sees the whole report.
   */
  private readonly fullSections = this.lazyPart(() => import('./full-sections.js'));
  /**
   * The certification verdict and its open gates (./gates-view.ts), or for a pack that gives no
   * verdict the note that its band is indicative; loaded when the scorecard first renders.
   */
  private readonly certification = this.lazyPart(() =>
    import('./gates-view.js').then(this.withStyles),
  );
  /**
   * The areas' bars, their level names and the radar (./areas-view.ts), with their own styles;
   * loaded when the scorecard first renders.
   */
  private readonly areas = this.lazyPart(() => import('./areas-view.js').then(this.withStyles));
  /** The EU AI Act view (./ai-act-view.ts): a full scorecard whose response has AI systems. */
  private readonly aiAct = this.lazyPart(() => import('./ai-act-view.js').then(this.withStyles));
  /** The next actions of the plan (./actions-view.ts), in the full report. */
  private readonly nextActions = this.lazyPart(() =>
    import('./actions-view.js').then(this.withStyles),
  );
  /** The full report and a response with AI systems. */
  private get hasSystems(): boolean {
    return this.isFull && !!this.shown?.state.response.systems?.length;
  }
  /** The styles the loaded parts brought, after the element's own. */
  private readonly partStyles: CSSResult[] = [];
  /** Adds a loaded part's styles to the shadow root (constructed sheets: strict CSP holds). */
  private readonly withStyles = <Module extends { styles: CSSResult }>(module: Module) => {
    this.partStyles.push(module.styles);
    const ownStyles = (this.constructor as typeof AimsScorecard).elementStyles;
    adoptStyles(this.renderRoot as ShadowRoot, [...ownStyles, ...this.partStyles]);
    return module;
  };
  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    void this.certification.load();
    void this.areas.load();
    if (this.isFull) void this.fullSections.load();
    if (this.hasSystems) void this.aiAct.load();
    if (this.isFull) void this.nextActions.load();
  }

  protected body(snap: SessionSnapshot) {
    const frameworks = this.crosswalks?.split(/\s+/).filter(Boolean);
    const fullSections =
      this.isFull && this.fullSections.module
        ? this.fullSections.module.renderFullSections(this, snap, frameworks, (part, body) =>
            this.renderSection(part, body),
          )
        : nothing;
    const gapCount = Math.max(0, this.maxGaps ?? (this.isFull ? 5 : 3));
    const certification = this.certification.module?.renderCertification(this, snap) ?? nothing;
    const summary = renderSummary(this, snap, certification);
    return html`<article part="base" aria-labelledby="title">
      ${renderCover(this, snap)} ${this.renderSection('summary', summary)}
      ${this.renderSection('areas', this.areas.module?.renderAreas(this, snap) ?? nothing)}
      ${this.renderSection('gaps', gaps(this, snap.scorecard.gaps.slice(0, gapCount)))}
      ${this.isFull ? (this.nextActions.module?.renderNextActions(this, snap) ?? nothing) : nothing}
      ${fullSections}
      ${this.hasSystems ? (this.aiAct.module?.renderAiAct(this, snap) ?? nothing) : nothing}
      ${this.renderActions()} ${this.variant == 'compact' ? this.renderCta() : nothing}
    </article>`;
  }

  /** Share and print, the share status and the link to copy by hand. */
  private renderActions() {
    const { status, link } = this.shared;
    const selectAll = (event: Event) => (event.target as HTMLInputElement).select();
    return html`<div part="actions">
      <button part="button" class="btn" @click=${this.share}>${this.msg('scorecardShare')}</button>
      ${
        this.isFull
          ? html`<button part="button" class="btn" @click=${this.print}>
              ${this.msg('scorecardPrint')}
            </button>`
          : nothing
      }
      <span role="status">${status}</span>
      ${
        link
          ? html`<label
              >${this.msg('scorecardLink')}
              <input part="share-link" readonly .value=${link} @focus=${selectAll}
            /></label>`
          : nothing
      }
    </div>`;
  }

  /** The call to action of the compact variant (the host's `cta` slot, or a button). */
  private renderCta() {
    return html`<div part="cta" @click=${this.onCta}>
      <slot name="cta"
        ><button part="cta-button" class="btn primary">${this.msg('scorecardCta')}</button></slot
      >
    </div>`;
  }
}
