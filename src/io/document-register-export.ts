/**
 * Documented information register exports: CSV (`documentRegisterCsv`) and JSON
 * (`documentRegisterJson`). Pure and synchronous; the clock is passed in. The cells are guarded
 * against formula injection by the SoA export's `csvCell`.
 */
import { localize, type AssessmentDefinition } from '../model/index.js';
import type { Text } from '../model/primitives.js';
import {
  documentStatusCounts,
  type DocumentEntry,
  type DocumentStatus,
} from '../scoring/documents.js';
import { csvCell } from './soa-export.js';

/** The CSV columns, in order (the header row, unless `labels.columns` names them). */
export const DOCUMENT_REGISTER_CSV_COLUMNS = [
  'document',
  'title',
  'description',
  'requirements',
  'status',
  'excluded',
  'questions',
  'evidence',
] as const;
export type DocumentRegisterColumn = (typeof DOCUMENT_REGISTER_CSV_COLUMNS)[number];

/** The words of an export; ids are written where a word is not given. */
export interface DocumentRegisterLabels {
  /** The header row, by column. */
  readonly columns?: Partial<Record<DocumentRegisterColumn, string>>;
  /** The status words, by status. */
  readonly statuses?: Partial<Record<DocumentStatus, string>>;
  /** The locale of titles and descriptions (default `en`). */
  readonly locale?: string;
  /** The locale a text falls back to when it lacks `locale` (the definition's). */
  readonly fallbackLocale?: string;
}

const textIn = (labels: DocumentRegisterLabels) => (text: Text | null) =>
  text === null ? '' : localize(text, labels.locale, labels.fallbackLocale);

/**
 * The register as CSV (RFC 4180): a header row, then one row per document, CRLF line ends, no
 * byte order mark. Lists (requirements, excluded controls, questions) are space-separated.
 */
export function documentRegisterCsv(
  register: readonly DocumentEntry[],
  labels: DocumentRegisterLabels = {},
): string {
  const text = textIn(labels);
  const header = DOCUMENT_REGISTER_CSV_COLUMNS.map((column) => labels.columns?.[column] ?? column);
  const rows = register.map((entry) => [
    entry.id,
    text(entry.title),
    text(entry.description),
    entry.requirements.join(' '),
    labels.statuses?.[entry.status] ?? entry.status,
    entry.excluded.join(' '),
    entry.questions.join(' '),
    String(entry.evidence),
  ]);
  return [header, ...rows].map((cells) => cells.map(csvCell).join(',') + '\r\n').join('');
}

export interface DocumentRegisterJsonOptions {
  /** When the export is made: a Date or an RFC 3339 timestamp with a time zone. */
  readonly now: Date | string;
  /** The locale of titles and descriptions (default: the definition's). */
  readonly locale?: string;
}

/** One register entry with its texts in one locale. */
export interface DocumentRegisterRow extends Omit<DocumentEntry, 'title' | 'description'> {
  readonly title: string;
  readonly description: string;
}

export interface DocumentRegisterJson {
  readonly format: 'aimskit.documents/1';
  readonly definition: { readonly id: string; readonly version: string; readonly title: string };
  readonly generatedAt: string;
  /** How many documents have each status. */
  readonly counts: Record<DocumentStatus, number>;
  readonly documents: readonly DocumentRegisterRow[];
}

/** The register as a plain JSON-serialisable object (`aimskit.documents/1`). */
export function documentRegisterJson(
  definition: AssessmentDefinition,
  register: readonly DocumentEntry[],
  options: DocumentRegisterJsonOptions,
): DocumentRegisterJson {
  const text = textIn({
    locale: options.locale ?? definition.locale,
    fallbackLocale: definition.locale,
  });
  return {
    format: 'aimskit.documents/1',
    definition: { id: definition.id, version: definition.version, title: text(definition.title) },
    generatedAt: typeof options.now === 'string' ? options.now : options.now.toISOString(),
    counts: documentStatusCounts(register),
    documents: register.map((entry) => ({
      ...entry,
      title: text(entry.title),
      description: text(entry.description),
    })),
  };
}
