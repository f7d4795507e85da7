/**
 * The full ISO/IEC 42001 readiness pack: a scope section, one section per clause 4 … 10 and one per
 * Annex A objective A.2 … A.10. Every clause requirement and every Annex A control has at least one
 * scored question: practices on the 0–5 maturity scale, documents on yes / partly / no. The questions
 * are aimskit's own, not the standard's text.
 */
import type { DefinitionInput } from '../model/definition.js';
import { DEFAULT_BANDS } from '../model/defaults.js';
import { CROSSWALK_NOTICE, frameworks, mappings } from './crosswalks.js';
import { defaultRiskMatrix } from './default-risk-matrix.js';
import { iso42001Documents } from './documents.js';
import { iso42001Groups, iso42001Requirements } from './structure.js';
import { clauseSections } from './iso42001/clauses.js';
import { controlSections } from './iso42001/controls.js';
import { iso42001Scales } from './iso42001/scales.js';
import { scopeSection } from './iso42001/scope.js';
import { iso42001Tags } from './iso42001/tags.js';

export const iso42001 = {
  format: 'aimskit.definition/1',
  id: 'iso42001',
  version: '1.0.0',
  title: { en: 'ISO/IEC 42001 readiness assessment', de: 'Reifegradbewertung nach ISO/IEC 42001' },
  description: {
    en: 'How ready is your AI management system for ISO/IEC 42001? For every clause requirement and Annex A control, rate your practices on a 0–5 maturity scale and say whether the required documents exist (yes, partly or no); see your gaps, your Statement of Applicability and what to do next.',
    de: 'Wie bereit ist Ihr KI-Managementsystem für ISO/IEC 42001? Bewerten Sie zu jeder Anforderung der Abschnitte und jeder Maßnahme aus Anhang A Ihre Praxis auf einer Reifegradskala von 0 bis 5 und geben Sie an, ob die geforderten Dokumente vorliegen (ja, teilweise oder nein); sehen Sie Ihre Lücken, Ihre Erklärung zur Anwendbarkeit und die nächsten Schritte.',
  },
  locale: 'en',
  target: 0.6,
  bands: DEFAULT_BANDS.map((b) => ({ ...b })),
  scales: iso42001Scales,
  groups: iso42001Groups,
  tags: iso42001Tags.map((t) => ({ ...t })),
  requirements: iso42001Requirements,
  sections: [scopeSection, ...clauseSections, ...controlSections],
  frameworks,
  mappings,
  riskMatrix: defaultRiskMatrix,
  documents: iso42001Documents,
  metadata: {
    publisher: 'aimskit',
    standard: 'ISO/IEC 42001:2023',
    note: 'The questions, help texts, level descriptions and recommendations are original aimskit content, not the text of ISO/IEC 42001. Requirement ids and short titles identify the parts of the standard they relate to; a readiness self-assessment does not replace the standard or a certification audit.',
    crosswalks: CROSSWALK_NOTICE,
  },
} satisfies DefinitionInput;
