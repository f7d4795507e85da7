/**
 * `aimskit/core`: model, logic, scoring and io. No DOM, no store; runs in Node 20 and in browsers.
 */
export * from './model/index.js';
export * from './logic/index.js';
export * from './session/index.js';
export * from './scoring/index.js';
export * from './io/index.js';
export {
  classifyAiSystem,
  answerTriage,
  triageQuestions,
  dutyCoverage,
  servingRequirements,
  type AiRiskClass,
  type AiSystemClassification,
  type DutyCoverage,
  type TriageDuty,
  type TriageOption,
  type TriageQuestion,
  type TriageReason,
} from './scoring/ai-act.js';
export {
  scopeFromSystems,
  withScopeFromSystems,
  hasScopeFromSystems,
  SCOPE_FROM_SYSTEMS,
  type ScopeFromSystems,
  type ScopeFromSystemsQuestion,
} from './scoring/ai-act-scope.js';
export { portfolioObjectivesOf, portfolioSystemsOf } from './scoring/portfolio-round.js';
export {
  euAiAct,
  AI_ACT_NOTICE,
  type AiActTable,
  type AiActDuty,
  type AiActDate,
  type AiActAmendment,
  type AiActProvision,
  type AiActRole,
  type AiActTrigger,
  type AnnexIEntry,
  type AnnexIIIArea,
  type AmendmentStatus,
  type AmendmentChange,
} from './content/eu-ai-act.js';
