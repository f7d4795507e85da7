/**
 * The panel `<aims-assessment>` shows in place of its content when it rejects a definition: every
 * problem with its path. A module of its own, loaded only when a definition is rejected.
 */
import { html, nothing } from 'lit';
import type { AimsIssue } from '../../src/model/index.js';
import type { AimsElement } from '../base/aims-element.js';
import { addEnglish } from '../base/i18n.js';
import { definitionErrorsEn } from './messages.js';

addEnglish(definitionErrorsEn);

function renderIssue({ path, message }: AimsIssue) {
  const place = path ? html`<code>${path}</code>: ` : nothing;
  return html`<li>${place}<span lang="en">${message}</span></li>`;
}

/** The panel listing a rejected definition's problems. */
export function renderDefinitionErrors(host: AimsElement, issues: readonly AimsIssue[]) {
  const intro = { one: 'definitionErrorIntroOne', other: 'definitionErrorIntro' } as const;
  return html`<div part="base error" class="notice error" role="alert">
    <h2>${host.msg('definitionError')}</h2>
    <p>${host.msgCount(intro, issues.length)}</p>
    <ul>
      ${issues.map(renderIssue)}
    </ul>
  </div>`;
}
