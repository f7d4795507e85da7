/**
 * Statement of Applicability exports: the table rows (`soaRows`), CSV (`soaToCsv`), JSON
 * (`soaToJson`) and an OSCAL 1.0.6 component definition (`soaToOscal`). Pure and synchronous; the
 * clock is passed in.
 */
import { localize, type AssessmentDefinition } from '../model/index.js';
import type { Text } from '../model/primitives.js';
import type { AssessmentResponse } from '../model/response.js';
import { soaCompleteness, type SoaCompleteness, type SoaEntry } from '../scoring/soa.js';
import { deriveSoa } from '../scoring/soa-entries.js';
import { utf8 } from '../util/bytes.js';
import { applicabilityWord } from '../scoring/soa.js';

/** One SoA entry with the control's title and objective (its requirement `group`, e.g. `A.6`). */
export interface SoaRow extends SoaEntry {
  readonly title: string;
  /** The objective (requirement group) id, or `''` when the control has none. */
  readonly objective: string;
  readonly objectiveTitle: string;
  /** The proposed exclusion's justification, in the row's locale; null without a proposal. */
  readonly proposedJustification: string | null;
}

export interface SoaRowOptions {
  /** Locale of titles (default: the definition's). */
  readonly locale?: string;
  /** Visible question ids (a session's `state.visible`); computed from the answers when omitted. */
  readonly visible?: ReadonlySet<string>;
}

/** Localizes texts to `options.locale`, falling back to the definition's locale. */
const texts =
  (definition: AssessmentDefinition, options: { locale?: string }) =>
  (text: Text | undefined): string =>
    localize(text, options.locale ?? definition.locale, definition.locale);

/** `deriveSoa` joined with titles and objectives, in definition order. */
export function soaRows(
  definition: AssessmentDefinition,
  response: AssessmentResponse,
  options: SoaRowOptions = {},
): SoaRow[] {
  const localized = texts(definition, options);
  const requirements = new Map(
    (definition.requirements ?? []).map((requirement) => [requirement.id, requirement]),
  );
  const groups = new Map((definition.groups ?? []).map((group) => [group.id, group]));
  return deriveSoa(definition, response, options.visible).map((entry) => {
    const requirement = requirements.get(entry.control);
    const objective = requirement?.group ?? '';
    return {
      ...entry,
      title: localized(requirement?.title),
      objective,
      objectiveTitle: localized(groups.get(objective)?.title),
      proposedJustification: entry.proposal
        ? entry.proposal.justification.map((reason) => localized(reason)).join(' ')
        : null,
    };
  });
}

export { applicabilityWord };

/** The CSV columns, in order (the header row). */
export const SOA_CSV_COLUMNS = [
  'control',
  'title',
  'objective',
  'applicable',
  'justification',
  'status',
  'source',
  'owner',
  'risks',
  'evidence',
] as const;

/**
 * One CSV cell: a text starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
 * `'` so that spreadsheets show it as text instead of running it as a formula; a cell holding `"`,
 * `,`, CR or LF is quoted with inner quotes doubled (RFC 4180).
 */
export function csvCell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/**
 * The SoA as CSV (RFC 4180): a header row, then one row per control, CRLF line ends. No byte order
 * mark.
 */
export const soaToCsv = (
  definition: AssessmentDefinition,
  response: AssessmentResponse,
  options: SoaRowOptions = {},
): string =>
  [
    SOA_CSV_COLUMNS,
    ...soaRows(definition, response, options).map((r) => [
      r.control,
      r.title,
      r.objective,
      applicabilityWord(r.applicable),
      r.justification,
      r.status,
      r.source ?? '',
      r.owner ?? '',
      r.risks.join(' '),
      String(r.evidence),
    ]),
  ]
    .map((cells) => cells.map(csvCell).join(',') + '\r\n')
    .join('');

export interface SoaExportOptions extends SoaRowOptions {
  /** When the export is made: a Date or an RFC 3339 timestamp with a time zone. */
  readonly now: Date | string;
}

