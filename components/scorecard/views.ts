/**
 * Render helpers of `<aims-scorecard>`: meters and bars and the top gaps (the areas' bars and radar
 * are in ./areas-view.ts). They format what the core computed; they compute no figure of their
 * own.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Question, Text } from '../../src/model/index.js';
import type { Gap } from '../../src/scoring/index.js';
import { isUnknownAnswer } from '../../src/scoring/answers.js';
import type { SessionSnapshot } from '../../src/session/types.js';
import type { MessageKey, MessageVars, PluralKeys } from '../base/i18n.js';
import { barLength } from './charts.js';

/** What the views need from the element. */
export interface View {
  readonly snap: SessionSnapshot;
  /** A UI string, placeholders filled. */
  msg(key: MessageKey, vars?: MessageVars): string;
  /** The string of a count, in the singular or plural the locale's rule picks. */
  msgCount(keys: PluralKeys, count: number, vars?: MessageVars): string;
  text(text: Text | undefined): string;
  /** A figure with one decimal, in the UI locale (null as 0). */
  num(value: number | null): string;
  /** A fraction 0..1 as a percentage, in the UI locale. */
  pct(share: number): string;
  /** A requirement as "id title" (the id alone when the definition does not know it). */
  req(id: string): string;
  navigate(question: string): void;
}

/** A figure shown as a meter: what it measures and how it reads. */
export interface MeterFigure {
  /** The part name of the meter. */
  readonly part: string;
  /** The id of the element that names the meter. */
  readonly labelledBy: string;
  /** The figure 0..100, or null when nothing is scored yet. */
  readonly value: number | null;
  /** What assistive technology reads (`aria-valuetext`). */
  readonly text: string;
  /** What the meter shows. */
  readonly body: unknown;
  /** With a target (or `null` for none), the body follows a bar. */
  readonly target?: number | null;
}

/** The bar of a meter, with the target's mark. */
const renderBar = (value: number, target: number | null) =>
  html`<svg viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
    <rect class="fill" width=${barLength(value)} height="8"></rect>
    ${
      target === null
        ? nothing
        : svg`<line class="mark" x1=${barLength(target)} x2=${barLength(target)} y2="8"></line>`
    }
  </svg>`;

/**
 * A `role="meter"` of a 0..100 figure, named by the element `labelledBy`, read out as `text`;
 * "Not scored yet" when there is no figure.
 */
export const meter = (view: View, figure: MeterFigure): TemplateResult => {
  const { value, target } = figure;
  if (value === null) return html`<p class="muted">${view.msg('scorecardNotScored')}</p>`;
  const content =
    target === undefined
      ? figure.body
      : html`${renderBar(value, target)}<span>${figure.body}</span>`;
  return html`<div
    part=${figure.part}
    role="meter"
    aria-labelledby=${figure.labelledBy}
    aria-valuemin="0"
    aria-valuemax="100"
    aria-valuenow=${value}
    aria-valuetext=${figure.text}
  >
    ${content}
  </div>`;
};

/** What a gap's figures say: now and target, not answered, or "Don't know: find out". */
function gapFigures(view: View, gap: Gap, question: Question | undefined): string {
  const figures = { value: view.pct(gap.value), target: view.pct(gap.target) };
  if (!gap.answered) return view.msg('scorecardGapUnanswered', figures);
  const { definition, response } = view.snap;
  const answer = response.answers[gap.question];
  if (question && isUnknownAnswer(definition, question, answer))
    return view.msg('scorecardGapUnknown', figures);
  return view.msg('scorecardGapText', figures);
}

/** One gap: a link to its question, its figures and its recommendation. */
function renderGap(view: View, gap: Gap) {
  const questions = view.snap.definition.sections.flatMap((section) => section.questions);
  const question = questions.find((candidate) => candidate.id === gap.question);
  const text = gapFigures(view, gap, question);
  const requirement = gap.requirement === null ? '' : `${view.req(gap.requirement)} · `;
  return html`<li part="gap">
    <button class="link" part="gap-link" @click=${() => view.navigate(gap.question)}>
      ${view.text(question?.text) || gap.question}
    </button>
    <p class="muted">${requirement}${text}</p>
    ${
      question?.recommendation
        ? html`<p part="recommendation">${view.text(question.recommendation)}</p>`
        : nothing
    }
  </li>`;
}

/** The biggest gaps, each with a link to its question and its recommendation. */
export function gaps(view: View, list: readonly Gap[]): TemplateResult {
  if (!list.length) return html`<p>${view.msg('scorecardNoGaps')}</p>`;
  return html`<ol>
    ${list.map((gap) => renderGap(view, gap))}
  </ol>`;
}
