/**
 * The documented information register of the full ISO/IEC 42001 pack: the documents and records a
 * certification body asks for at Stage 1. First those the clauses require, then the documented
 * items of Annex A controls (chosen from the controls whose questions look at documentation). Ids
 * and short titles identify the parts of the standard; every description is aimskit's own words.
 * Statuses are derived by `documentRegister` (src/scoring/documents.ts, docs/documents.md).
 */
import type { DocumentItem } from '../model/definition.js';

/** The documents the clauses of ISO/IEC 42001 ask an organisation to keep. */
const clauseDocuments: DocumentItem[] = [
  {
    id: 'doc-scope',
    title: {
      en: 'Scope of the AI management system',
      de: 'Geltungsbereich des KI-Managementsystems',
    },
    description:
      'A statement of the units, locations, AI systems and activities the management system covers, and where its boundaries lie.',
    requirements: ['4.3'],
  },
  {
    id: 'doc-ai-policy',
    title: { en: 'AI policy', de: 'KI-Politik' },
    description:
      'The policy top management has approved, with the practical rules staff apply when they develop, provide or use AI.',
    requirements: ['5.2', 'A.2.2'],
  },
  {
    id: 'doc-ai-objectives',
    title: { en: 'AI objectives', de: 'KI-Ziele' },
    description:
      'Measurable objectives for the management system, with who acts, by when, with what, and how results are judged.',
    requirements: ['6.2'],
  },
  {
    id: 'doc-risk-assessment',
    title: {
      en: 'AI risk assessment: process and results',
      de: 'KI-Risikobeurteilung: Verfahren und Ergebnisse',
    },
    description:
      'How AI risks are identified, analysed and evaluated against criteria set in advance, and the results of each assessment carried out.',
    requirements: ['6.1.2', '8.2'],
  },
  {
    id: 'doc-risk-treatment',
    title: {
      en: 'AI risk treatment: process, plan and results',
      de: 'KI-Risikobehandlung: Verfahren, Plan und Ergebnisse',
    },
    description:
      'How treatment options and controls are chosen, the treatment plan with owners and dates, and what the treatment achieved.',
    requirements: ['6.1.3', '8.3'],
    questions: ['c6-1-3-risk-treatment', 'c8-3-risk-treatment'],
  },
  {
    id: 'doc-soa',
    title: { en: 'Statement of Applicability', de: 'Erklärung zur Anwendbarkeit' },
    description:
      'Every Annex A control with whether it applies, why or why not, and whether it is implemented.',
    requirements: ['6.1.3'],
    questions: ['c6-1-3-soa'],
  },
  {
    id: 'doc-impact-assessment',
    title: {
      en: 'AI system impact assessment: process and results',
      de: 'Folgenabschätzung für KI-Systeme: Verfahren und Ergebnisse',
    },
    description:
      'How the consequences of AI systems for individuals, groups and society are assessed, and the results of each assessment.',
    requirements: ['6.1.4', '8.4'],
  },
  {
    id: 'doc-competence',
    title: { en: 'Evidence of competence', de: 'Nachweise der Kompetenz' },
    description:
      'Records showing that the people whose work affects the AI systems have the education, training or experience their role needs.',
    requirements: ['7.2'],
  },
  {
    id: 'doc-operational-control',
    title: {
      en: 'Operational planning and control records',
      de: 'Aufzeichnungen zur betrieblichen Planung und Steuerung',
    },
    description:
      'Records that the processes for AI systems ran as planned, including changes and outsourced parts.',
    requirements: ['8.1'],
  },
  {
    id: 'doc-monitoring-results',
    title: {
      en: 'Monitoring and measurement results',
      de: 'Ergebnisse von Überwachung und Messung',
    },
    description:
      'What is monitored and measured, how and when, and the results that were evaluated.',
    requirements: ['9.1'],
  },
  {
    id: 'doc-audit-programme',
    title: {
      en: 'Internal audit programme and results',
      de: 'Programm und Ergebnisse interner Audits',
    },
    description:
      'The planned audits with their criteria, scope and auditors, and the reports of the audits held.',
    requirements: ['9.2.1', '9.2.2'],
  },
  {
    id: 'doc-management-review',
    title: { en: 'Management review results', de: 'Ergebnisse der Managementbewertung' },
    description:
      'The decisions of each management review on improvement and on changes to the management system.',
    requirements: ['9.3.3'],
  },
  {
    id: 'doc-corrective-action',
    title: {
      en: 'Nonconformities and corrective actions',
      de: 'Nichtkonformitäten und Korrekturmaßnahmen',
    },
    description:
      'Each nonconformity found, what was done about it and its cause, and whether the action worked.',
    requirements: ['10.2'],
  },
];

