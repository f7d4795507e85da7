/**
 * Crosswalks from ISO/IEC 42001 to the EU AI Act (Regulation (EU) 2024/1689), the NIST AI RMF 1.0
 * (NIST AI 100-1) and ISO/IEC 27001:2022 (its clauses and its Annex A). These tables are aimskit's
 * own reading of where the frameworks overlap: an interpretation, not an official mapping by ISO, the
 * EU or NIST. Every row says `intersects-with`: the two requirements share ground, and meeting one
 * helps with the other, but neither is claimed to cover the other. Every row carries, in its `note`,
 * the provision of the published text it points to, in our own words.
 */
import type { Framework, Mapping } from '../model/definition.js';

/** The notice every pack carries (in `metadata.crosswalks`) alongside these tables. */
export const CROSSWALK_NOTICE =
  "The crosswalks to the EU AI Act, the NIST AI RMF and ISO/IEC 27001 are the aimskit authors' interpretation, " +
  'not an official mapping. A shared row means the requirements overlap, not that meeting one meets the other.';

const note =
  'Our interpretation, not an official mapping: use it to find overlaps, not as proof of compliance.';

/** The published texts the targets come from, as a row's note names them. */
export const CROSSWALK_SOURCES = {
  'eu-ai-act': 'Regulation (EU) 2024/1689',
  'nist-ai-rmf': 'NIST AI 100-1',
  iso27001: 'ISO/IEC 27001:2022',
} as const;

/**
 * [key, title] of the EU AI Act provisions used as targets: an article number, or `annex-iii` and
 * `annex-iv` for the annexes that articles 6 and 11 point to.
 */
const euProvisions: readonly (readonly [string, string])[] = [
  ['4', 'Art. 4: AI literacy'],
  ['6', 'Art. 6: Classification rules for high-risk AI systems'],
  ['annex-iii', 'Annex III: High-risk AI systems referred to in Art. 6(2)'],
  ['9', 'Art. 9: Risk management system'],
  ['10', 'Art. 10: Data and data governance'],
  ['11', 'Art. 11: Technical documentation'],
  ['annex-iv', 'Annex IV: Contents of the technical documentation referred to in Art. 11(1)'],
  ['12', 'Art. 12: Record-keeping'],
  ['13', 'Art. 13: Transparency and provision of information to deployers'],
  ['14', 'Art. 14: Human oversight'],
  ['15', 'Art. 15: Accuracy, robustness and cybersecurity'],
  ['17', 'Art. 17: Quality management system'],
  ['18', 'Art. 18: Documentation keeping'],
  ['19', 'Art. 19: Automatically generated logs'],
  ['20', 'Art. 20: Corrective actions and duty of information'],
  ['25', 'Art. 25: Responsibilities along the AI value chain'],
  ['26', 'Art. 26: Obligations of deployers of high-risk AI systems'],
  ['27', 'Art. 27: Fundamental rights impact assessment for high-risk AI systems'],
  ['43', 'Art. 43: Conformity assessment'],
  ['47', 'Art. 47: EU declaration of conformity'],
  ['48', 'Art. 48: CE marking'],
  ['49', 'Art. 49: Registration'],
  ['50', 'Art. 50: Transparency obligations for providers and deployers of certain AI systems'],
  ['53', 'Art. 53: Obligations for providers of general-purpose AI models'],
  ['72', 'Art. 72: Post-market monitoring by providers'],
  ['73', 'Art. 73: Reporting of serious incidents'],
  ['87', 'Art. 87: Reporting of infringements and protection of reporting persons'],
];

/**
 * [id, title in our words] of the NIST AI RMF 1.0 categories, and of the few subcategories used
 * where a category is too coarse for the link.
 */
