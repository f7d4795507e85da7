/**
 * The EU AI Act triage of one AI system (docs/ai-act.md): a short guided sequence of questions, in
 * plain words, and `classifyAiSystem`, which reads the answers and gives the system's class, the
 * reasons (each naming its article or annex point) and the duties of each role the organisation
 * has for it, with the ISO/IEC 42001 requirements that serve each duty (through the crosswalk).
 *
 * The sequence is data: each question has a `showIf` condition in the definition's condition
 * language (src/logic), reading the answers of the questions before it and the system's `roles`.
 * A hidden question's stored answer is kept but not read. A system whose sequence is not finished
 * is `undetermined`, never `minimal`.
 *
 * An interpretation of Regulation (EU) 2024/1689 by the aimskit authors, not legal advice.
 */
import type { AssessmentDefinition } from '../model/definition.js';
import type { AssessmentResponse } from '../model/response.js';
import type { AiSystem, TriageAnswer } from '../model/ai-system.js';
import { evaluate, parseCondition, type ConditionAst } from '../logic/condition.js';
import {
  euAiAct,
  type AiActDuty,
  type AiActRole,
  type AiActTable,
  type AiActTrigger,
} from '../content/eu-ai-act.js';
import { mappings } from '../content/crosswalks.js';
import { tally, type Sums } from './compile.js';
import { figures, statusOf } from './score.js';
import type { RequirementStatus } from './types.js';

export type AiRiskClass = 'prohibited' | 'high' | 'limited' | 'minimal' | 'undetermined';

/** An option of a triage question. */
export interface TriageOption {
  readonly id: string;
  readonly label: string;
  /** The provision the option stands for (`Art. 5(1)(f)`), when it stands for one. */
  readonly citation?: string;
  /** The heading the option is listed under (an Annex III area). */
  readonly group?: string;
  /** Choosing it clears the other choices of a multiple-choice question (`none`, `unsure`). */
  readonly exclusive?: boolean;
}

/** A question of the triage. */
export interface TriageQuestion {
  readonly id: string;
  /** `single`: one option; `multi`: several (an exclusive option stands alone). */
  readonly kind: 'single' | 'multi';
  readonly text: string;
  readonly help?: string;
  /** The provisions the question screens for. */
  readonly citations: readonly string[];
  readonly options: readonly TriageOption[];
  /** When it is asked, in the condition language; absent: always. */
  readonly showIf?: string;
}

/** Why the system has its class; every reason names its article or annex point. */
export interface TriageReason {
  /** What the reason is: `prohibited-practice`, `annex-iii`, `derogation`, `unanswered` … */
  readonly code: string;
  /** `Art. 5(1)(f)`, `Annex III point 4(a)`. */
  readonly citation: string;
  /** In our words. */
  readonly text: string;
  /** The triage question it comes from. */
  readonly question?: string;
}

/** A duty of the system for one of the organisation's roles. */
export interface TriageDuty {
  readonly id: string;
  readonly role: AiActRole;
  readonly citation: string;
  readonly title: string;
  readonly summary: string;
  /** The date from which it applies (ISO 8601), by the table's dates. */
  readonly appliesFrom: string;
  /** An amendment not (yet) in force that would move the date. */
  readonly pendingDate?: {
    readonly amendment: string;
    readonly status: string;
    readonly date: string;
  };
  /** The ISO/IEC 42001 requirements and controls that serve the duty (crosswalk rows). */
  readonly iso42001: readonly string[];
}

export interface AiSystemClassification {
  readonly riskClass: AiRiskClass;
  readonly reasons: readonly TriageReason[];
  readonly duties: readonly TriageDuty[];
  /** For a provider of a general-purpose AI model: whether the model has systemic risk. */
  readonly model: 'general-purpose' | 'systemic-risk' | 'undetermined' | null;
  /** The questions shown under the answers so far, in order: what a guided view lists. */
  readonly asked: readonly string[];
  /** The questions shown and not yet answered, in order (empty when the triage is finished). */
  readonly pending: readonly string[];
}