/** The documented items of the Annex A controls (counted only where the control applies). */
const controlDocuments: DocumentItem[] = [
  {
    id: 'doc-ai-roles',
    title: { en: 'AI roles and responsibilities', de: 'KI-Rollen und -Verantwortlichkeiten' },
    description: 'Who is responsible for what across the life cycle of the AI systems.',
    requirements: ['A.3.2'],
  },
  {
    id: 'doc-resources',
    title: { en: 'Resource documentation', de: 'Dokumentation der Ressourcen' },
    description:
      'An inventory of what each AI system relies on: data, tools, computing and the people with the skills it needs.',
    requirements: ['A.4.2', 'A.4.3', 'A.4.4', 'A.4.5', 'A.4.6'],
  },
  {
    id: 'doc-impact-records',
    title: {
      en: 'Records of AI system impact assessments',
      de: 'Aufzeichnungen der Folgenabschätzungen',
    },
    description:
      'The assessments kept for each AI system, with the date, who took part, the findings and how long they are retained.',
    requirements: ['A.5.3'],
  },
  {
    id: 'doc-development-objectives',
    title: {
      en: 'Objectives for responsible development',
      de: 'Ziele für die verantwortungsvolle Entwicklung',
    },
    description:
      'The objectives that guide how AI systems are designed and built, and how they are met.',
    requirements: ['A.6.1.2'],
  },
  {
    id: 'doc-development-process',
    title: {
      en: 'Design and development process',
      de: 'Verfahren für Entwurf und Entwicklung',
    },
    description:
      'The defined stages, reviews and approvals AI systems pass through while they are designed and built.',
    requirements: ['A.6.1.3'],
  },
  {
    id: 'doc-system-requirements',
    title: { en: 'AI system requirements', de: 'Anforderungen an KI-Systeme' },
    description:
      'What each new AI system, or change to one, must do and must not do, set down before it is built or bought.',
    requirements: ['A.6.2.2'],
  },
  {
    id: 'doc-design-records',
    title: {
      en: 'Design and development records',
      de: 'Aufzeichnungen zu Entwurf und Entwicklung',
    },
    description:
      'The choices made while designing and building each AI system, with their reasons.',
    requirements: ['A.6.2.3'],
  },
  {
    id: 'doc-technical-documentation',
    title: { en: 'Technical documentation', de: 'Technische Dokumentation' },
    description:
      'What users, operators and authorities need to know about each AI system: purpose, limits, performance and how to run it.',
    requirements: ['A.6.2.7'],
  },
  {
    id: 'doc-event-logs',
    title: { en: 'Event logs', de: 'Ereignisprotokolle' },
    description:
      'The logs an AI system keeps while it runs, what they record and how long they are kept.',
    requirements: ['A.6.2.8'],
  },
  {
    id: 'doc-data-records',
    title: { en: 'Data management records', de: 'Aufzeichnungen zum Datenmanagement' },
    description:
      'How data for AI systems is managed, where it was obtained and how it was prepared for use.',
    requirements: ['A.7.2', 'A.7.3', 'A.7.6'],
  },
  {
    id: 'doc-user-information',
    title: { en: 'Information for users', de: 'Informationen für Nutzende' },
    description:
      'What the users of each AI system are told about it: what it does, its limits and how to use it well.',
    requirements: ['A.8.2'],
  },
  {
    id: 'doc-interested-party-information',
    title: {
      en: 'Information for interested parties',
      de: 'Informationen für interessierte Parteien',
    },
    description:
      'What is shared about the AI systems with the parties who have a stake in them, and how.',
    requirements: ['A.8.5'],
  },
  {
    id: 'doc-use-objectives',
    title: {
      en: 'Objectives for responsible use',
      de: 'Ziele für die verantwortungsvolle Nutzung',
    },
    description: 'The objectives that guide how AI systems are used, and how they are checked.',
    requirements: ['A.9.3'],
  },
  {
    id: 'doc-third-party-responsibilities',
    title: {
      en: 'Responsibilities shared with third parties',
      de: 'Mit Dritten geteilte Verantwortlichkeiten',
    },
    description:
      'How responsibilities for AI systems are split with suppliers, partners and customers, as agreed in writing.',
    requirements: ['A.10.2'],
  },
];

/** The full pack's register, in the order an auditor reads it: clauses, then Annex A. */
export const iso42001Documents: DocumentItem[] = [...clauseDocuments, ...controlDocuments];
