/**
 * Render helpers of `<aims-scorecard>`: the per-area bars and radar, the top gaps, the crosswalks, the
 * risk and SoA summaries. They format what the core computed; they compute no figure of their own.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Text } from '../../src/model/schema-kit.js';
import type { AreaScore, Gap, RiskSummary, SoaCompleteness } from '../../src/scoring/index.js';
import type { SessionSnapshot } from '../../src/session/types.js';
import type { MessageKey } from '../base/i18n.js';
import { barLength, radarPoint, radarPolygon } from './charts.js';

/** What the views need from the element. */
export interface View {
  readonly snap: SessionSnapshot;
  msg(key: MessageKey, vars?: Record<string, string | number>): string;
  text(t: Text | undefined): string;
  /** A figure with one decimal, in the UI locale. */
  num(x: number): string;
  /** A fraction 0..1 as a percentage, in the UI locale. */
  pct(x: number): string;
  navigate(question: string): void;
}

export interface Area extends AreaScore { readonly label: string; readonly short: string }

/** A horizontal bar: the value as a filled rect, the target as a line (viewBox 0..100 wide). */
export const bar = (value: number | null, target: number | null = null) => html`<svg viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
  <rect class="track" width="100" height="8"></rect><rect class="fill" width=${barLength(value)} height="8"></rect>
  ${target === null ? nothing : svg`<line class="mark" x1=${barLength(target)} x2=${barLength(target)} y1="0" y2="8"></line>`}</svg>`;

/** The per-area bars: each a `role="meter"` whose `aria-valuetext` reads maturity and target. */
export function bars(v: View, areas: readonly Area[]): TemplateResult {
  return html`<ul class="bars">${areas.map((a, i) => html`<li part="area">
    <span class="name" id=${`area-${i}`}>${a.label}</span>
    ${a.readiness === null || a.maturity === null
      ? html`<span class="muted">${v.msg('scorecardNotScored')}</span>`
      : html`<div part="meter" class="meter" role="meter" aria-labelledby=${`area-${i}`} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${a.readiness}
          aria-valuetext=${v.msg(a.targetMaturity === null ? 'scorecardMaturity' : 'scorecardAreaText', { value: v.num(a.maturity), target: v.num(a.targetMaturity ?? 0) })}>
          ${bar(a.readiness, a.target)}
          <span class="fig">${v.num(a.maturity)}${a.targetMaturity === null ? nothing : html` <span class="muted">/ ${v.num(a.targetMaturity)}</span>`}</span>
        </div>`}
  </li>`)}</ul>`;
}

const SIZE = 260, C = SIZE / 2, R = 90;

/** A radar of the same figures (an image; the bars above are its text equivalent). */
export function radar(v: View, areas: readonly Area[]): TemplateResult {
  const n = areas.length;
  const ring = (x: number) => radarPolygon(areas.map(() => x), R, C);
  return html`<figure part="radar" class="radar">
    <svg viewBox="0 0 ${SIZE} ${SIZE}" role="img" aria-labelledby="radar-caption">
      ${[20, 40, 60, 80, 100].map((x) => svg`<polygon class="ring" points=${ring(x)}></polygon>`)}
      ${areas.map((_, i) => { const [x, y] = radarPoint(i, n, 100, R, C); return svg`<line class="axis" x1=${C} y1=${C} x2=${x} y2=${y}></line>`; })}
      <polygon class="target" points=${radarPolygon(areas.map((a) => a.target), R, C)}></polygon>
      <polygon class="value" points=${radarPolygon(areas.map((a) => a.readiness), R, C)}></polygon>
      ${areas.map((a, i) => {
        const [x, y] = radarPoint(i, n, 117, R, C);
        return svg`<text x=${x} y=${y} text-anchor=${Math.abs(x - C) < 1 ? 'middle' : x < C ? 'end' : 'start'} dominant-baseline="middle">${a.short}</text>`;
      })}
    </svg>
    <figcaption id="radar-caption" class="muted">${v.msg('scorecardRadar')}</figcaption>
  </figure>`;
}