/** The roles that make the organisation an operator of an AI system (not only of a model). */
const SYSTEM_ROLES = ['provider', 'deployer', 'importer', 'distributor', 'product-manufacturer'];
const IS_SYSTEM = SYSTEM_ROLES.map((role) => `{roles} contains '${role}'`).join(' or ');

const YES_NO: readonly TriageOption[] = [
  { id: 'yes', label: 'Yes' },
  { id: 'no', label: 'No' },
  { id: 'unsure', label: 'Not sure yet' },
];
const NONE: TriageOption = { id: 'none', label: 'None of these', exclusive: true };
const UNSURE: TriageOption = { id: 'unsure', label: 'Not sure yet', exclusive: true };

const cited = (citation: string, summary: string): TriageOption => ({
  id: citation,
  label: summary,
  citation,
});

/** The guided sequence for a table, in the order it is asked. */
export function triageQuestions(table: AiActTable = euAiAct): TriageQuestion[] {
  const withExceptions = table.prohibited.filter((practice) => practice.exceptions?.length);
  const annexIIIPoints = table.annexIII.flatMap((area) =>
    area.points.map((point) => ({
      ...cited(point.id, point.summary),
      citation: point.citation,
      group: area.title,
    })),
  );
  const anyPoint =
    "{annex-iii} notempty and not ({annex-iii} contains 'none') " +
    "and not ({annex-iii} contains 'unsure')";
  return [
    {
      id: 'prohibited',
      kind: 'multi',
      text: 'Does the system do any of these things?',
      help: 'These uses are banned in the Union. Pick every one that fits, even in part.',
      citations: ['Art. 5(1)'],
      options: [
        ...table.prohibited.map((practice) => ({
          id: practice.id,
          label: practice.summary,
          citation: practice.citation,
        })),
        NONE,
        UNSURE,
      ],
      showIf: IS_SYSTEM,
    },
    ...withExceptions.map((practice): TriageQuestion => ({
      id: `exception-${practice.id}`,
      kind: 'single',
      text: `Does one of the exceptions of ${practice.citation} apply?`,
      help: practice.exceptions!.join(' '),
      citations: [practice.citation],
      options: YES_NO,
      showIf: `{prohibited} contains '${practice.id}'`,
    })),
    {
      id: 'annex-i',
      kind: 'single',
      text:
        'Is the system a product, or a safety component of a product, covered by one of the ' +
        'Union laws listed in Annex I (machinery, toys, lifts, radio equipment, medical devices, ' +
        'vehicles, aviation …)?',
      citations: ['Art. 6(1)', 'Annex I'],
      options: YES_NO,
      showIf: IS_SYSTEM,
    },
    {
      id: 'annex-i-act',
      kind: 'single',
      text: 'Which of these laws covers the product?',
      citations: ['Annex I'],
      options: table.annexI.map((entry) => ({
        id: entry.id,
        label: `${entry.summary} (${entry.act})`,
        citation: entry.citation,
        group: `Section ${entry.section}`,
      })),
      showIf: `{annex-i} = 'yes'`,
    },
    {
      id: 'annex-i-third-party',
      kind: 'single',
      text: 'Must the product pass a conformity assessment by a third party under that law?',
      citations: ['Art. 6(1)(b)'],
      options: YES_NO,
      showIf: `{annex-i} = 'yes'`,
    },
    {
      id: 'annex-iii',
      kind: 'multi',
      text: 'Is the system used for any of these purposes?',
      help: 'The uses of Annex III, by area. Pick every one that fits.',
      citations: ['Art. 6(2)', 'Annex III'],
      options: [...annexIIIPoints, NONE, UNSURE],
      showIf: IS_SYSTEM,
    },
    {
      id: 'profiling',
      kind: 'single',
      text:
        'Does the system profile people: evaluate or predict their work, finances, health, ' +
        'preferences, behaviour, location or the like from their personal data?',
      citations: [table.derogation.profiling.citation],
      options: YES_NO,
      showIf: anyPoint,
    },
    {
      id: 'derogation',
      kind: 'multi',
      text: 'Does the system only do one of these, without materially shaping the decision?',
      help: 'If so, it may not be high-risk; you then document why, and still register it.',
      citations: ['Art. 6(3)'],
      options: [
        ...table.derogation.conditions.map((condition) =>
          cited(condition.citation, condition.summary),
        ),
        NONE,
        UNSURE,
      ],
      showIf: `{profiling} = 'no'`,
    },
    {
      id: 'fria-public',
      kind: 'single',
      text: 'Are you a public body, or a private organisation providing a public service?',
      help: 'Such deployers assess the effect of a high-risk system on fundamental rights first.',
      citations: ['Art. 27(1)'],
      options: YES_NO,
      showIf:
        `{roles} contains 'deployer' and (${anyPoint}) ` +
        "and ({profiling} = 'yes' or {derogation} contains 'none')",
    },
    {
      id: 'transparency',
      kind: 'multi',
      text: 'Does the system do any of these?',
      citations: ['Art. 50'],
      options: [
        ...table.transparency.map((duty) => ({
          id: duty.id,
          label: duty.summary,
          citation: duty.citation,
        })),
        NONE,
        UNSURE,
      ],
      showIf: IS_SYSTEM,
    },
    {
      id: 'gpai-systemic',
      kind: 'single',
      text:
        'Does the general-purpose AI model have systemic risk: high-impact capabilities ' +
        '(presumed ' +
        'above 10^25 floating-point operations of training compute), or a designation by the ' +
        'Commission?',
      citations: ['Art. 51', 'Art. 55'],
      options: YES_NO,
      showIf: `{roles} contains 'gpai-provider'`,
    },
    {
      id: 'gpai-open-source',
      kind: 'single',
      text:
        'Is the model released under a free and open-source licence, with its weights and ' +
        'architecture public?',
      citations: ['Art. 53(2)'],
      options: YES_NO,
      showIf: `{gpai-systemic} = 'no'`,
    },
  ];
}

