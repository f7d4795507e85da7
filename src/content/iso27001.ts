/**
 * What an ISO/IEC 27001:2022 information security management system (ISMS) brings to an ISO/IEC
 * 42001:2023 AI management system (AIMS): a clause-to-clause table for the 32 clause requirements
 * of ISO/IEC 42001, and the ISO/IEC 27001 Annex A controls an AIMS leans on. Ids and short titles
 * are facts of the two standards' structure; every note is the aimskit authors' reading, in our own
 * words: an interpretation, not an official mapping by ISO (see docs/iso27001.md).
 */

/**
 * How an ISMS process serves an AIMS clause requirement: `reuse` (as it is, pointed at the AI
 * scope), `extend` (the process serves once AI is added to its scope and inputs) or `new` (nothing
 * in the ISMS serves as it stands: the AIMS needs its own process or document).
 */
export type IsmsRelation = 'reuse' | 'extend' | 'new';

/** The relations in the order they are listed: from least to most work. */
export const ISMS_RELATIONS: readonly IsmsRelation[] = ['reuse', 'extend', 'new'];

/** One ISO/IEC 42001 clause requirement and what the ISMS brings to it. */
export interface IsmsClauseRow {
  /** The ISO/IEC 42001 clause requirement id (`6.3`). */
  readonly requirement: string;
  /**
   * The ISO/IEC 27001:2022 clause of the same purpose, in the crosswalk style (`iso27001:6.3`);
   * null when ISO/IEC 27001 has none.
   */
  readonly counterpart: string | null;
  readonly relation: IsmsRelation;
  /** What to reuse or to add, in our words. */
  readonly note: string;
}

/** One ISO/IEC 27001:2022 Annex A control an AIMS leans on. */
export interface IsmsControlRow {
  /** The Annex A control, in the crosswalk style (`iso27001:a-5.10`). */
  readonly control: string;
  /** Its short title (a fact of the standard's structure). */
  readonly title: string;
  /** The ISO/IEC 42001 requirements it supports (clause or Annex A ids). */
  readonly supports: readonly string[];
  /**
   * The EU AI Act provisions it helps toward (`eu-ai-act:art-15`: accuracy, robustness and
   * cybersecurity), in the crosswalk style; empty when none is claimed.
   */
  readonly euAiAct: readonly string[];
  /** How the control helps the AIMS, in our words. */
  readonly note: string;
  /** Always true: the link is the aimskit authors' reading. */
  readonly interpretation: true;
}

/** The notice that goes with both tables wherever they are shown or exported. */
export const ISO27001_NOTICE =
  "The ISO/IEC 27001 tables are the aimskit authors' interpretation, not an official mapping by " +
  'ISO: an existing ISMS helps with a requirement, it does not by itself meet it.';

/** The published texts the tables point to. */
export const ISO27001_SOURCES = {
  iso42001: 'ISO/IEC 42001:2023',
  iso27001: 'ISO/IEC 27001:2022',
  'eu-ai-act': 'Regulation (EU) 2024/1689',
} as const;

/**
 * The ISO/IEC 27001:2022 management-system clauses, [id, short title]: the same harmonized
 * structure as ISO/IEC 42001, with information security where ISO/IEC 42001 has AI.
 */
