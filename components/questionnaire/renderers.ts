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

const aria = (c: RenderContext) => ({ invalid: c.invalid ? 'true' : nothing, desc: c.describedBy || nothing });
const target = (e: Event) => e.target as HTMLInputElement;

const single: QuestionRenderer = (c) => {
  const a = aria(c);
  return html`<div class="opts" part="options">${c.options.map((o) => html`<label class=${c.value === o.id ? 'opt on' : 'opt'} part="option">
    <input type="radio" name=${c.question.id} .value=${o.id} .checked=${live(c.value === o.id)} ?disabled=${c.readonly}
      aria-invalid=${a.invalid} aria-describedby=${a.desc} @change=${() => c.set(o.id)}><span>${c.text(o.label)}</span></label>`)}</div>`;
};

const multi: QuestionRenderer = (c) => {
  const a = aria(c);
  const chosen = new Set(Array.isArray(c.value) ? c.value : []);
  const toggle = (id: string, on: boolean) => {
    if (on) chosen.add(id); else chosen.delete(id);
    const next = c.options.filter((o) => chosen.has(o.id)).map((o) => o.id);
    c.set(next.length ? next : null);
  };
  return html`<div class="opts" part="options">${c.options.map((o) => html`<label class=${chosen.has(o.id) ? 'opt on' : 'opt'} part="option">
    <input type="checkbox" .value=${o.id} .checked=${live(chosen.has(o.id))} ?disabled=${c.readonly}
      aria-invalid=${a.invalid} aria-describedby=${a.desc} @change=${(e: Event) => toggle(o.id, target(e).checked)}><span>${c.text(o.label)}</span></label>`)}</div>`;
};

const field = (type: string) => (c: RenderContext) => {
  const a = aria(c);
  const v = c.value === undefined || Array.isArray(c.value) ? '' : String(c.value);
  const q = c.question;
  const ph = q.placeholder === undefined ? nothing : c.text(q.placeholder);
  if (type === 'textarea') {
    return html`<textarea part="input" rows="3" .value=${live(v)} ?readonly=${c.readonly} placeholder=${ph} aria-labelledby=${c.labelledBy}
      aria-invalid=${a.invalid} aria-describedby=${a.desc} @input=${(e: Event) => c.set(target(e).value || null)}></textarea>`;
  }
  const read = type === 'number'
    ? (e: Event) => { const n = target(e).valueAsNumber; c.set(Number.isNaN(n) ? null : n); }
    : (e: Event) => c.set(target(e).value || null);
  return html`<input part="input" type=${type} .value=${live(v)} ?readonly=${c.readonly} placeholder=${ph} aria-labelledby=${c.labelledBy}
    min=${q.min ?? nothing} max=${q.max ?? nothing} step=${type === 'number' ? 'any' : nothing}
    aria-invalid=${a.invalid} aria-describedby=${a.desc} @input=${read}>`;
};

/** The registry: a host may replace or add a renderer with `registerRenderer`. */
const registry = new Map<QuestionType, QuestionRenderer>([
  ['scale', single],
  ['choice', single],
  ['multi', multi],
  ['text', field('textarea')],
  ['number', field('number')],
  ['date', field('date')],
]);

export function registerRenderer(type: QuestionType, renderer: QuestionRenderer): void {
  registry.set(type, renderer);
}
export const rendererFor = (type: QuestionType): QuestionRenderer | undefined => registry.get(type);
