/**
 * Statement of Applicability exports: the table rows (`soaRows`), CSV (`soaToCsv`), JSON (`soaToJson`) and an
 * OSCAL 1.0.6 component definition (`soaToOscal`). Pure and synchronous; the clock is passed in.
 */
import { localize, type AssessmentDefinition } from '../model/index.js';
import type { AssessmentResponse } from '../model/response.js';
import { deriveSoa, soaCompleteness, type SoaCompleteness, type SoaEntry } from '../scoring/soa.js';
import { toHex, utf8 } from './bytes.js';

/** One SoA entry with the control's title and objective (its requirement `group`, e.g. `A.6`). */
export interface SoaRow extends SoaEntry {
  readonly title: string;
  /** The objective (requirement group) id, or `''` when the control has none. */
  readonly objective: string;
  readonly objectiveTitle: string;
}

export interface SoaRowOptions {
  /** Locale of titles (default: the definition's). */
  readonly locale?: string;
  /** Visible question ids (a session's `state.visible`); computed from the answers when omitted. */
  readonly visible?: ReadonlySet<string>;
}

/** `deriveSoa` joined with titles and objectives, in definition order. */
export function soaRows(definition: AssessmentDefinition, response: AssessmentResponse, options: SoaRowOptions = {}): SoaRow[] {
  const fb = definition.locale ?? 'en', loc = options.locale ?? fb;
  const reqs = new Map((definition.requirements ?? []).map((r) => [r.id, r]));
  const groups = new Map((definition.groups ?? []).map((g) => [g.id, g]));
  return deriveSoa(definition, response, options.visible).map((e) => {
    const objective = reqs.get(e.control)?.group ?? '';
    return { ...e, title: localize(reqs.get(e.control)?.title, loc, fb), objective, objectiveTitle: localize(groups.get(objective)?.title, loc, fb) };
  });
}

/** `yes`, `no` or `undecided`. */
export const applicabilityWord = (a: boolean | null): 'yes' | 'no' | 'undecided' => (a === null ? 'undecided' : a ? 'yes' : 'no');

/** The CSV columns, in order (the header row). */
export const SOA_CSV_COLUMNS = ['control', 'title', 'objective', 'applicable', 'justification', 'status', 'source', 'owner', 'risks', 'evidence'] as const;

/**
 * One CSV cell: a text starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'` so that
 * spreadsheets show it as text instead of running it as a formula; a cell holding `"`, `,`, CR or LF is quoted
 * with inner quotes doubled (RFC 4180).
 */
