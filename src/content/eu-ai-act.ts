/**
 * The EU AI Act (Regulation (EU) 2024/1689, OJ L, 12.7.2024) as data for the triage of an AI
 * system (src/scoring/ai-act.ts, docs/ai-act.md): the prohibited practices, the harmonisation
 * legislation of Annex I, the areas and points of Annex III, the Art. 6(3) derogation, the
 * transparency duties, the general-purpose AI model duties, the duties of each role, and the dates
 * from which they apply.
 *
 * Everything here is the aimskit authors' reading of the Regulation, written in our own words:
 * an interpretation, not legal advice and not the legal text. Article numbers and short titles
 * are the Regulation's; every summary is ours. A host may pass its own table to the classifier
 * (`classifyAiSystem(system, table)`), for instance once an amendment enters into force.
 */

/** A provision the triage can cite: its id, how it is cited, and what it says, in our words. */
export interface AiActProvision {
  /** Our id: `art-5-1-f`, `annex-iii-4-a`. */
  readonly id: string;
  /** How it is cited: `Art. 5(1)(f)`, `Annex III point 4(a)`. */
  readonly citation: string;
  /** What it is about, in our words. */
  readonly summary: string;
  /** The exceptions the provision itself names, in our words (none when empty). */
  readonly exceptions?: readonly string[];
}

/** An entry of Annex I: a Union harmonisation act, by its section and point. */
export interface AnnexIEntry extends AiActProvision {
  /** Section A: the new legislative framework acts; Section B: the other acts. */
  readonly section: 'A' | 'B';
  /** The act, by number: `Regulation (EU) 2017/745`. */
  readonly act: string;
}

/** An area of Annex III and its points. */
export interface AnnexIIIArea {
  /** `1` … `8`. */
  readonly id: string;
  readonly citation: string;
  readonly title: string;
  readonly points: readonly AiActProvision[];
}

/** Who a duty binds: one of the roles of an AI system record (src/model/ai-system.ts). */
export type AiActRole =
  'provider' | 'deployer' | 'importer' | 'distributor' | 'product-manufacturer' | 'gpai-provider';

/**
 * When a duty arises: the outcome of the triage it follows from.
 *
 * - `any-system`: every AI system (Art. 4);
 * - `prohibited`: a prohibited practice (Art. 5);
 * - `high-risk`: a high-risk system, by Annex I or Annex III;
 * - `high-risk-annex-i`: a high-risk system by Annex I Section A (a product's safety component);
 * - `high-risk-annex-iii`: a high-risk system by Annex III;
 * - `fria`: a high-risk system whose deployer must assess its effect on fundamental rights (Art. 27);
 * - `derogation`: an Annex III system that is not high-risk by Art. 6(3);
 * - `transparency-50-1` … `transparency-50-4-text`: the paragraph of Art. 50 that applies;
 * - `gpai` / `gpai-systemic`: a general-purpose AI model, with systemic risk for the second.
 */
export type AiActTrigger =
  | 'any-system'
  | 'prohibited'
  | 'high-risk'
  | 'high-risk-annex-i'
  | 'high-risk-annex-iii'
  | 'fria'
  | 'derogation'
  | 'transparency-50-1'
  | 'transparency-50-2'
  | 'transparency-50-3'
  | 'transparency-50-4-deep-fake'
  | 'transparency-50-4-text'
  | 'gpai'
  | 'gpai-systemic';

/** A duty: who it binds, when, what it asks (in our words) and from which date. */
export interface AiActDuty {
  /** Our id: `provider-art-9`, `deployer-art-26-11`. */
  readonly id: string;
  readonly role: AiActRole;
  readonly trigger: AiActTrigger;
  /** `Art. 9`, `Art. 26(11)`. */
  readonly citation: string;
  /**
   * The crosswalk key of the article (src/content/crosswalks.ts: `9`, `26`), with the paragraph
   * when the duty is one paragraph (`26(11)`): the ISO/IEC 42001 requirements mapped to it serve
   * the duty.
   */
  readonly article: string;
  /** The Regulation's short title of the article. */
  readonly title: string;
  /** What the duty asks, in our words. */
  readonly summary: string;
  /** The id of the date (in `dates`) from which it applies. */
  readonly appliesFrom: string;
}