const nistEntries: readonly (readonly [string, string])[] = [
  ['govern-1', 'GOVERN 1: policies and processes for AI risk are set and followed'],
  ['govern-1.6', 'GOVERN 1.6: the organisation keeps an inventory of its AI systems'],
  ['govern-2', 'GOVERN 2: clear accountability, with people trained and empowered'],
  ['govern-3', 'GOVERN 3: diverse, inclusive teams inform AI risk decisions'],
  ['govern-4', 'GOVERN 4: a culture that weighs AI risk and talks about it openly'],
  ['govern-5', 'GOVERN 5: engaging with people outside the team, including those affected'],
  ['govern-6', 'GOVERN 6: handling risks from third-party software, data and suppliers'],
  ['map-1', 'MAP 1: the context and intended purpose are understood'],
  ['map-2', 'MAP 2: the system is categorised and its limits are written down'],
  ['map-3', 'MAP 3: capabilities, goals, benefits and costs are understood'],
  ['map-3.5', 'MAP 3.5: how people oversee the system is defined, assessed and documented'],
  ['map-4', 'MAP 4: risks of every component, third-party ones included, are mapped'],
  ['map-5', 'MAP 5: effects on people, groups, organisations and society are described'],
  ['measure-1', 'MEASURE 1: suitable methods and metrics are chosen and applied'],
  ['measure-2', 'MEASURE 2: the system is evaluated for trustworthiness'],
  ['measure-2.11', 'MEASURE 2.11: fairness and bias are evaluated and the results recorded'],
  ['measure-2.12', 'MEASURE 2.12: the environmental impact of the AI is assessed and recorded'],
  ['measure-3', 'MEASURE 3: known risks are tracked over time'],
  ['measure-4', 'MEASURE 4: feedback on whether the measurements work is collected'],
  ['manage-1', 'MANAGE 1: risks are prioritised and acted on'],
  ['manage-2', 'MANAGE 2: benefits are maximised and harms reduced, with input from others'],
  [
    'manage-2.4',
    'MANAGE 2.4: a system acting outside its intended use can be overridden, disengaged or switched off',
  ],
  ['manage-3', 'MANAGE 3: risks from third parties are managed'],
  ['manage-4', 'MANAGE 4: responses, recovery and communication are planned and monitored'],
];

/**
 * [key, title in our words] of the ISO/IEC 27001:2022 targets: `A.5.1` for an Annex A control,
 * `6.3` for a clause of the management system.
 */
const isoEntries: readonly (readonly [string, string])[] = [
  ['6.3', 'Planning of changes'],
  ['9.2', 'Internal audit'],
  ['A.5.1', 'Information security policies'],
  ['A.5.2', 'Security roles and responsibilities'],
  ['A.5.5', 'Contact with authorities'],
  ['A.5.9', 'Inventory of information and other assets'],
  ['A.5.19', 'Security in supplier relationships'],
  ['A.5.20', 'Security in supplier agreements'],
  ['A.5.21', 'Security in the ICT supply chain'],
  ['A.5.24', 'Planning for incident management'],
  ['A.5.26', 'Responding to security incidents'],
  ['A.5.31', 'Legal, regulatory and contractual requirements'],
  ['A.5.33', 'Protection of records'],
  ['A.5.34', 'Privacy and protection of personal data'],
  ['A.5.37', 'Documented operating procedures'],
  ['A.6.3', 'Security awareness, education and training'],
  ['A.6.8', 'Reporting security events'],
  ['A.8.6', 'Capacity management'],
  ['A.8.15', 'Logging'],
  ['A.8.16', 'Monitoring activities'],
  ['A.8.25', 'Secure development life cycle'],
  ['A.8.26', 'Application security requirements'],
  ['A.8.29', 'Security testing in development and acceptance'],
  ['A.8.32', 'Change management'],
  ['A.8.33', 'Test information'],
];

/** A token of the EU column: an article with an optional paragraph (`26(11)`), or an annex. */
const euToken = /^(\d+|annex-[ivx]+)((?:\([0-9a-z]+\))*)$/;
const annexNumeral = (key: string) => key.slice('annex-'.length).toUpperCase();

const euId = (key: string) =>
  key.startsWith('annex-') ? `eu-ai-act:${key}` : `eu-ai-act:art-${key}`;
const euCitation = (key: string, paragraph: string) =>
  key.startsWith('annex-') ? `Annex ${annexNumeral(key)}${paragraph}` : `Art. ${key}${paragraph}`;
const nistId = (key: string) => `nist-ai-rmf:${key}`;
const nistCitation = (key: string) => key.toUpperCase().replace('-', ' ');
const isAnnexA = (key: string) => key.startsWith('A.');
const isoId = (key: string) =>
  isAnnexA(key) ? `iso27001:a-${key.slice('A.'.length)}` : `iso27001:${key}`;
