/** `aimskit/components/questionnaire.js`: registers `<aims-questionnaire>`. */
import { defineElement } from '../base/aims-element.js';
import { AimsQuestionnaire } from './questionnaire.js';

defineElement('aims-questionnaire', AimsQuestionnaire);
export { AimsQuestionnaire };
export { registerRenderer, type QuestionRenderer, type RenderContext } from './renderers.js';

declare global {
  interface HTMLElementTagNameMap {
    'aims-questionnaire': AimsQuestionnaire;
  }
}