/** A date from which provisions apply (Art. 113, unless an amendment in force moved it). */
export interface AiActDate {
  /** Our id: `prohibitions`, `gpai`, `general`, `annex-i`. */
  readonly id: string;
  /** ISO 8601 date. */
  readonly date: string;
  readonly citation: string;
  /** What applies from that date, in our words. */
  readonly summary: string;
}

/** The steps of an amendment's procedure, as far as the sources say. */
export type AmendmentStatus = 'proposed' | 'agreed' | 'adopted' | 'in-force';

/** A change an amendment makes (or would make) to an application date, or another change. */
export interface AmendmentChange {
  /** The date id it moves (`general`, `annex-i`), or absent for a change of substance. */
  readonly date?: string;
  /** The date it would apply from instead. */
  readonly newDate?: string;
  /** What changes, in our words. */
  readonly summary: string;
}

/** An amendment of the Regulation, adopted or pending, with its date and status. */
export interface AiActAmendment {
  readonly id: string;
  readonly title: string;
  /** The Commission's document: `COM(2025) 836`. */
  readonly reference: string;
  /** When the Commission proposed it (ISO 8601). */
  readonly proposed: string;
  readonly status: AmendmentStatus;
  /** Each step the sources report, oldest first. */
  readonly steps: readonly { readonly date: string; readonly step: string }[];
  /** What the status means for this table, in our words. */
  readonly statusNote: string;
  readonly changes: readonly AmendmentChange[];
  /** Where the status was checked. */
  readonly sources: readonly string[];
  /** When the aimskit authors last checked the status (ISO 8601). */
  readonly checkedOn: string;
}

/** The whole table the classifier reads; a host may pass its own. */
export interface AiActTable {
  /** The published text this table interprets. */
  readonly source: {
    readonly title: string;
    readonly reference: string;
    readonly journal: string;
    readonly url: string;
  };
  /** Marked as interpretation, not legal advice, wherever the table is shown. */
  readonly notice: string;
  readonly prohibited: readonly AiActProvision[];
  readonly annexI: readonly AnnexIEntry[];
  readonly annexIII: readonly AnnexIIIArea[];
  readonly derogation: {
    readonly conditions: readonly AiActProvision[];
    /** Art. 6(3), last subparagraph: an Annex III system that profiles people is always high-risk. */
    readonly profiling: AiActProvision;
  };
  readonly transparency: readonly AiActProvision[];
  readonly gpai: readonly AiActProvision[];
  readonly duties: readonly AiActDuty[];
  readonly dates: readonly AiActDate[];
  readonly amendments: readonly AiActAmendment[];
}

/** The notice shown with every triage result. */
export const AI_ACT_NOTICE =
  "The EU AI Act triage is the aimskit authors' interpretation of Regulation (EU) 2024/1689, in our " +
  'own words: a first screening to prepare the legal assessment, not legal advice and not the legal text.';

