/**
 * Sections for the Annex A objectives A.2 … A.10. Controls may be excluded, so every question offers
 * N/A (the justification goes into the Statement of Applicability): practices on the maturity scale,
 * "does document X exist" questions on the yes / partly / no scale. A few questions apply only to some
 * organisations (see ./scope.ts); each of those says in `outOfScope` why it does not apply when it is
 * hidden. Questions, help and recommendations are our own words.
 */
import { control, controlDocument, section, type SectionInput } from './build.js';
import { ART_27_DEPLOYER, BUILDS_AI, MAY_BE_HIGH_RISK, PROVIDES_AI, USES_AI } from './scope.js';

/** Why a design or development question does not apply to a user-only organisation. */
const NO_DEVELOPMENT = 'Only third-party AI is used: there is no in-house design or development.';
/** Why a question on customers does not apply. */
const NO_CUSTOMERS =
  'No AI products or services are provided to others: there are no customers of AI to serve.';
/** Why a question on AI bought in does not apply. */
const NO_THIRD_PARTY_AI =
  'No AI systems from third parties are used: nothing is bought in that needs checking.';
/** Why a question on high-risk systems does not apply. */
const NOT_HIGH_RISK =
  'No AI system in scope is high-risk under the EU AI Act, so its extra duties do not apply.';

