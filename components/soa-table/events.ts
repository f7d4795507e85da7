/** The events of `<aims-soa-table>`. */
import type { SoaDecision } from '../../src/model/index.js';
import { AimsEvent } from '../base/events.js';

/** An SoA decision as events carry it: plain data, without the `updatedAt` stamp. */
export type SoaDecisionDetail = Omit<SoaDecision, 'updatedAt'>;

/**
 * `aims-soa-change`: the user changed a control's decision; `decision: null` means it was removed
 * (derivation applies).
 */
export class AimsSoaChangeEvent extends AimsEvent<{
  control: string;
  decision: SoaDecisionDetail | null;
}> {
  constructor(detail: AimsSoaChangeEvent['detail']) {
    super('aims-soa-change', detail);
  }
}

export type SoaExportFormat = 'csv' | 'json' | 'oscal';

/**
 * `aims-soa-export` (cancelable): an export is about to download; `preventDefault()` to handle
 * `content` yourself.
 */
export class AimsSoaExportEvent extends AimsEvent<{
  format: SoaExportFormat;
  filename: string;
  type: string;
  content: string;
}> {
  constructor(detail: AimsSoaExportEvent['detail']) {
    super('aims-soa-export', detail, true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aims-soa-change': AimsSoaChangeEvent;
    'aims-soa-export': AimsSoaExportEvent;
  }
}