export const iso27001ClauseTitles: readonly (readonly [string, string])[] = [
  ['4.1', 'Understanding the organization and its context'],
  ['4.2', 'Understanding the needs and expectations of interested parties'],
  ['4.3', 'Determining the scope of the information security management system'],
  ['4.4', 'Information security management system'],
  ['5.1', 'Leadership and commitment'],
  ['5.2', 'Policy'],
  ['5.3', 'Organizational roles, responsibilities and authorities'],
  ['6.1.1', 'Actions to address risks and opportunities: general'],
  ['6.1.2', 'Information security risk assessment'],
  ['6.1.3', 'Information security risk treatment'],
  ['6.2', 'Information security objectives and planning to achieve them'],
  ['6.3', 'Planning of changes'],
  ['7.1', 'Resources'],
  ['7.2', 'Competence'],
  ['7.3', 'Awareness'],
  ['7.4', 'Communication'],
  ['7.5.1', 'Documented information: general'],
  ['7.5.2', 'Creating and updating documented information'],
  ['7.5.3', 'Control of documented information'],
  ['8.1', 'Operational planning and control'],
  ['8.2', 'Information security risk assessment'],
  ['8.3', 'Information security risk treatment'],
  ['9.1', 'Monitoring, measurement, analysis and evaluation'],
  ['9.2.1', 'Internal audit: general'],
  ['9.2.2', 'Internal audit programme'],
  ['9.3.1', 'Management review: general'],
  ['9.3.2', 'Management review inputs'],
  ['9.3.3', 'Management review results'],
  ['10.1', 'Continual improvement'],
  ['10.2', 'Nonconformity and corrective action'],
];

/** The crosswalk-style id of an ISO/IEC 27001 clause (`6.3` → `iso27001:6.3`). */
const clauseId = (clause: string) => `iso27001:${clause}`;

/**
 * One row per ISO/IEC 42001 clause requirement: [requirement, ISO/IEC 27001 clause ('' for
 * none), relation, note].
 */
