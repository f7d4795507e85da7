/**
 * One renderer per question type, looked up in a registry (no `switch` on the type).
 * A renderer draws only the answer controls; the question frame (legend, help, errors) is shared.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AnswerValue, Option, Question, QuestionType } from '../../src/model/index.js';

export interface RenderContext {
  readonly question: Question;
  /** The options of a scale/choice/multi question (its scale's for `scale`). */
  readonly options: readonly Option[];
  readonly value: AnswerValue | undefined;
  readonly readonly: boolean;
  readonly invalid: boolean;
  /** Ids of the help and error texts, for `aria-describedby`. */
  readonly describedBy: string;
  /** Id of the question's text, for `aria-labelledby` on single controls. */
  readonly labelledBy: string;
  /** A definition text in the current locale. */
  text(t: Question['text'] | undefined): string;
  /** Sets (or with `null` clears) the answer. */
  set(value: AnswerValue | null): void;
}

export type QuestionRenderer = (c: RenderContext) => TemplateResult;

const target = (e: Event) => e.target as HTMLInputElement;

/** Radio buttons (one choice) or checkboxes (several). */
const options =
  (multi?: boolean): QuestionRenderer =>
  (c) => {
    const on = new Set([c.value].flat());
    const pick = (id: string, checked: boolean) => {
      if (!multi) return c.set(id);
      if (checked) on.add(id);
      else on.delete(id);
      const v = c.options.map((o) => o.id).filter((x) => on.has(x));
      c.set(v.length ? v : null);
    };
    return html`<div class="opts" part="options">
      ${c.options.map((o) => html`<label class="opt" part="option"><input type=${multi ? 'checkbox' : 'radio'} name=${c.question.id} .value=${o.id} .checked=${live(on.has(o.id))} ?disabled=${c.readonly} aria-invalid=${c.invalid || nothing} aria-describedby=${c.describedBy || nothing} @change=${(e: Event) => pick(o.id, target(e).checked)} /><span>${c.text(o.label)}</span></label>`)}
    </div>`;
  };

/** A text area, or an input of the given type. */
const field =
  (type?: string): QuestionRenderer =>
  (c) => {
    const q = c.question;
    const v = c.value === undefined || Array.isArray(c.value) ? '' : `${c.value}`;
    const ph = q.placeholder === undefined ? nothing : c.text(q.placeholder);
    const set = (e: Event) => {
      const t = target(e),
        n = t.valueAsNumber;
      c.set(type === 'number' ? (Number.isNaN(n) ? null : n) : t.value || null);
    };
    return type
      ? html`<input
          part="input"
          type=${type}
          .value=${live(v)}
          ?readonly=${c.readonly}
          placeholder=${ph}
          aria-labelledby=${c.labelledBy}
          min=${q.min ?? nothing}
          max=${q.max ?? nothing}
          step=${type === 'number' ? 'any' : nothing}
          aria-invalid=${c.invalid || nothing}
          aria-describedby=${c.describedBy || nothing}
          @input=${set}
        />`
      : html`<textarea
          part="input"
          rows="3"
          .value=${live(v)}
          ?readonly=${c.readonly}
          placeholder=${ph}
          aria-labelledby=${c.labelledBy}
          aria-invalid=${c.invalid || nothing}
          aria-describedby=${c.describedBy || nothing}
          @input=${set}
        ></textarea>`;
  };

/** The registry: a host may replace or add a renderer with `registerRenderer`. */
const registry = new Map<QuestionType, QuestionRenderer>([
  ['scale', options()],
  ['choice', options()],
  ['multi', options(true)],
  ['text', field()],
  ['number', field('number')],
  ['date', field('date')],
]);

export const registerRenderer = (type: QuestionType, renderer: QuestionRenderer): void =>
  void registry.set(type, renderer);
export const rendererFor = (type: QuestionType): QuestionRenderer | undefined => registry.get(type);
