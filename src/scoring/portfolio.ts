/**
 * The buyer's portfolio: many suppliers' requests and their latest rounds side by side. The rules
 * `<aims-supplier-portfolio>` shows live here: when a request is overdue, how a round's signature
 * reads, how two rounds compare, how the list is filtered, sorted and written as CSV.
 *
 * The input is structurally the server's `PortfolioEntry` (`aimskit/server`), so its list route's
 * `suppliers` can be used as they come; a buyer's own backend sends the same shape. The per-group
 * figures, the AI systems declared and the previous round are optional: the server carries them
 * (src/scoring/portfolio-round.ts computes the first two), a backend may leave them out.
 */
import { csvCell } from '../io/soa-export.js';
import type { AimsIssue } from '../model/issues.js';
import { looseObject, z } from '../model/zod.js';
import { validate } from '../model/issues.js';
import type { AiRiskClass } from './ai-act.js';

/** One objective's (or group's) readiness in a round, 0..100, null when nothing was scored. */
export interface PortfolioObjective {
  readonly id: string;
  readonly title?: string;
  readonly readiness: number | null;
}

/** An AI system a supplier declared, with its EU AI Act class (from its triage). */
export interface PortfolioSystem {
  readonly name: string;
  readonly class: AiRiskClass;
}

/** One received round of a supplier's answers, as the portfolio shows it. */
export interface PortfolioRound {
  /** The stored response's id, when the feed has one (the server's does). */
  readonly id?: string;
  readonly round: number;
  /** Overall readiness 0..100, null when nothing was scored. */
  readonly readiness: number | null;
  readonly band: string | null;
  /** Share of questions answered, 0..1. */
  readonly completion: number;
  readonly signed: boolean;
  /**
   * Whether the signature was checked and held. The server stores only responses whose signature
   * it verified, so it leaves this out; a backend that keeps unchecked signatures sets `false`.
   */
  readonly verified?: boolean;
  readonly receivedAt: string;
  /** How many answers the reviewer asked a follow-up on. */
  readonly followUps: number;
  readonly objectives?: readonly PortfolioObjective[];
  readonly systems?: readonly PortfolioSystem[];
}

/** One supplier's line: its request, its latest round (null before it answered), its rounds. */
export interface PortfolioSupplier {
  readonly request: {
    readonly id: string;
    readonly supplier: string;
    readonly definition: { readonly id: string; readonly version: string };
    /** `YYYY-MM-DD`, or null when none was set. */
    readonly dueDate: string | null;
  };
  readonly latest: PortfolioRound | null;
  readonly rounds: number;
  /** The round before the latest, when the feed carries it: the two can be compared. */
  readonly previous?: PortfolioRound | null;
}

const figure = z.nullable(z.number().check(z.minimum(0), z.maximum(100)));
const RoundSchema = looseObject({
  id: z.optional(z.string()),
  round: z.number().check(z.int(), z.minimum(1)),
  readiness: figure,
  band: z.nullable(z.string()),
  completion: z.number().check(z.minimum(0), z.maximum(1)),
  signed: z.boolean(),
  verified: z.optional(z.boolean()),
  receivedAt: z.string(),
  followUps: z.number().check(z.int(), z.minimum(0)),
  objectives: z.optional(
    z.array(looseObject({ id: z.string(), title: z.optional(z.string()), readiness: figure })),
  ),
  systems: z.optional(
    z.array(
      looseObject({
        name: z.string(),
        class: z.enum(['prohibited', 'high', 'limited', 'minimal', 'undetermined']),
      }),
    ),
  ),
});
const SupplierSchema = looseObject({
  request: looseObject({
    id: z.string().check(z.minLength(1)),
    supplier: z.string(),
    definition: looseObject({ id: z.string(), version: z.string() }),
    dueDate: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  }),
  latest: z.nullable(RoundSchema),
  rounds: z.number().check(z.int(), z.minimum(0)),
  previous: z.optional(z.nullable(RoundSchema)),
});
const PortfolioSchema = z.array(SupplierSchema);

/**
 * Checks a portfolio feed (the server's `suppliers`, or a backend's array): every problem by path
 * (`[3].latest.readiness`), an empty list when it fits.
 */
export const checkPortfolio = (value: unknown, path: readonly PropertyKey[] = []): AimsIssue[] =>
  validate(PortfolioSchema, value, path);

