export * from './types.js';
export { score, round1, rawReadiness, maturityOf, bandOf } from './score.js';
export { questionTypes, type QuestionTypeScoring, type AnswerWorth } from './question-types.js';
export {
  DEFAULT_RISK_MATRIX,
  riskMatrixOf,
  riskScaleOf,
  riskLevel,
  assessRisk,
  riskCell,
  residualAccepted,
  summarizeRisks,
  type RiskSummary,
} from './risk.js';
export {
  soaCompleteness,
  applicabilityWord,
  exclusionNeedsJustification,
  EXCLUSION_NEEDS_JUSTIFICATION,
  type SoaProposal,
  type SoaExclusion,
  type SoaEntry,
  type SoaSource,
  type SoaCompleteness,
} from './soa.js';
export { deriveSoa, OUT_OF_SCOPE_FALLBACK } from './soa-entries.js';
export { givesVerdict, GATE_IDS } from './gates.js';
export { maturityLevel, maturityLevelNames } from './maturity-level.js';
export {
  documentRegister,
  documentStatusCounts,
  DOCUMENT_STATUSES,
  type DocumentEntry,
  type DocumentStatus,
} from './documents.js';
export { evidenceReadiness, type EvidenceReadiness, type EvidenceStage } from './evidence.js';
export {
  scoreAreas,
  certificationGaps,
  certificationGates,
  type AreaScore,
  type AreaScores,
  type CertificationGap,
} from './report.js';
export { visibleQuestions, isRequired, shownHints } from './visibility.js';
export {
  isAnswered,
  isUnknownAnswer,
  answerProblems,
  chosenOptions,
  type AnswerProblem,
} from './answers.js';
export { outOfRange, type NumberRange } from '../util/number-range.js';
export {
  ismsReuse,
  ismsInPlace,
  ISMS_QUESTION,
  ISMS_IN_PLACE,
  type IsmsState,
  type IsmsReuse,
  type IsmsReuseGroup,
  type IsmsReuseClause,
} from './isms-reuse.js';
export {
  actionPlan,
  actionProposals,
  actionPriority,
  PROPOSAL_KINDS,
  PLAN_STATES,
  isOpenEntry,
  type ActionPlan,
  type ActionPlanOptions,
  type ActionPlanProgress,
  type ActionProposal,
  type PlanEntry,
  type PlanState,
  type ProposalKind,
  type ProposalReason,
} from './action-plan.js';
export {
  checkPortfolio,
  portfolioToday,
  requestStatus,
  isOverdue,
  signatureStatus,
  compareRounds,
  portfolioObjectives,
  objectiveFigure,
  filterPortfolio,
  sortPortfolio,
  portfolioToCsv,
  type PortfolioSupplier,
  type PortfolioRound,
  type PortfolioObjective,
  type PortfolioSystem,
  type PortfolioFilter,
  type PortfolioSort,
  type PortfolioSortKey,
  type RequestStatus,
  type SignatureStatus,
  type RoundComparison,
  type FigureChange,
} from './portfolio.js';
