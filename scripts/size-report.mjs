// npm run size:report [entry…]: where the bytes of the runtime come from. Bundles the entries
// (default: the whole runtime, i.e. every element, the core and the store) with esbuild, minified,
// Lit templates minified as in the build, and prints each output chunk with its bytes per input
// file (our files one by one, dependencies per package), largest first. A planning aid: `npm run
// size` is the budget check.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { entries, elementEntries, root } from './entries.mjs';
import { minifyTemplates } from './minify-templates.mjs';

const args = process.argv.slice(2);
const all = args.length === 0;
const files = all
  ? [...entries, ...elementEntries].filter((e) => e.runtime).map((e) => e.file)
  : args;

const templates = {
  name: 'minify-templates',
  setup(build) {
    build.onLoad({ filter: /\/components\/.*\.ts$/ }, async (a) => {
      const ts = await esbuild.transform(readFileSync(a.path, 'utf8'), {
        loader: 'ts',
        tsconfigRaw: readFileSync(join(root, 'tsconfig.json'), 'utf8'),
        target: 'es2022',
      });
      return { contents: minifyTemplates(ts.code)?.code ?? ts.code, loader: 'js' };
    });
  },
};

const r = await esbuild.build({
  stdin: {
    contents: files.map((f) => `export * from ${JSON.stringify(join(root, f))};`).join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  metafile: true,
  splitting: true,
  outdir: join(root, 'build/size-report'),
  target: 'es2022',
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'silent',
  plugins: [templates],
});

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const pkg = (p) => {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(p);
  return m ? m[1] : p;
};
let total = 0;
let totalGz = 0;
for (const file of r.outputFiles) {
  const out = r.metafile.outputs[relative(root, file.path)];
  if (!out) continue;
  const inputs = Object.entries(out.inputs);
  const content = inputs.length > 0 && inputs.every(([p]) => p.includes('src/content'));
  const gz = gzipSync(file.contents, { level: 9 }).length;
  if (!content) {
    total += file.contents.length;
    totalGz += gz;
  }
  console.log(
    `\n${relative(root, file.path)}: ${kb(file.contents.length)} minified, ${kb(gz)} min+gzip${content ? ' (content packs, not counted)' : ''}`,
  );
  const sums = new Map();
  for (const [p, v] of inputs) sums.set(pkg(p), (sums.get(pkg(p)) ?? 0) + v.bytesInOutput);
  for (const [p, n] of [...sums].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]))
    console.log(`${String(n).padStart(8)}  ${p}`);
}
console.log(
  `\n${all ? 'whole runtime' : files.join(', ')}: ${kb(total)} minified, ${kb(totalGz)} min+gzip (esbuild; content packs apart)`,
);