const prohibited: AiActProvision[] = [
  {
    id: 'art-5-1-a',
    citation: 'Art. 5(1)(a)',
    summary:
      'Influencing people below their awareness, or by manipulation or deceit, so that they make ' +
      'decisions they would not otherwise make, in a way that causes or is likely to cause them ' +
      'or others significant harm.',
  },
  {
    id: 'art-5-1-b',
    citation: 'Art. 5(1)(b)',
    summary:
      "Exploiting people's weak spots, because of their age, a disability or their social or " +
      'economic situation, to change their behaviour in a way that causes or is likely to cause ' +
      'significant harm.',
  },
  {
    id: 'art-5-1-c',
    citation: 'Art. 5(1)(c)',
    summary:
      'Scoring people over time by their social behaviour or personal traits, where the score ' +
      'leads to worse treatment in unrelated settings, or treatment out of proportion to what ' +
      'they did.',
  },
  {
    id: 'art-5-1-d',
    citation: 'Art. 5(1)(d)',
    summary:
      'Predicting whether a person will commit a crime only from profiling or from their ' +
      'personality traits.',
    exceptions: [
      'Supporting a human assessment of whether a person took part in a crime that already rests ' +
        'on objective, verifiable facts directly linked to it.',
    ],
  },
  {
    id: 'art-5-1-e',
    citation: 'Art. 5(1)(e)',
    summary:
      'Building or growing a facial recognition database by collecting facial images without a ' +
      'target from the internet or from CCTV footage.',
  },
  {
    id: 'art-5-1-f',
    citation: 'Art. 5(1)(f)',
    summary: 'Inferring the emotions of people at work or in education.',
    exceptions: ['Systems meant for medical or safety reasons.'],
  },
  {
    id: 'art-5-1-g',
    citation: 'Art. 5(1)(g)',
    summary:
      'Sorting people by their biometric data to deduce their race, political opinions, trade ' +
      'union membership, religious or philosophical beliefs, sex life or sexual orientation.',
    exceptions: [
      'Labelling or filtering biometric data sets that were lawfully acquired.',
      'Categorising biometric data in the area of law enforcement.',
    ],
  },
  {
    id: 'art-5-1-h',
    citation: 'Art. 5(1)(h)',
    summary:
      'Identifying people remotely by their biometrics, in real time, in publicly accessible ' +
      'spaces, for law enforcement.',
    exceptions: [
      'A targeted search for specific victims of abduction, trafficking or sexual exploitation, ' +
        'or for missing persons.',
      'Preventing a specific, substantial and imminent threat to life or physical safety, or a ' +
        'genuine threat of a terrorist attack.',
      'Locating or identifying a suspect of one of the serious crimes listed in Annex II, ' +
        'punishable by at least four years; in every case only with the safeguards of ' +
        'Art. 5(2)–(7), such as prior authorisation.',
    ],
  },
];

/** [point, section, act, short name] of Annex I. */
const annexIRows: readonly (readonly [string, 'A' | 'B', string, string])[] = [
  ['1', 'A', 'Directive 2006/42/EC', 'Machinery'],
  ['2', 'A', 'Directive 2009/48/EC', 'Safety of toys'],
  ['3', 'A', 'Directive 2013/53/EU', 'Recreational craft and personal watercraft'],
  ['4', 'A', 'Directive 2014/33/EU', 'Lifts and their safety components'],
  ['5', 'A', 'Directive 2014/34/EU', 'Equipment for potentially explosive atmospheres'],
  ['6', 'A', 'Directive 2014/53/EU', 'Radio equipment'],
  ['7', 'A', 'Directive 2014/68/EU', 'Pressure equipment'],
  ['8', 'A', 'Regulation (EU) 2016/424', 'Cableway installations'],
  ['9', 'A', 'Regulation (EU) 2016/425', 'Personal protective equipment'],
  ['10', 'A', 'Regulation (EU) 2016/426', 'Appliances burning gaseous fuels'],
  ['11', 'A', 'Regulation (EU) 2017/745', 'Medical devices'],
  ['12', 'A', 'Regulation (EU) 2017/746', 'In vitro diagnostic medical devices'],
  ['13', 'B', 'Regulation (EC) No 300/2008', 'Civil aviation security'],
  ['14', 'B', 'Regulation (EU) No 168/2013', 'Two- or three-wheel vehicles and quadricycles'],
  ['15', 'B', 'Regulation (EU) No 167/2013', 'Agricultural and forestry vehicles'],
  ['16', 'B', 'Directive 2014/90/EU', 'Marine equipment'],
  ['17', 'B', 'Directive (EU) 2016/797', 'Interoperability of the rail system'],
  ['18', 'B', 'Regulation (EU) 2018/858', 'Motor vehicles and their trailers'],
  ['19', 'B', 'Regulation (EU) 2019/2144', 'Type-approval of motor vehicles (general safety)'],
  ['20', 'B', 'Regulation (EU) 2018/1139', 'Civil aviation (unmanned aircraft included)'],
];

const annexI: AnnexIEntry[] = annexIRows.map(([point, section, act, name]) => ({
  id: `annex-i-${point}`,
  citation: `Annex I Section ${section} point ${point}`,
  section,
  act,
  summary: name,
}));

