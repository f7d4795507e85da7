// The public entry points and the pages measured by npm run size, in one place: build.mjs, size.mjs
// and size-report.mjs read them. `runtime: true` marks the entries that are code (the content packs
// are not).
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;

const all = [
  { name: 'index', file: 'components/index.ts', runtime: true },
  { name: 'core', file: 'src/core.ts', runtime: true },
  { name: 'store', file: 'src/store/index.ts', runtime: true },
  { name: 'content', file: 'src/content.ts', runtime: false },
];

/** Entries that exist in the tree today (later issues add files; the list does not change). */
export const entries = all.filter((e) => existsSync(join(root, e.file)));

/** One file per element, `aimskit/components/<name>.js`, registered on import. */
export const elementEntries = [
  'assessment',
  'questionnaire',
  'risk-matrix',
  'soa-table',
  'scorecard',
  'action-plan',
  'inventory',
  'supplier-portfolio',
]
  .map((n) => ({ name: `components/${n}`, file: `components/${n}/define.ts`, runtime: true }))
  .filter((e) => existsSync(join(root, e.file)));

const KB = 1024;

/**
 * The pages the embedding scenarios build, elements imported one by one, and the most a page may
 * load before it can show anything (min+gzip, dependencies included, content packs apart;
 * docs/decisions.md).
 */
export const pages = [
  {
    name: 'questionnaire (assessment + questionnaire)',
    elements: ['assessment', 'questionnaire'],
    budget: 42 * KB,
  },
  {
    name: 'quick scan (+ scorecard)',
    elements: ['assessment', 'questionnaire', 'scorecard'],
    budget: 48 * KB,
  },
  {
    name: 'all five elements',
    elements: ['assessment', 'questionnaire', 'risk-matrix', 'soa-table', 'scorecard'],
    budget: 60 * KB,
  },
];

/**
 * Rollup warns about comment annotations it cannot place (INVALID_ANNOTATION); they are harmless.
 */
export function onwarn(warning, warn) {
  if (warning.code === 'INVALID_ANNOTATION') return;
  warn(warning);
}
