/** `aimskit/components/action-plan.js`: registers `<aims-action-plan>`. */
import { defineElement } from '../base/aims-element.js';
import { AimsActionPlan } from './action-plan.js';

defineElement('aims-action-plan', AimsActionPlan);
export { AimsActionPlan };
export * from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'aims-action-plan': AimsActionPlan;
  }
}
