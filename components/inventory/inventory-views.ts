/**
 * Render helpers of `<aims-inventory>`: a system's reasons and duties, and one triage question.
 * They format what the core computed (`classifyAiSystem`, `triageQuestions`); they decide nothing.
 */
import { html } from 'lit';
import type { AiSystem } from '../../src/model/ai-system.js';
import type { AiSystemClassification, TriageQuestion } from '../../src/scoring/ai-act.js';
import { DUTY_COUNT_KEYS, ROLE_KEYS, type InventoryHost } from './inventory-common.js';

/** The reasons and duties of a system, in a disclosure named by the duty count. */
export function renderDetails(host: InventoryHost, result: AiSystemClassification) {
  const count = host.msgCount(DUTY_COUNT_KEYS, result.duties.length);
  const reason = (entry: AiSystemClassification['reasons'][number]) =>
    html`<li><b>${entry.citation}</b>: <span lang="en">${entry.text}</span></li>`;
  const duty = (entry: AiSystemClassification['duties'][number]) => {
    const pending = entry.pendingDate
      ? html`;
        ${host.msg('inventoryPending', {
          amendment: entry.pendingDate.amendment,
          status: entry.pendingDate.status,
          date: entry.pendingDate.date,
        })}`
      : '';
    const iso = entry.iso42001.length
      ? html`<br /><small>${host.msg('inventoryIso', { ids: entry.iso42001.join(', ') })}</small>`
      : '';
    return html`<li>
      <b>${entry.citation}</b> (${host.msg(ROLE_KEYS[entry.role])}):
      <span lang="en">${entry.summary}</span>
      <small>${host.msg('inventoryFrom', { date: entry.appliesFrom })}${pending}</small>${iso}
    </li>`;
  };
  return html`<details part="details">
    <summary>${count}</summary>
    <p class="h">${host.msg('inventoryReasons')}</p>
    <ul>
      ${result.reasons.map(reason)}
    </ul>
    <p class="h">${host.msg('inventoryDuties')}</p>
    <ul>
      ${result.duties.map(duty)}
    </ul>
  </details>`;
}

/**
 * One triage question as a fieldset of radios (single choice) or checkboxes (multiple choice),
 * Annex III points under their area's heading; `onAnswer` gets each choice or clearing.
 */
export function renderQuestion(
  system: AiSystem,
  question: TriageQuestion,
  onAnswer: (questionId: string, optionId: string, checked: boolean) => void,
) {
  const answer = system.triage?.[question.id];
  const chosen = typeof answer === 'string' ? [answer] : (answer ?? []);
  const type = question.kind === 'single' ? 'radio' : 'checkbox';
  const name = `triage-${question.id}`;
  let group: string | undefined;
  const option = (entry: TriageQuestion['options'][number]) => {
    const heading =
      entry.group && entry.group !== group ? html`<p class="group">${entry.group}</p>` : '';
    group = entry.group;
    const onChange = (event: Event) =>
      onAnswer(question.id, entry.id, (event.target as HTMLInputElement).checked);
    return html`${heading}<label
        ><input
          type=${type}
          name=${name}
          value=${entry.id}
          .checked=${chosen.includes(entry.id)}
          @change=${onChange}
        /><span lang="en"
          >${
            entry.citation && entry.citation !== entry.label ? html`<b>${entry.citation}</b> ` : ''
          }${entry.label}</span
        ></label
      >`;
  };
  const help = question.help ? html`<p class="muted" lang="en">${question.help}</p>` : '';
  return html`<fieldset part="question" data-question=${question.id}>
    <legend lang="en">${question.text}</legend>
    ${help}${question.options.map(option)}
  </fieldset>`;
}