const clauseTable: readonly (readonly [string, string, IsmsRelation, string])[] = [
  [
    '4.1',
    '4.1',
    'extend',
    "Add the AI issues to the context analysis: the organisation's role for each AI system (provider, deployer, user), what the systems are for, and the AI law that applies, such as the EU AI Act.",
  ],
  [
    '4.2',
    '4.2',
    'extend',
    'Add the parties AI concerns (users, people affected by AI outputs, AI regulators, customers of AI products) and what they require to the existing list.',
  ],
  [
    '4.3',
    '4.3',
    'extend',
    'Draw the AIMS boundary around the AI systems and activities, and state how it meets the ISMS scope, which may be wider or narrower.',
  ],
  [
    '4.4',
    '4.4',
    'extend',
    'Run the AIMS inside the same management system: add the AI processes and how they work with the ISMS ones.',
  ],
  [
    '5.1',
    '5.1',
    'extend',
    "Top management's commitment extends to AI: AI policy and objectives, resources for AI, and AI requirements built into the business processes.",
  ],
  [
    '5.2',
    '5.2',
    'new',
    'Write an AI policy of its own: the information security policy says nothing about what AI is used for, the AI objectives or the principles of responsible AI. Its approval, publication and review route can carry it.',
  ],
  [
    '5.3',
    '5.3',
    'extend',
    'Add the AI roles (an owner of the AIMS, who runs impact assessments, who oversees AI systems in use) to the existing roles and authorities.',
  ],
  [
    '6.1.1',
    '6.1.1',
    'extend',
    'Widen the risk planning to AI risks and opportunities, and set AI risk criteria that separate acceptable from unacceptable risk; the ISMS planning method can carry them.',
  ],
  [
    '6.1.2',
    '6.1.2',
    'extend',
    'Use the ISMS risk method, but weigh consequences for people and society as well as for the organisation, and cover AI risk sources such as bias, opacity and drift.',
  ],
  [
    '6.1.3',
    '6.1.3',
    'extend',
    'Reuse the treatment process; compare the chosen controls with ISO/IEC 42001 Annex A and keep a Statement of Applicability for it, beside or merged with the ISMS one.',
  ],
  [
    '6.1.4',
    '',
    'new',
    'Nothing in the ISMS matches: set up a process that assesses what each AI system can do to individuals, groups and society over its life cycle, and keep the results.',
  ],
  [
    '6.2',
    '6.2',
    'extend',
    'Add AI objectives (on fairness, transparency, reliability, for example) and plans to reach them, tracked the way the security objectives are.',
  ],
  [
    '6.3',
    '6.3',
    'reuse',
    'The process for planning changes serves as it is: route changes to the AIMS through it.',
  ],
  [
    '7.1',
    '7.1',
    'reuse',
    'Resource planning serves as it is: plan the people, tools, data and computing that AI needs in it.',
  ],
  [
    '7.2',
    '7.2',
    'extend',
    'Add the AI competences (data science, AI risk and impact, AI law) to the competence records and training plans.',
  ],
  [
    '7.3',
    '7.3',
    'extend',
    "Add the AI policy and each person's part in responsible AI to the awareness programme.",
  ],
  [
    '7.4',
    '7.4',
    'reuse',
    'The communication process serves as it is: add the AI topics to what is said, to whom and when.',
  ],
  [
    '7.5.1',
    '7.5.1',
    'reuse',
    'The same documentation system serves: list the documents the AIMS needs beside the ISMS ones.',
  ],
  [
    '7.5.2',
    '7.5.2',
    'reuse',
    'The rules for naming, formatting, reviewing and approving documents serve as they are.',
  ],
  [
    '7.5.3',
    '7.5.3',
    'reuse',
    'Document control (access, storage, versions, retention, disposal) serves as it is; where AI law asks for a longer retention, set it.',
  ],
  [
    '8.1',
    '8.1',
    'extend',
    'Add the AI life cycle (design, development or purchase, deployment, operation, retirement) and the control of outsourced AI to operational planning.',
  ],
  [
    '8.2',
    '8.2',
    'extend',
    'Repeat the AI risk assessment at planned intervals and on significant change, as the ISMS does for security risks, with the AI criteria of 6.1.',
  ],
  [
    '8.3',
    '8.3',
    'extend',
    'Carry out the AI risk treatment plan and record its results, beside the security risk treatment.',
  ],
  [
    '8.4',
    '',
    'new',
    'Nothing in the ISMS matches: repeat the AI system impact assessments at planned intervals and on significant change, and keep the results.',
  ],
  [
    '9.1',
    '9.1',
    'extend',
    'Add AI measures (model performance, drift, fairness indicators, AI incidents) to what is monitored and how it is evaluated.',
  ],
  [
    '9.2.1',
    '9.2.1',
    'reuse',
    'The internal audit process serves as it is: the AIMS becomes one more audit scope, audited by people who understand AI.',
  ],
  [
    '9.2.2',
    '9.2.2',
    'reuse',
    'The audit programme serves as it is: plan the AIMS audits in it, by the importance of the AI processes.',
  ],
  [
    '9.3.1',
    '9.3.1',
    'reuse',
    'Management review serves as it is: review the AIMS in the same meeting or in one of its own.',
  ],
  [
    '9.3.2',
    '9.3.2',
    'reuse',
    "The same list of inputs serves: feed it the AIMS's own results (objectives, risks, impact assessments, audits).",
  ],
  [
    '9.3.3',
    '9.3.3',
    'reuse',
    'Record the decisions on the AIMS the way the ISMS decisions are recorded.',
  ],
  ['10.1', '10.1', 'reuse', 'The improvement process serves as it is: apply it to the AIMS.'],
  [
    '10.2',
    '10.2',
    'reuse',
    'Nonconformity and corrective action serve as they are: use them for AIMS findings and AI incidents.',
  ],
];

/**
 * The 32 clause requirements of ISO/IEC 42001 in the standard's order, each with its ISO/IEC
 * 27001:2022 counterpart and how the ISMS process serves it. Our interpretation.
 */
export const iso27001Clauses: readonly IsmsClauseRow[] = /* @__PURE__ */ clauseTable.map(
  ([requirement, counterpart, relation, note]) => ({
    requirement,
    counterpart: counterpart ? clauseId(counterpart) : null,
    relation,
    note,
  }),
);

/** The EU AI Act article on accuracy, robustness and cybersecurity, in the crosswalk style. */
const ART_15 = 'eu-ai-act:art-15';

