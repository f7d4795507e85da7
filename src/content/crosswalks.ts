/**
 * Crosswalks from ISO/IEC 42001 to the EU AI Act (high-risk provider and deployer duties), the NIST AI RMF 1.0
 * and ISO/IEC 27001:2022 Annex A. These tables are aimskit's own reading of where the frameworks overlap:
 * an interpretation, not an official mapping by ISO, the EU or NIST. Every row says `intersects-with`: the two
 * requirements share ground, and meeting one helps with the other, but neither is claimed to cover the other.
 */
import type { Framework, Mapping } from '../model/definition.js';

/** The notice every pack carries (in `metadata.crosswalks`) alongside these tables. */
export const CROSSWALK_NOTICE =
  "The crosswalks to the EU AI Act, the NIST AI RMF and ISO/IEC 27001 are the aimskit authors' interpretation, " +
  'not an official mapping. A shared row means the requirements overlap, not that meeting one meets the other.';

const note =
  'Our interpretation, not an official mapping: use it to find overlaps, not as proof of compliance.';

/** [number, title] of the EU AI Act articles (Regulation (EU) 2024/1689) used as targets. */
const euArticles: readonly (readonly [string, string])[] = [
  ['4', 'AI literacy'],
  ['9', 'Risk management system'],
  ['10', 'Data and data governance'],
  ['11', 'Technical documentation'],
  ['12', 'Record-keeping'],
  ['13', 'Transparency and provision of information to deployers'],
  ['14', 'Human oversight'],
  ['15', 'Accuracy, robustness and cybersecurity'],
  ['17', 'Quality management system'],
  ['20', 'Corrective actions and duty of information'],
  ['25', 'Responsibilities along the AI value chain'],
  ['26', 'Obligations of deployers of high-risk AI systems'],
  ['27', 'Fundamental rights impact assessment for high-risk AI systems'],
  ['72', 'Post-market monitoring by providers'],
  ['73', 'Reporting of serious incidents'],
  ['87', 'Reporting of infringements and protection of reporting persons'],
];

/** [id, title in our words] of the NIST AI RMF 1.0 categories. */
const nistCategories: readonly (readonly [string, string])[] = [
  ['govern-1', 'GOVERN 1: policies and processes for AI risk are set and followed'],
  ['govern-2', 'GOVERN 2: clear accountability, with people trained and empowered'],
  ['govern-3', 'GOVERN 3: diverse, inclusive teams inform AI risk decisions'],
  ['govern-4', 'GOVERN 4: a culture that weighs AI risk and talks about it openly'],
  ['govern-5', 'GOVERN 5: engaging with people outside the team, including those affected'],
  ['govern-6', 'GOVERN 6: handling risks from third-party software, data and suppliers'],
  ['map-1', 'MAP 1: the context and intended purpose are understood'],
  ['map-2', 'MAP 2: the system is categorised and its limits are written down'],
  ['map-3', 'MAP 3: capabilities, goals, benefits and costs are understood'],
  ['map-4', 'MAP 4: risks of every component, third-party ones included, are mapped'],
  ['map-5', 'MAP 5: effects on people, groups, organisations and society are described'],
  ['measure-1', 'MEASURE 1: suitable methods and metrics are chosen and applied'],
  ['measure-2', 'MEASURE 2: the system is evaluated for trustworthiness'],
  ['measure-3', 'MEASURE 3: known risks are tracked over time'],
  ['measure-4', 'MEASURE 4: feedback on whether the measurements work is collected'],
  ['manage-1', 'MANAGE 1: risks are prioritised and acted on'],
  ['manage-2', 'MANAGE 2: benefits are maximised and harms reduced, with input from others'],
  ['manage-3', 'MANAGE 3: risks from third parties are managed'],
  ['manage-4', 'MANAGE 4: responses, recovery and communication are planned and monitored'],
];

