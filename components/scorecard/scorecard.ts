import { html, nothing } from 'lit';
import { bandsOf } from '../../src/model/index.js';
import { encodeShareLink } from '../../src/io/share-link.js';
import {
  certificationGaps,
  deriveSoa,
  evidenceReadiness,
  scoreAreas,
  soaCompleteness,
  summarizeRisks,
} from '../../src/scoring/index.js';
import type { SessionSnapshot } from '../../src/session/types.js';
import { AimsSessionElement } from '../base/session-element.js';
import { shared, tokens } from '../base/styles.js';
import { AimsCtaEvent, AimsNavigateEvent } from './events.js';
import { styles } from './scorecard.styles.js';
import { bars, crosswalks, gaps, meter, radar, risks, soa, type Key, type View } from './views.js';
import { addEnglish } from '../base/i18n.js';
import { scorecardEn } from './messages.js';

addEnglish(scorecardEn);

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
 * @csspart meter - a bar (an area's or an audit stage's)
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
export class AimsScorecard extends AimsSessionElement<'scorecard'> implements View {
  static override styles = [tokens, shared, styles];

  static override properties = {
    variant: { reflect: true },
    groupBy: { attribute: 'group-by', reflect: true },
    maxGaps: { type: Number, attribute: 'max-gaps' },
    crosswalks: {},
    shareUrl: { attribute: 'share-url' },
    printing: { type: Boolean, reflect: true },
    shared: { state: true },
  };
  /** `full` (default) or `compact`: the figure, the bars, the top three gaps, share and the call to action. */
  variant: 'full' | 'compact' = 'full';
  /** Areas by requirement `groups` (default) or by `tags` (themes). */
  groupBy: 'groups' | 'tags' = 'groups';
  /** How many top gaps to list (default 5; 3 in the compact variant). */
  maxGaps?: number;
  /** Which crosswalk frameworks to show, space-separated ids (default: all). */
  crosswalks?: string;
  /** The page a share link opens (default: this page's address). */
  shareUrl?: string;
  /** Set while `print()` runs: the full report is rendered, whatever the variant. */
  printing = false;

  /** The share status, and the link to copy by hand when the clipboard refused it. @internal */
  private shared: [status: string, link?: string] = [''];
  protected override pfx = 'scorecard' as const;

  num(x: number | null): string {
    return this.fmt({ minimumFractionDigits: 1, maximumFractionDigits: 1 }, x ?? 0);
  }
  pct(x: number): string {
    return this.fmt({ style: 'percent' }, x);
  }
  req(id: string): string {
    const r = this.snap.definition.requirements?.find((x) => x.id === id);
    return r ? `${id} ${this.text(r.title)}` : id;
  }
  private fmt(o: Intl.NumberFormatOptions, x: number): string {
    return new Intl.NumberFormat(this.effectiveLocale, o).format(x);
  }

  /** Shows a question: emits the cancelable `aims-navigate`, then calls `goTo()` on the questionnaire of the same assessment. */
  async navigate(question: string): Promise<boolean> {
    if (!this.emit(new AimsNavigateEvent({ question }))) return false;
    // the enclosing assessment, across shadow roots
    let n: Element | undefined = this,
      box: Element | null = null;
    while (n && !(box = n.closest('aims-assessment'))) n = (n.getRootNode() as ShadowRoot).host;
    const all = [
      ...(box ?? (this.getRootNode() as ParentNode)).querySelectorAll('aims-questionnaire'),
    ] as (Element & { session?: unknown; goTo?(q: string): Promise<boolean> })[];
    return (
      (await (box ? all[0] : all.find((q) => q.session === this.shown))?.goTo?.(question)) ?? false
    );
  }

  /** Copies a share link of the response (`encodeShareLink`); without a clipboard, shows the link to copy by hand. */
  async share(): Promise<string | undefined> {
    this.shared = [''];
    try {
      var link = await encodeShareLink(this.snap.response, this.shareUrl || location.href);
    } catch (e) {
      this.shared = [this.t('ShareFailed', { problem: (e as Error).message })];
      return;
    }
    try {
      await navigator.clipboard.writeText(link);
      this.shared = [this.t('Copied')];
    } catch {
      this.shared = [this.t('CopyByHand'), link];
    }
    return link;
  }

  /** Renders the full report in print mode, opens the browser's print dialog (save as PDF there), then restores. */
  async print(): Promise<void> {
    this.printing = true;
    await this.updateComplete;
    try {
      window.print();
    } finally {
      this.printing = false;
    }
  }

  private onCta(e: Event): void {
    const { readiness, band, completion } = this.snap.scorecard.overall;
    if ((e.target as Element).closest('a,button'))
      this.emit(new AimsCtaEvent({ readiness, band, completion }));
  }

  /** A section titled by the string named like its part (`risks`: `scorecardRisks`). */
  private section(part: string, body: unknown) {
    return html`<section part=${part} aria-labelledby=${`${part}-title`}>
      <h3 id=${`${part}-title`}>${this.t((part[0]!.toUpperCase() + part.slice(1)) as Key)}</h3>
      ${body}
    </section>`;
  }