export const controlSections: SectionInput[] = [
  section(
    'A.2',
    'The AI policy in practice: its content, its fit with your other policies, and its review.',
    [
      control({
        id: 'a2-2-ai-policy',
        requirement: 'A.2.2',
        evidence: 'documentation',
        tags: ['policy'],
        text: 'Does your AI policy give practical guidance that staff can apply when they develop, provide or use AI?',
        help: 'Good practice: beyond the commitments of top management, the policy (or topic policies under it) reflects your business strategy, risk appetite and legal duties, and sets principles such as fairness, transparency, human oversight, safety and privacy in terms people can act on, with examples of what is allowed, what needs approval and what is forbidden.',
        recommendation:
          'Extend your AI policy with practical rules (allowed, needs approval, forbidden) and an example for each AI role in your organisation.',
      }),
      control({
        id: 'a2-3-alignment',
        requirement: 'A.2.3',
        evidence: 'documentation',
        tags: ['policy'],
        text: 'Is the AI policy consistent with your other policies, such as information security, privacy, quality, procurement and HR?',
        help: 'Good practice: you have checked where other policies touch AI (data protection, security, acceptable use, procurement, HR, ethics) and amended them or cross-referenced the AI policy so that none contradicts another.',
        isms: 'With an ISO/IEC 27001 ISMS: its information security policy and topic policies are the first to align.',
        recommendation:
          'Review your existing policies for points where they touch AI, and add cross-references or amendments where they conflict or say nothing.',
      }),
      control({
        id: 'a2-4-policy-review',
        requirement: 'A.2.4',
        evidence: 'operation',
        tags: ['policy', 'improvement'],
        text: 'Is the AI policy reviewed at planned intervals, at least once a year, to make sure it is still suitable and effective?',
        help: 'Good practice: a named owner reviews the policy on a set date; the review and any re-approval are recorded.',
        recommendation: 'Give the AI policy an owner and set a yearly review date.',
      }),
      control({
        id: 'a2-4-change-review',
        requirement: 'A.2.4',
        evidence: 'operation',
        tags: ['policy', 'improvement'],
        text: 'Is the AI policy also reviewed after significant changes, such as a new law, a new kind of AI use or a serious incident?',
        help: 'Good practice: a written list of events that trigger an early review (for example the EU AI Act applying to you, a new kind of AI use, a serious incident), and a record of each review they triggered.',
        recommendation:
          'List the events that trigger an early review of the AI policy and record each review they cause.',
      }),
    ],
  ),
  section('A.3', 'Who is responsible for AI, and how people can raise concerns.', [
    control({
      id: 'a3-2-roles',
      requirement: 'A.3.2',
      evidence: 'documentation',
      tags: ['roles', 'human-oversight'],
      text: 'For each AI system, are responsibilities across its life cycle defined and given to named people?',
      help: 'Good practice: every AI system has an owner and named people for risk, impact assessment, data, development, security, privacy, human oversight, suppliers and incidents, in proportion to the size of the organisation, and the people named know and accept their role.',
      recommendation:
        'Record, for every AI system, a system owner and named people for data, model, human oversight and incidents.',
    }),
    control({
      id: 'a3-3-concerns',
      requirement: 'A.3.3',
      evidence: 'operation',
      tags: ['roles', 'incidents'],
      text: 'Is there a channel through which staff and others can raise concerns about AI systems confidentially and without fear of reprisal?',
      help: 'Good practice: a reporting channel (an existing whistleblowing or speak-up channel is fine) that explicitly covers AI, offers confidentiality or anonymity, protects the people who report, and is known to staff.',
      recommendation:
        'Extend your whistleblowing or speak-up channel to AI concerns and tell staff about it.',
    }),
    control({
      id: 'a3-3-follow-up',
      requirement: 'A.3.3',
      evidence: 'operation',
      tags: ['roles', 'incidents'],
      text: 'Does each AI concern raised reach someone with authority to act, with its outcome recorded?',
      help: "Good practice: reports go to a named person who can act; each report's handling and outcome are logged, and the reporter hears back.",
      recommendation:
        'Log how each AI concern was handled and what came of it, and tell the reporter.',
    }),
  ]),
  section(
    'A.4',
    'Knowing and documenting what each AI system depends on: data, tools, computing and people.',
    [
      controlDocument({
        id: 'a4-2-resource-documentation',
        requirement: 'A.4.2',
        evidence: 'documentation',
        tags: ['resources'],
        text: 'Have you identified and recorded the resources each AI system relies on throughout its life cycle?',
        help: 'Good practice: an inventory entry per AI system listing its components and resources (data, models, tools, computing, people), kept up to date as the system changes.',
        isms: 'With an ISO/IEC 27001 ISMS: extend its asset inventory instead of keeping a separate list.',
        recommendation:
          'Extend your asset inventory with one entry per AI system listing its data, models, tools, infrastructure and people.',
      }),
      controlDocument({
        id: 'a4-3-data-resources',
        requirement: 'A.4.3',
        evidence: 'documentation',
        tags: ['resources', 'data'],
        text: 'For the data each AI system uses, do you record what it is, where it comes from and what it may be used for?',
        help: 'Good practice: a datasheet per dataset covering its origin, date of last update, category (training, validation, test, production), intended use, known quality limits and biases, personal data, retention and how it was labelled.',
        recommendation:
          'Write a datasheet for each dataset an AI system uses, starting with the training data of your most critical system.',
      }),
      controlDocument({
        id: 'a4-4-tooling',
        requirement: 'A.4.4',
        evidence: 'documentation',
        tags: ['resources', 'life-cycle'],
        text: 'Are the tools used to build, test and run your AI systems recorded, with their versions and purpose?',
        help: 'Good practice: a list per AI system of the algorithms and model types, frameworks and libraries, development and evaluation tools, and platforms used to train, deploy and monitor it, with versions and what each is used for.',
        recommendation:
          "List the tooling of each AI system (frameworks, libraries, platforms and versions) and keep the list in the system's documentation.",
      }),
      controlDocument({
        id: 'a4-5-computing',
        requirement: 'A.4.5',
        evidence: 'documentation',
        tags: ['resources'],
        text: 'Are the computing and system resources of each AI system recorded, including where it runs and its environmental footprint where relevant?',
        help: 'Good practice: records of the hardware, cloud services and environments used for training and for operation, their location and capacity, and, where it matters, energy use or emissions, so that capacity, cost and sustainability can be managed.',
        recommendation:
          'Record for each AI system where it is trained and where it runs (cloud region, own data centre, devices), and what capacity it needs.',
      }),
      controlDocument({
        id: 'a4-6-human-resources',
        requirement: 'A.4.6',
        evidence: 'documentation',
        tags: ['resources', 'competence'],
        text: 'Have you recorded which people and skills each AI system needs during its life cycle, and whether you have them?',
        help: 'Good practice: for each AI system, the roles and skills it needs (for example data scientists, domain experts, people who oversee its outputs, specialists in safety, security or fairness) and whether they are available, with single points of failure flagged.',
        recommendation:
          "Add the required roles and skills to each AI system's record and flag any role that depends on a single person.",
      }),
    ],
  ),
  section(
    'A.5',
    'Understanding what your AI systems could do to people and society, and keeping the results.',
    [
      control({
        id: 'a5-2-impact-process',
        requirement: 'A.5.2',
        evidence: 'documentation',
        tags: ['impact-assessment'],
        text: 'Does your impact assessment procedure say how consequences are identified and rated, who takes part, and how results lead to decisions?',
        help: 'Good practice: the procedure sets triggers, the range of impacts to consider, how severity and likelihood are judged, who contributes (domain experts, legal, ethics, and where sensible the people affected or their representatives), and decision rules, such as changing the design or not deploying at all.',
        recommendation:
          'Write an impact assessment procedure covering triggers, participants, rating and decision rules, and try it out on one AI system.',
      }),
      controlDocument({
        id: 'a5-3-impact-documentation',
        requirement: 'A.5.3',
        evidence: 'documentation',
        tags: ['impact-assessment', 'transparency'],
        text: 'Are the results of impact assessments documented and kept for a defined period?',
        help: 'Good practice: each assessment records the system, its intended use and foreseeable misuse, who is affected, the impacts found and how they were rated, the decisions taken and who approved them; it is kept as long as the system is in use and for a set period afterwards. Documented information to keep: the AI system impact assessments.',
        recommendation:
          'Store each impact assessment in a controlled repository together with the system, date, approver and retention period.',
      }),
      control({
        id: 'a5-4-individuals',
        requirement: 'A.5.4',
        evidence: 'operation',
        tags: ['impact-assessment', 'human-oversight'],
        text: 'Do you assess how each AI system could affect individuals or groups, for example their rights, safety, fair treatment, privacy or opportunities?',
        help: 'Good practice: the assessment considers who is affected (paying attention to children and other vulnerable groups), how the system could treat people unfairly, make errors with serious consequences, intrude on privacy or reduce autonomy, and how people can contest or correct an outcome.',
        recommendation:
          'For each AI system, list the groups it affects and the ways it could harm them, and record a mitigation for every serious one.',
      }),
      control({
        id: 'a5-4-fundamental-rights',
        requirement: 'A.5.4',
        evidence: 'documentation',
        tags: ['impact-assessment'],
        showIf: ART_27_DEPLOYER,
        outOfScope:
          'Under our reading of Art. 27 of the EU AI Act no fundamental rights impact assessment is due: no possibly high-risk AI is used as a public body, as a provider of public services, or for credit scoring or life and health insurance pricing.',
        text: 'Before you put a possibly high-risk AI system into use, have you assessed and documented its impact on fundamental rights?',
        help: 'Good practice: a structured assessment, built on your general impact assessment, that describes the process the system is used in, how often and how long it is used, the categories of people affected, the specific risks of harm to them, the human oversight in place, and what you will do if those risks materialise; its results are notified to the market surveillance authority. EU AI Act (Regulation (EU) 2024/1689), Art. 27: binds deployers that are bodies governed by public law or private entities providing public services, and deployers of the credit scoring and insurance systems of Annex III, point 5(b) and (c); our interpretation, not legal advice.',
        recommendation:
          'Add a fundamental rights part to your impact assessment template and complete it for every system that may be high-risk.',
      }),
      control({
        id: 'a5-5-societal',
        requirement: 'A.5.5',
        evidence: 'documentation',
        tags: ['impact-assessment'],
        text: 'Do you assess the wider effects of your AI systems on society, such as on the environment, employment, public trust or democratic processes?',
        help: 'Good practice: impact assessments include a societal part, in proportion to the reach of the system: environmental footprint, effects on jobs and skills, spread of misinformation, effects on public services, health, culture and democratic debate.',
        recommendation:
          'Add a societal impact part to your impact assessment template and complete it for the AI systems with the widest reach.',
      }),
    ],
  ),
  section(
    'A.6',
    'Building AI systems responsibly, from requirements to operation. If you only use AI from others, the design and development questions are left out and two questions on buying AI take their place.',
    [
      control({
        id: 'a6-1-2-development-objectives',
        requirement: 'A.6.1.2',
        evidence: 'documentation',
        tags: ['life-cycle'],
        showIf: BUILDS_AI,
        outOfScope: NO_DEVELOPMENT,
        text: 'Have you set objectives for responsible development and turned them into concrete requirements for the way AI systems are designed and built?',
        help: 'Good practice: objectives such as fairness, robustness, explainability, privacy and safety are written down and translated into requirements, acceptance criteria and checks at each stage of development.',
        recommendation:
          'Write down your responsible development objectives and add a matching check for each to your definition of done.',
      }),
      control({
        id: 'a6-1-3-development-process',
        requirement: 'A.6.1.3',
        evidence: 'documentation',
        tags: ['life-cycle'],
        showIf: BUILDS_AI,
        outOfScope: NO_DEVELOPMENT,
        text: 'Is there a defined process for designing and developing AI systems responsibly, with stage gates from idea to retirement?',
        help: 'Good practice: a documented life cycle (for example idea, requirements, data, design, build, verification and validation, deployment, operation, retirement) with stage gates, required approvals, testing expectations and decisions on human oversight.',
        isms: 'With an ISO/IEC 27001 ISMS: its secure development practices can be reused.',
        recommendation:
          'Document your AI development life cycle with stage gates, and require sign-off at design and before release.',
      }),
      control({
        id: 'a6-2-2-requirements',
        requirement: 'A.6.2.2',
        evidence: 'documentation',
        tags: ['life-cycle'],
        showIf: BUILDS_AI,
        outOfScope: NO_DEVELOPMENT,
        text: 'Are the requirements for a new AI system, or a major change to one, specified and agreed before development starts?',
        help: 'Good practice: a specification stating the purpose, intended users, functional and performance requirements, limits of use, human oversight needs, legal constraints and acceptance criteria, reviewed by the relevant stakeholders.',
        recommendation:
          'Introduce a requirements template for AI systems and have it approved before development starts.',
      }),
      control({
        id: 'a6-2-2-acquired-requirements',
        requirement: 'A.6.2.2',
        evidence: 'documentation',
        tags: ['life-cycle', 'third-parties'],
        showIf: USES_AI,
        outOfScope: NO_THIRD_PARTY_AI,
        text: 'Before you buy or adopt an AI system from a third party, do you write down what it must do and must not do, and check the offers against it?',
        help: 'Good practice: a short specification per purchase (purpose, intended users, required accuracy, limits of use, human oversight, data and legal constraints) agreed with the people who will use it, and a record of how each candidate system met it.',
        recommendation:
          'Write a one-page requirements sheet for every AI system you plan to buy or adopt, and score the candidates against it.',
      }),
      controlDocument({
        id: 'a6-2-3-design-documentation',
        requirement: 'A.6.2.3',
        evidence: 'documentation',
        tags: ['life-cycle', 'transparency'],
        showIf: BUILDS_AI,
        outOfScope: NO_DEVELOPMENT,
        text: 'Is the design and development of each AI system documented, including the choices made and the reasons for them?',
        help: 'Good practice: records of the architecture, model choice, training approach, data used, evaluation methods and trade-offs (for example accuracy against explainability), with the reasoning behind them, kept in step with the system.',
        recommendation:
          'Keep a design record per AI system (architecture, model, data, key decisions and their reasons) next to its code.',
      }),
      control({
        id: 'a6-2-4-verification',
        requirement: 'A.6.2.4',
        evidence: 'operation',
        tags: ['life-cycle', 'monitoring'],
        showIf: BUILDS_AI,
        outOfScope: NO_DEVELOPMENT,
        text: 'Is each AI system verified and validated against its requirements before release, using defined tests and acceptance criteria?',
        help: 'Good practice: test plans with criteria for performance, robustness, fairness and safety; tests on data that represents real use; results recorded and reviewed before the release decision. Validation checks that the system serves its intended purpose, not only that it meets its specification.',
        recommendation:
          'Define acceptance criteria and a test plan for each AI system, and block release until the results are reviewed and recorded.',
      }),
      control({
        id: 'a6-2-4-acceptance-testing',
        requirement: 'A.6.2.4',
        evidence: 'operation',
        tags: ['life-cycle', 'third-parties'],
        showIf: USES_AI,
        outOfScope: NO_THIRD_PARTY_AI,
        text: 'Before an AI system from a third party goes into use, do you test it against your own acceptance criteria, on data that represents your use?',
        help: "Good practice: acceptance criteria taken from your requirements sheet, a test on your own cases (including the hard ones and those where errors would hurt most), results recorded and a named person deciding whether it may go live. The supplier's test reports are an input, not a replacement.",
        recommendation:
          'Test every AI system you buy on your own cases against agreed acceptance criteria, and record the result and who approved go-live.',
      }),
      control({
        id: 'a6-2-5-deployment',
        requirement: 'A.6.2.5',
        evidence: 'operation',
        tags: ['life-cycle'],
        text: 'Is there a deployment plan for each AI system, including those you obtain from others?',
        help: 'Good practice: a plan covering the target environment, roll-out steps, fallback and monitoring set-up. For AI from a supplier, this is your own roll-out into your environment.',
        recommendation:
          'Write a deployment plan (environment, roll-out steps, rollback, monitoring) for every AI deployment.',
      }),
      control({
        id: 'a6-2-5-go-live',
        requirement: 'A.6.2.5',
        evidence: 'operation',
        tags: ['life-cycle'],
        text: 'Is each go-live of an AI system decided and recorded by a named approver, after checking that its requirements are met?',
        help: 'Good practice: a go-live record with the date, the approver, and the checks done (requirements met, monitoring ready, rollback possible).',
        recommendation:
          'Add a go-live checklist (requirements met, monitoring ready, rollback plan, approver) to every AI deployment.',
      }),
      control({
        id: 'a6-2-6-operation',
        requirement: 'A.6.2.6',
        evidence: 'operation',
        tags: ['life-cycle', 'monitoring', 'human-oversight'],
        text: 'Once an AI system is in use, do you monitor its performance, errors and drift against set thresholds?',
        help: 'Good practice: monitoring of performance, errors, data drift and unexpected behaviour, with thresholds that raise an alert.',
        recommendation: 'Set up monitoring with alert thresholds for each AI system in production.',
      }),
      control({
        id: 'a6-2-6-response',
        requirement: 'A.6.2.6',
        evidence: 'operation',
        tags: ['life-cycle', 'human-oversight', 'incidents'],
        text: 'When monitoring raises an alert, does a named person respond, with the authority to intervene or switch the system off?',
        help: 'Good practice: processes for repair, updates and support; a person on duty who reviews alerts, can intervene or stop the system, and records what was done.',
        recommendation:
          'Name the person who responds to the alerts of each AI system in production and give them the authority to switch it off.',
      }),
      controlDocument({
        id: 'a6-2-7-technical-documentation',
        requirement: 'A.6.2.7',
        evidence: 'documentation',
        tags: ['transparency', 'life-cycle'],
        showIf: BUILDS_AI,
        outOfScope: NO_DEVELOPMENT,
        text: 'Do you keep technical documentation for each AI system that users, operators and, where required, authorities can rely on?',
        help: "Good practice: documentation of the system's purpose, capabilities and limits, architecture, data and training, evaluation results, instructions for operation and oversight, and known risks, written for its readers (for example model cards and instructions for use). Systems that may be high-risk under the EU AI Act need especially complete technical documentation.",
        recommendation:
          'Create a technical documentation template, for example based on model cards, and complete it for every AI system you build or provide.',
      }),
      control({
        id: 'a6-2-8-event-logs',
        requirement: 'A.6.2.8',
        evidence: 'operation',
        tags: ['monitoring', 'life-cycle'],
        text: 'Do your AI systems keep event logs that let you trace what they did and investigate problems?',
        help: 'Good practice: you decide which events are logged (inputs, outputs, model version, user actions, overrides), protect logs against tampering, keep them for a set period and use them in investigations.',
        isms: 'With an ISO/IEC 27001 ISMS: its logging and monitoring practices apply and can be extended to these events.',
        recommendation:
          'Define which events each AI system must log, how long logs are kept and who reviews them, and check that logging is switched on in production.',
      }),
    ],
  ),
  section(
    'A.7',
    'Data used to build, test and run AI systems: how it is managed, obtained, checked, traced and prepared.',
    [
      control({
        id: 'a7-2-data-management',
        requirement: 'A.7.2',
        evidence: 'documentation',
        tags: ['data', 'life-cycle'],
        showIf: BUILDS_AI,
        outOfScope: NO_DEVELOPMENT,
        text: 'Have you defined how data is managed when you develop and improve AI systems?',
        help: 'Good practice: data management rules cover privacy and security, the permitted use of each dataset, representativeness, labelling, versioning, and keeping training, validation and test data apart.',
        recommendation:
          'Write a data management procedure for AI development covering sourcing, legal basis, labelling, versioning and separation of training and test data.',
      }),
      control({
        id: 'a7-3-acquisition',
        requirement: 'A.7.3',
        evidence: 'documentation',
        tags: ['data', 'third-parties'],
        text: 'Before data is obtained for an AI system, do you check and record its source, your right to use it and whether it suits the purpose?',
        help: 'Good practice: whether data is collected, bought, scraped, generated or supplied by customers, you record its source, licence or legal basis, any personal data, known limitations and whether it fits the intended use.',
        recommendation:
          'Introduce a data intake checklist (source, licence or legal basis, personal data, fitness for use) and apply it to every new dataset.',
      }),
      control({
        id: 'a7-4-quality',
        requirement: 'A.7.4',
        evidence: 'operation',
        tags: ['data', 'monitoring'],
        text: 'Are quality requirements defined for the data your AI systems use?',
        help: 'Good practice: criteria such as accuracy, completeness, timeliness, representativeness and absence of harmful bias are written down for each use of data.',
        recommendation: 'Define measurable quality criteria for each key dataset.',
      }),
      control({
        id: 'a7-4-checks',
        requirement: 'A.7.4',
        evidence: 'operation',
        tags: ['data', 'monitoring'],
        text: 'Is the data checked against those quality requirements, with data that falls short fixed or excluded?',
        help: 'Good practice: checks run before training and while the system runs; their results are kept, and data that fails is fixed or excluded before it affects results.',
        recommendation:
          'Run automated checks against the quality criteria of each key dataset and keep their results.',
      }),
      control({
        id: 'a7-5-provenance',
        requirement: 'A.7.5',
        evidence: 'operation',
        tags: ['data', 'transparency'],
        text: 'Can you trace where each dataset came from and what happened to it, from its creation through each change?',
        help: 'Good practice: records of the origin, versions, transformations and transfers of data, so that you can say which data a model version was trained and tested on and reproduce it. Versioned data stores or lineage tools make this routine.',
        recommendation:
          'Version your datasets and keep lineage records linking each model version to the exact data it was trained and tested on.',
      }),
      control({
        id: 'a7-6-preparation',
        requirement: 'A.7.6',
        evidence: 'documentation',
        tags: ['data'],
        text: 'Are your methods for preparing data, such as cleaning, labelling, enrichment and anonymisation, defined and documented?',
        help: 'Good practice: documented preparation steps and criteria (how missing values are handled, how labels are produced and checked, how personal data is minimised) so that preparation can be repeated and its effect on the model is understood.',
        recommendation:
          'Document each preparation step, in code or in a written procedure, and review it whenever the data or the model changes.',
      }),
    ],
  ),
  section(
    'A.8',
    'What users, affected people, customers and authorities are told, and how they can tell you about problems.',
    [
      control({
        id: 'a8-2-user-information',
        requirement: 'A.8.2',
        evidence: 'documentation',
        tags: ['transparency'],
        text: 'Do the users of your AI systems get the information they need about what the system does, its limits and how to use it properly?',
        help: "Good practice: notices and user documentation say that AI is involved, what the system is for, how accurate it is, its known limitations, how to read its outputs and when a person should check them. When you use AI from others, pass the relevant parts of the supplier's information on to your own users.",
        recommendation:
          'Write a plain-language information sheet for the users of each AI system covering purpose, limits, correct use and whom to contact.',
      }),
      control({
        id: 'a8-3-external-reporting',
        requirement: 'A.8.3',
        evidence: 'operation',
        tags: ['transparency', 'incidents'],
        text: 'Is there a visible channel through which people outside your organisation can report adverse effects of your AI systems?',
        help: 'Good practice: a web form, e-mail address or support process, easy to find, through which customers, affected people and others can report problems or harm caused by AI.',
        recommendation: 'Publish a contact point for reporting problems with your AI systems.',
      }),
      control({
        id: 'a8-3-follow-up',
        requirement: 'A.8.3',
        evidence: 'operation',
        tags: ['incidents'],
        text: 'Is every external report about your AI systems triaged, investigated and answered?',
        help: 'Good practice: reports enter the incident or support process; each has a record of its triage, the investigation and the answer sent.',
        recommendation:
          'Route the reports about your AI systems into your incident process and record the answer to each.',
      }),
      control({
        id: 'a8-4-incident-communication',
        requirement: 'A.8.4',
        evidence: 'operation',
        tags: ['incidents', 'transparency'],
        text: 'When an AI incident happens, do you know whom to inform, how quickly and with what information, and do you do so?',
        help: 'Good practice: an incident communication plan covering users, customers, affected people and authorities, with time limits that meet legal duties (for example serious incident reporting under the EU AI Act).',
        isms: 'With an ISO/IEC 27001 ISMS: extend its incident management to AI-specific incidents such as harmful outputs or discriminatory decisions.',
        recommendation:
          'Extend your incident response plan with AI incident types, notification duties and message templates, and rehearse it once a year.',
      }),
      control({
        id: 'a8-5-interested-parties',
        requirement: 'A.8.5',
        evidence: 'documentation',
        tags: ['transparency', 'third-parties'],
        text: 'Is there a list of the information about your AI systems that you owe to interested parties such as authorities or customers?',
        help: 'Good practice: a list of reporting obligations towards interested parties (legal duties, contractual commitments, voluntary transparency reports), each with an owner and deadline.',
        recommendation:
          'List your information obligations per interested party with an owner and a deadline.',
      }),
      control({
        id: 'a8-5-provided',
        requirement: 'A.8.5',
        evidence: 'operation',
        tags: ['transparency', 'third-parties'],
        text: 'Is that information provided on time, with a record of what was sent, to whom and when?',
        help: 'Good practice: for each obligation on the list, a dated record of what was provided; missed deadlines are visible.',
        recommendation:
          'Keep a dated record of each piece of information you provide under that list.',
      }),
    ],
  ),
  section(
    'A.9',
    'Using AI systems responsibly, whether you built them or obtained them from others.',
    [
      control({
        id: 'a9-2-use-processes',
        requirement: 'A.9.2',
        evidence: 'operation',
        tags: ['policy', 'human-oversight'],
        text: 'Are there defined processes for using AI systems responsibly, including an approval step before a new AI tool is adopted?',
        help: 'Good practice: rules for when AI may be used, an approval path for new AI tools (including generative AI services that staff could sign up for themselves), checks required before use, and an inventory of what is in use. This applies to your own AI systems and to those of others.',
        recommendation:
          'Set up an approval process for new AI tools and an inventory of approved uses, and tell all staff about it.',
      }),
      control({
        id: 'a9-3-use-objectives',
        requirement: 'A.9.3',
        evidence: 'documentation',
        tags: ['policy', 'human-oversight', 'monitoring'],
        text: 'Have you set objectives for using AI systems responsibly, each with a measure?',
        help: 'Good practice: objectives for use such as fairness, accountability, human review of important decisions and privacy, each with a measure (for example the share of AI-assisted decisions reviewed by a person).',
        recommendation: 'Set two or three responsible-use objectives with a measure each.',
      }),
      control({
        id: 'a9-3-checked',
        requirement: 'A.9.3',
        evidence: 'operation',
        tags: ['monitoring'],
        text: 'Do you measure whether the responsible-use objectives are met, and act when they are not?',
        help: 'Good practice: the measures are collected at a set interval, reported, and a shortfall leads to a recorded action.',
        recommendation:
          'Report the responsible-use measures in management review and record an action for each shortfall.',
      }),
      control({
        id: 'a9-4-intended-use',
        requirement: 'A.9.4',
        evidence: 'operation',
        tags: ['human-oversight', 'life-cycle'],
        text: 'Are AI systems used only for their intended purpose and as their documentation says?',
        help: "Good practice: operators know each system's intended use and limits; use outside the intended purpose is noticed and stopped; and actual use is reviewed from time to time. For AI from others, follow the provider's instructions for use.",
        recommendation:
          "Document each AI system's intended use, train its operators on it, and spot-check actual use twice a year.",
      }),
      control({
        id: 'a9-4-oversight',
        requirement: 'A.9.4',
        evidence: 'operation',
        tags: ['human-oversight'],
        text: 'Is the planned human oversight of each AI system staffed, so that people can question, override or stop it?',
        help: 'Good practice: for each system the oversight arrangement names who oversees it and how; an auditor can ask those people how they would intervene.',
        recommendation:
          'Name the people who oversee each AI system, write down how they can override or stop it, and check it works.',
      }),
      control({
        id: 'a9-4-high-risk-oversight',
        requirement: 'A.9.4',
        evidence: 'operation',
        tags: ['human-oversight', 'competence'],
        showIf: MAY_BE_HIGH_RISK,
        outOfScope: NOT_HIGH_RISK,
        text: 'For AI systems that may be high-risk, are the people assigned to oversee them trained, given the authority and time to intervene, and are their interventions recorded?',
        help: "Good practice: oversight roles are named for each such system; the people in them understand the system's capabilities and limits, know when not to rely on its output, may override or stop it without needing permission, and their interventions are logged and reviewed.",
        recommendation:
          'Name and train the overseers of each possibly high-risk system, give them the authority to override or stop it, and log every intervention.',
      }),
    ],
  ),
  section('A.10', 'Sharing responsibilities with suppliers, partners and customers.', [
    control({
      id: 'a10-2-responsibilities',
      requirement: 'A.10.2',
      evidence: 'documentation',
      tags: ['third-parties', 'roles'],
      text: 'For each AI system that involves other parties, is it written down who is responsible for what across its life cycle?',
      help: 'Good practice: for each AI system involving partners, suppliers or customers, a split of responsibilities across its life cycle (data, model, deployment, monitoring, incidents, legal duties), known to both sides.',
      recommendation:
        'Write a responsibility matrix for each AI system that involves third parties.',
    }),
    control({
      id: 'a10-2-contracts',
      requirement: 'A.10.2',
      evidence: 'documentation',
      tags: ['third-parties'],
      text: 'Do the contracts with those parties match that split of responsibilities?',
      help: 'Good practice: each contract names the responsibilities the matrix gives the other party; an auditor compares one against the other.',
      recommendation:
        'Check each contract with a party to an AI system against the responsibility matrix and amend the ones that differ.',
    }),
    control({
      id: 'a10-3-suppliers',
      requirement: 'A.10.3',
      evidence: 'operation',
      tags: ['third-parties'],
      text: 'Do you make sure that AI services, models, data and components from suppliers meet your requirements for responsible AI?',
      help: 'Good practice: AI suppliers are assessed before selection and regularly afterwards against your requirements (security, privacy, transparency, quality, support for your legal duties), and contracts require them to tell you about changes and incidents. The aimskit supplier pack is one way to collect the answers.',
      isms: 'With an ISO/IEC 27001 ISMS: extend its supplier security process with AI questions.',
      recommendation:
        'Add AI-specific questions to supplier due diligence and review your key AI suppliers at least once a year.',
    }),
    control({
      id: 'a10-4-customers',
      requirement: 'A.10.4',
      evidence: 'documentation',
      tags: ['third-parties', 'transparency'],
      showIf: PROVIDES_AI,
      outOfScope: NO_CUSTOMERS,
      text: "When you provide AI products or services, do you capture your customers' needs, including their own legal duties as users of AI, and act on their feedback?",
      help: 'Good practice: customer requirements are captured before and during the contract, and customer feedback about AI is collected and acted on.',
      recommendation:
        'Record the AI-related requirements of key customers and review their feedback on your AI every quarter.',
    }),
    control({
      id: 'a10-4-information',
      requirement: 'A.10.4',
      evidence: 'documentation',
      tags: ['transparency', 'third-parties'],
      showIf: PROVIDES_AI,
      outOfScope: NO_CUSTOMERS,
      text: 'Do your customers get the information they need to use your AI products or services responsibly: intended use, limits and shared responsibilities?',
      help: 'Good practice: contracts and documentation state the intended use, the limits and the responsibilities that stay with the customer, with support and incident contacts.',
      recommendation:
        'Give customers an AI information pack (intended use, limits, their responsibilities, support and incident contacts) and review it with key accounts.',
    }),
  ]),
];