/** [control number, title in our words] of the ISO/IEC 27001:2022 Annex A controls used as targets. */
const isoControls: readonly (readonly [string, string])[] = [
  ['5.1', 'Information security policies'],
  ['5.2', 'Security roles and responsibilities'],
  ['5.5', 'Contact with authorities'],
  ['5.9', 'Inventory of information and other assets'],
  ['5.19', 'Security in supplier relationships'],
  ['5.20', 'Security in supplier agreements'],
  ['5.21', 'Security in the ICT supply chain'],
  ['5.24', 'Planning for incident management'],
  ['5.26', 'Responding to security incidents'],
  ['5.31', 'Legal, regulatory and contractual requirements'],
  ['5.33', 'Protection of records'],
  ['5.34', 'Privacy and protection of personal data'],
  ['5.35', 'Independent review of information security'],
  ['5.37', 'Documented operating procedures'],
  ['6.3', 'Security awareness, education and training'],
  ['6.8', 'Reporting security events'],
  ['8.6', 'Capacity management'],
  ['8.15', 'Logging'],
  ['8.16', 'Monitoring activities'],
  ['8.25', 'Secure development life cycle'],
  ['8.26', 'Application security requirements'],
  ['8.29', 'Security testing in development and acceptance'],
  ['8.32', 'Change management'],
  ['8.33', 'Test information'],
];

const euId = (n: string) => `eu-ai-act:art-${n}`;
const nistId = (c: string) => `nist-ai-rmf:${c}`;
const isoId = (c: string) => `iso27001:a-${c}`;

/**
 * One row per ISO/IEC 42001 requirement: [source, EU AI Act articles, NIST AI RMF categories,
 * ISO/IEC 27001 controls], each a space-separated list ('' where we see no sensible link).
 */
const table: readonly (readonly [string, string, string, string])[] = [
  ['4.1', '', 'map-1', ''],
  ['4.2', '', 'map-1 govern-5', ''],
  ['4.3', '', 'map-1', ''],
  ['4.4', '17', 'govern-1', ''],
  ['5.1', '17', 'govern-2 govern-4', ''],
  ['5.2', '17', 'govern-1', '5.1'],
  ['5.3', '17 26', 'govern-2', '5.2'],
  ['6.1.1', '9', 'govern-1 manage-1', ''],
  ['6.1.2', '9', 'map-4 map-5 measure-1', ''],
  ['6.1.3', '9', 'manage-1 manage-2', ''],
  ['6.1.4', '27', 'map-5', ''],
  ['6.2', '', 'govern-1 map-3', ''],
  ['6.3', '17', 'govern-1', '8.32'],
  ['7.1', '17', 'manage-2', ''],
  ['7.2', '4', 'govern-2', '6.3'],
  ['7.3', '4', 'govern-2 govern-4', '6.3'],
  ['7.4', '', 'govern-4 govern-5', ''],
  ['7.5.1', '11 17', 'govern-1', '5.37'],
  ['7.5.2', '11', 'govern-1', ''],
  ['7.5.3', '11 17', '', '5.33'],
  ['8.1', '17', 'manage-2', ''],
  ['8.2', '9', 'map-4 measure-3', ''],
  ['8.3', '9', 'manage-1 manage-4', ''],
  ['8.4', '27', 'map-5', ''],
  ['9.1', '72', 'measure-1 measure-3 measure-4', ''],
  ['9.2.1', '17', 'govern-1', '5.35'],
  ['9.2.2', '17', 'govern-1', '5.35'],
  ['9.3.1', '17', 'govern-1', ''],
  ['9.3.2', '17', 'govern-1', ''],
  ['9.3.3', '17', 'govern-1', ''],
  ['10.1', '17', 'manage-4', ''],
  ['10.2', '17 20', 'manage-4', ''],
  ['A.2.2', '17', 'govern-1', '5.1'],
  ['A.2.3', '17', 'govern-1', '5.1'],
  ['A.2.4', '17', 'govern-1', '5.1'],
  ['A.3.2', '17 26', 'govern-2', '5.2'],
  ['A.3.3', '87', 'govern-4', '6.8'],
  ['A.4.2', '11 17', 'map-4', '5.9'],
  ['A.4.3', '10 11', 'map-4', '5.9'],
  ['A.4.4', '11', 'map-4', '5.9'],
  ['A.4.5', '11', 'map-4', '8.6'],
  ['A.4.6', '4 14', 'govern-2 govern-3', '6.3'],
  ['A.5.2', '9 27', 'map-1 map-5', ''],
  ['A.5.3', '11 27', 'map-5', ''],
  ['A.5.4', '9 27', 'map-5 measure-2', ''],
  ['A.5.5', '27', 'map-5', ''],
  ['A.6.1.2', '17', 'govern-1 map-3', ''],
  ['A.6.1.3', '17', 'govern-1', '8.25'],
  ['A.6.2.2', '11 14 15', 'map-2 map-3', '8.26'],
  ['A.6.2.3', '11', 'map-2', ''],
  ['A.6.2.4', '9 15 17', 'measure-1 measure-2', '8.29 8.33'],
  ['A.6.2.5', '17', 'manage-1', '8.32'],
  ['A.6.2.6', '26 72', 'measure-3 manage-4', '8.16'],
  ['A.6.2.7', '11 13', 'map-2', ''],
  ['A.6.2.8', '12 26', 'measure-3 manage-4', '8.15'],
  ['A.7.2', '10', 'map-4', ''],
  ['A.7.3', '10', 'map-4 govern-6', '5.34'],
  ['A.7.4', '10', 'measure-2', ''],
  ['A.7.5', '10 11', 'map-4', ''],
  ['A.7.6', '10', 'measure-2', ''],
  ['A.8.2', '13', 'map-2 govern-4', ''],
  ['A.8.3', '72', 'govern-5 measure-3', ''],
  ['A.8.4', '26 73', 'manage-4', '5.24 5.26'],
  ['A.8.5', '73', 'govern-5', '5.5 5.31'],
  ['A.9.2', '14 26', 'govern-1 manage-2', ''],
  ['A.9.3', '26', 'map-1', ''],
  ['A.9.4', '13 26', 'map-1 map-3', ''],
  ['A.10.2', '25 26', 'govern-6', '5.20'],
  ['A.10.3', '25', 'govern-6 manage-3 map-4', '5.19 5.21'],
  ['A.10.4', '13 25', 'govern-5 map-1', ''],
];

