/**
 * Render helpers of `<aims-scorecard>`: meters and bars, the radar, the top gaps, the crosswalks, the
 * risk and SoA summaries. They format what the core computed; they compute no figure of their own.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Text } from '../../src/model/index.js';
import type { AreaScore, Gap, RiskSummary, SoaCompleteness } from '../../src/scoring/index.js';
import type { SessionSnapshot } from '../../src/session/types.js';
import type { MessageKey } from '../base/i18n.js';
import { barLength, radarPoint, radarPolygon } from './charts.js';

type Strip<K> = K extends `scorecard${infer R}` ? R : never;
/** A key of the scorecard's strings without its `scorecard` prefix. */
export type Key = Strip<MessageKey>;

/** What the views need from the element. */
export interface View {
  readonly snap: SessionSnapshot;
  /** The scorecard string `scorecard<key>`, placeholders filled. */
  t(key: Key, vars?: object): string;
  text(t: Text | undefined): string;
  /** A figure with one decimal, in the UI locale (null as 0). */
  num(x: number | null): string;
  /** A fraction 0..1 as a percentage, in the UI locale. */
  pct(x: number): string;
  /** A requirement as "id title" (the id alone when the definition does not know it). */
  req(id: string): string;
  navigate(question: string): void;
}

export interface Area extends AreaScore {
  readonly label: string;
  readonly short: string;
}

/**
 * A `role="meter"` of a 0..100 figure, named by the element `label`, read out as `text`; "Not scored yet"
 * when there is no figure. With `target` (or `null`), the body is a bar and `fig`.
 */
export const meter = (
  v: View,
  part: string,
  label: string,
  x: number | null,
  text: string,
  body: unknown,
  target?: number | null,
): TemplateResult =>
  x === null
    ? html`<p class="muted">${v.t('NotScored')}</p>`
    : html`<div
        part=${part}
        role="meter"
        aria-labelledby=${label}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${x}
        aria-valuetext=${text}
      >
        ${
          target === undefined
            ? body
            : html`<svg viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
                  <rect class="fill" width=${barLength(x)} height="8"></rect>
                  ${target === null ? nothing : svg`<line class="mark" x1=${barLength(target)} x2=${barLength(target)} y2="8"></line>`}</svg
                ><span>${body}</span>`
        }
      </div>`;

/** The per-area bars; each reads maturity and target. */
export const bars = (v: View, areas: readonly Area[]): TemplateResult =>
  html`<ul>
    ${areas.map(
      (a, i) =>
        html`<li part="area">
          <span id=${`area-${i}`}>${a.label}</span> ${meter(
            v,
            'meter',
            `area-${i}`,
            a.readiness,
            v.t(a.targetMaturity === null ? 'Maturity' : 'AreaText', {
              value: v.num(a.maturity),
              target: v.num(a.targetMaturity),
            }),
            `${v.num(a.maturity)}${a.targetMaturity === null ? '' : ` / ${v.num(a.targetMaturity)}`}`,
            a.target,
          )}
        </li>`,
    )}
  </ul>`;

/** A radar of the same figures (an image; the bars are its text equivalent). */
export function radar(v: View, areas: readonly Area[]): TemplateResult {
  const n = areas.length,
    pt = (i: number, r: number) => radarPoint(i, n, 100, r, 130);
  const poly = (cls: string, f: (a: Area) => number | null) =>
    svg`<polygon class=${cls} points=${radarPolygon(areas.map(f), 90, 130)}></polygon>`;
  return html`<figure part="radar">
    <svg viewBox="0 0 260 260" role="img" aria-labelledby="radar-caption">
      <g>
        ${[20, 40, 60, 80, 100].map((x) => poly('ring', () => x))}${areas.map((_, i) => {
          const [x, y] = pt(i, 90);
          return svg`<line x1="130" y1="130" x2=${x} y2=${y}></line>`;
        })}
      </g>
      ${poly('target', (a) => a.target)}${poly('value', (a) => a.readiness)}
      ${areas.map((a, i) => {
        const [x, y] = pt(i, 117);
        return svg`<text x=${x} y=${y} text-anchor=${Math.abs(x - 130) < 1 ? 'middle' : x < 130 ? 'end' : 'start'}>${a.short}</text>`;
      })}
    </svg>
    <figcaption id="radar-caption" class="muted">${v.t('Radar')}</figcaption>
  </figure>`;
}