const isoCitation = (key: string) => (isAnnexA(key) ? `Annex A ${key.slice(2)}` : `clause ${key}`);

/**
 * One row per ISO/IEC 42001 requirement: [source, EU AI Act provisions, NIST AI RMF categories or
 * subcategories, ISO/IEC 27001 clauses and controls], each a space-separated list ('' where we see
 * no sensible link). An EU entry may name the paragraph meant, `26(11)`; the row then points to the
 * article and its note names the paragraph.
 */
const table: readonly (readonly [string, string, string, string])[] = [
  ['4.1', '6 annex-iii 25', 'map-1', ''],
  ['4.2', '', 'map-1 govern-5', ''],
  ['4.3', '6 annex-iii 25', 'map-1', ''],
  ['4.4', '17', 'govern-1', ''],
  ['5.1', '17', 'govern-2 govern-4', ''],
  ['5.2', '17', 'govern-1', 'A.5.1'],
  ['5.3', '17 26', 'govern-2', 'A.5.2'],
  ['6.1.1', '9', 'govern-1 manage-1', ''],
  ['6.1.2', '9', 'map-4 map-5 measure-1', ''],
  ['6.1.3', '9', 'manage-1 manage-2', ''],
  ['6.1.4', '27', 'map-5', ''],
  ['6.2', '', 'govern-1 map-3', ''],
  ['6.3', '17', 'govern-1', '6.3'],
  ['7.1', '17', 'manage-2', ''],
  ['7.2', '4', 'govern-2', 'A.6.3'],
  ['7.3', '4', 'govern-2 govern-4', 'A.6.3'],
  ['7.4', '', 'govern-4 govern-5', ''],
  ['7.5.1', '11 17', 'govern-1', 'A.5.37'],
  ['7.5.2', '11', 'govern-1', ''],
  ['7.5.3', '17 18', '', 'A.5.33'],
  ['8.1', '17', 'manage-2', ''],
  ['8.2', '9', 'map-4 measure-3', ''],
  ['8.3', '9', 'manage-1 manage-4', ''],
  ['8.4', '27', 'map-5', ''],
  ['9.1', '72', 'measure-1 measure-3 measure-4', ''],
  ['9.2.1', '17', 'govern-1', '9.2'],
  ['9.2.2', '17', 'govern-1', '9.2'],
  ['9.3.1', '17', 'govern-1', ''],
  ['9.3.2', '17', 'govern-1', ''],
  ['9.3.3', '17', 'govern-1', ''],
  ['10.1', '17', 'manage-4', ''],
  ['10.2', '17 20', 'manage-4', ''],
  ['A.2.2', '17', 'govern-1', 'A.5.1'],
  ['A.2.3', '17', 'govern-1', 'A.5.1'],
  ['A.2.4', '17', 'govern-1', 'A.5.1'],
  ['A.3.2', '17 26', 'govern-2', 'A.5.2'],
  ['A.3.3', '87', 'govern-4', 'A.6.8'],
  ['A.4.2', '11 annex-iv 17', 'govern-1.6', 'A.5.9'],
  ['A.4.3', '10 11 annex-iv', 'map-4', 'A.5.9'],
  ['A.4.4', '11', 'map-4', 'A.5.9'],
  ['A.4.5', '11 annex-iv', 'map-4', 'A.8.6'],
  ['A.4.6', '4 14', 'govern-2 govern-3', 'A.6.3'],
  ['A.5.2', '9 27', 'map-1 map-5', ''],
  ['A.5.3', '27(3)', 'map-5', ''],
  ['A.5.4', '9 27', 'map-5 measure-2.11', ''],
  ['A.5.5', '9(2)(a)', 'map-5 measure-2.12', ''],
  ['A.6.1.2', '17', 'govern-1 map-3', ''],
  ['A.6.1.3', '17', 'govern-1', 'A.8.25'],
  ['A.6.2.2', '11 14 15', 'map-2 map-3', 'A.8.26'],
  ['A.6.2.3', '11 annex-iv', 'map-2', ''],
  ['A.6.2.4', '9 15 17', 'measure-1 measure-2', 'A.8.29 A.8.33'],
  ['A.6.2.5', '17 43 47 48 49', 'manage-1', 'A.8.32'],
  ['A.6.2.6', '14 26(5) 72', 'measure-3 manage-2.4 manage-4', 'A.8.16'],
  ['A.6.2.7', '11 annex-iv 13', 'map-2', ''],
  ['A.6.2.8', '12 19 26(6)', 'measure-3 manage-4', 'A.8.15'],
  ['A.7.2', '10', 'map-4', ''],
  ['A.7.3', '10', 'map-4 govern-6', 'A.5.34'],
  ['A.7.4', '10', 'measure-2 measure-2.11', ''],
  ['A.7.5', '10 11 annex-iv', 'map-4', ''],
  ['A.7.6', '10', 'measure-2', ''],
  ['A.8.2', '13 26(11) 50', 'map-2 govern-4', ''],
  ['A.8.3', '72', 'govern-5 measure-3', ''],
  ['A.8.4', '26 73', 'manage-4', 'A.5.24 A.5.26'],
  ['A.8.5', '73', 'govern-5', 'A.5.5 A.5.31'],
  ['A.9.2', '14 26', 'govern-1 map-3.5', ''],
  ['A.9.3', '26', 'map-1', ''],
  ['A.9.4', '13 14 26(1)', 'map-1 map-3.5 manage-2.4', ''],
  ['A.10.2', '25 26', 'govern-6', 'A.5.20'],
  ['A.10.3', '25 53(1)(b)', 'govern-6 manage-3 map-4', 'A.5.19 A.5.21'],
  ['A.10.4', '13 25', 'govern-5 map-1', ''],
];

