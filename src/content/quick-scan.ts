/**
 * The ISO/IEC 42001 quick scan: sixteen plain-language questions, one per clause group (4 … 10) and per
 * Annex A objective (A.2 … A.10), answerable in about five minutes without knowing the standard. Each answer
 * is a concrete situation scored 0, 0.25, 0.5, 0.75 or 1, or "Don't know", scored as 0 and listed as a
 * gap to find out; the scorecard rolls the answers up per area and lists the biggest gaps with the
 * question's recommendation as the next step. All wording is our own.
 */
import type { AssessmentDefinition, Question } from '../model/definition.js';
import { iso42001Groups, iso42001Requirements } from './structure.js';
import { CROSSWALK_NOTICE, frameworks, mappingsFor } from './crosswalks.js';

const VALUES = [0, 0.25, 0.5, 0.75, 1] as const;

/** "Don't know": scored as 0, and listed in the scorecard as a gap to find out. */
const DONT_KNOW = { id: 'unknown', label: "Don't know", value: 0, unknown: true } as const;

/**
 * A scored single-choice question with five answers, from "nothing in place" (0) to "in place and
 * kept up" (1), and "Don't know".
 */
const scored = (
  id: string,
  requirement: string,
  text: string,
  help: string,
  recommendation: string,
  answers: readonly [string, string, string, string, string],
): Question => ({
  id,
  type: 'choice',
  requirement,
  text,
  help,
  recommendation,
  comments: false,
  attachments: false,
  options: [
    ...answers.map((label, index) => ({ id: String(index), label, value: VALUES[index]! })),
    { ...DONT_KNOW },
  ],
});

