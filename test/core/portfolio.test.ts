// The portfolio's rules: the overdue rule (golden cases around the due date), the feed check with
// paths, filters, sorting, round comparison and the formula-guarded CSV.
import { describe, it, assert } from '../harness.js';
import {
  checkPortfolio,
  compareRounds,
  filterPortfolio,
  isOverdue,
  portfolioObjectives,
  portfolioToCsv,
  portfolioToday,
  requestStatus,
  signatureStatus,
  sortPortfolio,
  type PortfolioRound,
  type PortfolioSupplier,
} from '../../src/core.js';

const round = (overrides: Partial<PortfolioRound> = {}): PortfolioRound => ({
  round: 1,
  readiness: 50,
  band: 'developing',
  completion: 1,
  signed: true,
  receivedAt: '2026-11-20T10:00:00.000Z',
  followUps: 0,
  ...overrides,
});
const supplier = (
  name: string,
  dueDate: string | null,
  latest: PortfolioRound | null,
): PortfolioSupplier => ({
  request: {
    id: `req-${name}`,
    supplier: name,
    definition: { id: 'aimskit.supplier', version: '1.0.0' },
    dueDate,
  },
  latest,
  rounds: latest ? latest.round : 0,
});

describe('the overdue rule', () => {
  // [due date, answered, today, expected status]
  const golden: [string | null, boolean, string, string][] = [
    ['2026-11-30', false, '2026-12-01', 'overdue'],
    ['2026-12-01', false, '2026-12-01', 'due'],
    ['2026-12-02', false, '2026-12-01', 'due'],
    ['2025-12-31', false, '2026-01-01', 'overdue'],
    ['2026-11-30', true, '2026-12-01', 'answered'],
    [null, false, '2026-12-01', 'open'],
    [null, true, '2026-12-01', 'answered'],
  ];
  for (const [dueDate, answered, today, expected] of golden) {
    it(`due ${dueDate ?? 'never'}, ${answered ? 'answered' : 'not answered'}, on ${today}: ${expected}`, () => {
      const entry = supplier('Acme', dueDate, answered ? round() : null);
      assert.equal(requestStatus(entry, today), expected);
      assert.equal(isOverdue(entry, today), expected === 'overdue');
    });
  }
  it('takes today in UTC', () => {
    assert.equal(portfolioToday(new Date('2026-12-01T23:30:00-05:00')), '2026-12-02');
  });
});

describe('the portfolio feed', () => {
  it('accepts entries with extra fields and names each problem by path', () => {
    const good = supplier('Acme', null, round());
    assert.deepEqual(checkPortfolio([{ ...good, extra: 1 }]), []);
    const bad = [good, { ...good, latest: { ...round(), readiness: 140 }, rounds: -1 }];
    const paths = checkPortfolio(bad, ['suppliers']).map((issue) => issue.path);
    assert.deepEqual(paths.sort(), ['suppliers[1].latest.readiness', 'suppliers[1].rounds']);
    assert.equal(checkPortfolio({ suppliers: [] })[0]?.path, '');
  });
});