export interface SoaJson {
  readonly format: 'aimskit.soa/1';
  readonly definition: { readonly id: string; readonly version: string; readonly title: string };
  readonly generatedAt: string;
  readonly completeness: SoaCompleteness;
  readonly controls: readonly SoaRow[];
}

const stamp = (now: Date | string) => (typeof now === 'string' ? now : now.toISOString());

/** The SoA as a plain JSON-serialisable object (`aimskit.soa/1`): rows and completeness. */
export function soaToJson(
  definition: AssessmentDefinition,
  response: AssessmentResponse,
  options: SoaExportOptions,
): SoaJson {
  const controls = soaRows(definition, response, options);
  return {
    format: 'aimskit.soa/1',
    definition: {
      id: definition.id,
      version: definition.version,
      title: texts(definition, options)(definition.title),
    },
    generatedAt: stamp(options.now),
    completeness: soaCompleteness(controls),
    controls,
  };
}

// ---- OSCAL
// ---------------------------------------------------------------------------------------------

/**
 * SHA-1 (FIPS 180-4) as 40 hex digits, synchronous; used only to derive name-based (version 5)
 * UUIDs, not for security.
 */
function sha1(data: Uint8Array): string {
  const length = data.length;
  const blocks = ((length + 8) >> 6) + 1;
  const words = new Int32Array(blocks * 16);
  const schedule = new Int32Array(80);
  for (let index = 0; index < length; index++)
    words[index >> 2]! |= data[index]! << (24 - (index & 3) * 8);
  words[length >> 2]! |= 0x80 << (24 - (length & 3) * 8);
  words[blocks * 16 - 1] = length * 8;
  const state = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const rotate = (value: number, bits: number) => (value << bits) | (value >>> (32 - bits));
  const ROUND_CONSTANTS = [0x5a827999, 0x6ed9eba1, 0x8f1bbcdc, 0xca62c1d6];
  for (let offset = 0; offset < words.length; offset += 16) {
    let [first, second, third, fourth, fifth] = state as [number, number, number, number, number];
    for (let round = 0; round < 80; round++) {
      schedule[round] =
        round < 16
          ? words[offset + round]!
          : rotate(
              schedule[round - 3]! ^
                schedule[round - 8]! ^
                schedule[round - 14]! ^
                schedule[round - 16]!,
              1,
            );
      let mixed: number;
      if (round < 20) mixed = (second & third) | (~second & fourth);
      else if (round < 40 || round > 59) mixed = second ^ third ^ fourth;
      else mixed = (second & third) | (second & fourth) | (third & fourth);
      const next =
        (rotate(first, 5) +
          mixed +
          fifth +
          schedule[round]! +
          ROUND_CONSTANTS[Math.floor(round / 20)]!) |
        0;
      fifth = fourth;
      fourth = third;
      third = rotate(second, 30);
      second = first;
      first = next;
    }
    [first, second, third, fourth, fifth].forEach((value, index) => {
      state[index] = (state[index]! + value) | 0;
    });
  }
  return state.map((value) => (value >>> 0).toString(16).padStart(8, '0')).join('');
}

/**
 * A name-based UUID, version 5 (RFC 4122 §4.3): SHA-1 of the namespace's 16 bytes followed by the
 * UTF-8 name.
 */
export function uuidV5(namespace: string, name: string): string {
  const hexDigits = namespace.replace(/-/g, '');
  if (!/^[\da-f]{32}$/i.test(hexDigits)) throw new TypeError(`not a UUID: "${namespace}"`);
  const namespaceBytes = hexDigits.match(/../g)!.map((pair) => parseInt(pair, 16));
  const hash = sha1(new Uint8Array([...namespaceBytes, ...utf8(name)]));
  // the version (5) and the variant (RFC 4122: 10xx) replace four and two bits of the hash
  const variant = ((parseInt(hash[16]!, 16) & 3) | 8).toString(16);
  return [
    hash.slice(0, 8),
    hash.slice(8, 12),
    `5${hash.slice(13, 16)}`,
    `${variant}${hash.slice(17, 20)}`,
    hash.slice(20, 32),
  ].join('-');
}

