/** `aimskit/components/risk-matrix.js`: registers `<aims-risk-matrix>`. */
import { defineElement } from '../base/aims-element.js';
import { AimsRiskMatrix } from './risk-matrix.js';

defineElement('aims-risk-matrix', AimsRiskMatrix);
export { AimsRiskMatrix };
export { AimsRiskChangeEvent, AimsCellSelectEvent } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'aims-risk-matrix': AimsRiskMatrix;
  }
}
