/**
 * What the parts of `<aims-risk-matrix>` share: a cell of the grid, the typed key tables of its
 * words, and what the grid, register and form read from the element.
 */
import type { AimsIssue, Risk, Text, Treatment } from '../../src/model/index.js';
import type { RiskSummary } from '../../src/scoring/index.js';
import type { SessionSnapshot } from '../../src/session/types.js';
import type { MessageKey, MessageVars, PluralKeys } from '../base/i18n.js';

export type RiskView = 'inherent' | 'residual';
/** A cell of the grid: `[likelihoodIndex, impactIndex]` into the matrix axes. */
export type Cell = readonly [likelihood: number, impact: number];

/** True when both are the same cell (false when either is missing). */
export const sameCell = (first?: Cell | null, second?: Cell | null): boolean =>
  !!first && !!second && first[0] === second[0] && first[1] === second[1];

/** The form field a session issue is about (`risks[3].title` → `title`). */
export const fieldOf = (path: string): string => /^risks\[\d+\]\.(\w+)/.exec(path)?.[1] ?? '';

export const VIEWS = ['inherent', 'residual'] as const satisfies readonly RiskView[];
export const VIEW_KEYS = {
  inherent: 'riskInherent',
  residual: 'riskResidual',
} as const satisfies Record<RiskView, MessageKey>;

export const TREATMENT_KEYS = {
  mitigate: 'riskTreatMitigate',
  accept: 'riskTreatAccept',
  transfer: 'riskTreatTransfer',
  avoid: 'riskTreatAvoid',
} as const satisfies Record<Treatment, MessageKey>;

/** "3 risks", "1 risk". */
export const COUNT_KEYS = { one: 'riskCountOne', other: 'riskCount' } as const satisfies PluralKeys;

/** What the grid, the register and the form read from the element. */
export interface RiskMatrixHost {
  readonly snap: SessionSnapshot;
  readonly effectiveLocale: string;
  readonly view: RiskView;
  readonly showMovement: boolean;
  /** Nothing can be changed (read-only, or no session). */
  readonly isReadonly: boolean;
  /** The risks of the response, in register order. */
  readonly risks: readonly Risk[];
  /** The risks the register lists: all, or those in the selected cell. */
  readonly listed: readonly Risk[];
  readonly summary: RiskSummary;
  readonly selectedCell: Cell | undefined;
  /** The risk being edited: its id, `''` for a new one, undefined when the form is closed. */
  readonly editing?: string;
  /** Why the session refused the form's risk (the first problem per field). */
  readonly issues: readonly AimsIssue[];
  msg(key: MessageKey, vars?: MessageVars): string;
  msgCount(keys: PluralKeys, count: number, vars?: MessageVars): string;
  text(text: Text | undefined): string;
  /** A level's name, or a dash. */
  levelName(id: string | null): string;
  /** A level's colour (a CSS value), or `''` for no level. */
  levelColour(id: string | null): string;
  /** The cell that holds the grid's tab stop. */
  activeCell(): Cell;
  select(cell?: Cell): void;
  edit(id?: string): Promise<void>;
  removeRisk(id: string): void;
  save(form: HTMLFormElement): void;
  cancel(): void;
  nextId(): string;
}
