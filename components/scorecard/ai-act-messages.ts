/**
 * The strings of the scorecard's EU AI Act view (keys `scorecardAiAct…`), added to the catalog by
 * ./ai-act-view.ts when the view loads.
 */
export const scorecardAiActEn = {
  scorecardAiAct: 'EU AI Act',
  scorecardAiActIntro:
    'The AI systems of the inventory by their class under Regulation (EU) 2024/1689, the duties still open for each, and the ISO/IEC 42001 requirements and controls that close them.',
  scorecardAiActClasses: 'AI systems by class',
  scorecardAiActSystems: 'Duties per AI system',
  scorecardAiActSystem: 'AI system',
  scorecardAiActClass: 'Class',
  scorecardAiActOpen: 'Open duties',
  scorecardAiActNoneOpen: 'No duty open.',
  scorecardAiActNoDuties: 'No duty for your roles.',
  scorecardAiActCount: '{count} of {total} duties open',
  scorecardAiActCountOne: '{count} of {total} duty open',
  scorecardAiActReadiness: 'readiness {value} %',
  scorecardAiActNotAssessed: 'not assessed by this questionnaire',
  scorecardAiActCloses: 'Closed by: {ids}',
  scorecardAiActRisks: 'Linked risks: {ids}',
};