/** [area, title, [[letter, summary]]] of Annex III, in our words. */
const annexIIIRows: readonly (readonly [string, string, readonly (readonly [string, string])[]])[] =
  [
    [
      '1',
      'Biometrics, where Union or national law permits their use',
      [
        [
          'a',
          'Identifying people remotely by their biometrics (not merely confirming a claimed identity).',
        ],
        [
          'b',
          'Sorting people by sensitive or protected traits inferred from their biometric data.',
        ],
        ['c', 'Recognising emotions.'],
      ],
    ],
    [
      '2',
      'Critical infrastructure',
      [
        [
          '',
          'A safety component in managing or operating critical digital infrastructure, road ' +
            'traffic, or the supply of water, gas, heating or electricity.',
        ],
      ],
    ],
    [
      '3',
      'Education and vocational training',
      [
        ['a', 'Deciding who is admitted to or placed in education or training.'],
        ['b', 'Evaluating learning outcomes, also to steer the learning process.'],
        ['c', 'Assessing the level of education a person will receive or can access.'],
        ['d', 'Watching for and detecting forbidden behaviour of students during tests.'],
      ],
    ],
    [
      '4',
      'Employment, management of workers and access to self-employment',
      [
        [
          'a',
          'Recruiting or selecting people: placing targeted job ads, analysing and filtering ' +
            'applications, evaluating candidates.',
        ],
        [
          'b',
          'Decisions on working conditions, promotion or ending a work relationship, allocating ' +
            'tasks by behaviour or traits, or monitoring and evaluating how people work and behave.',
        ],
      ],
    ],
    [
      '5',
      'Access to essential private and public services and benefits',
      [
        [
          'a',
          'Public authorities judging who is entitled to public benefits and services, health ' +
            'care included, or granting, reducing, revoking or reclaiming them.',
        ],
        [
          'b',
          'Judging the creditworthiness of people or setting their credit score (detecting ' +
            'financial fraud excepted).',
        ],
        ['c', 'Assessing risk and setting prices for people in life and health insurance.'],
        [
          'd',
          'Evaluating and classifying emergency calls, dispatching emergency services, or triaging ' +
            'patients in emergency health care.',
        ],
      ],
    ],
    [
      '6',
      'Law enforcement, where Union or national law permits it',
      [
        ['a', 'Assessing the risk that a person becomes the victim of a crime.'],
        ['b', 'Polygraphs and similar tools.'],
        ['c', 'Evaluating how reliable evidence is in investigating or prosecuting crimes.'],
        [
          'd',
          'Assessing the risk that a person offends or re-offends, not only by profiling, or ' +
            "assessing a person's traits or past criminal behaviour.",
        ],
        ['e', 'Profiling people in detecting, investigating or prosecuting crimes.'],
      ],
    ],
    [
      '7',
      'Migration, asylum and border control, where Union or national law permits it',
      [
        ['a', 'Polygraphs and similar tools.'],
        [
          'b',
          'Assessing a security, irregular migration or health risk posed by a person who intends ' +
            'to enter or has entered a Member State.',
        ],
        [
          'c',
          'Examining applications for asylum, visas or residence permits and related complaints, ' +
            'including how reliable the evidence is.',
        ],
        [
          'd',
          'Detecting, recognising or identifying people at borders (checking travel documents ' +
            'excepted).',
        ],
      ],
    ],
    [
      '8',
      'Administration of justice and democratic processes',
      [
        [
          'a',
          'Helping a judicial authority, or an alternative dispute resolution body, to research ' +
            'and interpret facts and the law and to apply the law to facts.',
        ],
        [
          'b',
          'Influencing the outcome of an election or referendum, or how people vote (tools that ' +
            'organise campaigns without reaching voters directly excepted).',
        ],
      ],
    ],
  ];

const annexIII: AnnexIIIArea[] = annexIIIRows.map(([area, title, points]) => ({
  id: area,
  citation: `Annex III point ${area}`,
  title,
  points: points.map(([letter, summary]) => ({
    id: letter ? `annex-iii-${area}-${letter}` : `annex-iii-${area}`,
    citation: letter ? `Annex III point ${area}(${letter})` : `Annex III point ${area}`,
    summary,
  })),
}));

