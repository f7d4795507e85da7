/**
 * The message keys of the SoA table's words, one typed table per set of values: a status, an
 * applicability, a source, a column, a filter, an export format. Each key is written out, so a
 * key can be found with grep and a missing one fails the type check.
 */
import type { ImplementationStatus } from '../../src/model/index.js';
import type { SoaSource } from '../../src/scoring/soa.js';
import type { MessageKey } from '../base/i18n.js';
import type { SoaExportFormat } from './events.js';
import type { SoaFilter, SortKey } from './soa-view.js';

export type ApplicabilityWord = 'yes' | 'no' | 'undecided';

export const STATUS_KEYS = {
  implemented: 'soaStatusImplemented',
  partial: 'soaStatusPartial',
  planned: 'soaStatusPlanned',
  alternative: 'soaStatusAlternative',
  'not-applicable': 'soaStatusNotApplicable',
} as const satisfies Record<ImplementationStatus, MessageKey>;

export const APPLICABILITY_KEYS = {
  yes: 'soaYes',
  no: 'soaNo',
  undecided: 'soaUndecided',
} as const satisfies Record<ApplicabilityWord, MessageKey>;

export const SOURCE_KEYS = {
  decision: 'soaSourceDecision',
  risk: 'soaSourceRisk',
  answer: 'soaSourceAnswer',
} as const satisfies Record<SoaSource, MessageKey>;

export const EXPORT_KEYS = {
  csv: 'soaExportCsv',
  json: 'soaExportJson',
  oscal: 'soaExportOscal',
} as const satisfies Record<SoaExportFormat, MessageKey>;

/** The filters that are a choice from a list, and their labels (the column's name). */
export const FILTER_KEYS = {
  applicable: 'soaColApplicable',
  status: 'soaColStatus',
  objective: 'soaColObjective',
} as const satisfies Record<Exclude<keyof SoaFilter, 'search'>, MessageKey>;

export interface SoaColumn {
  /** The sort key; the justification column does not sort. */
  readonly key: SortKey | 'justification';
  readonly label: MessageKey;
}

/** The table's columns, in order. */
export const COLUMNS: readonly SoaColumn[] = [
  { key: 'control', label: 'soaColControl' },
  { key: 'title', label: 'soaColTitle' },
  { key: 'objective', label: 'soaColObjective' },
  { key: 'applicable', label: 'soaColApplicable' },
  { key: 'justification', label: 'soaColJustification' },
  { key: 'status', label: 'soaColStatus' },
  { key: 'source', label: 'soaColSource' },
  { key: 'owner', label: 'soaColOwner' },
  { key: 'risks', label: 'soaColRisks' },
  { key: 'evidence', label: 'soaColEvidence' },
];