/** The biggest gaps, each with a link to its question and its recommendation. */
export function gaps(v: View, list: readonly Gap[]): TemplateResult {
  const qs = v.snap.definition.sections.flatMap((s) => s.questions);
  return list.length
    ? html`<ol>
        ${list.map((g) => {
          const q = qs.find((x) => x.id === g.question);
          return html`<li part="gap">
            <button class="link" part="gap-link" @click=${() => v.navigate(g.question)}>
              ${v.text(q?.text) || g.question}
            </button>
            <p class="muted">
              ${g.requirement === null ? '' : `${v.req(g.requirement)} · `}${v.t(g.answered ? 'GapText' : 'GapUnanswered', { value: v.pct(g.value), target: v.pct(g.target) })}
            </p>
            ${q?.recommendation ? html`<p part="recommendation">${v.text(q.recommendation)}</p>` : nothing}
          </li>`;
        })}
      </ol>`
    : html`<p>${v.t('NoGaps')}</p>`;
}

/** A table: a header row of `head`, then one row per entry of `rows`, its first cell a row header. */
const table = (
  v: View,
  part: string,
  caption: unknown,
  head: readonly Key[],
  rows: readonly (readonly unknown[])[],
  label?: string,
) =>
  html`<table part=${part} aria-labelledby=${label ?? nothing}>
    ${caption}
    <thead>
      <tr>
        ${head.map((k) => html`<th scope="col">${v.t(k)}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        ([h, ...cells]) =>
          html`<tr>
            <th scope="row">${h}</th>
            ${cells.map((c) => html`<td>${c}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`;

/** Readiness per crosswalk target, one table per framework, marked when the mapping is an interpretation. */
export const crosswalks = (v: View, only: readonly string[] = []): TemplateResult[] =>
  Object.entries(v.snap.scorecard.crosswalks)
    .filter(([id]) => !only.length || only.includes(id))
    .map(([id, targets]) => {
      const f = v.snap.definition.frameworks?.find((x) => x.id === id);
      return table(
        v,
        'crosswalk',
        html`<caption>
          ${v.text(f?.title) || id}${f?.interpretation ? html`<span class="muted"> ${v.text(f.note) || v.t('Interpretation')}</span>` : nothing}
        </caption>`,
        ['Target', 'Readiness'],
        targets.map((t) => [
          v.text(f?.targets.find((x) => x.id === t.target)?.title) || t.target,
          t.readiness === null ? v.t('NotCovered') : v.num(t.readiness),
        ]),
      );
    });

/** Risks per level (inherent and residual) and how many exceed the appetite. */
export function risks(v: View, s: RiskSummary): TemplateResult {
  const { levels, appetite } = s.matrix,
    label = (id: string) => v.text(levels.find((l) => l.id === id)?.label) || id;
  return html`${table(
      v,
      'risk-table',
      nothing,
      ['Level', 'Inherent', 'Residual'],
      levels.map((l) => [label(l.id), s.levels.inherent[l.id] ?? 0, s.levels.residual[l.id] ?? 0]),
      'risks-title',
    )}
    <p part="appetite">
      ${v.t('AboveAppetite', { count: s.exceedingAppetite, appetite: label(appetite) })}
    </p>`;
}

/** How far the Statement of Applicability is from complete. */
export const soa = (v: View, c: SoaCompleteness): TemplateResult =>
  html`<p>${v.t('SoaText', c)}</p>
    <p><strong>${v.t(c.complete ? 'SoaComplete' : 'SoaIncomplete')}</strong></p>`;