/** Who Art. 27(1) binds, for the rows of the management-system impact assessment. */
const friaScope =
  'binds only some deployers: public bodies, private entities providing public services, and ' +
  'deployers of the credit-scoring and life and health insurance pricing systems of Annex III';

/**
 * Why a row holds where the link is narrow or easily misread, keyed `source target`, in our words.
 * The note of such a row adds this to its source.
 */
const reasons: Readonly<Record<string, string>> = {
  '4.1 eu-ai-act:art-6':
    'whether a system is high-risk is part of understanding the organisation and its role',
  '4.1 eu-ai-act:annex-iii': 'the areas of use that make a system high-risk',
  '4.1 eu-ai-act:art-25':
    'when a distributor, importer or deployer takes on the duties of a provider',
  '4.3 eu-ai-act:art-6': 'the scope names the systems and whether each is high-risk',
  '4.3 eu-ai-act:annex-iii': 'the areas of use that make a system high-risk',
  '4.3 eu-ai-act:art-25': 'the scope names the role the organisation has for each system',
  '6.1.4 eu-ai-act:art-27': friaScope,
  '8.4 eu-ai-act:art-27': friaScope,
  '7.5.3 eu-ai-act:art-18': 'keeping the documentation available to the authorities for ten years',
  'A.3.3 eu-ai-act:art-87':
    'a loose link: Art. 87 protects people who report infringements of the Regulation; an ' +
    'internal channel for concerns helps, but is not that protection',
  'A.5.3 eu-ai-act:art-27': 'the deployer documents the assessment and notifies its results',
  'A.5.4 eu-ai-act:art-27': 'the assessment of effects on the fundamental rights of persons',
  'A.5.5 eu-ai-act:art-9':
    'risks to health, safety and fundamental rights; the Regulation asks for no assessment of ' +
    'societal impact as such',
  'A.6.2.5 eu-ai-act:art-43':
    'the conformity of a high-risk system is assessed before it is placed on the market or put into service',
  'A.6.2.5 eu-ai-act:art-47': 'the provider signs a declaration of conformity',
  'A.6.2.5 eu-ai-act:art-48': 'the system carries the CE marking',
  'A.6.2.5 eu-ai-act:art-49':
    'the system is registered in the EU database before it is placed on the market or put into service',
  'A.6.2.6 eu-ai-act:art-14': 'people can watch, understand, override and stop the system',
  'A.6.2.6 eu-ai-act:art-26': 'the deployer monitors the operation by the instructions for use',
  'A.6.2.8 eu-ai-act:art-19': 'the provider keeps the logs the system generates',
  'A.6.2.8 eu-ai-act:art-26':
    'the deployer keeps the logs under its control for six months or more',
  'A.8.2 eu-ai-act:art-26': 'persons subject to decisions of a high-risk system are told so',
  'A.8.2 eu-ai-act:art-50':
    'people are told when they deal with AI or face emotion recognition, and synthetic content and ' +
    'deep fakes are marked',
  'A.9.4 eu-ai-act:art-14': 'oversight covers the intended use and misuse that can be foreseen',
  'A.9.4 eu-ai-act:art-26': 'the deployer uses the system by its instructions for use',
  'A.10.3 eu-ai-act:art-53':
    'a general-purpose model provider gives documentation to those who build on the model',
};

