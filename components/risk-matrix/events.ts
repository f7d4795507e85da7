/**
 * The events of `<aims-risk-matrix>` (declared here, beside the element, to keep shared files
 * small).
 */
import type { Risk } from '../../src/model/index.js';
import { AimsEvent } from '../base/events.js';

/**
 * `aims-risk-change`: the user added, edited or removed a risk. `add` and `update` fire after the
 * session accepted the change; `remove` fires before it and is cancelable (`preventDefault()` keeps
 * the risk).
 */
export class AimsRiskChangeEvent extends AimsEvent<{
  action: 'add' | 'update' | 'remove';
  id: string;
  risk: Risk;
}> {
  constructor(detail: AimsRiskChangeEvent['detail']) {
    super('aims-risk-change', detail, detail.action === 'remove');
  }
}

/**
 * `aims-cell-select`: the user selected a cell (the register now lists its risks) or cleared the
 * selection (`likelihood`, `impact` and `level` null). `count` is how many risks the register now
 * lists.
 */
export class AimsCellSelectEvent extends AimsEvent<{
  likelihood: string | null;
  impact: string | null;
  level: string | null;
  view: 'inherent' | 'residual';
  count: number;
}> {
  constructor(detail: AimsCellSelectEvent['detail']) {
    super('aims-cell-select', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aims-risk-change': AimsRiskChangeEvent;
    'aims-cell-select': AimsCellSelectEvent;
  }
}
