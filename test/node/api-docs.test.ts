// The API tables of docs/api.md (between <!-- api:start --> and <!-- api:end -->) are generated
// from the elements' JSDoc by scripts/api-docs.mjs (npm run docs:api). These tests fail when
// docs/api.md is stale, and check that the JSDoc documents every part an element's template
// exposes.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = process.cwd();
const script = join(root, 'scripts/api-docs.mjs');
const ELEMENTS = [
  'assessment',
  'questionnaire',
  'risk-matrix',
  'soa-table',
  'scorecard',
  'supplier-portfolio',
];

const run = (...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });

/** The generated section of one element: from its heading to the next one. */
function sectionOf(apiDoc: string, tag: string): string {
  const start = apiDoc.indexOf(`### \`<${tag}>\``);
  if (start < 0) return '';
  const next = apiDoc.indexOf('\n### ', start + 1);
  const end = apiDoc.indexOf('<!-- api:end -->', start);
  return apiDoc.slice(start, next > 0 && next < end ? next : end);
}

/**
 * The part names written literally in an element's templates (`part="a b"`), not those set by an
 * expression.
 */
function partsInSource(dir: string): Set<string> {
  const names = new Set<string>();
  for (const f of readdirSync(join(root, 'components', dir)).filter((n) => n.endsWith('.ts'))) {
    for (const m of readFileSync(join(root, 'components', dir, f), 'utf8').matchAll(
      /\bpart="([^"$]*)"/g,
    )) {
      for (const n of m[1]!.split(/\s+/)) if (n) names.add(n);
    }
  }
  return names;
}

describe('the API tables of docs/api.md (scripts/api-docs.mjs)', () => {
  let dir = '';
  let manifest = '';
  let apiDoc = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'aimskit-api-docs-'));
    apiDoc = readFileSync(join(root, 'docs/api.md'), 'utf8');
    // One analysis of components/ for the tests that need a manifest file.
    const cem = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'),
        'analyze',
        '--config',
        join(root, 'custom-elements-manifest.config.mjs'),
        '--outdir',
        join('build', 'api-docs-test'),
        '--quiet',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    assert.equal(cem.status, 0, cem.stderr);
    manifest = join(root, 'build/api-docs-test/custom-elements.json');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("docs/api.md is up to date with the elements' JSDoc", () => {
    const r = run('--check');
    assert.equal(
      r.status,
      0,
      `${r.stderr}\nREADME.md's API tables are stale: run \`npm run docs:api\` and commit README.md.`,
    );
  });

  it('a stale file fails the check with a message naming npm run docs:api', () => {
    const stale = join(dir, 'stale.md');
    const text = apiDoc.replace('| `aims-answer` |', '| `aims-answered` |');
    assert.notEqual(text, apiDoc, 'docs/api.md should list the aims-answer event');
    writeFileSync(stale, text);
    const r = run('--check', '--file', stale, '--manifest', manifest);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /npm run docs:api/);
    assert.equal(readFileSync(stale, 'utf8'), text, '--check must not write');
  });

  it('writing restores the tables and keeps the text around the markers', () => {
    const file = join(dir, 'writable.md');
    writeFileSync(
      file,
      '# Before\n\nintro\n\n<!-- api:start -->\nold table\n<!-- api:end -->\n\n## After\n',
    );
    assert.equal(run('--file', file, '--manifest', manifest).status, 0);
    const text = readFileSync(file, 'utf8');
    assert.ok(text.startsWith('# Before\n\nintro\n\n<!-- api:start -->\n'));
    assert.ok(text.endsWith('<!-- api:end -->\n\n## After\n'));
    assert.doesNotMatch(text, /old table/);
    assert.equal(run('--check', '--file', file, '--manifest', manifest).status, 0);
  });

  it('refuses a file without the markers', () => {
    const file = join(dir, 'no-markers.md');
    writeFileSync(file, '# Nothing to fill\n');
    const r = run('--file', file, '--manifest', manifest);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /api:start/);
  });

  for (const name of ELEMENTS) {
    it(`documents <aims-${name}>: summary, and every part its templates expose`, () => {
      const section = sectionOf(apiDoc, `aims-${name}`);
      assert.ok(section, `docs/api.md has no API section for <aims-${name}>`);
      assert.match(section, new RegExp(`import 'aimskit/components/${name}\\.js'`));
      const summary = section.split('\n')[2] ?? '';
      assert.ok(summary.trim().length > 10, `<aims-${name}> needs a @summary`);
      const missing = [...partsInSource(name)].filter((p) => !section.includes(`| \`${p}\` |`));
      assert.deepEqual(missing, [], `parts of <aims-${name}> without a @csspart line of their own`);
    });
  }

  it('lists the shared design tokens once, with their defaults', () => {
    const styles = readFileSync(join(root, 'components/base/styles.ts'), 'utf8');
    const tokens = new Set([...styles.matchAll(/var\((--aims-[a-z0-9-]+),/g)].map((m) => m[1]!));
    assert.ok(tokens.size > 20);
    const shared = apiDoc.slice(
      apiDoc.indexOf('### Every element'),
      apiDoc.indexOf('### `<aims-assessment>`'),
    );
    const missing = [...tokens].filter((t) => !shared.includes(`| \`${t}\` |`));
    assert.deepEqual(
      missing,
      [],
      'tokens in components/base/styles.ts without a @cssprop on AimsElement',
    );
  });
});
