/** Themes across clauses and controls: a second way to group questions, besides the requirement groups. */
import type { Tag } from '../../model/definition.js';

export const iso42001Tags = [
  {
    id: 'leadership',
    title: 'Leadership and context',
    description:
      "Direction from top management, the organisation's context and the scope of the management system.",
  },
  {
    id: 'policy',
    title: 'Policy',
    description: 'The AI policy and the rules that follow from it.',
  },
  {
    id: 'roles',
    title: 'Organisation and roles',
    description: 'Who is responsible for what, and how concerns are raised.',
  },
  {
    id: 'resources',
    title: 'Resources',
    description:
      'People, budget, data, tools and computing that AI systems and the management system need.',
  },
  {
    id: 'competence',
    title: 'Competence and awareness',
    description: 'Skills, training and awareness of the people involved.',
  },
  {
    id: 'risk',
    title: 'Risk management',
    description: 'Assessing and treating AI risks, and the Statement of Applicability.',
  },
  {
    id: 'impact-assessment',
    title: 'Impact assessment',
    description: 'Consequences of AI systems for individuals, groups and society.',
  },
  {
    id: 'life-cycle',
    title: 'Life cycle',
    description: 'Designing, building, testing, deploying, running and retiring AI systems.',
  },
  {
    id: 'data',
    title: 'Data',
    description:
      'Data used to build, test and run AI systems: its source, quality and preparation.',
  },
  {
    id: 'human-oversight',
    title: 'Human oversight',
    description: 'People who can understand, question, override or stop AI systems.',
  },
  {
    id: 'transparency',
    title: 'Transparency and documentation',
    description:
      'Documented information, technical documentation and information for users and others.',
  },
  {
    id: 'third-parties',
    title: 'Third parties',
    description:
      'Suppliers, partners and customers, and how responsibilities are shared with them.',
  },
  {
    id: 'incidents',
    title: 'Incidents and concerns',
    description: 'Reporting, handling and communicating problems caused by AI systems.',
  },
  {
    id: 'monitoring',
    title: 'Monitoring and measurement',
    description:
      'Indicators, logs and checks that show how AI systems and the management system perform.',
  },
  {
    id: 'improvement',
    title: 'Audit and improvement',
    description: 'Internal audit, management review, corrective action and continual improvement.',
  },
] as const satisfies readonly Tag[];

export type TagId = (typeof iso42001Tags)[number]['id'];