/** Today's date as the portfolio compares due dates: `YYYY-MM-DD` in UTC, as the server does. */
export const portfolioToday = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

/**
 * Where a request stands: `answered` (a round arrived), `overdue` (its due date has passed and
 * nothing arrived), `due` (a due date still ahead or today), `open` (no due date, nothing yet).
 * `today` is `YYYY-MM-DD`; a request due today is not overdue yet.
 */
export type RequestStatus = 'answered' | 'overdue' | 'due' | 'open';
export function requestStatus(supplier: PortfolioSupplier, today: string): RequestStatus {
  if (supplier.latest) return 'answered';
  const due = supplier.request.dueDate;
  if (due === null) return 'open';
  return due < today ? 'overdue' : 'due';
}

/** The overdue rule: a due date before `today` and no round received. */
export const isOverdue = (supplier: PortfolioSupplier, today: string): boolean =>
  requestStatus(supplier, today) === 'overdue';

/** How a round's signature reads: none, signed and verified, or signed but not verified. */
export type SignatureStatus = 'unsigned' | 'verified' | 'unverified';
export function signatureStatus(round: PortfolioRound): SignatureStatus {
  if (!round.signed) return 'unsigned';
  return round.verified === false ? 'unverified' : 'verified';
}

/** How one figure moved between two rounds (null where either round has no figure). */
export interface FigureChange {
  readonly id: string;
  readonly title?: string;
  readonly previous: number | null;
  readonly latest: number | null;
  readonly change: number | null;
}

/** Two rounds side by side: the overall readiness and each objective either round has. */
export interface RoundComparison {
  readonly previousRound: number;
  readonly latestRound: number;
  readonly readiness: FigureChange;
  readonly objectives: readonly FigureChange[];
}

const changeOf = (previous: number | null, latest: number | null): number | null =>
  previous === null || latest === null ? null : Math.round((latest - previous) * 10) / 10;

/**
 * Compares a supplier's latest round with the one before, when the feed carries both; null
 * otherwise. Objectives are matched by id, in the latest round's order, then those only the
 * previous round has.
 */
export function compareRounds(supplier: PortfolioSupplier): RoundComparison | null {
  const { latest, previous } = supplier;
  if (!latest || !previous) return null;
  const before = new Map((previous.objectives ?? []).map((objective) => [objective.id, objective]));
  const now = new Map((latest.objectives ?? []).map((objective) => [objective.id, objective]));
  const ids = [...now.keys(), ...[...before.keys()].filter((id) => !now.has(id))];
  const objectives = ids.map((id) => {
    const earlier = before.get(id)?.readiness ?? null;
    const later = now.get(id)?.readiness ?? null;
    const title = now.get(id)?.title ?? before.get(id)?.title;
    const change = changeOf(earlier, later);
    return { id, ...(title ? { title } : {}), previous: earlier, latest: later, change };
  });
  return {
    previousRound: previous.round,
    latestRound: latest.round,
    readiness: {
      id: 'readiness',
      previous: previous.readiness,
      latest: latest.readiness,
      change: changeOf(previous.readiness, latest.readiness),
    },
    objectives,
  };
}

/**
 * The objectives the portfolio's heat table has columns for: every id any latest round names, in
 * the order first met, each with the first title any round gives it (a round stored before titles
 * were kept has none).
 */
export function portfolioObjectives(
  suppliers: readonly PortfolioSupplier[],
): readonly PortfolioObjective[] {
  const seen = new Map<string, PortfolioObjective>();
  for (const supplier of suppliers) {
    for (const objective of supplier.latest?.objectives ?? []) {
      const known = seen.get(objective.id);
      if (!known || (!known.title && objective.title)) seen.set(objective.id, objective);
    }
  }
  return [...seen.values()];
}

/** A latest round's figure for one objective (null when it has none). */
export const objectiveFigure = (supplier: PortfolioSupplier, id: string): number | null =>
  supplier.latest?.objectives?.find((objective) => objective.id === id)?.readiness ?? null;

/** What the portfolio can be narrowed to; unset fields do not narrow. */
export interface PortfolioFilter {
  /** Suppliers whose supplier name contains this (case-insensitive). */
  readonly search?: string;
  /** Suppliers whose latest round has this band. */
  readonly band?: string;
  readonly overdue?: boolean;
  /** `true`: signed rounds only; `false`: unsigned or not yet answered. */
  readonly signed?: boolean;
}

