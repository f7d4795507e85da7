/**
 * The AI supplier questionnaire: what a procurement team asks a supplier of an AI product or service.
 * A first section identifies the supplier; then 28 questions on a Yes / Partly / No / Not applicable scale,
 * each with room to describe the practice and attach evidence. Because N/A is offered, questions link only to
 * Annex A controls (never to mandatory clauses), and only where the link is close; themes are tags.
 * All wording is our own.
 */
import type { AssessmentDefinition, Question } from '../model/definition.js';
import { iso42001Groups, iso42001Requirements } from './structure.js';
import { CROSSWALK_NOTICE, frameworks, mappingsFor } from './crosswalks.js';

/** A scored supplier question on the Yes / Partly / No / N/A scale. */
const yesNo = (
  id: string,
  requirement: string,
  tags: string,
  text: string,
  help: string,
  recommendation: string,
): Question => ({
  id,
  type: 'scale',
  scale: 'ypn',
  text,
  help,
  recommendation,
  tags: tags.split(' '),
  ...(requirement ? { requirement } : {}),
  commentLabel: 'Describe how you do this',
  attachments: true,
});

/** An unscored text question about the supplier. */
const textQuestion = (id: string, text: string, placeholder: string): Question => ({
  id,
  type: 'text',
  text,
  placeholder,
  required: true,
  comments: false,
  attachments: false,
});

const tags: NonNullable<AssessmentDefinition['tags']> = [
  ['aims-status', 'AI management system and certification'],
  ['ai-policy', 'AI policy'],
  ['roles', 'Roles, accountability and skills'],
  ['risk-assessment', 'Risk assessment'],
  ['impact-assessment', 'Impact assessment'],
  ['data-provenance', 'Data provenance and use of customer data'],
  ['data-quality', 'Data quality'],
  ['verification-validation', 'Testing (verification and validation)'],
  ['change-management', 'Releases and changes'],
  ['monitoring', 'Monitoring in live use'],
  ['event-logs', 'Event logs'],
  ['security', 'Security'],
  ['human-oversight', 'Human oversight'],
  ['user-information', 'Information for users'],
  ['incident-communication', 'Incidents and problem reports'],
  ['supply-chain', "The supplier's own suppliers"],
  ['responsibilities', 'Shared responsibilities with the customer'],
].map(([id, title]) => ({ id: id!, title: title! }));