const parsedConditions = new Map<string, ConditionAst>();
const conditionOf = (source: string): ConditionAst => {
  let ast = parsedConditions.get(source);
  if (ast === undefined) {
    ast = parseCondition(source);
    parsedConditions.set(source, ast);
  }
  return ast;
};

/** An answer read as a list of option ids: a single choice is a list of one. */
const chosenIn = (answer: TriageAnswer | undefined): readonly string[] => {
  if (answer === undefined) return [];
  return typeof answer === 'string' ? [answer] : answer;
};

/** The answers of the shown questions, in order; a hidden question's answer is not read. */
function shownAnswers(system: AiSystem, questions: readonly TriageQuestion[]) {
  const answers = new Map<string, readonly string[]>();
  const shown: TriageQuestion[] = [];
  const read = (id: string) => (id === 'roles' ? system.roles : answers.get(id));
  for (const question of questions) {
    if (question.showIf !== undefined && !evaluate(conditionOf(question.showIf), read)) continue;
    shown.push(question);
    const known = new Set(question.options.map((option) => option.id));
    const chosen = chosenIn(system.triage?.[question.id]).filter((id) => known.has(id));
    if (chosen.length) answers.set(question.id, chosen);
  }
  return { answers, shown };
}

/** What the answers establish, each open point with its reason. */
interface Findings {
  readonly reasons: TriageReason[];
  readonly triggers: Set<AiActTrigger>;
  /** The screens that are unanswered or answered "not sure". */
  readonly open: TriageReason[];
  prohibited: boolean;
  high: boolean;
  highByAnnexI: boolean;
  highByAnnexIII: boolean;
  /**
   * Whether the high-risk duties of the Regulation itself apply: not for a product under Annex I
   * Section B alone, which meets them through its own law (Art. 2(2)).
   */
  highDuties: boolean;
  transparent: boolean;
}

const citationOf = (table: AiActTable, id: string): string =>
  [
    ...table.prohibited,
    ...table.annexIII.flatMap((area) => area.points),
    ...table.transparency,
    ...table.derogation.conditions,
  ].find((provision) => provision.id === id || provision.citation === id)?.citation ?? id;

