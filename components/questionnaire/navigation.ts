/**
 * Moving through a questionnaire: to another section, to a question, to the first problem when
 * Next, Finish or `validate()` finds one. A module of its own, loaded when the user (or the host)
 * first moves: a page shows its first section without it.
 */
import type { AimsQuestionnaire } from './questionnaire.js';
import { AimsSectionChangeEvent, AimsSubmitRequestEvent } from '../base/events.js';
import { firstProblem, sectionIndexOf } from './sections.js';
import { problemsOf, type Problem } from './validation.js';

/** Focuses (and scrolls to) the element matched by `selector` once the element has rendered. */
async function focusOn(host: AimsQuestionnaire, selector: string) {
  await host.updateComplete;
  const node = host.renderRoot.querySelector<HTMLElement>(selector);
  node?.focus();
  node?.scrollIntoView?.({ block: 'nearest' });
  return !!node;
}

/**
 * Shows a section (clamped to the first and last); with `focus`, then focuses its heading; with
 * `upTo`, renders up to that question now.
 */
export function go(host: AimsQuestionnaire, index: number, focus?: boolean, upTo?: string) {
  const sections = host.snap.definition.sections;
  const target = Math.max(0, Math.min(sections.length - 1, index));
  const section = sections[target]!;
  host.showErrors = false;
  host.opened.delete('toc');
  if (target !== host.sectionIndex) {
    host.dispatchEvent(new AimsSectionChangeEvent({ section: section.id, index: target }));
  }
  host.section = section.id;
  host.steps.startFor(section.id);
  // the question's place among all the section's questions bounds its place among the visible ones
  if (upTo) {
    const place = section.questions.findIndex((question) => question.id === upTo);
    host.steps.showAtLeast(place + 1);
  }
  host.requestUpdate();
  return focus ? focusOn(host, 'h2') : Promise.resolve(false);
}

/**
 * Shows the errors and focuses the first invalid control when `problem` is set; true when it is
 * not.
 */
async function stopAt(host: AimsQuestionnaire, problem: Problem | undefined): Promise<boolean> {
  if (problem) {
    void go(host, sectionIndexOf(host.snap, problem.question), false, problem.question);
    host.showErrors = true;
    await focusOn(host, '[aria-invalid="true"]');
  }
  return !problem;
}

/** `goTo()`: shows the section holding a visible question and focuses that question. */
export async function goTo(host: AimsQuestionnaire, questionId: string): Promise<boolean> {
  if (!host.shown?.state.visible.has(questionId)) return false;
  void go(host, sectionIndexOf(host.snap, questionId), false, questionId);
  return focusOn(host, `[data-question="${CSS.escape(questionId)}"] :is(input, textarea, button)`);
}

/** `validate()`: stops at the first problem of the whole questionnaire. */
export const validate = async (host: AimsQuestionnaire): Promise<boolean> =>
  !!host.shown?.state && stopAt(host, firstProblem(host.snap));

/** `next()`: checks the current section, then moves to the next. */
export async function next(host: AimsQuestionnaire): Promise<boolean> {
  const section = host.snap.definition.sections[host.sectionIndex]!;
  const passed = await stopAt(host, problemsOf(host.snap, section.questions)[0]);
  if (passed) await go(host, host.sectionIndex + 1, true);
  return passed;
}

/** `finish()`: validates everything, then submits the form or asks `<aims-assessment>` to. */
export async function finish(host: AimsQuestionnaire): Promise<void> {
  if (!(await validate(host))) return;
  if (host.internals.form) host.internals.form.requestSubmit();
  else host.dispatchEvent(new AimsSubmitRequestEvent());
}
