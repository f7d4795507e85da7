/**
 * What a received round carries into the portfolio beyond its overall figures: the readiness of
 * each requirement group (the heat table's columns) and the AI systems the supplier declared with
 * their EU AI Act class. The intake server computes both once, when it accepts a response, and
 * stores them with it; a buyer's own backend that feeds `<aims-supplier-portfolio>` computes them
 * the same way.
 *
 * Apart from src/scoring/portfolio.ts on purpose: classifying a system needs the reading of the
 * Regulation (src/content/eu-ai-act.ts), which the portfolio element does not load.
 */
import { localize } from '../model/accessors.js';
import type { AssessmentDefinition } from '../model/definition.js';
import type { AssessmentResponse } from '../model/response.js';
import type { AiActTable } from '../content/eu-ai-act.js';
import { classifyAiSystem } from './ai-act.js';
import type { PortfolioObjective, PortfolioSystem } from './portfolio.js';
import type { Scorecard } from './types.js';

/**
 * A round's figure per requirement group, in the scorecard's order: every group counts, the
 * clauses ("4" … "10") as well as the Annex A objectives ("A.2" … "A.10"), so a pack that scores
 * clauses shows them too (the supplier pack has objectives only). The title is the definition's
 * group title in `locale` (default: the definition's, else English), left out when the
 * definition does not name the group.
 */
export function portfolioObjectivesOf(
  definition: AssessmentDefinition,
  scorecard: Scorecard,
  locale: string = definition.locale ?? 'en',
): PortfolioObjective[] {
  const titles = new Map(
    (definition.groups ?? []).map((group) => [group.id, localize(group.title, locale)]),
  );
  return scorecard.groups.map((group) => {
    const title = titles.get(group.id);
    return { id: group.id, ...(title ? { title } : {}), readiness: group.readiness };
  });
}

/**
 * The AI systems a response declares, each with the class `classifyAiSystem` gives it (by `table`,
 * default the shipped reading of Regulation (EU) 2024/1689), in the response's order; empty when
 * it declares none.
 */
export function portfolioSystemsOf(
  response: AssessmentResponse,
  table?: AiActTable,
): PortfolioSystem[] {
  return (response.systems ?? []).map((system) => ({
    name: system.name,
    class: classifyAiSystem(system, table).riskClass,
  }));
}