  protected body(snap: SessionSnapshot) {
    const { definition: d, response: r, visible: v, scorecard: s } = snap,
      o = s.overall,
      t = this.t.bind(this);
    const full = this.variant != 'compact' || this.printing,
      scores = scoreAreas(d, r, v);
    const by = this.groupBy == 'tags' && scores.tags.length ? 'tags' : 'groups';
    const areas = scores[by].map((a) => {
      const title =
        this.text((by == 'groups' ? d.groups : d.tags)?.find((x) => x.id === a.id)?.title) || a.id;
      return {
        ...a,
        label: by == 'groups' && title != a.id ? `${a.id} ${title}` : title,
        short: by == 'groups' ? a.id : title.split(' ')[0]!,
      };
    });
    const org = [r.meta?.organisation, r.meta?.system].filter(Boolean).join(' · ');
    const band =
      o.band &&
      (this.text(bandsOf(d).find((x) => x.id == o.band)?.label) ||
        (this.strings as Record<string, string>)[
          `scorecardBand${o.band[0]!.toUpperCase()}${o.band.slice(1)}`
        ] ||
        o.band);
    const ev = full && evidenceReadiness(d, r, v);
    const xw = full ? crosswalks(this, this.crosswalks?.split(/\s+/).filter(Boolean)) : [];
    const soaDone = full && soaCompleteness(deriveSoa(d, r, v));
    const [status, link] = this.shared;
    return html`<article part="base" aria-labelledby="title">
      <header part="cover">
        <p class="muted">${t('Report')}</p>
        <h2 id="title">${this.text(d.title)}</h2>
        ${org ? html`<p><b>${org}</b></p>` : nothing}
        <p class="muted">
          ${t('Date', { date: new Intl.DateTimeFormat(this.effectiveLocale, { dateStyle: 'long' }).format(r.updatedAt ? new Date(r.updatedAt) : new Date()) })}
        </p>
      </header>
      ${this.section(
        'summary',
        html` ${meter(
            this,
            'figure',
            'overall',
            o.readiness,
            t('FigureText', { value: this.num(o.readiness), band }),
            html`<b id="overall">${t('Readiness')}</b><br /><span class="big"
                >${this.num(o.readiness)}</span
              >
              / 100 ${band ? html`<span part="band">${band}</span>` : nothing}`,
          )}
          <p>
            ${t('Completion', { percent: this.pct(o.completion), answered: o.answered, total: o.visible })}
          </p>
          ${
            full
              ? html`<div part="certification">
                  <p><strong>${t(o.certificationReady ? 'CertReady' : 'CertNotReady')}</strong></p>
                  <ul>
                    ${certificationGaps(d, s).map(
                      (g) =>
                        html`<li>
                          ${
                            g.reason == 'incomplete'
                              ? t('ReasonIncomplete', { count: g.unanswered })
                              : g.reason == 'no-clauses'
                                ? t('ReasonNoClauses')
                                : t('ReasonClause', { clause: this.req(g.requirement) })
                          }
                        </li>`,
                    )}
                  </ul>
                </div>`
              : nothing
          }
          ${
            ev && ev.documentation.questions + ev.operation.questions
              ? html`<div class="stages">
                  ${[ev.documentation, ev.operation].map(
                    (x) =>
                      html`<div part="stage">
                        <span id=${`stage-${x.stage}`}>${t(`Stage${x.stage}`)}</span
                        >${meter(this, 'meter', `stage-${x.stage}`, x.readiness, t('Of100', { value: this.num(x.readiness) }), this.num(x.readiness), null)}
                      </div>`,
                  )}
                </div>`
              : nothing
          }`,
      )}
      ${this.section(
        'areas',
        html` ${
          full && !this.printing && scores.tags.length && scores.groups.length
            ? html`<fieldset part="group-by">
                <legend>${t('GroupBy')}</legend>
                ${(['groups', 'tags'] as const).map(
                  (g) =>
                    html`<label
                      ><input
                        type="radio"
                        name="group-by"
                        .checked=${by == g}
                        @change=${() => {
                          this.groupBy = g;
                        }}
                      />
                      ${t(g == 'groups' ? 'ByGroup' : 'ByTag')}</label
                    >`,
                )}
              </fieldset>`
            : nothing
        }
        ${areas.length ? bars(this, areas) : html`<p class="muted">${t('NoAreas')}</p>`}
        ${full && areas.length > 2 ? radar(this, areas) : nothing}`,
      )}
      ${this.section('gaps', gaps(this, s.gaps.slice(0, Math.max(0, this.maxGaps ?? (full ? 5 : 3)))))}
      ${xw.length ? this.section('crosswalks', xw) : nothing}
      ${full && r.risks?.length ? this.section('risks', risks(this, summarizeRisks(d, r))) : nothing}
      ${soaDone && soaDone.total ? this.section('soa', soa(this, soaDone)) : nothing}
      <div part="actions">
        <button part="button" class="btn" @click=${this.share}>${t('Share')}</button>
        ${full ? html`<button part="button" class="btn" @click=${this.print}>${t('Print')}</button>` : nothing}
        <span role="status">${status}</span>
        ${link ? html`<label>${t('Link')} <input part="share-link" readonly .value=${link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} /></label>` : nothing}
      </div>
      ${
        this.variant == 'compact'
          ? html`<div part="cta" @click=${this.onCta}>
              <slot name="cta"
                ><button part="cta-button" class="btn primary">${t('Cta')}</button></slot
              >
            </div>`
          : nothing
      }
    </article>`;
  }
}