function screenProhibited(
  table: AiActTable,
  answers: Map<string, readonly string[]>,
  found: Findings,
) {
  const chosen = answers.get('prohibited');
  if (!chosen || chosen.includes('unsure')) {
    found.open.push({
      code: chosen ? 'unsure' : 'unanswered',
      citation: 'Art. 5(1)',
      text: 'The screen for prohibited practices is not finished.',
      question: 'prohibited',
    });
    return;
  }
  for (const id of chosen) {
    const practice = table.prohibited.find((entry) => entry.id === id);
    if (!practice) continue;
    const exception = practice.exceptions?.length ? answers.get(`exception-${id}`)?.[0] : 'no';
    if (exception === 'yes') {
      found.reasons.push({
        code: 'prohibition-exception',
        citation: practice.citation,
        text: `An exception of ${practice.citation} applies: not prohibited on this ground.`,
        question: `exception-${id}`,
      });
    } else if (exception === 'no') {
      found.prohibited = true;
      found.reasons.push({
        code: 'prohibited-practice',
        citation: practice.citation,
        text: practice.summary,
        question: 'prohibited',
      });
    } else {
      found.open.push({
        code: exception ? 'unsure' : 'unanswered',
        citation: practice.citation,
        text: `Whether an exception of ${practice.citation} applies is not settled.`,
        question: `exception-${id}`,
      });
    }
  }
}

function screenAnnexI(table: AiActTable, answers: Map<string, readonly string[]>, found: Findings) {
  const covered = answers.get('annex-i')?.[0];
  if (covered === 'no') return;
  if (covered !== 'yes') {
    found.open.push({
      code: covered ? 'unsure' : 'unanswered',
      citation: 'Art. 6(1)',
      text: 'Whether Annex I covers the product is not settled.',
      question: 'annex-i',
    });
    return;
  }
  const actId = answers.get('annex-i-act')?.[0];
  const act = table.annexI.find((entry) => entry.id === actId);
  const thirdParty = answers.get('annex-i-third-party')?.[0];
  if (!act || (thirdParty !== 'yes' && thirdParty !== 'no')) {
    const question = act ? 'annex-i-third-party' : 'annex-i-act';
    found.open.push({
      code: 'unanswered',
      citation: 'Art. 6(1)',
      text: 'The Annex I screen is not finished.',
      question,
    });
    return;
  }
  if (thirdParty === 'no') {
    found.reasons.push({
      code: 'annex-i-no-third-party',
      citation: 'Art. 6(1)(b)',
      text:
        `${act.citation}: the product needs no third-party conformity assessment, so ` +
        'Art. 6(1) does not make the system high-risk.',
      question: 'annex-i-third-party',
    });
    return;
  }
  found.high = true;
  found.highByAnnexI = true;
  found.reasons.push({
    code: 'annex-i',
    citation: act.citation,
    text:
      act.section === 'A'
        ? `A product, or a safety component of a product, under ${act.act} (${act.summary}) ` +
          'that needs a third-party conformity assessment: high-risk by Art. 6(1).'
        : `A product under ${act.act} (${act.summary}), Annex I Section B: high-risk by ` +
          'Art. 6(1); the requirements reach it through that law (Art. 2(2)).',
    question: 'annex-i-act',
  });
  if (act.section === 'A') {
    found.highDuties = true;
    found.triggers.add('high-risk-annex-i');
  }
}