describe('filters, sorting and comparison', () => {
  const today = '2026-12-01';
  const list = [
    supplier('Acme', '2026-12-10', round({ readiness: 70, band: 'managed' })),
    supplier('bolt', '2026-11-01', null),
    supplier('Cobalt', null, round({ readiness: 30, signed: false, followUps: 2 })),
    supplier('Delta', '2026-12-20', null),
  ];
  const names = (suppliers: readonly PortfolioSupplier[]) =>
    suppliers.map((entry) => entry.request.supplier);

  it('filters by name, band, overdue and signature', () => {
    assert.deepEqual(names(filterPortfolio(list, { search: ' CO ' }, today)), ['Cobalt']);
    assert.deepEqual(names(filterPortfolio(list, { band: 'managed' }, today)), ['Acme']);
    assert.deepEqual(names(filterPortfolio(list, { overdue: true }, today)), ['bolt']);
    const unsigned = filterPortfolio(list, { signed: false }, today);
    assert.deepEqual(names(unsigned), ['bolt', 'Cobalt', 'Delta']);
  });
  it('sorts stably, missing values last in both directions, overdue first by due date', () => {
    const up = sortPortfolio(list, { key: 'readiness', dir: 'ascending' }, today);
    assert.deepEqual(names(up), ['Cobalt', 'Acme', 'bolt', 'Delta']);
    const down = sortPortfolio(list, { key: 'readiness', dir: 'descending' }, today);
    assert.deepEqual(names(down), ['Acme', 'Cobalt', 'bolt', 'Delta']);
    const byName = sortPortfolio(list, { key: 'supplier', dir: 'descending' }, today);
    assert.deepEqual(names(byName), ['Delta', 'Cobalt', 'bolt', 'Acme']);
    const byDue = sortPortfolio(list, { key: 'due', dir: 'ascending' }, today);
    assert.deepEqual(names(byDue), ['bolt', 'Acme', 'Delta', 'Cobalt']);
  });
  it('reads a signature as verified unless the feed says it was not checked', () => {
    assert.equal(signatureStatus(round()), 'verified');
    assert.equal(signatureStatus(round({ verified: false })), 'unverified');
    assert.equal(signatureStatus(round({ signed: false })), 'unsigned');
  });
  it('compares two rounds by objective, and only when both are there', () => {
    const latest = round({
      round: 2,
      readiness: 72.5,
      objectives: [
        { id: 'A.2', readiness: 80 },
        { id: 'A.6', readiness: null },
      ],
    });
    const previous = round({
      readiness: 55,
      objectives: [
        { id: 'A.2', readiness: 60.3 },
        { id: 'A.9', title: 'Use', readiness: 10 },
      ],
    });
    assert.equal(compareRounds(supplier('Acme', null, latest)), null);
    const compared = compareRounds({ ...supplier('Acme', null, latest), previous })!;
    assert.equal(compared.readiness.change, 17.5);
    assert.deepEqual(
      compared.objectives.map((objective) => [objective.id, objective.change]),
      [
        ['A.2', 19.7],
        ['A.6', null],
        ['A.9', null],
      ],
    );
    assert.equal(compared.objectives[2]!.title, 'Use');
  });
});

describe('the portfolio CSV', () => {
  it('guards formulas, quotes commas and writes one line per supplier', () => {
    const hostile = supplier('=HYPERLINK("x")', '2026-11-01', null);
    const systems = round({
      systems: [
        { name: '+Screener', class: 'high' },
        { name: 'Chat, helper', class: 'limited' },
      ],
      objectives: [{ id: 'A.2', readiness: 40 }],
    });
    const csv = portfolioToCsv([hostile, supplier('Acme', null, systems)], '2026-12-01');
    const lines = csv.split('\r\n');
    assert.equal(lines.length, 4);
    assert.equal(lines[3], '');
    assert.ok(lines[0]!.endsWith(',follow_ups,ai_systems,objective_A.2'));
    const guarded = `"req-=HYPERLINK(""x"")","'=HYPERLINK(""x"")",`;
    assert.ok(lines[1]!.startsWith(guarded), lines[1]);
    assert.ok(lines[1]!.includes(',2026-11-01,overdue,0,'), lines[1]);
    assert.ok(lines[2]!.endsWith(`,verified,0,"'+Screener (high); Chat, helper (limited)",40`));
  });
});

describe('the heat columns', () => {
  it('every objective any latest round names, first met first, with a title where any gives one', () => {
    const untitled = supplier(
      'Old',
      null,
      round({
        objectives: [
          { id: 'A.2', readiness: 40 },
          { id: 'A.6', readiness: 10 },
        ],
      }),
    );
    const titled = supplier(
      'New',
      null,
      round({
        objectives: [
          { id: 'A.6', title: 'Life cycle', readiness: 70 },
          { id: 'A.10', title: 'Third parties', readiness: 90 },
        ],
      }),
    );
    assert.deepEqual(
      portfolioObjectives([untitled, titled, supplier('None', null, null)]).map((each) => [
        each.id,
        each.title,
      ]),
      [
        ['A.2', undefined],
        ['A.6', 'Life cycle'],
        ['A.10', 'Third parties'],
      ],
    );
  });
});