const derogationConditions: AiActProvision[] = [
  {
    id: 'art-6-3-a',
    citation: 'Art. 6(3)(a)',
    summary: 'The system performs a narrow procedural task.',
  },
  {
    id: 'art-6-3-b',
    citation: 'Art. 6(3)(b)',
    summary: 'The system improves the result of a human activity that is already completed.',
  },
  {
    id: 'art-6-3-c',
    citation: 'Art. 6(3)(c)',
    summary:
      'The system detects decision patterns, or departures from earlier patterns, and does not ' +
      'replace or sway a completed human assessment without proper human review.',
  },
  {
    id: 'art-6-3-d',
    citation: 'Art. 6(3)(d)',
    summary:
      'The system performs a preparatory task for an assessment in one of the Annex III uses.',
  },
];

const profiling: AiActProvision = {
  id: 'art-6-3-profiling',
  citation: 'Art. 6(3), last subparagraph',
  summary:
    'An Annex III system that profiles natural persons is always high-risk: the derogation is ' +
    'not available to it.',
};

const transparency: AiActProvision[] = [
  {
    id: 'art-50-1',
    citation: 'Art. 50(1)',
    summary:
      'A system meant to interact directly with people tells them they are dealing with an AI ' +
      'system, unless that is obvious to a reasonably well-informed person.',
    exceptions: ['Systems authorised by law to detect, prevent, investigate or prosecute crimes.'],
  },
  {
    id: 'art-50-2',
    citation: 'Art. 50(2)',
    summary:
      'A system that generates synthetic audio, images, video or text marks its output, in a ' +
      'machine-readable way, as artificially generated or manipulated.',
    exceptions: [
      'Assistive editing that does not substantially change the input.',
      'Uses authorised by law to detect, prevent, investigate or prosecute crimes.',
    ],
  },
  {
    id: 'art-50-3',
    citation: 'Art. 50(3)',
    summary:
      'The deployer of an emotion recognition or biometric categorisation system tells the people ' +
      'exposed to it that it runs.',
    exceptions: ['Uses permitted by law to detect, prevent or investigate crimes.'],
  },
  {
    id: 'art-50-4-deep-fake',
    citation: 'Art. 50(4), first subparagraph',
    summary:
      'The deployer of a system that makes deep fakes (image, audio or video) says that the ' +
      'content is artificially generated or manipulated.',
    exceptions: [
      'Evidently artistic, creative, satirical or fictional work: disclosed in a way that does ' +
        'not spoil the work.',
    ],
  },
  {
    id: 'art-50-4-text',
    citation: 'Art. 50(4), second subparagraph',
    summary:
      'The deployer of a system that writes or changes text published to inform the public on ' +
      'matters of public interest says that the text is AI-generated.',
    exceptions: [
      'The text went through human review or editorial control, and someone holds editorial ' +
        'responsibility for it.',
    ],
  },
];

const gpai: AiActProvision[] = [
  {
    id: 'art-53',
    citation: 'Art. 53',
    summary:
      'The provider of a general-purpose AI model keeps technical documentation for the ' +
      'authorities, gives those who build on the model what they need to know, has a policy to ' +
      'respect Union copyright law, and publishes a summary of the content used for training.',
    exceptions: [
      'Art. 53(2): a model released under a free and open-source licence, with its weights and ' +
        'architecture public, owes only the copyright policy and the training summary, unless it ' +
        'has systemic risk.',
    ],
  },
  {
    id: 'art-55',
    citation: 'Art. 55',
    summary:
      'The provider of a model with systemic risk also evaluates the model (adversarial testing ' +
      'included), assesses and reduces systemic risks, tracks and reports serious incidents to ' +
      'the AI Office, and protects the model and its infrastructure against attack.',
  },
];