/**
 * [Annex A control, short title, ISO/IEC 42001 requirements it supports (space-separated), EU AI
 * Act provisions ('' for none), note].
 */
const controlTable: readonly (readonly [string, string, string, string, string])[] = [
  [
    'A.5.7',
    'Threat intelligence',
    '6.1.2 8.2',
    ART_15,
    'Follow the threats aimed at AI (poisoned training data, adversarial inputs, prompt injection, model theft) and feed them into the AI risk assessment.',
  ],
  [
    'A.5.8',
    'Information security in project management',
    '8.1 A.6.1.3 A.6.2.2',
    '',
    'AI projects run through the same project method: add the AI requirements, the impact assessment and the checks of responsible development to its stage gates.',
  ],
  [
    'A.5.10',
    'Acceptable use of information and other associated assets',
    'A.2.3 A.9.2 A.9.4',
    '',
    'Extend the acceptable-use rules to AI tools: which ones staff may use, what data may go into them, and how their outputs are checked before use.',
  ],
  [
    'A.5.23',
    'Information security for use of cloud services',
    'A.4.4 A.4.5 A.10.3',
    '',
    "AI services and model interfaces bought from the cloud fall under the cloud-service process: add to its checks whether the provider trains on the organisation's data, how long prompts are kept and where data is processed.",
  ],
  [
    'A.8.8',
    'Management of technical vulnerabilities',
    'A.6.2.6',
    ART_15,
    'Track the weaknesses of models, machine-learning libraries and AI services in operation, and patch, retrain or withdraw as for other software.',
  ],
  [
    'A.8.11',
    'Data masking',
    'A.7.2 A.7.6',
    '',
    'Mask, pseudonymise or anonymise personal and confidential data before it is used to train, test or prompt an AI system, where the purpose allows.',
  ],
  [
    'A.8.12',
    'Data leakage prevention',
    'A.9.2 A.10.3',
    '',
    'Watch for confidential data leaving through prompts, uploads to AI services and model outputs.',
  ],
  [
    'A.8.25',
    'Secure development life cycle',
    'A.6.1.3 A.6.2.3',
    ART_15,
    'Add the AI stages (data preparation, training, evaluation, release) and their security checks to the secure development life cycle.',
  ],
  [
    'A.8.26',
    'Application security requirements',
    'A.6.2.2',
    ART_15,
    'State security requirements for each AI system: resistance to manipulated inputs, protection of models and training data, safe handling of outputs.',
  ],
  [
    'A.8.27',
    'Secure system architecture and engineering principles',
    'A.6.2.2 A.6.2.3',
    ART_15,
    'Apply the architecture principles to AI components: isolate models, limit what they can reach, and keep a fallback for when they fail.',
  ],
  [
    'A.8.28',
    'Secure coding',
    'A.6.1.3',
    ART_15,
    'The coding rules cover the code around models too: input handling, machine-learning dependencies, and model files from outside loaded safely.',
  ],
  [
    'A.8.29',
    'Security testing in development and acceptance',
    'A.6.2.4 A.6.2.5',
    ART_15,
    'Add adversarial and robustness tests to security testing before acceptance, and keep their results for the release decision.',
  ],
];

const words = (entries: string) => entries.split(' ').filter(Boolean);
/** The crosswalk-style id of an Annex A control (`A.5.10` → `iso27001:a-5.10`). */
const controlId = (control: string) => `iso27001:a-${control.slice('A.'.length)}`;

/**
 * The ISO/IEC 27001:2022 Annex A controls an AIMS leans on, in Annex A order, each with the ISO/IEC
 * 42001 requirements it supports. Our interpretation.
 */
export const iso27001Controls: readonly IsmsControlRow[] = /* @__PURE__ */ controlTable.map(
  ([control, title, supports, euAiAct, note]) => ({
    control: controlId(control),
    title,
    supports: words(supports),
    euAiAct: words(euAiAct),
    note,
    interpretation: true,
  }),
);
