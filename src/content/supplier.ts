/**
 * The AI supplier questionnaire: what a procurement team asks a supplier of an AI product or service.
 * A first section identifies the supplier, a second its role and risk class under the EU AI Act; then
 * 42 questions on a Yes / Partly / No / Not applicable scale (the certification question offers no N/A),
 * each with room to describe the practice and attach evidence. "Yes" asks for evidence, and "Partly" and
 * "No" need a justification. Because N/A is offered, questions link only to Annex A controls (never to
 * mandatory clauses), and only where the link is close; themes are tags. Articles of the EU AI Act
 * (Regulation (EU) 2024/1689) named in help texts are our interpretation, as the crosswalks are.
 * All wording is our own.
 */
import type { AssessmentDefinition, Option, Question } from '../model/definition.js';
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
  more: Partial<Question> = {},
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
  ...more,
});

/** How help texts mark a legal reference: the article, and that the reading is ours. */
const euAct = (articles: string) =>
  `EU AI Act (Regulation (EU) 2024/1689), ${articles}; our interpretation, not legal advice.`;

/** Shown only when the supplier classes the product as high-risk under the EU AI Act. */
const HIGH_RISK = "{sup-eu-risk-class} = 'high-risk'";

/** An unscored choice about the product's place under the EU AI Act. */
const euChoice = (
  id: string,
  type: 'choice' | 'multi',
  text: string,
  help: string,
  options: readonly (readonly [string, string])[],
): Question => ({
  id,
  type,
  text,
  help,
  tags: ['eu-ai-act'],
  required: true,
  options: options.map(([optionId, label]) => ({ id: optionId, label })),
  commentLabel: 'Describe how you reached this answer',
  attachments: false,
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
  ['eu-ai-act', 'EU AI Act role, risk class and duties'],
  ['personal-data', 'Personal data, data location and retention'],
  ['exit', 'Exit and transition'],
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
    id: 'eu-ai-act',
    title: 'EU AI Act',
    description:
      'Your role and the risk class decide which duties of the EU AI Act apply. The questions on conformity appear only for a high-risk product.',
    questions: [
      euChoice(
        'sup-eu-role',
        'multi',
        'What is your role for this product under the EU AI Act? Choose all that apply.',
        `A provider develops the AI system or has it developed and places it on the market under its own name; a deployer uses it under its own authority; an importer brings a system from outside the EU onto the EU market; a distributor makes it available otherwise. A distributor, importer or deployer that puts its name on the system or changes it substantially takes on the duties of a provider. ${euAct('Art. 3(3) to 3(7) and Art. 25')}`,
        [
          ['provider', 'Provider'],
          ['deployer', 'Deployer (we run the product for the customer)'],
          ['importer', 'Importer'],
          ['distributor', 'Distributor'],
          ['outside-scope', 'None: the product is not offered or used in the EU'],
        ],
      ),
      euChoice(
        'sup-eu-risk-class',
        'choice',
        'In your assessment, which risk class of the EU AI Act does this product fall into?',
        `A system is high-risk when it is a safety component of a product covered by the EU law listed in Annex I, or when it is used in an area listed in Annex III (for example recruitment, credit scoring, education or access to essential services) and not exempted by Art. 6(3). Describe the reasoning, and say who made the assessment and when. ${euAct('Art. 5, Art. 6 with Annexes I and III, and Art. 50')}`,
        [
          ['high-risk', 'High-risk (Art. 6)'],
          ['transparency', 'Not high-risk, but Art. 50 transparency duties apply'],
          ['minimal', 'Not high-risk, and no Art. 50 duties apply'],
          ['unsure', 'Not assessed yet'],
        ],
      ),
      yesNo(
        'sup-conformity-assessment',
        'A.6.2.5',
        'eu-ai-act',
        'Has the conformity of this product with the requirements for high-risk AI systems been assessed, by the procedure that applies to it, before it was placed on the market or put into service?',
        `Say which procedure was used (internal control, or a notified body) and when; attach the report or the notified body's certificate. ${euAct('Art. 43')}`,
        'Do not put a high-risk product into use before the supplier shows a completed conformity assessment; make it a condition of the contract.',
        { showIf: HIGH_RISK },
      ),
      yesNo(
        'sup-eu-declaration',
        'A.6.2.5',
        'eu-ai-act',
        'Have you drawn up and signed an EU declaration of conformity for this product, and can you give customers a copy?',
        `Attach the declaration or say how customers obtain it; it names the system, the provider and the requirements it meets. ${euAct('Art. 47 and Annex V')}`,
        'Ask for a copy of the EU declaration of conformity and keep it with your records of the product.',
        { showIf: HIGH_RISK },
      ),
      yesNo(
        'sup-ce-marking',
        'A.6.2.5',
        'eu-ai-act',
        'Does the product carry the CE marking, in its interface or documentation where it has no physical form?',
        `Say where the marking is shown, and give the notified body's number if one was involved. ${euAct('Art. 48')}`,
        'Check where the CE marking appears before go-live, and ask the supplier when it will be added if it is missing.',
        { showIf: HIGH_RISK },
      ),
      yesNo(
        'sup-eu-registration',
        'A.6.2.5',
        'eu-ai-act',
        'Is the product registered in the EU database for high-risk AI systems?',
        `Give the registration number or the database entry. Choose "Not applicable" if the product is exempted from registration, and say why. ${euAct('Art. 49 and Art. 71')}`,
        'Ask for the registration entry; a high-risk product that is not registered should not be put into use.',
        { showIf: HIGH_RISK },
      ),
      yesNo(
        'sup-ai-disclosure',
        'A.8.2',
        'eu-ai-act user-information',
        'Where the product talks or writes to people directly, does it tell them that they are dealing with an AI system, unless that is obvious?',
        `Describe or attach what people see or hear. Choose "Not applicable" if the product never interacts with people directly. ${euAct('Art. 50(1)')}`,
        'Ask the supplier to show how people are told they are dealing with AI, and check it in your own set-up.',
      ),
      yesNo(
        'sup-content-marking',
        'A.8.2',
        'eu-ai-act user-information',
        'Where the product generates or alters text, images, audio or video, is the output marked in a machine-readable way as made by AI?',
        `Say which technique is used (for example metadata or watermarks) and how it can be detected. Choose "Not applicable" if the product generates no such content. ${euAct('Art. 50(2)')}`,
        'Ask how generated content is marked and how you can detect the marking; plan your own labelling where you publish such content.',
      ),
      yesNo(
        'sup-gpai-docs',
        'A.10.3',
        'eu-ai-act supply-chain',
        "If the product is, or is built on, a general-purpose AI model, can you give customers the model provider's documentation on what the model can and cannot do, and how it was trained and tested?",
        `Name the models and attach or link the documentation for those who build on them. Choose "Not applicable" if no general-purpose model is used. ${euAct('Art. 53(1)(b) and Annex XII')}`,
        'Ask which general-purpose models the product uses and for the documentation their providers make available downstream.',
      ),
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
        'Attach the certificate and say which products, sites and activities it covers. Choose "Partly" if the certification audit is booked or under way, and give its dates.',
        "Ask for the supplier's certification plan and dates; until then, rely on the evidence given in the rest of this questionnaire.",
        { scale: 'ypn-no-na' },
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
    id: 'personal-data',
    title: 'Personal data',
    questions: [
      yesNo(
        'sup-dpa',
        '',
        'personal-data',
        'Do you offer a data processing agreement for the personal data the product handles, naming the sub-processors (including AI model providers) that receive it?',
        'Attach the agreement or your standard terms and the list of sub-processors. Under the GDPR (Regulation (EU) 2016/679), Art. 28, a processor needs such a contract; our interpretation, not legal advice. Choose "Not applicable" if the product handles no personal data.',
        'Sign a data processing agreement before any personal data reaches the product, and ask to be told before sub-processors change.',
      ),
      yesNo(
        'sup-data-residency',
        '',
        'personal-data',
        'Can you say in the contract in which countries customer data, prompts and outputs are stored and processed, including by the model providers you use?',
        'List the countries or regions, and say how transfers outside the EU or EEA are safeguarded.',
        'Agree where your data may be stored and processed, and how you will be told of a change of location.',
      ),
      yesNo(
        'sup-prompt-retention',
        '',
        'personal-data',
        'Are prompts, uploaded files and outputs kept only for a stated period, which the customer can see and, where agreed, shorten or switch off?',
        'Give the retention periods for prompts, files, outputs and logs, including those of your model providers, and how deletion is done.',
        'Agree how long prompts and outputs are kept, and ask for zero or short retention where they contain personal or confidential data.',
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
        'Do you tell customers in advance, with an agreed notice period, about changes to the model or its behaviour that could affect them?',
        'Give the notice period and the channel, and attach a recent change notice if you can.',
        'Agree a notice period for significant model changes, and name who receives the notices on your side.',
      ),
      yesNo(
        'sup-version-pinning',
        'A.6.2.5',
        'change-management',
        'Can customers stay on a named version of the model for an agreed period, and try a new version before it replaces the old one?',
        'Say how long a version stays available after a new one is released, and how customers test a new version first.',
        'Agree how long you may keep a tested version and a way to try new versions before they take effect.',
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
  {
    id: 'exit',
    title: 'Ending the contract',
    questions: [
      yesNo(
        'sup-exit-return',
        '',
        'exit',
        "When the contract ends, will you return the customer's data, including prompts, outputs, logs and any customer-specific models or settings, in a documented format that another system can read?",
        'Describe the export: what it contains, its format, and how long after the end it is available.',
        'Agree in the contract what is returned at the end, in which format and by when, and try an export before you depend on the product.',
      ),
      yesNo(
        'sup-exit-deletion',
        '',
        'exit',
        "After returning it, will you delete the customer's data, including copies held by your own suppliers and data used to train or tune models, and confirm the deletion in writing?",
        'Say what is deleted, by when, and how you confirm it; say what, if anything, cannot be removed from a trained model.',
        'Agree a deletion deadline and a written confirmation, and ask what remains in trained models.',
      ),
      yesNo(
        'sup-exit-transition',
        '',
        'exit',
        'Will you keep the service running for an agreed transition period and help the customer move to another supplier or to their own solution?',
        'Give the transition period and the help offered, for example continued service, exports and migration support.',
        'Agree a transition period and the help you will get, so that ending the contract does not stop work that relies on the product.',
      ),
    ],
  },
];

/** Yes, Partly and No, shared by both scales: "Yes" asks for evidence, the others for a reason. */
const answerOptions: Option[] = [
  {
    id: 'yes',
    label: 'Yes',
    value: 1,
    description:
      'In place for this product: attach the evidence, or describe where the buyer can see it.',
  },
  {
    id: 'partial',
    label: 'Partly',
    value: 0.5,
    requiresJustification: true,
    description:
      'In place for some of the product, or not yet complete. Please say what is missing and by when it will be done.',
  },
  {
    id: 'no',
    label: 'No',
    value: 0,
    requiresJustification: true,
    description: 'Not in place. Please explain why, and any plans.',
  },
];

const notApplicable: Option = {
  id: 'na',
  label: 'Not applicable',
  na: true,
  description: 'Does not apply to this product. Please explain why.',
};

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
      options: [...answerOptions, notApplicable],
    },
    {
      id: 'ypn-no-na',
      label: 'Yes / Partly / No',
      options: answerOptions,
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
    // Too small to judge: an indicative band, never a certification verdict (docs/scoring.md).
    certificationVerdict: 'none',
    // The supplier declares the AI systems it delivers, with their EU AI Act class, in the
    // response's AI system inventory (response.systems; docs/ai-act.md).
    systems: 'expected',
  },
};