function screenAnnexIII(
  table: AiActTable,
  answers: Map<string, readonly string[]>,
  found: Findings,
  deployer: boolean,
) {
  const chosen = answers.get('annex-iii');
  if (!chosen || chosen.includes('unsure')) {
    found.open.push({
      code: chosen ? 'unsure' : 'unanswered',
      citation: 'Annex III',
      text: 'The Annex III screen is not finished.',
      question: 'annex-iii',
    });
    return;
  }
  const points = chosen.filter((id) => id !== 'none');
  if (!points.length) return;
  const citations = points.map((id) => citationOf(table, id));
  const profiling = answers.get('profiling')?.[0];
  const derogation = answers.get('derogation');
  let high = false;
  if (profiling === 'yes') {
    high = true;
    found.reasons.push({
      code: 'profiling',
      citation: table.derogation.profiling.citation,
      text: table.derogation.profiling.summary,
      question: 'profiling',
    });
  } else if (profiling !== 'no') {
    found.open.push({
      code: profiling ? 'unsure' : 'unanswered',
      citation: table.derogation.profiling.citation,
      text: 'Whether the system profiles people is not settled.',
      question: 'profiling',
    });
  } else if (!derogation || derogation.includes('unsure')) {
    found.open.push({
      code: derogation ? 'unsure' : 'unanswered',
      citation: 'Art. 6(3)',
      text: 'Whether the Art. 6(3) derogation applies is not settled.',
      question: 'derogation',
    });
  } else if (derogation.includes('none')) {
    high = true;
  } else {
    found.triggers.add('derogation');
    found.reasons.push({
      code: 'derogation',
      citation: derogation.map((id) => citationOf(table, id)).join(', '),
      text:
        `Listed in ${citations.join(', ')}, but not high-risk by Art. 6(3): it does not ` +
        `profile people and meets ${derogation.join(', ')}.`,
      question: 'derogation',
    });
  }
  if (!high) return;
  found.high = true;
  for (const position of points.keys())
    found.reasons.push({
      code: 'annex-iii',
      citation: citations[position]!,
      text: `Used for a purpose of ${citations[position]}: high-risk by Art. 6(2).`,
      question: 'annex-iii',
    });
  // Art. 27(1), 49(1) and 86 leave out critical infrastructure (point 2).
  const beyondPoint2 = points.some((id) => id !== 'annex-iii-2');
  if (beyondPoint2) {
    found.highByAnnexIII = true;
    found.triggers.add('high-risk-annex-iii');
  }
  found.highDuties = true;
  // Art. 27(1): public bodies and public services (point 2 left out), and credit and insurance.
  const creditOrInsurance = points.some((id) => id === 'annex-iii-5-b' || id === 'annex-iii-5-c');
  const publicService = answers.get('fria-public')?.[0];
  if (creditOrInsurance || (beyondPoint2 && publicService === 'yes')) found.triggers.add('fria');
  else if (beyondPoint2 && deployer && publicService !== 'no')
    found.open.push({
      code: publicService ? 'unsure' : 'unanswered',
      citation: 'Art. 27(1)',
      text: 'Whether Art. 27 binds you as a deployer is not settled.',
      question: 'fria-public',
    });
}

function screenTransparency(
  table: AiActTable,
  answers: Map<string, readonly string[]>,
  found: Findings,
) {
  const chosen = answers.get('transparency');
  if (!chosen || chosen.includes('unsure')) {
    found.open.push({
      code: chosen ? 'unsure' : 'unanswered',
      citation: 'Art. 50',
      text: 'The transparency screen is not finished.',
      question: 'transparency',
    });
    return;
  }
  for (const id of chosen) {
    const duty = table.transparency.find((entry) => entry.id === id);
    if (!duty) continue;
    found.transparent = true;
    found.triggers.add(`transparency-${id.slice('art-'.length)}` as AiActTrigger);
    found.reasons.push({
      code: 'transparency',
      citation: duty.citation,
      text: duty.summary,
      question: 'transparency',
    });
  }
}

/** The ISO/IEC 42001 requirements the crosswalk maps to a duty's article (or its paragraph). */
export function servingRequirements(article: string): string[] {
  const paragraph = /^(\d+)(\(.+\))$/.exec(article);
  const number = paragraph ? paragraph[1] : article;
  const rows = mappings.filter((mapping) => mapping.target === `eu-ai-act:art-${number}`);
  const exact = paragraph
    ? rows.filter(
        (mapping) => typeof mapping.note === 'string' && mapping.note.includes(`Art. ${article}`),
      )
    : [];
  return [...new Set((exact.length ? exact : rows).map((mapping) => mapping.source))];
}

function dutyOf(table: AiActTable, duty: AiActDuty, annexIOnly: boolean): TriageDuty {
  const dateId = annexIOnly && duty.appliesFrom === 'general' ? 'annex-i' : duty.appliesFrom;
  const date = table.dates.find((entry) => entry.id === dateId)?.date ?? dateId;
  let appliesFrom = date;
  let pendingDate: TriageDuty['pendingDate'];
  for (const amendment of table.amendments) {
    const change = amendment.changes.find((entry) => entry.date === dateId && entry.newDate);
    if (!change?.newDate) continue;
    if (amendment.status === 'in-force') appliesFrom = change.newDate;
    else pendingDate = { amendment: amendment.id, status: amendment.status, date: change.newDate };
  }
  return {
    id: duty.id,
    role: duty.role,
    citation: duty.citation,
    title: duty.title,
    summary: duty.summary,
    appliesFrom,
    ...(pendingDate ? { pendingDate } : {}),
    iso42001: servingRequirements(duty.article),
  };
}