/** aimskit's namespace for name-based UUIDs (a fixed random UUID). */
export const AIMSKIT_UUID_NAMESPACE = 'c3a5b556-81d7-465f-aade-42fc7e88169b';
/** The namespace of aimskit's own OSCAL properties. */
export const AIMSKIT_OSCAL_NS = 'https://aimskit.dev/ns/oscal';

/**
 * An OSCAL control id (a token) for a control id: lowercase, every character other than a letter,
 * digit, `.`, `-` or `_` replaced by `-`, and a leading `_` when it would not start with a letter.
 * `A.6.2.4` → `a.6.2.4`.
 */
export function oscalControlId(control: string): string {
  const token = control.toLowerCase().replace(/[^\p{L}\p{N}._-]/gu, '-');
  return /^[\p{L}_]/u.test(token) ? token : `_${token}`;
}

export interface OscalOptions extends SoaExportOptions {
  /** The component definition's UUID (pin one per organisation); the other UUIDs derive from it. */
  readonly uuid?: string;
  /**
   * `source` of the control implementation: the catalog the controls come from (a URI reference).
   */
  readonly source?: string;
}

/** The default `source` of the control implementation: a URN naming the definition. */
const definitionUrn = (definition: AssessmentDefinition) =>
  `urn:aimskit:definition:${encodeURIComponent(definition.id)}:` +
  encodeURIComponent(definition.version);

/** OSCAL strings may not be empty nor start or end with white space. */
const line = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The SoA as an OSCAL 1.0.6 component definition: one component (the AI management system) whose
 * control implementation lists every control as an implemented requirement, with
 * `implementation-status` and the justification. UUIDs are version 5, derived from the definition
 * id and version (or `options.uuid`), so the same input always gives the same output.
 */
export function soaToOscal(
  definition: AssessmentDefinition,
  response: AssessmentResponse,
  options: OscalOptions,
) {
  const title = line(texts(definition, options)(definition.title)) || definition.id;
  const org = line(response.meta?.organisation ?? ''),
    system = line(response.meta?.system ?? '');
  const root =
    options.uuid ??
    uuidV5(AIMSKIT_UUID_NAMESPACE, `aimskit.soa:${definition.id}:${definition.version}`);
  const id = (name: string) => uuidV5(root, name);
  return {
    'component-definition': {
      uuid: root,
      metadata: {
        title: `Statement of Applicability${org ? `: ${org}` : ''} (${title})`,
        'last-modified': stamp(options.now),
        version: line(definition.version) || '0',
        'oscal-version': '1.0.6',
      },
      components: [
        {
          uuid: id('component'),
          type: 'process-procedure',
          title: system || org || 'AI management system',
          description: `Assessed with "${title}" ${definition.version}.`,
          'control-implementations': [
            {
              uuid: id('control-implementation'),
              source: options.source ?? definitionUrn(definition),
              description:
                'Applicability, justification and implementation status of every control of ' +
                `"${title}".`,
              'implemented-requirements': soaRows(definition, response, options).map((r) => ({
                uuid: id(`control:${r.control}`),
                'control-id': oscalControlId(r.control),
                description:
                  r.justification ||
                  (r.applicable === null
                    ? 'Applicability not decided yet.'
                    : 'No justification recorded.'),
                props: [
                  { name: 'implementation-status', value: r.status },
                  ...(
                    [
                      ['label', r.control],
                      [
                        'applicability',
                        r.applicable === null
                          ? 'undecided'
                          : r.applicable
                            ? 'applicable'
                            : 'not-applicable',
                      ],
                      ['decision-source', r.source],
                      ['owner', line(r.owner ?? '')],
                      ...r.risks.map((risk) => ['linked-risk', risk]),
                      ['evidence-count', String(r.evidence)],
                      ['readiness', r.readiness === null ? '' : String(r.readiness)],
                    ] as const
                  )
                    .filter(([, value]) => value)
                    .map(([name, value]) => ({ name, ns: AIMSKIT_OSCAL_NS, value: value! })),
                ],
                ...(r.title && { remarks: line(r.title) }),
              })),
            },
          ],
        },
      ],
    },
  };
}
