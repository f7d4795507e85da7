/** `aimskit/components/assessment.js`: registers `<aims-assessment>`. */
import { defineElement } from '../base/aims-element.js';
import { AimsAssessment } from './assessment.js';

defineElement('aims-assessment', AimsAssessment);
export { AimsAssessment };

declare global {
  interface HTMLElementTagNameMap {
    'aims-assessment': AimsAssessment;
  }
}
