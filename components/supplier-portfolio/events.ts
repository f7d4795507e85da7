/** The events of `<aims-supplier-portfolio>`. */
import type { AimsIssue } from '../../src/model/issues.js';
import { AimsEvent } from '../base/events.js';

/**
 * `aims-supplier-select`: the user chose a supplier (to open its responses): the request's id, the
 * supplier's name and the latest response's id (null before it answered, or when the feed has
 * none).
 */
export class AimsSupplierSelectEvent extends AimsEvent<{
  request: string;
  supplier: string;
  response: string | null;
}> {
  constructor(detail: AimsSupplierSelectEvent['detail']) {
    super('aims-supplier-select', detail);
  }
}

/**
 * `aims-portfolio-error`: the feed from `src` could not be loaded or was refused; every problem by
 * path.
 */
export class AimsPortfolioErrorEvent extends AimsEvent<{ issues: readonly AimsIssue[] }> {
  constructor(detail: AimsPortfolioErrorEvent['detail']) {
    super('aims-portfolio-error', detail);
  }
}

/**
 * `aims-portfolio-export` (cancelable): the CSV is about to download; `preventDefault()` to handle
 * `content` yourself.
 */
export class AimsPortfolioExportEvent extends AimsEvent<{
  filename: string;
  type: string;
  content: string;
}> {
  constructor(detail: AimsPortfolioExportEvent['detail']) {
    super('aims-portfolio-export', detail, true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aims-supplier-select': AimsSupplierSelectEvent;
    'aims-portfolio-error': AimsPortfolioErrorEvent;
    'aims-portfolio-export': AimsPortfolioExportEvent;
  }
}
