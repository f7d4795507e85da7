/** `aimskit/components/scorecard.js`: registers `<aims-scorecard>`. */
import { defineElement } from '../base/aims-element.js';
import { AimsScorecard } from './scorecard.js';

defineElement('aims-scorecard', AimsScorecard);
export { AimsScorecard };
export { AimsCtaEvent, AimsNavigateEvent } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'aims-scorecard': AimsScorecard;
  }
}