const dates: AiActDate[] = [
  {
    id: 'entry-into-force',
    date: '2024-08-01',
    citation: 'Art. 113, first paragraph',
    summary: 'The Regulation entered into force (twenty days after its publication).',
  },
  {
    id: 'prohibitions',
    date: '2025-02-02',
    citation: 'Art. 113(a)',
    summary: 'Chapters I and II apply: the general provisions, AI literacy and the prohibitions.',
  },
  {
    id: 'gpai',
    date: '2025-08-02',
    citation: 'Art. 113(b)',
    summary:
      'The rules on general-purpose AI models, governance, notified bodies and penalties apply ' +
      '(models placed on the market before this date have until 2 August 2027, Art. 111(3)).',
  },
  {
    id: 'general',
    date: '2026-08-02',
    citation: 'Art. 113, second paragraph',
    summary:
      'The rest of the Regulation applies, the Annex III high-risk rules and Art. 50 included.',
  },
  {
    id: 'annex-i',
    date: '2027-08-02',
    citation: 'Art. 113(c)',
    summary: 'Art. 6(1) and the duties that follow from it apply: high-risk systems by Annex I.',
  },
];

const omnibus: AiActAmendment = {
  id: 'digital-omnibus-ai',
  title: 'Digital Omnibus on AI',
  reference: 'COM(2025) 836',
  proposed: '2025-11-19',
  status: 'adopted',
  steps: [
    { date: '2025-11-19', step: 'proposed by the Commission' },
    { date: '2026-05-07', step: 'provisional agreement of the Parliament and the Council' },
    { date: '2026-06-16', step: 'adopted by the European Parliament' },
    { date: '2026-06-29', step: 'adopted by the Council' },
  ],
  statusNote:
    'The sources we checked report the Parliament and the Council adopting the text; they do not ' +
    'confirm its publication in the Official Journal, and so its entry into force. This table ' +
    'therefore applies the dates of Regulation (EU) 2024/1689 as published and shows the amended ' +
    'date beside each one it would move. A host that has confirmed the amendment in force can ' +
    'pass a table with status "in-force".',
  changes: [
    {
      date: 'general',
      newDate: '2027-12-02',
      summary: 'The high-risk rules for Annex III systems would apply from 2 December 2027.',
    },
    {
      date: 'annex-i',
      newDate: '2028-08-02',
      summary: 'The high-risk rules for Annex I systems would apply from 2 August 2028.',
    },
    {
      summary:
        'Art. 50(2) marking would have a grace period until 2 December 2026 for systems placed on ' +
        'the market before 2 August 2026; the other Art. 50 duties keep 2 August 2026.',
    },
    {
      summary:
        'A new prohibition in Art. 5 would cover systems generating non-consensual intimate ' +
        'images or child sexual abuse material, from 2 December 2026. This table does not screen ' +
        'for it yet.',
    },
  ],
  sources: [
    'https://www.nicfab.eu/en/posts/digital-omnibus-ai',
    'https://www.whitecase.com/insight-alert/eu-agrees-digital-omnibus-deal-simplify-ai-rules',
    'https://www.europeanoutdoorgroup.com/members-knowledge-hub/european-parliament-adopts-provisional-agreement-on-ai-omnibus',
    'https://dlapiper.vercel.app/en-at/insights/publications/law-in-tech/2026/digital-omnibus-on-ai',
  ],
  checkedOn: '2026-12-04',
};

/** [role, trigger, citation, crosswalk article, short title, summary, date id]. */
type DutyRow = readonly [AiActRole, AiActTrigger, string, string, string, string, string];

