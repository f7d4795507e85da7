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
  text(text: Question['text'] | undefined): string;
  /** Sets (or with `null` clears) the answer. */
  set(value: AnswerValue | null): void;
}

export type QuestionRenderer = (context: RenderContext) => TemplateResult;

const inputOf = (event: Event) => event.target as HTMLInputElement;

/** Radio buttons (one choice) or checkboxes (several). */
const options =
  (multi?: boolean): QuestionRenderer =>
  (context) => {
    const checked = new Set([context.value].flat());
    const pick = (id: string, isChecked: boolean) => {
      if (!multi) return context.set(id);
      if (isChecked) checked.add(id);
      else checked.delete(id);
      const chosen = context.options
        .map((option) => option.id)
        .filter((optionId) => checked.has(optionId));
      context.set(chosen.length ? chosen : null);
    };
    const renderOption = (option: Option) =>
      html`<label class="opt" part="option"
        ><input
          type=${multi ? 'checkbox' : 'radio'}
          name=${context.question.id}
          .value=${option.id}
          .checked=${live(checked.has(option.id))}
          ?disabled=${context.readonly}
          aria-invalid=${context.invalid || nothing}
          aria-describedby=${context.describedBy || nothing}
          @change=${(event: Event) => pick(option.id, inputOf(event).checked)}
        /><span>${context.text(option.label)}</span></label
      >`;
    return html`<div class="opts" part="options">${context.options.map(renderOption)}</div>`;
  };

/** A text area, or an input of the given type. */
const field =
  (type?: string): QuestionRenderer =>
  (context) => {
    const { question } = context;
    const value =
      context.value === undefined || Array.isArray(context.value) ? '' : `${context.value}`;
    const placeholder =
      question.placeholder === undefined ? nothing : context.text(question.placeholder);
    const onInput = (event: Event) => {
      const input = inputOf(event);
      const number = input.valueAsNumber;
      if (type === 'number') context.set(Number.isNaN(number) ? null : number);
      else context.set(input.value || null);
    };
    return type
      ? html`<input
          part="input"
          type=${type}
          .value=${live(value)}
          ?readonly=${context.readonly}
          placeholder=${placeholder}
          aria-labelledby=${context.labelledBy}
          min=${question.min ?? nothing}
          max=${question.max ?? nothing}
          step=${type === 'number' ? 'any' : nothing}
          aria-invalid=${context.invalid || nothing}
          aria-describedby=${context.describedBy || nothing}
          @input=${onInput}
        />`
      : html`<textarea
          part="input"
          rows="3"
          .value=${live(value)}
          ?readonly=${context.readonly}
          placeholder=${placeholder}
          aria-labelledby=${context.labelledBy}
          aria-invalid=${context.invalid || nothing}
          aria-describedby=${context.describedBy || nothing}
          @input=${onInput}
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