const sections: AssessmentDefinition['sections'] = [
  {
    id: 'about',
    title: 'About you',
    questions: [
      {
        id: 'qs-role',
        type: 'multi',
        text: 'How does your organisation work with AI? Choose all that apply.',
        help: 'This does not change your score; it helps you read the result.',
        comments: false,
        attachments: false,
        options: [
          { id: 'build', label: 'We build our own AI systems or models' },
          { id: 'sell', label: 'We sell products or services that include AI' },
          { id: 'use', label: 'We use AI tools or services made by others' },
        ],
      },
    ],
  },
  {
    id: 'leadership',
    title: 'Direction and leadership',
    questions: [
      scored(
        'qs-inventory',
        '4.3',
        'Do you know which AI systems your organisation builds, sells or uses, and which of them your AI rules apply to?',
        'Think of chatbots, scoring or recommendation models, AI features in your products, and AI tools your staff use, such as writing assistants. Knowing what you have is the starting point for everything else.',
        'Make a simple list of every AI system you build, sell or use, give each one an owner, and decide which of them your AI rules cover.',
        [
          'No, we have no overview',
          'A few people know, but nothing is written down',
          'We have a list, but it is incomplete or out of date',
          'We keep a list and have decided which systems are covered',
          'The list is complete, has an owner and is checked regularly',
        ],
      ),
      scored(
        'qs-leadership',
        '5.1',
        'Does senior management actively back the responsible use of AI: setting direction, providing people and budget, and following progress?',
        'Support from the top shows in decisions: someone senior is accountable, time and money are set aside, and progress is reported back.',
        'Ask senior management to name one accountable executive for AI, agree a budget, and put AI on the agenda of their regular meetings.',
        [
          'No, it is not on their agenda',
          'They are aware, but nothing has been decided',
          'They agree it matters, but have not assigned people or budget',
          'They have named an owner and set a budget',
          'They review progress regularly and act on it',
        ],
      ),
      scored(
        'qs-risk',
        '6.1.2',
        'Do you work out what could go wrong with each AI system (wrong answers, unfair treatment, data leaks) and decide what to do about it?',
        'A risk check asks four things: what could go wrong, how likely it is, how bad it would be, and what you will do about it. A spreadsheet is enough to start.',
        'Agree a simple way to rate AI risks by likelihood and impact, apply it to each AI system, and record who will act on each serious risk.',
        [
          'No',
          'Only informally, when someone raises a worry',
          'For some systems, without a set method',
          'For every system, with a written method and a list of risks',
          'Yes, and the list is updated whenever a system or its use changes',
        ],
      ),
    ],
  },
  {
    id: 'running',
    title: 'Day-to-day running and improvement',
    questions: [
      scored(
        'qs-skills',
        '7.2',
        'Have the people who build, buy or use AI been trained for what their role needs?',
        'Developers need to know how to test for errors and bias, buyers what to ask suppliers, and everyday users where the tools fall short.',
        'Decide what each role needs to know about AI, offer short training for it, and keep a record of who has completed it.',
        [
          'No training',
          'A few people have taught themselves',
          'Training exists, but it is optional or occasional',
          'Each role has set training, and most people have done it',
          'Training is tracked, refreshed and checked for effect',
        ],
      ),
      scored(
        'qs-operation',
        '8.1',
        'When an AI system is built, changed or brought into use, are your agreed checks actually carried out every time?',
        'Good intentions only count when they are part of daily work, for example a release checklist that cannot be skipped, or an approval step before a new AI tool is bought.',
        'Build your AI checks (risk review, testing, approval) into the existing release and purchasing steps, so they happen by default and leave a record.',
        [
          'There are no agreed checks',
          'It depends on who is involved',
          'Checks exist, but are often skipped',
          'Checks are part of the normal workflow and usually done',
          'Checks are always done and leave a record',
        ],
      ),
      scored(
        'qs-audit',
        '9.2.1',
        'Does someone check, at least once a year, whether your AI rules are being followed and are working, and report the result to management?',
        'This is an internal audit: someone who does not do the work looks at records and asks questions, to see whether the rules are followed and achieve what you intended.',
        'Plan a yearly review of your AI rules by someone independent of the work, and present what they find to senior management.',
        [
          'No',
          'Only after something has gone wrong',
          'Now and then, without a plan',
          'Yes, with a yearly plan and a report to management',
          'Yes, by someone independent, and management acts on the findings',
        ],
      ),
      scored(
        'qs-improve',
        '10.2',
        'When something goes wrong with an AI system, or a rule is not followed, do you find the cause and fix it so it does not happen again?',
        'Fixing the symptom is not enough: find out why it happened, change what caused it, and check later that the change worked.',
        'Keep a simple log of AI problems and broken rules; for each one record the cause, the fix, its owner, and when you checked the fix worked.',
        [
          'No, we deal with it and move on',
          'Sometimes, depending on who notices',
          'We fix the immediate problem, but rarely the cause',
          'We record problems, find the cause and track the fix',
          'Yes, and we later check that the fix worked',
        ],
      ),
    ],
  },
  {
    id: 'policy',
    title: 'Policy, people and resources',
    questions: [
      scored(
        'qs-policy',
        'A.2.2',
        'Do you have a written AI policy that says how your organisation will, and will not, use AI?',
        'One or two pages are enough: what you use AI for, what is off limits, who decides, and how people raise concerns.',
        'Write a short AI policy, have senior management approve it, share it with all staff, and set a date to review it.',
        [
          'No',
          'Some unwritten rules',
          'A draft that is not yet approved',
          'Approved by management and shared with staff',
          'Approved, shared and reviewed within the last twelve months',
        ],
      ),
      scored(
        'qs-roles',
        'A.3.2',
        'Is it clear who is responsible for each AI system, and whom staff should go to with a worry about AI?',
        'Each AI system needs someone who answers for it, and people need a known, safe way to raise a concern.',
        'Name an owner for every AI system, write down what they answer for, and publish a contact or channel for raising AI concerns.',
        [
          'No',
          'Roughly understood, but not written down',
          'Written down for some systems',
          'Every system has a named owner, and there is a known contact for concerns',
          'Yes, and this is reviewed when teams or systems change',
        ],
      ),
      scored(
        'qs-resources',
        'A.4.2',
        'Do you keep a record of what each AI system relies on: its data, models, software tools, computing services and the people who run it?',
        'If a data source, a cloud service or a key person disappears, you need to know which AI systems are affected.',
        'For each AI system, note the data, models, tools, computing services and people it depends on, and update the note when something changes.',
        [
          'No',
          "Only in people's heads",
          'For some systems',
          'Yes, for every AI system',
          'Yes, and it is updated whenever something changes',
        ],
      ),
    ],
  },
  {
    id: 'systems',
    title: 'Building and checking AI systems',
    questions: [
      scored(
        'qs-impact',
        'A.5.2',
        'Before an AI system is used, do you think through how it could affect people, such as customers, staff or the public (fairness, privacy, safety)?',
        'This looks beyond your own organisation: who could be treated unfairly, lose privacy, be misled or be harmed, and how serious that would be.',
        'Use a short template to assess, for each AI system, who could be affected and how; keep the result and repeat it when the system or its use changes.',
        [
          'No',
          'Only if someone raises it',
          'For some systems, informally',
          'Yes, with a written assessment for each system',
          'Yes, and it is revisited when the system or its use changes',
        ],
      ),
      scored(
        'qs-testing',
        'A.6.2.4',
        'Are AI systems tested against agreed criteria (accuracy, errors, fairness) before they go live and after each significant change?',
        '"It seems to work" is not a test. Agree beforehand what good enough means, then measure it.',
        'Agree pass criteria for each AI system before release, test against them, keep the results, and test again after significant changes.',
        [
          'Nothing beyond "it seems to work"',
          'Some testing, without agreed criteria',
          'Tested against criteria for some systems',
          'Every system is tested against agreed criteria, and results are kept',
          'Yes, and live systems are also re-checked regularly',
        ],
      ),
      scored(
        'qs-data',
        'A.7.5',
        'Do you know where the data used by your AI systems comes from, whether you are allowed to use it, and whether it is good enough?',
        'Data means both what a model learned from and what it reads while it runs. For bought or cloud AI, ask the supplier.',
        'For each data set an AI system uses, record where it comes from, your right to use it, and the quality checks done on it.',
        [
          'No',
          'Roughly, but nothing is recorded',
          'Recorded for some data sets',
          'Source, permission and quality checks are recorded for every data set',
          'Yes, and data quality is watched over time',
        ],
      ),
    ],
  },
  {
    id: 'people',
    title: 'Users, customers and suppliers',
    questions: [
      scored(
        'qs-transparency',
        'A.8.2',
        'Do the people who use or are affected by your AI systems get clear information: that AI is involved, what it is for, its limits, and how to report a problem?',
        'People trust and use AI better when they know what it can and cannot do, and where to go when it gets something wrong.',
        'Give users a short, plain-language note for each AI system: that AI is used, what it does, its known limits, and where to report problems.',
        [
          'No',
          'Only if they ask',
          'For some systems',
          'Yes, for every system, in plain language',
          'Yes, and we act on the problems people report',
        ],
      ),
      scored(
        'qs-use',
        'A.9.4',
        'Are staff told what each AI tool may and may not be used for, and is that followed up?',
        "For example, a writing assistant may be fine for drafting emails but not for customers' personal data; a screening tool may support a person's decision but not replace it.",
        'For each AI tool, write down what it is meant for and what it must not be used for, tell staff, and check from time to time how it is used.',
        [
          'No, people use AI tools as they see fit',
          'General advice only',
          'Rules exist for some tools',
          'Every AI tool has clear rules of use that staff know',
          'Yes, and use is checked against those rules',
        ],
      ),
      scored(
        'qs-suppliers',
        'A.10.3',
        'When you buy AI products or services, do you check how the supplier handles AI risks, and agree in writing who is responsible for what?',
        'Much AI comes from suppliers. Their weak spots become yours unless you ask the right questions and agree responsibilities.',
        "Add AI questions to your supplier checks (aimskit's supplier questionnaire is one option) and set out in each contract who is responsible for what.",
        [
          'No',
          "We rely on the supplier's reputation",
          'We ask questions for some purchases',
          'We assess every AI supplier and set out responsibilities in the contract',
          'Yes, and we review key AI suppliers regularly',
        ],
      ),
    ],
  },
];