/**
 * The class of an AI system under the EU AI Act, the reasons (each naming its article or annex
 * point) and the duties of each role the organisation has for it. `table` replaces the shipped
 * reading of the Regulation (src/content/eu-ai-act.ts). Pure: the same system and table always
 * give the same result.
 */
export function classifyAiSystem(
  system: AiSystem,
  table: AiActTable = euAiAct,
): AiSystemClassification {
  const { answers, shown } = shownAnswers(system, triageQuestions(table));
  const pending = shown
    .filter((question) => !answers.has(question.id))
    .map((question) => question.id);
  const found: Findings = {
    reasons: [],
    triggers: new Set(['any-system']),
    open: [],
    prohibited: false,
    high: false,
    highByAnnexI: false,
    highByAnnexIII: false,
    highDuties: false,
    transparent: false,
  };
  const roles = new Set<string>(system.roles);
  const operatesSystem = SYSTEM_ROLES.some((role) => roles.has(role));
  const model = modelOf(roles, answers, found);
  if (operatesSystem) {
    screenProhibited(table, answers, found);
    if (!found.prohibited) {
      screenAnnexI(table, answers, found);
      screenAnnexIII(table, answers, found, roles.has('deployer'));
      screenTransparency(table, answers, found);
    }
  }
  let riskClass: AiRiskClass;
  if (found.prohibited) riskClass = 'prohibited';
  else if (!roles.size) {
    riskClass = 'undetermined';
    found.open.push({
      code: 'no-role',
      citation: 'Art. 3(3)–(7)',
      text:
        'No role is chosen for the system: provider, deployer, importer, distributor, ' +
        'product manufacturer or model provider.',
    });
  } else if (found.high) riskClass = 'high';
  else if (found.open.length) riskClass = 'undetermined';
  else if (found.transparent) riskClass = 'limited';
  else riskClass = 'minimal';
  if (riskClass === 'prohibited') found.triggers.clear();
  if (found.prohibited) found.triggers.add('prohibited');
  if (found.highDuties) found.triggers.add('high-risk');
  if (riskClass === 'minimal' && !operatesSystem)
    found.reasons.push({
      code: 'model-only',
      citation: 'Chapter V (Art. 51–55)',
      text:
        'A general-purpose AI model, not an AI system: Art. 5, 6 and 50 classify systems; ' +
        'the model has its own duties.',
    });
  else if (riskClass === 'minimal')
    found.reasons.push({
      code: 'minimal',
      citation: 'Art. 5, 6, 50',
      text: 'No prohibited practice, no high-risk use and no transparency duty applies.',
    });
  if (model === 'general-purpose' || model === 'systemic-risk') found.triggers.add('gpai');
  if (model === 'systemic-risk') found.triggers.add('gpai-systemic');
  if (!found.high) found.triggers.delete('fria');
  const annexIOnly = found.highByAnnexI && !found.highByAnnexIII;
  const duties = table.duties
    .filter((duty) => roles.has(duty.role) && found.triggers.has(duty.trigger))
    .map((duty) => dutyOf(table, duty, annexIOnly));
  const reasons =
    riskClass === 'undetermined' || riskClass === 'high'
      ? [...found.reasons, ...found.open]
      : found.reasons;
  const asked = shown.map((question) => question.id);
  return { riskClass, reasons, duties, model, asked, pending };
}