/** The note of one row: the provision it points to, then, where given, why the link holds. */
const rowNote = (source: string, target: string, citation: string) => {
  const framework = target.slice(0, target.indexOf(':')) as keyof typeof CROSSWALK_SOURCES;
  const reason = reasons[`${source} ${target}`];
  const cited = `${CROSSWALK_SOURCES[framework]}, ${citation}`;
  return reason === undefined ? cited : `${cited}: ${reason}`;
};

/** A column's entries as [target id, citation] pairs. */
type Column = (entries: string) => (readonly [string, string])[];

const words = (entries: string) => entries.split(' ').filter(Boolean);

const euColumn: Column = (entries) =>
  words(entries).map((entry) => {
    const parts = euToken.exec(entry);
    if (parts === null) throw new Error(`crosswalks: bad EU AI Act entry ${entry}`);
    const [, key = '', paragraph = ''] = parts;
    return [euId(key), euCitation(key, paragraph)] as const;
  });
const nistColumn: Column = (entries) =>
  words(entries).map((key) => [nistId(key), nistCitation(key)] as const);
const isoColumn: Column = (entries) =>
  words(entries).map((key) => [isoId(key), isoCitation(key)] as const);

const targetsOf = (
  entries: readonly (readonly [string, string])[],
  idOf: (key: string) => string,
  label: (key: string, title: string) => string = (key, title) => title,
) => entries.map(([key, title]) => ({ id: idOf(key), title: label(key, title) }));

const isoLabel = (key: string, title: string) =>
  isAnnexA(key) ? `${key}: ${title}` : `Clause ${key}: ${title}`;

/** The three frameworks, each marked as our interpretation. */
export const frameworks: Framework[] = [
  {
    id: 'eu-ai-act',
    title: 'EU AI Act (Regulation (EU) 2024/1689)',
    interpretation: true,
    note,
    targets: targetsOf(euProvisions, euId),
  },
  {
    id: 'nist-ai-rmf',
    title: 'NIST AI Risk Management Framework 1.0 (NIST AI 100-1)',
    interpretation: true,
    note,
    targets: targetsOf(nistEntries, nistId),
  },
  {
    id: 'iso27001',
    title: 'ISO/IEC 27001:2022 (what an existing ISMS may already cover)',
    interpretation: true,
    note,
    targets: targetsOf(isoEntries, isoId, isoLabel),
  },
];

/**
 * Every row of the crosswalks, source = an ISO/IEC 42001 requirement id, all `intersects-with`,
 * each with a note naming its source in the published text. Two paragraphs of one article make one
 * row, whose note names both.
 */
export const mappings: Mapping[] = table.flatMap(([source, eu, nist, iso]) => {
  const citations = new Map<string, string[]>();
  for (const [target, citation] of [...euColumn(eu), ...nistColumn(nist), ...isoColumn(iso)]) {
    const known = citations.get(target);
    if (known === undefined) citations.set(target, [citation]);
    else known.push(citation);
  }
  return [...citations].map(([target, cited]): Mapping => ({
    source,
    target,
    relationship: 'intersects-with',
    note: rowNote(source, target, cited.join(' and ')),
  }));
});

/** The rows whose source is one of `requirementIds` (for a pack that covers only some requirements). */
export const mappingsFor = (requirementIds: Iterable<string>): Mapping[] => {
  const ids = new Set(requirementIds);
  return mappings.filter((mapping) => ids.has(mapping.source));
};