/** The suppliers that pass every filter set, in their order. */
export function filterPortfolio(
  suppliers: readonly PortfolioSupplier[],
  filter: PortfolioFilter,
  today: string,
): PortfolioSupplier[] {
  const search = filter.search?.trim().toLocaleLowerCase() ?? '';
  return suppliers.filter((supplier) => {
    if (search && !supplier.request.supplier.toLocaleLowerCase().includes(search)) return false;
    if (filter.band !== undefined && supplier.latest?.band !== filter.band) return false;
    if (filter.overdue !== undefined && isOverdue(supplier, today) !== filter.overdue) return false;
    const signed = supplier.latest?.signed ?? false;
    if (filter.signed !== undefined && signed !== filter.signed) return false;
    return true;
  });
}

/** The columns the portfolio sorts by; `objective:<id>` sorts by one objective's figure. */
export type PortfolioSortKey =
  'supplier' | 'readiness' | 'band' | 'signature' | 'followUps' | 'due' | `objective:${string}`;

export interface PortfolioSort {
  readonly key: PortfolioSortKey;
  readonly dir: 'ascending' | 'descending';
}

/** A supplier's value in a column: a number or text; null (no value) sorts last either way. */
function sortValue(
  supplier: PortfolioSupplier,
  key: PortfolioSortKey,
  today: string,
): string | number | null {
  const latest = supplier.latest;
  if (key === 'supplier') return supplier.request.supplier.toLocaleLowerCase();
  if (key === 'readiness') return latest?.readiness ?? null;
  if (key === 'band') return latest?.band ?? null;
  if (key === 'signature') return latest ? signatureStatus(latest) : null;
  if (key === 'followUps') return latest?.followUps ?? null;
  if (key === 'due') return isOverdue(supplier, today) ? '' : (supplier.request.dueDate ?? null);
  return objectiveFigure(supplier, key.slice('objective:'.length));
}

/**
 * The suppliers in a column's order (a stable sort: equal values keep their order; a missing value
 * goes last in both directions). Sorting by due date puts the overdue first.
 */
export function sortPortfolio(
  suppliers: readonly PortfolioSupplier[],
  sort: PortfolioSort,
  today: string,
): PortfolioSupplier[] {
  const sign = sort.dir === 'ascending' ? 1 : -1;
  const keyed = suppliers.map((supplier) => ({
    supplier,
    value: sortValue(supplier, sort.key, today),
  }));
  keyed.sort((first, second) => {
    if (first.value === second.value) return 0;
    if (first.value === null) return 1;
    if (second.value === null) return -1;
    return first.value < second.value ? -sign : sign;
  });
  return keyed.map((entry) => entry.supplier);
}

const figureText = (value: number | null | undefined): string =>
  value === null || value === undefined ? '' : String(value);

/**
 * The portfolio as CSV (RFC 4180, CRLF lines, every cell formula-guarded with `csvCell`): one line
 * per supplier, a column per objective the latest rounds name, and the AI systems as
 * `name (class)` joined with `; `.
 */
export function portfolioToCsv(suppliers: readonly PortfolioSupplier[], today: string): string {
  const objectives = portfolioObjectives(suppliers);
  const header = [
    'request',
    'supplier',
    'definition',
    'version',
    'due_date',
    'status',
    'rounds',
    'latest_round',
    'received_at',
    'readiness',
    'band',
    'completion',
    'signature',
    'follow_ups',
    'ai_systems',
    ...objectives.map((objective) => `objective_${objective.id}`),
  ];
  const lines = suppliers.map((supplier) => {
    const { request, latest } = supplier;
    const systems = (latest?.systems ?? []).map((system) => `${system.name} (${system.class})`);
    return [
      request.id,
      request.supplier,
      request.definition.id,
      request.definition.version,
      request.dueDate ?? '',
      requestStatus(supplier, today),
      String(supplier.rounds),
      latest ? String(latest.round) : '',
      latest?.receivedAt ?? '',
      figureText(latest?.readiness),
      latest?.band ?? '',
      latest ? String(latest.completion) : '',
      latest ? signatureStatus(latest) : '',
      latest ? String(latest.followUps) : '',
      systems.join('; '),
      ...objectives.map((objective) => figureText(objectiveFigure(supplier, objective.id))),
    ];
  });
  return [header, ...lines].map((cells) => cells.map(csvCell).join(',') + '\r\n').join('');
}
