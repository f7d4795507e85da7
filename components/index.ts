/**
 * `aimskit`: registers every element and re-exports the element classes, the base pieces a host
 * needs (events, context, strings) and the core.
 */
export * from '../src/core.js';
export { AimsAssessment } from './assessment/define.js';
export {
  AimsQuestionnaire,
  registerRenderer,
  type QuestionRenderer,
  type RenderContext,
} from './questionnaire/define.js';
export { AimsInventory, AimsSystemChangeEvent } from './inventory/define.js';
export { AimsRiskMatrix, AimsRiskChangeEvent, AimsCellSelectEvent } from './risk-matrix/define.js';
export { AimsScorecard, AimsCtaEvent, AimsNavigateEvent } from './scorecard/define.js';
export {
  AimsSoaTable,
  AimsSoaChangeEvent,
  AimsSoaExportEvent,
  type SoaDecisionDetail,
  type SoaExportFormat,
} from './soa-table/define.js';
export { AimsActionPlan, AimsActionChangeEvent, type ActionChange } from './action-plan/define.js';
export {
  AimsSupplierPortfolio,
  AimsSupplierSelectEvent,
  AimsPortfolioErrorEvent,
  AimsPortfolioExportEvent,
} from './supplier-portfolio/define.js';
export { AimsElement, defineElement } from './base/aims-element.js';
export { sessionContext } from './base/context.js';
export { AimsSessionElement } from './base/session-element.js';
export * from './base/events.js';
export {
  registerMessages,
  loadMessages,
  messagesFor,
  type Messages,
  type MessageKey,
} from './base/i18n.js';