const dutyRows: readonly DutyRow[] = [
  // every AI system
  [
    'provider',
    'any-system',
    'Art. 4',
    '4',
    'AI literacy',
    'Make sure the people who build and run the system know enough about AI for their task.',
    'prohibitions',
  ],
  [
    'deployer',
    'any-system',
    'Art. 4',
    '4',
    'AI literacy',
    'Make sure the people who operate the system know enough about AI for their task.',
    'prohibitions',
  ],
  // prohibited practices
  [
    'provider',
    'prohibited',
    'Art. 5',
    '5',
    'Prohibited AI practices',
    'Do not place the system on the market or put it into service.',
    'prohibitions',
  ],
  [
    'deployer',
    'prohibited',
    'Art. 5',
    '5',
    'Prohibited AI practices',
    'Do not use the system.',
    'prohibitions',
  ],
  [
    'importer',
    'prohibited',
    'Art. 5',
    '5',
    'Prohibited AI practices',
    'Do not bring the system onto the Union market.',
    'prohibitions',
  ],
  [
    'distributor',
    'prohibited',
    'Art. 5',
    '5',
    'Prohibited AI practices',
    'Do not make the system available.',
    'prohibitions',
  ],
  [
    'product-manufacturer',
    'prohibited',
    'Art. 5',
    '5',
    'Prohibited AI practices',
    'Do not build the system into a product.',
    'prohibitions',
  ],
  // provider of a high-risk system
  [
    'provider',
    'high-risk',
    'Art. 9',
    '9',
    'Risk management system',
    'Run a risk management process over the whole life of the system.',
    'general',
  ],
  [
    'provider',
    'high-risk',
    'Art. 10',
    '10',
    'Data and data governance',
    'Govern the training, validation and test data: relevant, representative, examined for bias.',
    'general',
  ],
  [
    'provider',
    'high-risk',
    'Art. 11',
    '11',
    'Technical documentation',
    'Write and keep the technical documentation before the system goes to market.',
    'general',
  ],
  [
    'provider',
    'high-risk',
    'Art. 12',
    '12',
    'Record-keeping',
    'Let the system log events automatically over its lifetime.',
    'general',
  ],
  [
    'provider',
    'high-risk',
    'Art. 13',
    '13',
    'Transparency and provision of information to deployers',
    'Give deployers clear instructions for use.',
    'general',
  ],
  [
    'provider',
    'high-risk',
    'Art. 14',
    '14',
    'Human oversight',
    'Design the system so people can oversee, override and stop it.',
    'general',
  ],
  [
    'provider',
    'high-risk',
    'Art. 15',
    '15',
    'Accuracy, robustness and cybersecurity',
    'Reach and declare suitable accuracy, robustness and security.',
    'general',
  ],
  [
    'provider',
    'high-risk',
    'Art. 16',
    '16',
    'Obligations of providers of high-risk AI systems',
    'Meet the requirements above, name yourself on the system, and take the steps that follow.',
    'general',
  ],
  [
    'provider',
    'high-risk',
    'Art. 17',
    '17',
    'Quality management system',
    'Run a documented quality management system.',
    'general',
  ],
  [
    'provider',
    'high-risk',
    'Art. 43',
    '43',
    'Conformity assessment',
    'Have the system assessed for conformity before it goes to market.',
    'general',
  ],
  [
    'provider',
    'high-risk',
    'Art. 47',
    '47',
    'EU declaration of conformity',
    'Sign an EU declaration of conformity.',
    'general',
  ],
  [
    'provider',
    'high-risk',
    'Art. 48',
    '48',
    'CE marking',
    'Put the CE marking on the system.',
    'general',
  ],
  [
    'provider',
    'high-risk-annex-iii',
    'Art. 49(1)',
    '49',
    'Registration',
    'Register the system in the EU database before it goes to market.',
    'general',
  ],
  [
    'provider',
    'high-risk',
    'Art. 72',
    '72',
    'Post-market monitoring by providers',
    'Monitor the system once it is in use, by a plan.',
    'general',
  ],
  [
    'provider',
    'high-risk',
    'Art. 73',
    '73',
    'Reporting of serious incidents',
    'Report serious incidents to the market surveillance authorities.',
    'general',
  ],
  // deployer of a high-risk system
  [
    'deployer',
    'high-risk',
    'Art. 26',
    '26',
    'Obligations of deployers of high-risk AI systems',
    'Use the system by its instructions, assign competent human oversight, check input data, monitor it, keep its logs and inform workers.',
    'general',
  ],
  [
    'deployer',
    'high-risk-annex-iii',
    'Art. 26(11)',
    '26(11)',
    'Obligations of deployers of high-risk AI systems',
    'Tell the people the system makes or helps make decisions about that it is used on them.',
    'general',
  ],
  [
    'deployer',
    'fria',
    'Art. 27',
    '27',
    'Fundamental rights impact assessment for high-risk AI systems',
    'Assess the effect on fundamental rights before first use, and notify the authority of the results.',
    'general',
  ],
  [
    'deployer',
    'high-risk-annex-iii',
    'Art. 86',
    '86',
    'Right to explanation of individual decision-making',
    'Be able to explain, to a person affected by a decision based on the system, what role the system played.',
    'general',
  ],
  // importer, distributor, product manufacturer
  [
    'importer',
    'high-risk',
    'Art. 23',
    '23',
    'Obligations of importers',
    'Check that the provider did the conformity assessment, the documentation and the marking before you import the system.',
    'general',
  ],
  [
    'distributor',
    'high-risk',
    'Art. 24',
    '24',
    'Obligations of distributors',
    'Check the CE marking, the declaration and the instructions before you make the system available.',
    'general',
  ],
  [
    'product-manufacturer',
    'high-risk-annex-i',
    'Art. 25(3)',
    '25',
    'Responsibilities along the AI value chain',
    'When the system is a safety component of your product and goes to market under your name, you are its provider and owe the provider duties (Art. 16).',
    'annex-i',
  ],
  // Art. 6(3) derogation
  [
    'provider',
    'derogation',
    'Art. 6(4)',
    '6',
    'Classification rules for high-risk AI systems',
    'Document why the system is not high-risk before it goes to market, and show it to the authorities on request.',
    'general',
  ],
  [
    'provider',
    'derogation',
    'Art. 49(2)',
    '49',
    'Registration',
    'Register the system in the EU database even so.',
    'general',
  ],
  // transparency
  [
    'provider',
    'transparency-50-1',
    'Art. 50(1)',
    '50',
    'Transparency obligations for providers and deployers of certain AI systems',
    'Tell people they are interacting with an AI system.',
    'general',
  ],
  [
    'provider',
    'transparency-50-2',
    'Art. 50(2)',
    '50',
    'Transparency obligations for providers and deployers of certain AI systems',
    'Mark generated content, machine-readably, as AI-generated.',
    'general',
  ],
  [
    'deployer',
    'transparency-50-3',
    'Art. 50(3)',
    '50',
    'Transparency obligations for providers and deployers of certain AI systems',
    'Tell the people exposed to emotion recognition or biometric categorisation.',
    'general',
  ],
  [
    'deployer',
    'transparency-50-4-deep-fake',
    'Art. 50(4)',
    '50',
    'Transparency obligations for providers and deployers of certain AI systems',
    'Disclose that deep-fake content is artificially generated or manipulated.',
    'general',
  ],
  [
    'deployer',
    'transparency-50-4-text',
    'Art. 50(4)',
    '50',
    'Transparency obligations for providers and deployers of certain AI systems',
    'Disclose that published text on matters of public interest is AI-generated.',
    'general',
  ],
  // general-purpose AI models
  [
    'gpai-provider',
    'gpai',
    'Art. 53',
    '53',
    'Obligations for providers of general-purpose AI models',
    'Keep technical documentation, inform downstream providers, respect copyright and publish a training summary.',
    'gpai',
  ],
  [
    'gpai-provider',
    'gpai-systemic',
    'Art. 55',
    '55',
    'Obligations of providers of general-purpose AI models with systemic risk',
    'Evaluate and test the model, reduce systemic risks, report serious incidents and secure the model.',
    'gpai',
  ],
];

/** The id of a duty: role and citation (`deployer-art-26-11`). */
const dutyId = (role: string, citation: string) =>
  `${role}-${citation
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;

const duties: AiActDuty[] = dutyRows.map(
  ([role, trigger, citation, article, title, summary, appliesFrom]) => ({
    id: dutyId(role, citation),
    role,
    trigger,
    citation,
    article,
    title,
    summary,
    appliesFrom,
  }),
);

/** The table aimskit ships: Regulation (EU) 2024/1689 as published, with the pending amendment. */
export const euAiAct: AiActTable = {
  source: {
    title:
      'Regulation (EU) 2024/1689 of the European Parliament and of the Council laying down ' +
      'harmonised rules on artificial intelligence (Artificial Intelligence Act)',
    reference: 'Regulation (EU) 2024/1689',
    journal: 'OJ L, 12.7.2024',
    url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
  },
  notice: AI_ACT_NOTICE,
  prohibited,
  annexI,
  annexIII,
  derogation: { conditions: derogationConditions, profiling },
  transparency,
  gpai,
  duties,
  dates,
  amendments: [omnibus],
};