export function csvCell(value: string): string {
  const s = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The SoA as CSV (RFC 4180): a header row, then one row per control, CRLF line ends. No byte order mark. */
export function soaToCsv(definition: AssessmentDefinition, response: AssessmentResponse, options: SoaRowOptions = {}): string {
  const lines = [SOA_CSV_COLUMNS.join(',')];
  for (const r of soaRows(definition, response, options)) {
    lines.push([r.control, r.title, r.objective, applicabilityWord(r.applicable), r.justification, r.status, r.source ?? '', r.owner ?? '',
      r.risks.join(' '), String(r.evidence)].map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

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
export function soaToJson(definition: AssessmentDefinition, response: AssessmentResponse, options: SoaExportOptions): SoaJson {
  const controls = soaRows(definition, response, options);
  return {
    format: 'aimskit.soa/1',
    definition: { id: definition.id, version: definition.version, title: localize(definition.title, options.locale ?? definition.locale ?? 'en', definition.locale ?? 'en') },
    generatedAt: stamp(options.now), completeness: soaCompleteness(controls), controls,
  };
}

// ---- OSCAL ---------------------------------------------------------------------------------------------

/** SHA-1 (FIPS 180-4), synchronous; used only to derive name-based (version 5) UUIDs, not for security. */
function sha1(data: Uint8Array): Uint8Array {
  const l = data.length, n = ((l + 8) >> 6) + 1, w = new Int32Array(n * 16), x = new Int32Array(80);
  for (let i = 0; i < l; i++) w[i >> 2]! |= data[i]! << (24 - (i & 3) * 8);
  w[l >> 2]! |= 0x80 << (24 - (l & 3) * 8);
  w[n * 16 - 1] = l * 8;
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const rol = (v: number, s: number) => (v << s) | (v >>> (32 - s));
  for (let o = 0; o < w.length; o += 16) {
    for (let t = 0; t < 80; t++) x[t] = t < 16 ? w[o + t]! : rol(x[t - 3]! ^ x[t - 8]! ^ x[t - 14]! ^ x[t - 16]!, 1);
    let [a, b, c, d, e] = h as [number, number, number, number, number];
    for (let t = 0; t < 80; t++) {
      const f = t < 20 ? ((b & c) | (~b & d)) + 0x5a827999 : t < 40 ? (b ^ c ^ d) + 0x6ed9eba1 : t < 60 ? ((b & c) | (b & d) | (c & d)) + 0x8f1bbcdc : (b ^ c ^ d) + 0xca62c1d6;
      const tmp = (rol(a, 5) + f + e + x[t]!) | 0;
      (e = d), (d = c), (c = rol(b, 30)), (b = a), (a = tmp);
    }
    [a, b, c, d, e].forEach((v, i) => (h[i] = (h[i]! + v) | 0));
  }
  const out = new Uint8Array(20);
  h.forEach((v, i) => { for (let k = 0; k < 4; k++) out[i * 4 + k] = (v >>> (24 - k * 8)) & 255; });
  return out;
}

/** A name-based UUID, version 5 (RFC 4122 §4.3): SHA-1 of the namespace's 16 bytes followed by the UTF-8 name. */
export function uuidV5(namespace: string, name: string): string {
  const ns = namespace.replace(/-/g, '');
  if (!/^[0-9a-fA-F]{32}$/.test(ns)) throw new TypeError(`not a UUID: "${namespace}"`);
  const nb = utf8(name), buf = new Uint8Array(16 + nb.length);
  for (let i = 0; i < 16; i++) buf[i] = parseInt(ns.slice(i * 2, i * 2 + 2), 16);
  buf.set(nb, 16);
  const b = sha1(buf).subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = toHex(b);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** aimskit's namespace for name-based UUIDs (a fixed random UUID). */
export const AIMSKIT_UUID_NAMESPACE = 'c3a5b556-81d7-465f-aade-42fc7e88169b';
/** The namespace of aimskit's own OSCAL properties. */
export const AIMSKIT_OSCAL_NS = 'https://aimskit.dev/ns/oscal';

/**
 * An OSCAL control id (a token) for a control id: lowercase, every character other than a letter, digit,
 * `.`, `-` or `_` replaced by `-`, and a leading `_` when it would not start with a letter. `A.6.2.4` → `a.6.2.4`.
 */
export function oscalControlId(control: string): string {
  const s = control.toLowerCase().replace(/[^\p{L}\p{N}._-]/gu, '-');
  return /^[\p{L}_]/u.test(s) ? s : `_${s}`;
}

export interface OscalOptions extends SoaExportOptions {
  /** The component definition's UUID (pin one per organisation); the other UUIDs derive from it. */
  readonly uuid?: string;
  /** `source` of the control implementation: the catalog the controls come from (a URI reference). */
  readonly source?: string;
}

type Prop = { name: string; value: string; ns?: string };
/** OSCAL strings may not be empty nor start or end with white space. */
const line = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The SoA as an OSCAL 1.0.6 component definition: one component (the AI management system) whose control
 * implementation lists every control as an implemented requirement, with `implementation-status` and the
 * justification. UUIDs are version 5, derived from the definition id and version (or `options.uuid`), so the
 * same input always gives the same output.
 */
export function soaToOscal(definition: AssessmentDefinition, response: AssessmentResponse, options: OscalOptions) {
  const fb = definition.locale ?? 'en';
  const title = line(localize(definition.title, options.locale ?? fb, fb)) || definition.id;
  const org = line(response.meta?.organisation ?? ''), system = line(response.meta?.system ?? '');
  const root = options.uuid ?? uuidV5(AIMSKIT_UUID_NAMESPACE, `aimskit.soa:${definition.id}:${definition.version}`);
  const id = (name: string) => uuidV5(root, name);
  const ns = (name: string, value: string): Prop => ({ name, ns: AIMSKIT_OSCAL_NS, value });
  return {
    'component-definition': {
      uuid: root,
      metadata: {
        title: `Statement of Applicability${org ? `: ${org}` : ''} (${title})`,
        'last-modified': stamp(options.now),
        version: line(definition.version) || '0',
        'oscal-version': '1.0.6',
      },
      components: [{
        uuid: id('component'),
        type: 'process-procedure',
        title: system || org || 'AI management system',
        description: `The AI management system assessed with "${title}" ${definition.version}; exported by aimskit.`,
        'control-implementations': [{
          uuid: id('control-implementation'),
          source: options.source ?? `urn:aimskit:definition:${encodeURIComponent(definition.id)}:${encodeURIComponent(definition.version)}`,
          description: `The Statement of Applicability: applicability, justification and implementation status of every control of "${title}".`,
          'implemented-requirements': soaRows(definition, response, options).map((r) => {
            const props: Prop[] = [
              { name: 'implementation-status', value: r.status },
              ns('label', r.control),
              ns('applicability', r.applicable === null ? 'undecided' : r.applicable ? 'applicable' : 'not-applicable'),
            ];
            if (r.source) props.push(ns('decision-source', r.source));
            const owner = line(r.owner ?? '');
            if (owner) props.push(ns('owner', owner));
            for (const risk of r.risks) props.push(ns('linked-risk', risk));
            props.push(ns('evidence-count', String(r.evidence)));
            if (r.readiness !== null) props.push(ns('readiness', String(r.readiness)));
            return {
              uuid: id(`control:${r.control}`),
              'control-id': oscalControlId(r.control),
              description: r.justification || (r.applicable === null ? 'Applicability not decided yet.' : 'No justification recorded.'),
              props,
              ...(r.title ? { remarks: line(r.title) } : {}),
            };
          }),
        }],
      }],
    },
  };
}
