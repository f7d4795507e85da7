import { base } from './en-base.js';
import { definitionErrorsEn } from '../../assessment/messages.js';
import { notesPanelEn } from '../../questionnaire/messages.js';
import { inventoryEn } from '../../inventory/messages.js';
import { riskEn } from '../../risk-matrix/messages.js';
import { riskFormEn } from '../../risk-matrix/form-messages.js';
import { scorecardEn } from '../../scorecard/messages.js';
import { scorecardAreasEn } from '../../scorecard/areas-messages.js';
import { scorecardActionsEn } from '../../scorecard/actions-messages.js';
import { scorecardFullEn } from '../../scorecard/full-messages.js';
import { scorecardAiActEn } from '../../scorecard/ai-act-messages.js';
import { scorecardIsmsEn } from '../../scorecard/isms-messages.js';
import { scorecardDocumentsEn } from '../../scorecard/documents.messages.js';
import { soaEn } from '../../soa-table/messages.js';
import { actionPlanEn } from '../../action-plan/messages.js';
import { portfolioEn } from '../../supplier-portfolio/messages.js';

/**
 * Every English UI string: the fallback for every other catalog and the key set each catalog must
 * have.
 * At run time the catalog is assembled from its parts (`en-base.ts` and each element's
 * `messages.ts`), so
 * this module is for types, tests and tools; elements do not import it.
 */
export const en = {
  ...base,
  ...definitionErrorsEn,
  ...notesPanelEn,
  ...inventoryEn,
  ...riskEn,
  ...riskFormEn,
  ...scorecardEn,
  ...scorecardAreasEn,
  ...scorecardActionsEn,
  ...scorecardFullEn,
  ...scorecardAiActEn,
  ...scorecardIsmsEn,
  ...scorecardDocumentsEn,
  ...soaEn,
  ...actionPlanEn,
  ...portfolioEn,
};

export type MessageKey = keyof typeof en;
export type Messages = { readonly [K in MessageKey]: string };
