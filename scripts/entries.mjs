// The public entry points, in one place: build.mjs and size.mjs read them.
// `runtime: true` entries make up "the whole SDK runtime" whose size has a budget (content packs excluded).
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
]
  .map((n) => ({ name: `components/${n}`, file: `components/${n}/define.ts`, runtime: true }))
  .filter((e) => existsSync(join(root, e.file)));

export const BUDGET_BYTES = 40 * 1024;

/** Rollup warns about comment annotations it cannot place (INVALID_ANNOTATION); they are harmless. */
export function onwarn(warning, warn) {
  if (warning.code === 'INVALID_ANNOTATION') return;
  warn(warning);
}
