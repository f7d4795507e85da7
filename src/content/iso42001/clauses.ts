/**
 * Sections for clauses 4 … 10: the management system itself. Clauses are mandatory, so every question
 * uses the maturity scale without N/A. Questions, help and recommendations are aimskit's own words.
 */
import { clause, section, type SectionInput } from './build.js';

const ISMS = 'If you run an ISO/IEC 27001 ISMS,';

export const clauseSections: SectionInput[] = [
  section(
    '4',
    'Why and where you run an AI management system: your situation, the people with a stake in it, and its boundaries.',
    [
      clause({
        id: 'c4-1-context',
        requirement: '4.1',
        evidence: 'documentation',
        tags: ['leadership'],
        text: 'Have you worked out which internal and external factors shape how your organisation develops, provides or uses AI, including your role for each AI system?',
        help: `Good practice: a short, maintained analysis of what affects your AI work: laws and regulators, customer expectations, the technology and suppliers you depend on, your strategy and culture, and sustainability concerns. It states your role for each AI system (developer, provider, user, …) and what each system is for. ${ISMS} extend its context analysis instead of starting a new one.`,
        recommendation:
          'Run a workshop with legal, product and engineering leads to list the factors affecting your AI work and your role for each AI system; record the result and review it yearly.',
      }),
      clause({
        id: 'c4-2-interested-parties',
        requirement: '4.2',
        evidence: 'documentation',
        tags: ['leadership'],
        text: 'Do you know who has a stake in your AI systems and what they require or expect of you?',
        help: `Good practice: a register of interested parties (customers, people affected by AI outputs, regulators, staff, suppliers, investors) with their relevant requirements, including legal and contractual ones, and a decision on which of them the management system will address. ${ISMS} its interested-parties register is a good start; add AI-specific parties such as people subject to automated decisions.`,
        recommendation:
          'Build a register of interested parties and their AI-related requirements, mark the ones you commit to meet, and give the register an owner.',
      }),
      clause({
        id: 'c4-3-scope',
        requirement: '4.3',
        evidence: 'documentation',
        tags: ['leadership'],
        text: 'Is the scope of your AI management system written down, naming the units, AI systems and activities it covers and explaining any boundaries?',
        help: 'Good practice: a scope statement that follows from your context and interested-parties analysis, names the organisational units, locations, AI systems and activities covered, and explains the interfaces with what lies outside (for example a group platform run by a parent company). Documented information to keep: the scope of the AI management system.',
        recommendation:
          'Draft a one-page scope statement from your list of AI systems and roles, have top management approve it and make it available internally.',
      }),
      clause({
        id: 'c4-4-aims',
        requirement: '4.4',
        evidence: 'operation',
        tags: ['leadership', 'improvement'],
        text: 'Do you run your AI management system as a connected set of processes that are set up, kept going and improved, rather than as a pile of separate documents?',
        help: 'Good practice: the processes the management system needs (policy, risk, impact assessment, life cycle, suppliers, audit, review) are identified, each with an owner, inputs and outputs, and they feed one another. Many organisations run the AIMS inside an existing ISO/IEC 27001 or ISO 9001 management system and share audit, review and document control.',
        recommendation:
          'Map the AIMS processes on one page with owner, inputs, outputs and links between them, and decide which ones you share with existing management systems.',
      }),
    ],
  ),
  section(
    '5',
    'How top management leads: commitment, the AI policy and who is responsible for what.',
    [
      clause({
        id: 'c5-1-leadership',
        requirement: '5.1',
        evidence: 'operation',
        tags: ['leadership'],
        text: 'Does top management actively lead the AI management system by setting direction, providing resources and following up on results?',
        help: 'Good practice: leaders approve the AI policy and objectives, build AI governance into normal business processes rather than a side project, provide budget and people, explain why responsible AI matters, and follow up on results. An auditor will look for minutes, decisions, budget lines and messages from leadership.',
        recommendation:
          'Put AI management on the agenda of a regular top-management meeting, name an executive sponsor and give it a yearly budget line.',
      }),
      clause({
        id: 'c5-2-policy',
        requirement: '5.2',
        evidence: 'documentation',
        tags: ['policy', 'leadership'],
        text: 'Is there an AI policy, approved by top management, that fits your purpose, frames your AI objectives and commits to meeting requirements and to continual improvement?',
        help: 'Good practice: a short policy, signed off by top management, stating what the organisation intends when it develops, provides or uses AI. It gives a frame for AI objectives, commits to meeting applicable requirements and to improving continually, is communicated to staff and is available to interested parties where appropriate. Documented information to keep: the AI policy.',
        recommendation:
          'Write a two-page AI policy containing these commitments, have top management approve it and publish it where all staff can find it.',
      }),
      clause({
        id: 'c5-3-roles',
        requirement: '5.3',
        evidence: 'documentation',
        tags: ['roles', 'leadership'],
        text: 'Are responsibilities and authorities for the AI management system assigned, written down and known to the people who hold them?',
        help: `Good practice: named people are responsible for making the management system meet its requirements and for reporting on its performance to top management; role descriptions or a RACI chart show who decides what. ${ISMS} extend its roles rather than creating a parallel set.`,
        recommendation:
          'Draw up a RACI chart for AI governance (policy, risk, impact assessment, development, operation, audit) and confirm each assignment with the person named.',
      }),
    ],
  ),
  section(
    '6',
    'Planning: risks and opportunities, risk assessment and treatment, impact assessment, objectives and changes.',
    [
      clause({
        id: 'c6-1-1-risks-opportunities',
        requirement: '6.1.1',
        evidence: 'documentation',
        tags: ['risk'],
        text: 'Have you set out how you identify the risks and opportunities that could affect your AI management system, and how you plan actions for them?',
        help: 'Good practice: a planning step that starts from your context and interested parties, looks at what could stop the management system achieving its intended outcomes and where AI creates opportunities, sets criteria for which AI risks are acceptable, and plans actions built into normal processes. The risk matrix in this tool is one way to express your risk criteria.',
        recommendation:
          'Define your AI risk criteria (likelihood, impact and appetite) and record the main risks and opportunities for the management system itself, each with a planned action.',
      }),
      clause({
        id: 'c6-1-2-risk-assessment',
        requirement: '6.1.2',
        evidence: 'documentation',
        tags: ['risk'],
        text: 'Do you have a defined, repeatable method for assessing AI risks that gives consistent and comparable results?',
        help: `Good practice: a written method that identifies risks from each AI system to the organisation, to individuals and to society, judges their likelihood and consequences (using impact assessment results), and rates them against your risk criteria so priorities are clear. Run twice on the same system, it should give similar results. ${ISMS} reuse its risk method and extend it to harms that are not about security, such as unfair outcomes or loss of autonomy. Documented information to keep: the AI risk assessment process.`,
        recommendation:
          'Write down your AI risk assessment method (steps, scales, participants) and pilot it on one AI system before rolling it out.',
      }),
      clause({
        id: 'c6-1-3-risk-treatment',
        requirement: '6.1.3',
        evidence: 'documentation',
        tags: ['risk'],
        text: 'Do you have a process for choosing how each AI risk is treated, leading to a treatment plan that the risk owners approve?',
        help: 'Good practice: for each risk above your appetite you choose an option (reduce, avoid, share or accept), decide which controls are needed, and compare them with Annex A so nothing necessary is missed. A treatment plan lists actions, owners and dates, and risk owners approve it and accept the risk that remains. Documented information to keep: the AI risk treatment process and the risk treatment plan.',
        recommendation:
          'Create a risk treatment plan that lists, for every risk above appetite, the chosen controls, an owner, a due date and the remaining risk the owner accepts.',
      }),
      clause({
        id: 'c6-1-3-soa',
        requirement: '6.1.3',
        evidence: 'documentation',
        tags: ['risk', 'transparency'],
        text: 'Do you keep a Statement of Applicability that lists every Annex A control, whether it applies and why, and whether it is implemented?',
        help: 'Good practice: one table covering all Annex A controls and any you added yourself, with the reason for including or excluding each and its implementation status, kept in step with the risk treatment plan. The SoA table in this tool derives a first version from your answers. Documented information to keep: the Statement of Applicability.',
        recommendation:
          'Produce a first Statement of Applicability from this assessment, add a justification for every excluded control and have it approved.',
      }),
      clause({
        id: 'c6-1-4-impact-assessment',
        requirement: '6.1.4',
        evidence: 'documentation',
        tags: ['impact-assessment'],
        text: 'Have you set up how you assess the possible consequences of your AI systems for individuals, groups and society, and how the results feed into risk assessment?',
        help: 'Good practice: a defined process saying when an impact assessment is due (new system, significant change, new use or user group), which consequences it considers (rights, safety, fairness, privacy, environment), and how its results inform risk assessment and treatment. Documented information to keep: the results of AI system impact assessments.',
        recommendation:
          'Adopt an impact assessment template and a list of triggers, and run it first on your highest-risk AI system.',
      }),
      clause({
        id: 'c6-2-objectives',
        requirement: '6.2',
        evidence: 'documentation',
        tags: ['policy', 'monitoring'],
        text: 'Have you set measurable AI objectives, with plans saying what will be done, by whom, by when and how results will be judged?',
        help: 'Good practice: a few objectives consistent with the AI policy (for example "every new AI system has an impact assessment before release"), each with an owner, resources, deadline and measure, communicated to those involved and updated when circumstances change. Documented information to keep: the AI objectives.',
        recommendation:
          'Set three to five measurable AI objectives for the coming year, each with an owner, a measure and a deadline, and track them in management review.',
      }),
      clause({
        id: 'c6-3-changes',
        requirement: '6.3',
        evidence: 'operation',
        tags: ['leadership', 'improvement'],
        text: 'When the AI management system itself has to change, are the changes planned and carried out in a controlled way?',
        help: 'Good practice: changes to the management system (new processes, a wider scope, a reorganisation) are planned before they happen, considering their purpose, possible consequences, the resources needed and who is responsible, instead of being discovered afterwards.',
        recommendation:
          'Add a short change-planning step (purpose, consequences, owner, resources) for every change to your AI governance processes or scope.',
      }),
    ],
  ),
  section(
    '7',
    'Support: resources, competence, awareness, communication and documented information.',
    [
      clause({
        id: 'c7-1-resources',
        requirement: '7.1',
        evidence: 'operation',
        tags: ['resources'],
        text: 'Are the people, budget, tools and time that the AI management system needs identified and actually provided?',
        help: 'Good practice: the effort needed to run and improve the management system is estimated, approved and reviewed, including specialist skills (data science, law, ethics, security) and tooling, and shortfalls are visible to management.',
        recommendation:
          'Estimate what the AIMS needs for the next year (people, tools, outside help) and have it approved as part of the budget.',
      }),
      clause({
        id: 'c7-2-competence',
        requirement: '7.2',
        evidence: 'documentation',
        tags: ['competence'],
        text: 'Do you know what competence each AI-related role needs, and can you show that the people in those roles have it?',
        help: `Good practice: required competences are defined per role (for example model validation, data protection, impact assessment), gaps are closed by training, mentoring or hiring, and you check that this worked. ${ISMS} extend its competence records. Documented information to keep: evidence of competence, such as training records, certificates or CVs.`,
        recommendation:
          "Write a competence matrix for AI roles, record each person's current skills against it and plan training for the gaps.",
      }),
      clause({
        id: 'c7-3-awareness',
        requirement: '7.3',
        evidence: 'operation',
        tags: ['competence', 'policy'],
        text: 'Are the people who work with AI aware of the AI policy, of how they contribute to the management system and of what happens if they do not follow it?',
        help: 'Good practice: onboarding and regular refreshers cover the AI policy, acceptable use of AI tools, how to raise concerns, and the consequences of ignoring the rules. Staff asked at random can explain these in their own words.',
        recommendation:
          'Add an AI module to onboarding and yearly awareness training, and check understanding with a short quiz.',
      }),
      clause({
        id: 'c7-4-communication',
        requirement: '7.4',
        evidence: 'documentation',
        tags: ['transparency'],
        text: 'Have you decided what you communicate about AI, inside and outside the organisation, when, to whom, how and by whom?',
        help: 'Good practice: a communication plan covering messages about your AI systems and the management system to staff, customers, regulators and affected people, with timing, channels and who may speak for the organisation on AI.',
        recommendation:
          'Write a short communication plan as a table (topic, audience, timing, channel, owner) for AI matters.',
      }),
      clause({
        id: 'c7-5-1-documented-information',
        requirement: '7.5.1',
        evidence: 'documentation',
        tags: ['transparency'],
        text: 'Do you know which documented information your AI management system needs, and does all of it exist?',
        help: 'Good practice: a register of the documents and records the management system needs, both those the standard asks for and those you decided are needed to run it well. Documented information to keep, at least: the scope, the AI policy, the risk assessment and risk treatment processes, the risk treatment plan, the Statement of Applicability, impact assessment results, the AI objectives, evidence of competence, monitoring results, the audit programme and audit results, management review results, and nonconformities with their corrective actions.',
        recommendation:
          'Make a register of the documented information you need, with location and owner for each item, and fill the gaps it shows.',
      }),
      clause({
        id: 'c7-5-2-creating-updating',
        requirement: '7.5.2',
        evidence: 'documentation',
        tags: ['transparency'],
        text: 'When documents are created or updated, are they identified, in a suitable format, and reviewed and approved before use?',
        help: `Good practice: documents carry a title, owner, version and date; someone with authority reviews and approves them; the format (wiki, document system, code repository) suits the readers. ${ISMS} its document procedure can usually be applied unchanged.`,
        recommendation:
          'Adopt a simple document standard (title, owner, version, date, approver) and apply it first to your AI policy and procedures.',
      }),
      clause({
        id: 'c7-5-3-control',
        requirement: '7.5.3',
        evidence: 'operation',
        tags: ['transparency'],
        text: 'Is documented information controlled so that it is available where needed, protected, versioned, and kept or disposed of as planned?',
        help: 'Good practice: the current version is easy to find for those who need it, access is restricted as needed, changes are tracked, obsolete versions cannot be used by mistake, and records are kept for a defined period. Documents from outside, such as supplier model cards or contracts, are controlled too.',
        recommendation:
          'Keep AI governance documents in a system with access control and version history, and set a retention period for each kind of record.',
      }),
    ],
  ),
  section(
    '8',
    'Operation: running the planned processes, and carrying out risk assessments, risk treatment and impact assessments.',
    [
      clause({
        id: 'c8-1-operational-control',
        requirement: '8.1',
        evidence: 'operation',
        tags: ['life-cycle', 'third-parties'],
        text: 'Are the processes needed to meet your AI requirements planned, run against defined criteria and controlled, including processes that suppliers run for you?',
        help: 'Good practice: the actions from risk treatment and objectives are built into everyday processes with criteria for doing them well; you keep enough records to be confident they ran as planned; planned changes are controlled and unintended ones reviewed; outsourced processes are controlled too.',
        recommendation:
          'For each planned control, name the process it lives in, the criterion for doing it well and the record that proves it ran.',
      }),
      clause({
        id: 'c8-2-risk-assessment',
        requirement: '8.2',
        evidence: 'operation',
        tags: ['risk'],
        text: 'Do you actually carry out AI risk assessments at planned intervals and when significant changes happen, and keep the results?',
        help: 'Good practice: a schedule of risk assessments (at least yearly for each AI system) plus triggers (new model, new data source, new use, incident), with results stored and traceable to the system and date. Documented information to keep: the results of all AI risk assessments.',
        recommendation:
          'Set a risk assessment calendar per AI system and write down the changes that trigger an extra assessment.',
      }),
      clause({
        id: 'c8-3-risk-treatment',
        requirement: '8.3',
        evidence: 'operation',
        tags: ['risk'],
        text: 'Is the risk treatment plan carried out, with the effect of each action checked and the plan updated when new risks appear?',
        help: 'Good practice: treatment actions are completed on time, their effect on the risk is verified, and new or changed risks go back through assessment and treatment. Documented information to keep: the results of AI risk treatment.',
        recommendation:
          'Review the status of every treatment action monthly and re-rate each risk once its actions are complete.',
      }),
      clause({
        id: 'c8-4-impact-assessment',
        requirement: '8.4',
        evidence: 'operation',
        tags: ['impact-assessment'],
        text: 'Are AI system impact assessments carried out at planned intervals and whenever significant changes are proposed, and are their results kept?',
        help: 'Good practice: every AI system in scope has a current impact assessment, repeated on schedule and before significant changes go live. Documented information to keep: the results of all AI system impact assessments.',
        recommendation:
          'List which AI systems have a current impact assessment, schedule the missing ones, and add an impact assessment step to your change process.',
      }),
    ],
  ),
  section(
    '9',
    'Performance evaluation: monitoring and measurement, internal audit and management review.',
    [
      clause({
        id: 'c9-1-monitoring',
        requirement: '9.1',
        evidence: 'operation',
        tags: ['monitoring'],
        text: 'Have you decided what to monitor and measure about the management system and your AI systems, how and when, and do you evaluate the results?',
        help: 'Good practice: a small set of indicators (progress on objectives, treatment status, incidents, model performance and drift, audit findings), each with a method, frequency and owner, and someone who evaluates the results and reports them. Documented information to keep: monitoring and measurement results.',
        recommendation:
          'Choose five to ten indicators, assign an owner to each and report them to management every quarter.',
      }),
      clause({
        id: 'c9-2-1-internal-audit',
        requirement: '9.2.1',
        evidence: 'documentation',
        tags: ['improvement'],
        text: "Do you carry out internal audits that check whether the AI management system meets your own requirements and the standard's, and works effectively?",
        help: `Good practice: audits at planned intervals by people who are objective (they do not audit their own work), with findings reported to the managers concerned. ${ISMS} its audit programme can be extended to the AIMS, with auditors trained in AI topics.`,
        recommendation:
          'Plan a first internal audit of the AIMS with an objective auditor, internal or external, well before any certification audit.',
      }),
      clause({
        id: 'c9-2-2-audit-programme',
        requirement: '9.2.2',
        evidence: 'documentation',
        tags: ['improvement'],
        text: 'Is there an audit programme that sets frequency, methods, responsibilities and reporting, with criteria and scope defined for each audit?',
        help: 'Good practice: a multi-year programme covering every clause and every applicable control, auditing higher-risk areas and those with past problems more often, with criteria and scope per audit and results that reach management. Documented information to keep: the audit programme and the audit results.',
        recommendation:
          'Write a three-year audit programme covering all clauses and applicable Annex A controls, auditing higher-risk areas more often.',
      }),
      clause({
        id: 'c9-3-1-management-review',
        requirement: '9.3.1',
        evidence: 'documentation',
        tags: ['leadership', 'improvement'],
        text: 'Does top management review the AI management system at planned intervals to check that it is still suitable, adequate and effective?',
        help: 'Good practice: a management review at least once a year, led by top management, with an agenda, attendance list and minutes. Organisations with an ISO/IEC 27001 ISMS often hold one combined review for both management systems.',
        recommendation:
          'Schedule a yearly management review of the AIMS with top management and a fixed agenda.',
      }),
      clause({
        id: 'c9-3-2-review-inputs',
        requirement: '9.3.2',
        evidence: 'documentation',
        tags: ['leadership', 'monitoring'],
        text: 'Does the management review consider every input it needs, from open actions to performance data and changing expectations?',
        help: "Good practice: the agenda covers actions from earlier reviews, changes in external and internal issues and in interested parties' needs, performance information (nonconformities and corrective actions, monitoring results, audit results), and opportunities for improvement, each with its data attached.",
        recommendation:
          'Use a standard management review agenda listing every required input, and attach the supporting data for each.',
      }),
      clause({
        id: 'c9-3-3-review-results',
        requirement: '9.3.3',
        evidence: 'documentation',
        tags: ['leadership', 'improvement'],
        text: 'Do management reviews end in recorded decisions on improvements and on any changes the AI management system needs?',
        help: 'Good practice: the minutes record decisions, actions, owners and deadlines, and those actions are tracked to completion. Documented information to keep: the results of management reviews.',
        recommendation:
          'Record each management review decision as an action with an owner and a date, and track it until it is closed.',
      }),
    ],
  ),
  section('10', 'Improvement: getting better over time, and dealing with what goes wrong.', [
    clause({
      id: 'c10-1-improvement',
      requirement: '10.1',
      evidence: 'operation',
      tags: ['improvement'],
      text: 'Do you keep improving how suitable, adequate and effective your AI management system is?',
      help: 'Good practice: improvement ideas come from audits, reviews, incidents, monitoring and staff suggestions; they are prioritised and carried out, and you can show the management system getting better from year to year.',
      recommendation:
        'Keep an improvement log fed by audits, incidents and reviews, and report its progress in management review.',
    }),
    clause({
      id: 'c10-2-corrective-action',
      requirement: '10.2',
      evidence: 'documentation',
      tags: ['improvement', 'incidents'],
      text: 'When something goes wrong, do you correct it, find the root cause, act to stop it happening again and check that the action worked?',
      help: 'Good practice: nonconformities (a control not applied, a process that failed, an audit finding, a complaint) are recorded, contained and corrected; their causes are analysed, corrective actions are taken and their effect is verified before closing; the management system is updated where needed. Documented information to keep: nonconformities, the actions taken and the results of corrective actions.',
      recommendation:
        'Set up a log of nonconformities and corrective actions with a root-cause analysis and an effectiveness check before each one is closed.',
    }),
  ]),
];
