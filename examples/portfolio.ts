// The supplier portfolio demo: twelve fictitious suppliers set as the `suppliers` property, as a
// buyer's own backend would. Due dates are counted from today, so some requests are overdue
// whenever the page is opened. The sample lives here, in the example, not in the SDK.
import '../components/supplier-portfolio/define.js';
import type { PortfolioRound, PortfolioSupplier } from '../src/scoring/portfolio.js';

const DAY = 24 * 60 * 60 * 1000;
/** A date `days` from today, `YYYY-MM-DD` (negative: in the past). */
const fromToday = (days: number): string =>
  new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

const OBJECTIVES = [
  { id: 'A.2', title: 'Policies' },
  { id: 'A.5', title: 'Impact assessment' },
  { id: 'A.6', title: 'Life cycle' },
  { id: 'A.10', title: 'Third parties' },
];

const bandOf = (readiness: number): string => {
  if (readiness >= 80) return 'optimizing';
  if (readiness >= 60) return 'managed';
  if (readiness >= 40) return 'developing';
  return 'initial';
};

interface Sample {
  readonly name: string;
  readonly dueInDays: number | null;
  /** Each objective's figure, in OBJECTIVES' order; absent: not answered yet. */
  readonly figures?: readonly (number | null)[];
  readonly previousFigures?: readonly (number | null)[];
  readonly signed?: boolean;
  readonly followUps?: number;
  readonly systems?: PortfolioRound['systems'];
}

const SAMPLES: Sample[] = [
  {
    name: 'Acme Analytics',
    dueInDays: -20,
    figures: [82, 74, 69, 77],
    previousFigures: [60, 52, 55, 61],
    signed: true,
    followUps: 1,
    systems: [{ name: 'Churn prediction', class: 'minimal' }],
  },
  { name: 'Bolt Robotics', dueInDays: -6 },
  {
    name: 'Cobalt Cloud',
    dueInDays: -3,
    figures: [35, 28, null, 41],
    followUps: 4,
    systems: [
      { name: 'CV screening', class: 'high' },
      { name: 'Support chatbot', class: 'limited' },
    ],
  },
  { name: 'Delta Data', dueInDays: 14 },
  {
    name: 'Evergreen Logistics',
    dueInDays: -30,
    figures: [91, 88, 84, 90],
    signed: true,
    systems: [],
  },
  {
    name: 'Fjord Financial',
    dueInDays: -10,
    figures: [66, 59, 62, 48],
    previousFigures: [66, 40, 58, 45],
    signed: true,
    followUps: 2,
    systems: [{ name: 'Credit scoring', class: 'high' }],
  },
  { name: 'Granite Health', dueInDays: null },
  {
    name: 'Helix Media',
    dueInDays: -1,
    figures: [52, 47, 44, 50],
    systems: [{ name: 'Content recommender', class: 'undetermined' }],
  },
  { name: 'Iris Security', dueInDays: -2 },
  {
    name: 'Juniper Retail',
    dueInDays: -40,
    figures: [71, 65, 70, 58],
    signed: true,
    systems: [{ name: 'Demand forecast', class: 'minimal' }],
  },
  { name: 'Kestrel Energy', dueInDays: 30 },
  {
    name: 'Lumen Education',
    dueInDays: -15,
    figures: [24, 18, 30, 22],
    followUps: 6,
    systems: [{ name: 'Exam proctoring', class: 'high' }],
  },
];

const average = (figures: readonly (number | null)[]): number => {
  const known = figures.filter((figure): figure is number => figure !== null);
  return Math.round((known.reduce((sum, figure) => sum + figure, 0) / known.length) * 10) / 10;
};

function roundOf(sample: Sample, figures: readonly (number | null)[], round: number) {
  const readiness = average(figures);
  return {
    id: `resp-${sample.name.toLowerCase().replace(/\W+/g, '-')}-${round}`,
    round,
    readiness,
    band: bandOf(readiness),
    completion: figures.includes(null) ? 0.8 : 1,
    signed: sample.signed ?? false,
    receivedAt: new Date(
      Date.now() - (round === 1 && sample.previousFigures ? 60 : 5) * DAY,
    ).toISOString(),
    followUps: round === 1 && sample.previousFigures ? 0 : (sample.followUps ?? 0),
    objectives: OBJECTIVES.map((objective, index) => ({
      ...objective,
      readiness: figures[index] ?? null,
    })),
    ...(sample.systems ? { systems: sample.systems } : {}),
  } satisfies PortfolioRound;
}

const suppliers: PortfolioSupplier[] = SAMPLES.map((sample, index) => {
  const latestRound = sample.previousFigures ? 2 : 1;
  return {
    request: {
      id: `req-${index + 1}`,
      supplier: sample.name,
      definition: { id: 'iso42001-supplier', version: '1.0.0' },
      dueDate: sample.dueInDays === null ? null : fromToday(sample.dueInDays),
    },
    latest: sample.figures ? roundOf(sample, sample.figures, latestRound) : null,
    previous: sample.previousFigures ? roundOf(sample, sample.previousFigures, 1) : null,
    rounds: sample.figures ? latestRound : 0,
  };
});

const portfolio = document.querySelector('aims-supplier-portfolio')!;
const last = document.getElementById('last-event')!;
portfolio.suppliers = suppliers;
portfolio.addEventListener('aims-supplier-select', (event) => {
  last.textContent = `aims-supplier-select ${JSON.stringify(event.detail, null, 2)}`;
});
portfolio.addEventListener('aims-portfolio-export', (event) => {
  const { filename, content } = event.detail;
  last.textContent = `aims-portfolio-export ${filename} (${content.length} characters)`;
});
