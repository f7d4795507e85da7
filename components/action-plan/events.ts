/** The events of `<aims-action-plan>`. */
import type { RecordedAction } from '../../src/model/action.js';
import { AimsEvent } from '../base/events.js';

/** What happened to a recorded action. */
export type ActionChange = 'add' | 'update' | 'remove';

/**
 * `aims-action-change`: an action was recorded (a proposal accepted, or one written by hand),
 * edited or removed (`remove` is cancelable: `preventDefault()` keeps the action).
 */
export class AimsActionChangeEvent extends AimsEvent<{
  change: ActionChange;
  id: string;
  action: RecordedAction;
}> {
  constructor(detail: AimsActionChangeEvent['detail']) {
    super('aims-action-change', detail, detail.change === 'remove');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aims-action-change': AimsActionChangeEvent;
  }
}