const sections: AssessmentDefinition['sections'] = [
  {
    id: 'supplier',
    title: 'About the supplier',
    questions: [
      textQuestion('sup-company', 'Company name', 'Legal name of the supplier'),
      textQuestion(
        'sup-product',
        'Product or service assessed',
        'Name and version of the product or service',
      ),
      textQuestion(
        'sup-ai-purpose',
        'What does the AI in this product do?',
        'A few sentences on what the AI does and for whom',
      ),
      textQuestion('sup-contact', 'Contact for this questionnaire', 'Name, role and email address'),
    ],
  },
  {
    id: 'governance',
    title: 'Management system, policy and people',
    questions: [
      yesNo(
        'sup-aims-certified',
        '',
        'aims-status',
        'Is your AI management system certified to ISO/IEC 42001 by an accredited certification body?',
        'Attach the certificate and say which products, sites and activities it covers. Choose "Partly" if the certification audit is booked or under way.',
        "Ask for the supplier's certification plan and dates; until then, rely on the evidence given in the rest of this questionnaire.",
      ),
      yesNo(
        'sup-aims-in-place',
        '',
        'aims-status',
        'Whether certified or not, do you run a documented AI management system (policy, risk process, internal audits, management reviews) that covers this product?',
        'Describe what is in place and since when. Internal audit reports or management review minutes are good evidence.',
        'Ask the supplier for a dated plan to put basic AI governance in place for this product, and make it a contract condition for high-impact uses.',
      ),
      yesNo(
        'sup-ai-policy',
        'A.2.2',
        'ai-policy',
        'Do you have an AI policy, approved by senior management, that applies to this product?',
        'Attach the policy or a summary of it, and say when it was last reviewed.',
        "Request the supplier's AI policy, or a written commitment to adopt one, before relying on the product for important decisions.",
      ),
      yesNo(
        'sup-roles',
        'A.3.2',
        'roles',
        "Is a named person or team accountable for the responsible development and operation of this product's AI?",
        'Give the role (not necessarily the name) and how it reports to management.',
        "Ask the supplier to name an accountable owner for the product's AI and a contact for AI questions.",
      ),
      yesNo(
        'sup-concerns',
        'A.3.3',
        'roles',
        "Can your staff raise concerns about the product's AI (for example unsafe or unfair behaviour) without fear of reprisal, and are the concerns followed up?",
        'Describe the channel and what happens to a concern once it is raised.',
        'Ask how internal AI concerns are raised and handled, and whether any have affected this product.',
      ),
      yesNo(
        'sup-competence',
        'A.4.6',
        'roles',
        "Are the people who build, test and run the product's AI trained for their tasks, including on AI risks?",
        'Describe the training and how completion is tracked.',
        'Ask what AI-specific training the product team has, and agree a minimum for staff working on your account.',
      ),
    ],
  },
  {
    id: 'risk',
    title: 'Risk and impact',
    questions: [
      yesNo(
        'sup-risk-assessment',
        '',
        'risk-assessment',
        "Do you identify, assess and treat the risks of this product's AI with a documented method, and update the assessment when the product changes?",
        'Describe the method and when the assessment was last updated.',
        "Ask for the product's risk assessment method and latest results, and agree how remaining risks are shared with you.",
      ),
      yesNo(
        'sup-impact-assessment',
        'A.5.4',
        'impact-assessment',
        'Have you assessed how this product could affect individuals, groups and society, for example unfair outcomes, loss of privacy or safety issues?',
        'Say which groups of people you considered and what you found.',
        "Ask the supplier to assess the product's effects on the people it will be used on, or plan your own impact assessment before use.",
      ),
      yesNo(
        'sup-impact-share',
        'A.5.3',
        'impact-assessment risk-assessment',
        'Can you share a summary of your risk and impact assessments with customers, including the risks that remain for the customer to manage?',
        'Attach the summary or describe what you can share, and under which conditions.',
        'Request a written summary of the remaining risks so you can include them in your own risk register.',
      ),
    ],
  },
  {
    id: 'data',
    title: 'Data',
    questions: [
      yesNo(
        'sup-data-provenance',
        'A.7.5',
        'data-provenance',
        'Do you record where the data used to train, fine-tune and test this product comes from, and your right to use it?',
        'Describe the kinds of sources (own, licensed, public, synthetic) and how rights are checked.',
        'Ask for a description of the data sources and a warranty that the supplier has the right to use them.',
      ),
      yesNo(
        'sup-data-quality',
        'A.7.4',
        'data-quality',
        'Do you set and check quality requirements for that data, such as accuracy, completeness and how well it represents the people the product will be used on?',
        'Describe the checks and what happens when data fails them.',
        'Ask how data quality is checked and whether the data reflects your users; test the product on your own cases before relying on it.',
      ),
      yesNo(
        'sup-customer-data',
        'A.7.2',
        'data-provenance',
        'Is customer data used to train or improve your models only when the customer has agreed to it in writing?',
        'Choose "Not applicable" if the product never learns from customer data, and say so in the justification.',
        "Put in the contract whether, and how, your data may be used to train or improve the supplier's models.",
      ),
    ],
  },
  {
    id: 'lifecycle',
    title: 'Building, testing and running the product',
    questions: [
      yesNo(
        'sup-specification',
        'A.6.2.2',
        'verification-validation',
        "Are the product's intended purpose, performance targets and known limitations written down before it is built or changed?",
        'Attach or describe the specification, including known limitations.',
        "Ask for the product's intended purpose, performance targets and known limitations in writing.",
      ),
      yesNo(
        'sup-testing',
        'A.6.2.4',
        'verification-validation',
        'Is each release tested against defined criteria (for example accuracy, robustness, fairness) before it reaches customers, and are the results kept?',
        'Describe the criteria and attach recent test results if you can.',
        'Ask for the release test criteria and recent results, and agree acceptance tests of your own before go-live.',
      ),
      yesNo(
        'sup-changes',
        'A.6.2.5',
        'change-management',
        'Do you tell customers in advance about changes to the model or its behaviour that could affect them, and can they try a new version before it replaces the old one?',
        'Describe the notice period and how customers can test new versions.',
        'Agree a notice period for significant model changes and a way to test new versions before they take effect.',
      ),
      yesNo(
        'sup-monitoring',
        'A.6.2.6',
        'monitoring',
        'Do you watch the product in live use for drops in performance, drift, errors and misuse, and act when agreed limits are crossed?',
        'Describe what is measured, the limits, and who acts when they are crossed.',
        'Ask which live measures the supplier watches and agree which of them are reported to you.',
      ),
      yesNo(
        'sup-event-logs',
        'A.6.2.8',
        'event-logs',
        'Does the product keep event logs (for example inputs, outputs, model version and user actions) long enough to investigate problems, and can customers get them?',
        'Say what is logged, for how long, and how a customer obtains the logs.',
        'Agree what is logged, how long logs are kept and how you can obtain them when you need to investigate.',
      ),
      yesNo(
        'sup-security',
        '',
        'security',
        'Is the product protected against attacks aimed at AI (for example prompt injection, poisoned data or extraction of the model) as well as ordinary security threats?',
        'Describe the protections and any recent security testing; an ISO/IEC 27001 certificate covers the ordinary threats only.',
        'Ask for evidence of AI-specific security testing and agree how security findings are reported to you.',
      ),
    ],
  },
  {
    id: 'oversight',
    title: 'Human oversight',
    questions: [
      yesNo(
        'sup-explainability',
        '',
        'human-oversight',
        'Does the product help people judge its outputs, for example by showing confidence, reasons or sources?',
        'Describe what a user sees that helps them decide whether to trust an output.',
        'Ask how users can tell when an output is uncertain, and train your staff to check outputs accordingly.',
      ),
      yesNo(
        'sup-override',
        '',
        'human-oversight',
        "Can the customer's staff review, correct or overrule the product's outputs, and switch the AI off without stopping their work?",
        'Describe the controls available to the customer and any fallback when the AI is switched off.',
        'Make sure a person can overrule the AI and that a fallback exists before using the product for decisions about people.',
      ),
    ],
  },
  {
    id: 'information',
    title: 'Information and incidents',
    questions: [
      yesNo(
        'sup-user-info',
        'A.8.2',
        'user-information',
        'Do you give customers clear user information: that AI is involved, what it is for and not for, how accurate it is, its known limits and how to use it safely?',
        'Attach the user documentation or link to it.',
        'Ask for user documentation that covers intended use, limits and accuracy, and pass it on to your users.',
      ),
      yesNo(
        'sup-tech-docs',
        'A.6.2.7',
        'user-information',
        "Can you provide technical documentation on request (how the system works, the model and data used, test results) detailed enough for a customer's own assessment or a regulator?",
        'Describe what is available and under which conditions, for example a non-disclosure agreement.',
        'Agree in the contract which technical documentation you can obtain, and when.',
      ),
      yesNo(
        'sup-incident-comm',
        'A.8.4',
        'incident-communication',
        "Will you tell customers promptly about incidents involving the product's AI (for example harmful outputs, data leaks or serious malfunctions), within a deadline agreed in the contract?",
        'Give the deadline and the channel, and describe a recent example if there is one.',
        'Put an AI incident notification duty with a deadline into the contract, and name contacts on both sides.',
      ),
      yesNo(
        'sup-feedback',
        'A.8.3',
        'incident-communication',
        'Can customers and people affected by the product report problems or harm to you, and are the reports answered and tracked?',
        'Describe the reporting channel and how reports are handled.',
        'Ask how problem reports reach the supplier and how quickly they are answered; tell your users where to report.',
      ),
    ],
  },
  {
    id: 'chain',
    title: 'Your suppliers and shared responsibilities',
    questions: [
      yesNo(
        'sup-own-suppliers',
        'A.10.3',
        'supply-chain',
        'Do you assess your own AI suppliers (for example model providers, data vendors, labelling services or cloud AI services) and hold them to comparable standards?',
        'Describe how these suppliers are chosen and checked.',
        'Ask which AI suppliers the product depends on and how the supplier checks them.',
      ),
      yesNo(
        'sup-components',
        'A.4.2',
        'supply-chain',
        'Can you list the third-party models, data sets and AI services this product relies on?',
        'Attach the list or describe it.',
        'Request a list of the third-party AI components and to be told when it changes.',
      ),
      yesNo(
        'sup-responsibilities',
        'A.10.2',
        'responsibilities',
        "Is it written down, in the contract or a shared-responsibility table, which AI tasks are yours and which are the customer's (for example oversight, monitoring, data protection and incident handling)?",
        'Attach the table or point to the contract clauses.',
        'Agree a written split of AI responsibilities with the supplier before go-live.',
      ),
      yesNo(
        'sup-customer-needs',
        'A.10.4',
        'responsibilities',
        "Do you take each customer's intended use into account, and warn customers when a use falls outside what the product was designed and tested for?",
        "Describe how you learn about the customer's intended use and how you warn about unsuitable uses.",
        'Tell the supplier how you intend to use the product and ask for written confirmation that this use is within its design.',
      ),
    ],
  },
];

