/** The events of `<aims-scorecard>`. */
import { AimsEvent } from '../base/events.js';

/** `aims-cta`: the user chose the call to action (the quick scan's "next step"); carries the result summary. */
export class AimsCtaEvent extends AimsEvent<{
  readiness: number | null;
  band: string | null;
  completion: number;
}> {
  constructor(d: AimsCtaEvent['detail']) {
    super('aims-cta', d);
  }
}
/**
 * `aims-navigate` (cancelable): the user asked to see a question (a gap's link). Unless prevented, the
 * scorecard calls `goTo(question)` on the `<aims-questionnaire>` of its `<aims-assessment>`.
 */
export class AimsNavigateEvent extends AimsEvent<{ question: string }> {
  constructor(d: AimsNavigateEvent['detail']) {
    super('aims-navigate', d, true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aims-cta': AimsCtaEvent;
    'aims-navigate': AimsNavigateEvent;
  }
}
