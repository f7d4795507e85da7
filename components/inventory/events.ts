/**
 * The events of `<aims-inventory>` (declared here, beside the element, to keep shared files small).
 */
import type { AiSystem } from '../../src/model/ai-system.js';
import { AimsEvent } from '../base/events.js';

/**
 * `aims-system-change`: the user added, edited, triaged or removed an AI system. `add`, `update`
 * and `triage` fire after the session accepted the change; `remove` fires before it and is
 * cancelable (`preventDefault()` keeps the system).
 */
export class AimsSystemChangeEvent extends AimsEvent<{
  action: 'add' | 'update' | 'triage' | 'remove';
  id: string;
  system: AiSystem;
}> {
  constructor(detail: AimsSystemChangeEvent['detail']) {
    super('aims-system-change', detail, detail.action === 'remove');
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aims-system-change': AimsSystemChangeEvent;
  }
}
