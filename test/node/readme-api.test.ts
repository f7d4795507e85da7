// The README's API tables (between <!-- api:start --> and <!-- api:end -->) are generated from the
// elements' JSDoc by scripts/readme-api.mjs (npm run readme:api). These tests fail when README.md
// is stale, and check that the JSDoc documents every part an element's template exposes.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = process.cwd();
const script = join(root, 'scripts/readme-api.mjs');
const ELEMENTS = ['assessment', 'questionnaire', 'risk-matrix', 'soa-table', 'scorecard'];

const run = (...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });

/** The generated section of one element: from its heading to the next one. */
function sectionOf(readme: string, tag: string): string {
  const start = readme.indexOf(`### \`<${tag}>\``);
  if (start < 0) return '';
  const next = readme.indexOf('\n### ', start + 1);
  const end = readme.indexOf('<!-- api:end -->', start);
  return readme.slice(start, next > 0 && next < end ? next : end);
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

describe('README API tables (scripts/readme-api.mjs)', () => {
  let dir = '';
  let manifest = '';
  let readme = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'aimskit-readme-'));
    readme = readFileSync(join(root, 'README.md'), 'utf8');
    // One analysis of components/ for the tests that need a manifest file.
    const cem = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'),
        'analyze',
        '--config',
        join(root, 'custom-elements-manifest.config.mjs'),
        '--outdir',
        join('build', 'readme-api-test'),
        '--quiet',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    assert.equal(cem.status, 0, cem.stderr);
    manifest = join(root, 'build/readme-api-test/custom-elements.json');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("README.md is up to date with the elements' JSDoc", () => {
    const r = run('--check');
    assert.equal(
      r.status,
      0,
      `${r.stderr}\nREADME.md's API tables are stale: run \`npm run readme:api\` and commit README.md.`,
    );
  });

  it('a stale README fails the check with a message naming npm run readme:api', () => {
    const stale = join(dir, 'stale.md');
    const text = readme.replace('| `aims-answer` |', '| `aims-answered` |');
    assert.notEqual(text, readme, 'the README should list the aims-answer event');
    writeFileSync(stale, text);
    const r = run('--check', '--readme', stale, '--manifest', manifest);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /npm run readme:api/);
    assert.equal(readFileSync(stale, 'utf8'), text, '--check must not write');
  });

  it('writing restores the tables and keeps the text around the markers', () => {
    const file = join(dir, 'writable.md');
    writeFileSync(
      file,
      '# Before\n\nintro\n\n<!-- api:start -->\nold table\n<!-- api:end -->\n\n## After\n',
    );
    assert.equal(run('--readme', file, '--manifest', manifest).status, 0);
    const text = readFileSync(file, 'utf8');
    assert.ok(text.startsWith('# Before\n\nintro\n\n<!-- api:start -->\n'));
    assert.ok(text.endsWith('<!-- api:end -->\n\n## After\n'));
    assert.doesNotMatch(text, /old table/);
    assert.equal(run('--check', '--readme', file, '--manifest', manifest).status, 0);
  });

  it('refuses a README without the markers', () => {
    const file = join(dir, 'no-markers.md');
    writeFileSync(file, '# Nothing to fill\n');
    const r = run('--readme', file, '--manifest', manifest);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /api:start/);
  });

  for (const name of ELEMENTS) {
    it(`documents <aims-${name}>: summary, and every part its templates expose`, () => {
      const section = sectionOf(readme, `aims-${name}`);
      assert.ok(section, `README has no API section for <aims-${name}>`);
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
    const shared = readme.slice(
      readme.indexOf('### Every element'),
      readme.indexOf('### `<aims-assessment>`'),
    );
    const missing = [...tokens].filter((t) => !shared.includes(`| \`${t}\` |`));
    assert.deepEqual(
      missing,
      [],
      'tokens in components/base/styles.ts without a @cssprop on AimsElement',
    );
  });
});