/** Whether the organisation provides a general-purpose model, and with systemic risk. */
function modelOf(
  roles: Set<string>,
  answers: Map<string, readonly string[]>,
  found: Findings,
): AiSystemClassification['model'] {
  if (!roles.has('gpai-provider')) return null;
  const systemic = answers.get('gpai-systemic')?.[0];
  if (systemic === 'yes') {
    found.reasons.push({
      code: 'gpai-systemic',
      citation: 'Art. 51',
      text: 'A general-purpose AI model with systemic risk: Art. 53 and Art. 55 apply.',
      question: 'gpai-systemic',
    });
    return 'systemic-risk';
  }
  if (systemic === 'no') {
    const openSource = answers.get('gpai-open-source')?.[0] === 'yes';
    found.reasons.push({
      code: 'gpai',
      citation: openSource ? 'Art. 53(2)' : 'Art. 53',
      text: openSource
        ? 'A general-purpose AI model released as open source without systemic risk: of ' +
          'Art. 53 only the copyright policy and the training summary apply.'
        : 'A general-purpose AI model without systemic risk: Art. 53 applies.',
      question: 'gpai-systemic',
    });
    return 'general-purpose';
  }
  found.open.push({
    code: systemic ? 'unsure' : 'unanswered',
    citation: 'Art. 51',
    text: 'Whether the model has systemic risk is not settled.',
    question: 'gpai-systemic',
  });
  return 'undetermined';
}

/** How far the questionnaire's answers cover one duty. */
export interface DutyCoverage {
  readonly duty: string;
  /** Readiness (0..100, one decimal) over the serving requirements' questions; null: none. */
  readonly readiness: number | null;
  /** `implemented` … `planned`, as for a requirement; null when none of them is assessed. */
  readonly status: RequirementStatus | null;
  /** The serving requirements this definition assesses. */
  readonly requirements: readonly string[];
}

/**
 * How far a questionnaire response covers each duty: readiness and status over the questions of
 * the ISO/IEC 42001 requirements that serve it, by the same sums as `score`.
 */
export function dutyCoverage(
  definition: AssessmentDefinition,
  response: AssessmentResponse,
  duties: readonly TriageDuty[],
): DutyCoverage[] {
  const counts = tally(definition, response);
  const indexOf = new Map(counts.compiled.requirements.map((id, index) => [id, index]));
  return duties.map((duty) => {
    const assessed = duty.iso42001.filter((id) => indexOf.has(id));
    const sums: Sums = {
      earned: 0,
      weight: 0,
      target: 0,
      counted: 0,
      notApplicable: 0,
      visible: 0,
      answered: 0,
    };
    for (const id of assessed) {
      const part = counts.requirements[indexOf.get(id)!]!;
      sums.earned += part.earned;
      sums.weight += part.weight;
      sums.target += part.target;
      sums.counted += part.counted;
    }
    return {
      duty: duty.id,
      readiness: figures(sums.earned, sums.weight).readiness,
      status: assessed.length ? statusOf(sums) : null,
      requirements: assessed,
    };
  });
}

/**
 * The system with one option of a triage question chosen (`checked`) or cleared. A single choice
 * keeps one option; in a multiple choice an exclusive option (`none`, `unsure`) stands alone, and
 * choosing another option clears it. Clearing the last option removes the answer. Unknown
 * questions and options leave the system as it is.
 */
export function answerTriage(
  system: AiSystem,
  questionId: string,
  optionId: string,
  checked: boolean,
  table: AiActTable = euAiAct,
): AiSystem {
  const question = triageQuestions(table).find((candidate) => candidate.id === questionId);
  const option = question?.options.find((candidate) => candidate.id === optionId);
  if (!question || !option) return system;
  const before = chosenIn(system.triage?.[questionId]);
  let chosen: string[];
  if (question.kind === 'single') chosen = checked ? [optionId] : [];
  else if (!checked) chosen = before.filter((id) => id !== optionId);
  else if (option.exclusive) chosen = [optionId];
  else {
    const exclusive = new Set(
      question.options.filter((candidate) => candidate.exclusive).map((candidate) => candidate.id),
    );
    chosen = [...before.filter((id) => !exclusive.has(id) && id !== optionId), optionId];
  }
  const triage: Record<string, TriageAnswer> = { ...system.triage };
  if (!chosen.length) delete triage[questionId];
  else triage[questionId] = question.kind === 'single' ? chosen[0]! : chosen;
  return { ...system, triage };
}