/** The biggest gaps, each with its recommendation and a link to the question. */
export function gaps(v: View, list: readonly Gap[]): TemplateResult {
  const def = v.snap.definition;
  const questions = new Map(def.sections.flatMap((s) => s.questions).map((q) => [q.id, q]));
  const reqs = new Map((def.requirements ?? []).map((r) => [r.id, r]));
  if (!list.length) return html`<p>${v.msg('scorecardNoGaps')}</p>`;
  return html`<ol class="gaps">${list.map((g) => {
    const q = questions.get(g.question);
    const r = g.requirement === null ? undefined : reqs.get(g.requirement);
    return html`<li part="gap">
      <button type="button" class="link" part="gap-link" @click=${() => v.navigate(g.question)}>${v.text(q?.text) || g.question}</button>
      <p class="muted">${r ? `${r.id} ${v.text(r.title)} · ` : ''}${v.msg(g.answered ? 'scorecardGapText' : 'scorecardGapUnanswered', { value: v.pct(g.value), target: v.pct(g.target) })}</p>
      ${q?.recommendation ? html`<p part="recommendation">${v.text(q.recommendation)}</p>` : nothing}
    </li>`;
  })}</ol>`;
}

/** Readiness per crosswalk target, one table per framework, marked when the mapping is an interpretation. */
export function crosswalks(v: View, only: readonly string[] | null): TemplateResult[] {
  const def = v.snap.definition;
  return Object.entries(v.snap.scorecard.crosswalks).filter(([id]) => !only || only.includes(id)).map(([id, targets]) => {
    const f = def.frameworks?.find((x) => x.id === id);
    const title = (t: string) => v.text(f?.targets.find((x) => x.id === t)?.title) || t;
    return html`<table part="crosswalk">
      <caption>${v.text(f?.title) || id}${f?.interpretation ? html`<span class="muted"> ${v.text(f.note) || v.msg('scorecardInterpretation')}</span>` : nothing}</caption>
      <thead><tr><th scope="col">${v.msg('scorecardTarget')}</th><th scope="col">${v.msg('scorecardReadiness')}</th></tr></thead>
      <tbody>${targets.map((t) => html`<tr><th scope="row">${title(t.target)}</th>
        <td>${t.readiness === null ? v.msg('scorecardNotCovered') : v.num(t.readiness)}</td></tr>`)}</tbody>
    </table>`;
  });
}

/** Risks per level (inherent and residual) and how many exceed the appetite. */
export function risks(v: View, s: RiskSummary): TemplateResult {
  const label = (t: Text | undefined, id: string) => v.text(t) || id;
  const appetite = s.matrix.levels.find((l) => l.id === s.matrix.appetite);
  return html`<table part="risk-table" aria-labelledby="risks-title">
    <thead><tr><th scope="col">${v.msg('scorecardLevel')}</th><th scope="col">${v.msg('scorecardInherent')}</th><th scope="col">${v.msg('scorecardResidual')}</th></tr></thead>
    <tbody>${s.matrix.levels.map((l) => html`<tr><th scope="row">${label(l.label, l.id)}</th>
      <td>${s.levels.inherent[l.id] ?? 0}</td><td>${s.levels.residual[l.id] ?? 0}</td></tr>`)}</tbody>
  </table>
  <p part="appetite">${v.msg('scorecardAboveAppetite', { count: s.exceedingAppetite, appetite: label(appetite?.label, s.matrix.appetite) })}</p>`;
}

/** How far the Statement of Applicability is from complete. */
export const soa = (v: View, c: SoaCompleteness): TemplateResult => html`<p>${v.msg('scorecardSoaText', { total: c.total, decided: c.decided, justified: c.justified, implemented: c.implemented })}</p>
  <p><strong>${v.msg(c.complete ? 'scorecardSoaComplete' : 'scorecardSoaIncomplete')}</strong></p>`;
