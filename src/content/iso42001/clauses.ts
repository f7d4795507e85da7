/**
 * Sections for clauses 4 … 10: the management system itself. Clauses are mandatory, so no question
 * offers N/A: practices use the maturity scale, "does document X exist" questions the yes / partly /
 * no scale. Each question asks one thing an auditor can test. Questions, help and recommendations are
 * aimskit's own words; `isms` advice shows only when the scope says an ISO/IEC 27001 ISMS exists.
 */
import { clause, clauseDocument, section, type QuestionInput, type SectionInput } from './build.js';

/** One element the AI policy must contain, as a yes / partly / no question on 5.2. */
const policyElement = (
  id: string,
  text: string,
  help: string,
  recommendation: string,
): QuestionInput =>
  clauseDocument({
    id: `c5-2-policy-${id}`,
    requirement: '5.2',
    evidence: 'documentation',
    tags: ['policy'],
    // Six checklist items together weigh as much as three questions.
    weight: 0.5,
    text,
    help,
    recommendation,
  });

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
        text: 'Have you worked out which internal and external factors shape how your organisation develops, provides or uses AI?',
        help: 'Good practice: a short, maintained analysis of what affects your AI work: laws and regulators, customer expectations, the technology and suppliers you depend on, your strategy and culture, and sustainability concerns.',
        isms: 'With an ISO/IEC 27001 ISMS: extend its context analysis with these AI factors instead of starting a new one.',
        recommendation:
          'Run a workshop with legal, product and engineering leads to list the factors affecting your AI work; record the result and review it yearly.',
      }),
      clauseDocument({
        id: 'c4-1-roles',
        requirement: '4.1',
        evidence: 'documentation',
        tags: ['leadership'],
        text: 'Is your role for each AI system (developer, provider, user or another) and what each system is for written down?',
        help: 'Good practice: a list of your AI systems, each with its intended purpose and the role you play for it. Your role decides which duties apply, for example under the EU AI Act, and which questions of this assessment concern you.',
        recommendation:
          'Add to your list of AI systems, for each one, its intended purpose and the role your organisation plays for it.',
      }),
      clause({
        id: 'c4-2-interested-parties',
        requirement: '4.2',
        evidence: 'documentation',
        tags: ['leadership'],
        text: 'Do you know who has a stake in your AI systems and what they require or expect of you?',
        help: 'Good practice: a register of interested parties (customers, people affected by AI outputs, regulators, staff, suppliers, investors) with their relevant requirements, including legal and contractual ones, and a decision on which of them the management system will address.',
        isms: 'With an ISO/IEC 27001 ISMS: its interested-parties register is a good start; add AI-specific parties such as people subject to automated decisions.',
        recommendation:
          'Build a register of interested parties and their AI-related requirements, mark the ones you commit to meet, and give the register an owner.',
      }),
      clauseDocument({
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
        help: 'Good practice: the processes the management system needs (policy, risk, impact assessment, life cycle, suppliers, audit, review) are identified, each with an owner, inputs and outputs, and they feed one another.',
        isms: 'With an ISO/IEC 27001 ISMS: many organisations run the AIMS inside it and share audit, management review and document control.',
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
        text: 'Does top management set the direction of the AI management system, approving its policy and objectives and building it into normal business processes?',
        help: 'Good practice: leaders approve the AI policy and objectives, make AI governance part of how the business runs rather than a side project, and explain why responsible AI matters. An auditor will look for approvals, decisions and messages from leadership.',
        recommendation:
          'Name an executive sponsor for AI management and have top management approve the AI policy and objectives in a recorded decision.',
      }),
      clause({
        id: 'c5-1-resources',
        requirement: '5.1',
        evidence: 'documentation',
        tags: ['leadership', 'resources'],
        text: 'Has top management provided the budget and people the AI management system needs?',
        help: 'Good practice: a budget line and named staff time for AI management, approved by top management; an auditor will ask to see the approval.',
        recommendation:
          'Give AI management a yearly budget line and named staff time, approved by top management.',
      }),
      clause({
        id: 'c5-1-follow-up',
        requirement: '5.1',
        evidence: 'operation',
        tags: ['leadership', 'monitoring'],
        text: 'Does top management follow up on the results of the AI management system, in meetings whose minutes show its decisions?',
        help: 'Good practice: AI management is a standing item of a regular top-management meeting; the minutes show the figures presented and what was decided.',
        recommendation:
          'Put AI management on the agenda of a regular top-management meeting and minute the decisions taken.',
      }),
      clauseDocument({
        id: 'c5-2-policy',
        requirement: '5.2',
        evidence: 'documentation',
        tags: ['policy', 'leadership'],
        text: 'Is there a written AI policy, approved by top management?',
        help: 'Good practice: a short policy, signed off by top management, stating what the organisation intends when it develops, provides or uses AI. The questions after this one check its elements one by one. Documented information to keep: the AI policy.',
        recommendation:
          'Write a two-page AI policy, have top management approve it and publish it where all staff can find it.',
      }),
      policyElement(
        'purpose',
        'Does the AI policy fit the purpose of your organisation, saying what you use, build or provide AI for?',
        'Check the text: an auditor compares what the policy says with what the organisation actually does with AI.',
        'Add a paragraph to the AI policy on what your organisation uses, builds or provides AI for.',
      ),
      policyElement(
        'objectives',
        'Does the AI policy give a frame for setting AI objectives?',
        'Check the text: it names the directions your AI objectives follow (for example fairness, safety, transparency), so that each objective can be traced to it.',
        'Add to the AI policy the principles your AI objectives are to follow, and refer to it when you set them.',
      ),
      policyElement(
        'requirements',
        'Does the AI policy commit to meeting the requirements that apply to your AI, such as laws, contracts and your own rules?',
        'Check the text for an explicit commitment, not only a list of laws.',
        'Add an explicit commitment to meet applicable legal, contractual and internal requirements to the AI policy.',
      ),
      policyElement(
        'improvement',
        'Does the AI policy commit to continually improving the AI management system?',
        'Check the text for an explicit commitment to improve, not only to maintain.',
        'Add an explicit commitment to continual improvement of the AI management system to the AI policy.',
      ),
      policyElement(
        'communicated',
        'Has the AI policy been communicated to the people working in the organisation?',
        'Evidence: an announcement, an intranet page, an onboarding step or training records; staff asked at random know where to find it.',
        'Announce the AI policy to all staff, add it to onboarding and keep a record of both.',
      ),
      policyElement(
        'available',
        'Is the AI policy available to interested parties where appropriate, for example on request or on your website?',
        'Evidence: a published version, or a documented way for customers, regulators and others to obtain it.',
        'Decide who outside the organisation may see the AI policy and how they get it, and write that down.',
      ),
      clauseDocument({
        id: 'c5-3-roles',
        requirement: '5.3',
        evidence: 'documentation',
        tags: ['roles', 'leadership'],
        text: 'Are responsibilities and authorities for the AI management system assigned to named people and written down?',
        help: 'Good practice: named people are responsible for making the management system meet its requirements and for reporting on its performance to top management; role descriptions or a RACI chart show who decides what.',
        isms: 'With an ISO/IEC 27001 ISMS: extend its roles rather than creating a parallel set.',
        recommendation:
          'Draw up a RACI chart for AI governance (policy, risk, impact assessment, development, operation, audit) and have top management approve it.',
      }),
      clause({
        id: 'c5-3-roles-known',
        requirement: '5.3',
        evidence: 'operation',
        tags: ['roles'],
        text: 'Do the people who hold these responsibilities know and accept them?',
        help: 'Good practice: each person named has confirmed the assignment and, asked by an auditor, can say what they answer for and whom they report to.',
        recommendation:
          'Confirm each AI governance assignment with the person named and keep the confirmation.',
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
        text: 'Have you identified the risks and opportunities that could affect your AI management system, using criteria that say which AI risks are acceptable?',
        help: 'Good practice: a planning step that starts from your context and interested parties, looks at what could stop the management system achieving its intended outcomes and where AI creates opportunities, and sets criteria for which AI risks are acceptable. The risk matrix in this tool is one way to express your risk criteria.',
        recommendation:
          'Define your AI risk criteria (likelihood, impact and appetite) and record the main risks and opportunities for the management system itself.',
      }),
      clause({
        id: 'c6-1-1-actions',
        requirement: '6.1.1',
        evidence: 'documentation',
        tags: ['risk'],
        text: 'Does each of those risks and opportunities have a planned action, built into a normal process, with a way to judge whether it worked?',
        help: 'Good practice: every risk or opportunity on the list has an action, an owner and a date, the action lives in a process people already run, and you decide beforehand how you will know it was effective.',
        recommendation:
          'Give each management-system risk and opportunity an action, an owner, a date and a check of effect, and track them in management review.',
      }),
      clause({
        id: 'c6-1-2-risk-assessment',
        requirement: '6.1.2',
        evidence: 'documentation',
        tags: ['risk'],
        text: 'Do you have a defined, repeatable method for assessing AI risks that gives consistent and comparable results?',
        help: 'Good practice: a written method that identifies risks from each AI system to the organisation, to individuals and to society, judges their likelihood and consequences (using impact assessment results), and rates them against your risk criteria so priorities are clear. Run twice on the same system, it should give similar results. Documented information to keep: the AI risk assessment process.',
        isms: 'With an ISO/IEC 27001 ISMS: reuse its risk method and extend it to harms that are not about security, such as unfair outcomes or loss of autonomy.',
        recommendation:
          'Write down your AI risk assessment method (steps, scales, participants) and pilot it on one AI system before rolling it out.',
      }),
      clause({
        id: 'c6-1-3-risk-treatment',
        requirement: '6.1.3',
        evidence: 'documentation',
        tags: ['risk'],
        text: 'Do you have a written process for choosing how each AI risk is treated and which controls it needs, compared against Annex A?',
        help: 'Good practice: for each risk above your appetite you choose an option (reduce, avoid, share or accept), decide which controls are needed, and compare them with Annex A so nothing necessary is missed. Documented information to keep: the AI risk treatment process.',
        recommendation:
          'Write down how a treatment option and its controls are chosen for each AI risk, including the comparison with Annex A.',
      }),
      clauseDocument({
        id: 'c6-1-3-treatment-plan',
        requirement: '6.1.3',
        evidence: 'documentation',
        tags: ['risk'],
        text: 'Is there an AI risk treatment plan, approved by the risk owners, who also accept the risk that remains?',
        help: 'Good practice: the plan lists, for every risk above appetite, its actions, owners and dates; each risk owner signs off the plan and the remaining risk, with the date. Documented information to keep: the risk treatment plan.',
        recommendation:
          'Create a risk treatment plan that lists, for every risk above appetite, the chosen controls, an owner, a due date and the remaining risk the owner accepts.',
      }),
      clauseDocument({
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
        text: 'Have you set up how you assess the possible consequences of your AI systems for individuals, groups and society?',
        help: 'Good practice: a defined process saying when an impact assessment is due (new system, significant change, new use or user group) and which consequences it considers (rights, safety, fairness, privacy, environment). Documented information to keep: the results of AI system impact assessments.',
        recommendation:
          'Adopt an impact assessment template and a list of triggers, and run it first on your highest-risk AI system.',
      }),
      clause({
        id: 'c6-1-4-risk-input',
        requirement: '6.1.4',
        evidence: 'operation',
        tags: ['impact-assessment', 'risk'],
        text: 'Do the results of impact assessments feed into your AI risk assessment and treatment?',
        help: 'Good practice: each risk assessment names the impact assessments it used, and harms found in an impact assessment appear as risks in the register.',
        recommendation:
          'Add a step to your risk assessment that reads the latest impact assessment of the system and carries its harms into the risk register.',
      }),
      clauseDocument({
        id: 'c6-2-objectives',
        requirement: '6.2',
        evidence: 'documentation',
        tags: ['policy', 'monitoring'],
        text: 'Are your AI objectives written down, each consistent with the AI policy and measurable?',
        help: 'Good practice: a few objectives consistent with the AI policy (for example "every new AI system has an impact assessment before release"), each with a measure, communicated to those involved and updated when circumstances change. Documented information to keep: the AI objectives.',
        recommendation:
          'Set three to five measurable AI objectives for the coming year, derived from the AI policy.',
      }),
      clause({
        id: 'c6-2-plans',
        requirement: '6.2',
        evidence: 'operation',
        tags: ['monitoring'],
        text: 'For each AI objective, is there a plan saying what will be done, with what resources, by whom, by when and how the result will be judged?',
        help: 'Good practice: each objective has an owner, resources, a deadline and a measure, and progress is reported where management can see it.',
        recommendation:
          'Give each AI objective an owner, resources, a deadline and a measure, and track them in management review.',
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
        text: 'Have you determined the people, budget, tools and time that the AI management system needs?',
        help: 'Good practice: the effort needed to run and improve the management system is estimated, including specialist skills (data science, law, ethics, security) and tooling, and reviewed each year.',
        recommendation:
          'Estimate what the AIMS needs for the next year (people, tools, outside help) and write the estimate down.',
      }),
      clause({
        id: 'c7-1-provided',
        requirement: '7.1',
        evidence: 'operation',
        tags: ['resources'],
        text: 'Are those resources actually provided, with shortfalls visible to management?',
        help: 'Good practice: the estimate is approved as part of the budget, the people named have the time, and a shortfall is reported rather than absorbed.',
        recommendation:
          'Have the AIMS resource estimate approved as part of the budget and report any shortfall in management review.',
      }),
      clause({
        id: 'c7-2-competence',
        requirement: '7.2',
        evidence: 'documentation',
        tags: ['competence'],
        text: 'Have you defined the competence each AI-related role needs, and do you close gaps by training, mentoring or hiring?',
        help: 'Good practice: required competences are defined per role (for example model validation, data protection, impact assessment), gaps are closed by training, mentoring or hiring, and you check that this worked.',
        recommendation:
          'Write a competence matrix for AI roles and plan training or hiring for the gaps it shows.',
      }),
      clauseDocument({
        id: 'c7-2-evidence',
        requirement: '7.2',
        evidence: 'documentation',
        tags: ['competence'],
        text: 'Are there records showing that the people in AI-related roles have the competence their role needs?',
        help: 'Good practice: for each person in an AI-related role, records that match the competence matrix. Documented information to keep: evidence of competence, such as training records, certificates or CVs.',
        isms: 'With an ISO/IEC 27001 ISMS: extend its competence records to the AI roles.',
        recommendation:
          "Record each person's current skills against the competence matrix and keep the training records and certificates with it.",
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
      clauseDocument({
        id: 'c7-5-1-documented-information',
        requirement: '7.5.1',
        evidence: 'documentation',
        tags: ['transparency'],
        text: 'Is there a register of the documented information your AI management system needs?',
        help: 'Good practice: a register of the documents and records the management system needs, both those the standard asks for and those you decided are needed to run it well. Documented information to keep, at least: the scope, the AI policy, the risk assessment and risk treatment processes, the risk treatment plan, the Statement of Applicability, impact assessment results, the AI objectives, evidence of competence, monitoring results, the audit programme and audit results, management review results, and nonconformities with their corrective actions.',
        recommendation:
          'Make a register of the documented information you need, with location and owner for each item.',
      }),
      clauseDocument({
        id: 'c7-5-1-complete',
        requirement: '7.5.1',
        evidence: 'documentation',
        tags: ['transparency'],
        text: 'Does every item on that register exist, in a current version?',
        help: 'Good practice: an auditor picks items from the register and asks to see them; each one can be found where the register says, in its current version.',
        recommendation:
          'Check each item of the documented information register, and create or update the ones that are missing or out of date.',
      }),
      clause({
        id: 'c7-5-2-creating-updating',
        requirement: '7.5.2',
        evidence: 'documentation',
        tags: ['transparency'],
        text: 'Do AI management documents carry an identification (title, owner, version, date) and use a format that suits their readers?',
        help: 'Good practice: documents carry a title, owner, version and date; the format (wiki, document system, code repository) suits the readers.',
        isms: 'With an ISO/IEC 27001 ISMS: its document procedure can usually be applied unchanged.',
        recommendation:
          'Adopt a simple document standard (title, owner, version, date) and apply it first to your AI policy and procedures.',
      }),
      clause({
        id: 'c7-5-2-approval',
        requirement: '7.5.2',
        evidence: 'operation',
        tags: ['transparency'],
        text: 'Are new and changed documents reviewed and approved by someone with authority before they are used?',
        help: 'Good practice: each document shows who approved which version and when, and nothing is published before approval.',
        recommendation:
          'Add a review and approval step, with the approver and date recorded, before any AI governance document is published.',
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
        text: 'Are the processes needed to meet your AI requirements planned and run against defined criteria, with records showing they ran as planned?',
        help: 'Good practice: the actions from risk treatment and objectives are built into everyday processes with criteria for doing them well; you keep enough records to be confident they ran as planned; planned changes are controlled and unintended ones reviewed.',
        recommendation:
          'For each planned control, name the process it lives in, the criterion for doing it well and the record that proves it ran.',
      }),
      clause({
        id: 'c8-1-outsourced',
        requirement: '8.1',
        evidence: 'operation',
        tags: ['third-parties', 'life-cycle'],
        text: 'Are the AI-related processes that suppliers run for you controlled, with agreed criteria and a way to check them?',
        help: 'Good practice: for each outsourced process (for example model hosting, data labelling, monitoring), the criteria it must meet are agreed and you receive reports or audit results that show whether it does.',
        recommendation:
          'List the AI-related processes suppliers run for you, agree criteria for each and decide how you will check them.',
      }),
      clause({
        id: 'c8-2-risk-assessment',
        requirement: '8.2',
        evidence: 'operation',
        tags: ['risk'],
        text: 'Are AI risk assessments carried out at the planned intervals, with the results of each kept?',
        help: 'Good practice: a schedule of risk assessments (at least yearly for each AI system), with results stored and traceable to the system and date. Documented information to keep: the results of all AI risk assessments.',
        recommendation:
          'Set a risk assessment calendar per AI system and keep each result with its system and date.',
      }),
      clause({
        id: 'c8-2-changes',
        requirement: '8.2',
        evidence: 'operation',
        tags: ['risk'],
        text: 'Is an extra AI risk assessment carried out when a significant change is proposed or happens?',
        help: 'Good practice: written triggers (new model, new data source, new use, incident) start an assessment, and the change record links to it.',
        recommendation:
          'Write down the changes that trigger an extra risk assessment and add the check to your change process.',
      }),
      clause({
        id: 'c8-3-risk-treatment',
        requirement: '8.3',
        evidence: 'operation',
        tags: ['risk'],
        text: 'Are the actions of the risk treatment plan carried out on time?',
        help: 'Good practice: treatment actions are completed by their due dates, late ones are escalated, and new or changed risks go back through assessment and treatment. Documented information to keep: the results of AI risk treatment.',
        recommendation:
          'Review the status of every treatment action monthly and escalate the ones that are late.',
      }),
      clause({
        id: 'c8-3-effectiveness',
        requirement: '8.3',
        evidence: 'operation',
        tags: ['risk', 'monitoring'],
        text: 'Once a treatment action is complete, do you check its effect and re-rate the risk?',
        help: 'Good practice: each closed action has a recorded check that the risk went down as planned; if it did not, the plan is updated.',
        recommendation:
          'Re-rate each risk once its treatment actions are complete, and record whether it reached the planned level.',
      }),
      clause({
        id: 'c8-4-impact-assessment',
        requirement: '8.4',
        evidence: 'operation',
        tags: ['impact-assessment'],
        text: 'Does every AI system in scope have a current impact assessment, repeated at the planned intervals, with its results kept?',
        help: 'Good practice: every AI system in scope has a current impact assessment, repeated on schedule. Documented information to keep: the results of all AI system impact assessments.',
        recommendation:
          'List which AI systems have a current impact assessment and schedule the missing ones.',
      }),
      clause({
        id: 'c8-4-changes',
        requirement: '8.4',
        evidence: 'operation',
        tags: ['impact-assessment'],
        text: 'Is the impact assessment repeated before a significant change to an AI system goes live?',
        help: 'Good practice: the change process asks whether the change is significant and, if so, requires an updated impact assessment before release.',
        recommendation:
          'Add an impact assessment step to your change process for significant changes to AI systems.',
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
        text: 'Have you decided what to monitor and measure about the management system and your AI systems, with a method, a frequency and an owner for each?',
        help: 'Good practice: a small set of indicators (progress on objectives, treatment status, incidents, model performance and drift, audit findings), each with a method, frequency and owner. Documented information to keep: monitoring and measurement results.',
        recommendation:
          'Choose five to ten indicators and assign a method, a frequency and an owner to each.',
      }),
      clause({
        id: 'c9-1-evaluation',
        requirement: '9.1',
        evidence: 'operation',
        tags: ['monitoring'],
        text: 'Are the monitoring results evaluated and reported, so that someone acts on them?',
        help: 'Good practice: someone named analyses the results at a set time, reports them to management and records what follows from them.',
        recommendation:
          'Report the indicators to management every quarter with an evaluation and the actions that follow.',
      }),
      clause({
        id: 'c9-2-1-internal-audit',
        requirement: '9.2.1',
        evidence: 'documentation',
        tags: ['improvement'],
        text: "Do you carry out internal audits that check whether the AI management system meets your own requirements and the standard's, and works effectively?",
        help: 'Good practice: audits at planned intervals by people who are objective (they do not audit their own work), with findings reported to the managers concerned.',
        isms: 'With an ISO/IEC 27001 ISMS: its audit programme can be extended to the AIMS, with auditors trained in AI topics.',
        recommendation:
          'Plan a first internal audit of the AIMS with an objective auditor, internal or external, well before any certification audit.',
      }),
      clauseDocument({
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
        help: 'Good practice: a management review at least once a year, led by top management, with an agenda, attendance list and minutes.',
        isms: 'With an ISO/IEC 27001 ISMS: you can hold one combined management review for both management systems.',
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
      text: 'Do you keep an improvement log for the AI management system, recording for each improvement where it came from, its owner and whether it was carried out?',
      help: 'Good practice: improvement ideas come from audits, reviews, incidents, monitoring and staff suggestions; each is logged with its source, prioritised, given an owner and followed until it is done or rejected with a reason.',
      recommendation:
        'Keep an improvement log fed by audits, incidents and reviews, and report its progress in management review.',
    }),
    clauseDocument({
      id: 'c10-1-recent',
      requirement: '10.1',
      evidence: 'documentation',
      tags: ['improvement'],
      text: 'Can you show at least one improvement to the AI management system completed in the last twelve months?',
      help: 'Evidence: a completed entry in the improvement log, a changed process or document, or a management review decision that was carried out. An auditor asks for an example.',
      recommendation:
        'Pick one improvement from your audits or reviews, carry it out and record it, so that the management system can show it gets better.',
    }),
    clause({
      id: 'c10-2-corrective-action',
      requirement: '10.2',
      evidence: 'documentation',
      tags: ['improvement', 'incidents'],
      text: 'When something goes wrong, do you record it, correct it and find its root cause?',
      help: 'Good practice: nonconformities (a control not applied, a process that failed, an audit finding, a complaint) are recorded, contained and corrected; their causes are analysed and corrective actions are taken; the management system is updated where needed. Documented information to keep: nonconformities, the actions taken and the results of corrective actions.',
      recommendation:
        'Set up a log of nonconformities and corrective actions with a root-cause analysis for each one.',
    }),
    clause({
      id: 'c10-2-effectiveness',
      requirement: '10.2',
      evidence: 'operation',
      tags: ['improvement'],
      text: 'Before a corrective action is closed, do you check that it worked?',
      help: 'Good practice: each closed entry in the nonconformity log records the effectiveness check, when it was done and by whom.',
      recommendation:
        'Add an effectiveness check, with date and name, as the last step before any corrective action is closed.',
    }),
  ]),
];
