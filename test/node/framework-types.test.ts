// scripts/framework-types.mjs on a small hand-written manifest
// (test/fixtures/custom-elements.fixture.json): what the generated React and Vue declarations
// contain, and that TypeScript accepts right usage and rejects wrong usage of them (a real tsc run
// over a .tsx and a .ts file against aimskit's own element classes).
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const dir = join(root, 'build/framework-types-test');
const script = join(root, 'scripts/framework-types.mjs');
const fixture = join(root, 'test/fixtures/custom-elements.fixture.json');

describe('scripts/framework-types.mjs', () => {
  let jsx = '';
  let vue = '';
  before(() => {
    rmSync(dir, { recursive: true, force: true });
    execFileSync(process.execPath, [script, fixture, dir]);
    jsx = readFileSync(join(dir, 'jsx.d.ts'), 'utf8');
    vue = readFileSync(join(dir, 'vue.d.ts'), 'utf8');
  });

  it('declares every element named by tagName or by a custom-element-definition export', () => {
    for (const text of [jsx, vue]) {
      assert.match(text, /"aims-assessment": /);
      assert.match(text, /"aims-questionnaire": /);
      assert.doesNotMatch(text, /"AimsElement"|"aims-element"/);
    }
  });

  it('lists writable public properties, inherited ones too, and skips private, static, readonly and _names', () => {
    const assessment = jsx.slice(
      jsx.indexOf('"aims-assessment"'),
      jsx.indexOf('"aims-questionnaire"'),
    );
    for (const name of ['definition', 'storageKey', 'storage', 'theme', 'locale'])
      assert.match(assessment, new RegExp(`"${name}"\\?: Prop<`));
    for (const name of ['issues', 'effectiveLocale', 'styles', 'submit', 'msg'])
      assert.doesNotMatch(assessment, new RegExp(`"${name}"`));
    assert.doesNotMatch(jsx, /"_index"/);
  });

  it("adds attributes named differently from their property, and one handler per event in each framework's form", () => {
    assert.match(jsx, /"storage-key"\?: string;/);
    assert.match(jsx, /"onaims-change"\?: Handler<"aims-assessment", "aims-change">/);
    assert.match(jsx, /"onaims-answer"\?: Handler<"aims-questionnaire", "aims-answer">/);
    assert.match(vue, /"onAimsChange"\?: Handler<"aims-assessment", "aims-change">/);
    assert.match(vue, /"onAimsSubmit"\?: Handler<"aims-assessment", "aims-submit">/);
  });

  it('keeps descriptions as comments that cannot end early', () => {
    assert.match(
      jsx,
      /\/\*\* A definition object, or the id of a built-in one\. It says \*\\\/ in the middle\. \*\//,
    );
  });

  it('fails with a message when the manifest names no element', () => {
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, JSON.stringify({ schemaVersion: '2.1.0', modules: [] }));
    const run = spawnSync(process.execPath, [script, empty, join(dir, 'none')], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /names no custom element/);
  });

  it("types React and Vue usage from the elements' classes: right usage compiles, wrong usage does not", () => {
    writeFileSync(
      join(dir, 'usage.tsx'),
      `import 'aimskit';
import type { GlobalComponents } from 'vue';

export const right = (
  <aims-assessment definition="iso42001" storage="memory" storage-key="k" theme="dark"
    onaims-change={(e) => { const r: number | null = e.detail.readiness; const el: HTMLElement = e.currentTarget; void r; void el; }}
    onaims-submit={(e) => e.preventDefault()}>
    <aims-questionnaire readonly section="c4" onaims-answer={(e) => { const q: string = e.detail.question; void q; }} />
  </aims-assessment>
);
// @ts-expect-error storage is 'indexeddb' | 'memory'
export const badStorage = <aims-assessment storage="disk" />;
// @ts-expect-error readonly is a boolean property
export const badReadonly = <aims-questionnaire readonly="yes" />;
// @ts-expect-error private fields are not props
export const badPrivate = <aims-assessment issues={[]} />;
// @ts-expect-error the detail of aims-change has no 'score'
export const badDetail = <aims-assessment onaims-change={(e) => e.detail.score} />;

type AssessmentProps = InstanceType<GlobalComponents['aims-assessment']>['$props'];
export const vueRight: AssessmentProps = { storage: 'memory', onAimsChange: (e) => { const c: number = e.detail.completion; void c; } };
// @ts-expect-error storage is 'indexeddb' | 'memory'
export const vueBad: AssessmentProps = { storage: 'disk' };
`,
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
          experimentalDecorators: true,
          useDefineForClassFields: false,
          paths: { aimskit: [join(root, 'components/index.ts')] },
        },
        files: ['usage.tsx', 'jsx.d.ts', 'vue.d.ts'],
      }),
    );
    const run = spawnSync(
      process.execPath,
      [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')],
      { encoding: 'utf8', cwd: dir },
    );
    // Only problems in the files under test count: aimskit's own sources are checked by npm run
    // typecheck.
    const ours = run.stdout
      .split('\n')
      .filter((l) => /^(usage\.tsx|jsx\.d\.ts|vue\.d\.ts)\(/.test(l));
    assert.deepEqual(ours, []);
  });
});