const used = new Set(
  sections.flatMap((s) => s.questions.flatMap((x) => (x.requirement ? [x.requirement] : []))),
);

/** The quick scan definition (`iso42001-quick-scan`). */
export const iso42001QuickScan: AssessmentDefinition = {
  format: 'aimskit.definition/1',
  id: 'iso42001-quick-scan',
  version: '1.0.0',
  title: 'AI management quick scan (ISO/IEC 42001)',
  description:
    'Sixteen questions, about five minutes: a first view of how well your organisation manages AI, area by area, with the three most useful next steps.',
  locale: 'en',
  target: 0.75,
  scales: [],
  groups: iso42001Groups,
  requirements: iso42001Requirements.filter((r) => used.has(r.id)),
  sections,
  frameworks,
  mappings: mappingsFor(used),
  metadata: {
    publisher: 'aimskit',
    audience:
      'Anyone in an organisation that builds, sells or uses AI; no knowledge of the standard needed.',
    duration: 'About five minutes',
    disclaimer:
      'A first orientation, not an audit or a certification. The questions and advice are our own wording, not the text of ISO/IEC 42001.',
    crosswalks: CROSSWALK_NOTICE,
    // Too small to judge: an indicative band, never a certification verdict (docs/scoring.md).
    certificationVerdict: 'none',
  },
};