const targets = (
  list: readonly (readonly [string, string])[],
  id: (k: string) => string,
  label = (k: string, t: string) => t,
) => list.map(([k, t]) => ({ id: id(k), title: label(k, t) }));

/** The three frameworks, each marked as our interpretation. */
export const frameworks: Framework[] = [
  {
    id: 'eu-ai-act',
    title: 'EU AI Act (Regulation (EU) 2024/1689), high-risk AI systems',
    interpretation: true,
    note,
    targets: targets(euArticles, euId, (n, t) => `Art. ${n}: ${t}`),
  },
  {
    id: 'nist-ai-rmf',
    title: 'NIST AI Risk Management Framework 1.0',
    interpretation: true,
    note,
    targets: targets(nistCategories, nistId),
  },
  {
    id: 'iso27001',
    title: 'ISO/IEC 27001:2022 Annex A (what an existing ISMS may already cover)',
    interpretation: true,
    note,
    targets: targets(isoControls, isoId, (n, t) => `A.${n}: ${t}`),
  },
];

/** Every row of the crosswalks, source = an ISO/IEC 42001 requirement id, all `intersects-with`. */
export const mappings: Mapping[] = table.flatMap(([source, eu, nist, iso]) =>
  (
    [
      [eu, euId],
      [nist, nistId],
      [iso, isoId],
    ] as const
  ).flatMap(([list, id]) =>
    list
      .split(' ')
      .filter(Boolean)
      .map((k): Mapping => ({ source, target: id(k), relationship: 'intersects-with' })),
  ),
);

/** The rows whose source is one of `requirementIds` (for a pack that covers only some requirements). */
export const mappingsFor = (requirementIds: Iterable<string>): Mapping[] => {
  const ids = new Set(requirementIds);
  return mappings.filter((m) => ids.has(m.source));
};