const used = new Set(
  sections.flatMap((s) => s.questions.flatMap((x) => (x.requirement ? [x.requirement] : []))),
);
const requirements = iso42001Requirements.filter((r) => used.has(r.id));

/** The supplier questionnaire definition (`iso42001-supplier`). */
export const iso42001Supplier: AssessmentDefinition = {
  format: 'aimskit.definition/1',
  id: 'iso42001-supplier',
  version: '1.0.0',
  title: 'AI supplier questionnaire (ISO/IEC 42001)',
  description:
    'For procurement teams assessing a supplier of an AI product or service. The supplier answers each question, describes how they do it and attaches evidence.',
  locale: 'en',
  target: 1,
  scales: [
    {
      id: 'ypn',
      label: 'Yes / Partly / No / Not applicable',
      options: [
        {
          id: 'yes',
          label: 'Yes',
          value: 1,
          description: 'In place for this product, and you can show evidence.',
        },
        {
          id: 'partial',
          label: 'Partly',
          value: 0.5,
          description: 'In place for some of the product, or not yet complete.',
        },
        {
          id: 'no',
          label: 'No',
          value: 0,
          requiresJustification: true,
          description: 'Not in place. Please explain why, and any plans.',
        },
        {
          id: 'na',
          label: 'Not applicable',
          na: true,
          description: 'Does not apply to this product. Please explain why.',
        },
      ],
    },
  ],
  groups: iso42001Groups.filter((g) => requirements.some((r) => r.group === g.id)),
  tags,
  requirements,
  sections,
  frameworks,
  mappings: mappingsFor(used),
  metadata: {
    publisher: 'aimskit',
    audience: 'Procurement and vendor-risk teams, to be answered by the supplier.',
    disclaimer:
      'A self-assessment by the supplier, not an audit or a certification. The questions are our own wording, not the text of ISO/IEC 42001.',
    crosswalks: CROSSWALK_NOTICE,
  },
};
