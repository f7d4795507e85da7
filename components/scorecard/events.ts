/** The events of `<aims-scorecard>`. */
import { AimsEvent } from '../base/events.js';

/**
 * `aims-cta`: the user chose the call to action (the quick scan's "next step"); carries the result
 * summary.
 */
export class AimsCtaEvent extends AimsEvent<{
  readiness: number | null;
  band: string | null;
  completion: number;
}> {
  constructor(detail: AimsCtaEvent['detail']) {
    super('aims-cta', detail);
  }
}
/**
 * `aims-navigate` (cancelable): the user asked to see a question (a gap's link). Unless prevented,
 * the scorecard calls `goTo(question)` on the `<aims-questionnaire>` of its `<aims-assessment>`.
 */
export class AimsNavigateEvent extends AimsEvent<{ question: string }> {
  constructor(detail: AimsNavigateEvent['detail']) {
    super('aims-navigate', detail, true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aims-cta': AimsCtaEvent;
    'aims-navigate': AimsNavigateEvent;
  }
}
