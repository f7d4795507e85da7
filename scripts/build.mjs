// npm run build: the ESM package in dist/ (dependencies external, minified), its type declarations,
// the definition JSON Schema, and dist/cdn/aimskit.js, one self-contained file for a <script
// type="module"> tag.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { entries, elementEntries, root, onwarn } from './entries.mjs';
import { minifyTemplatesPlugin } from './minify-templates.mjs';
import { minifyOutputPlugin } from './minify-output.mjs';

const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });

const deps = ['lit'];
const external = (id) => deps.some((d) => id === d || id.startsWith(`${d}/`));

/**
 * The content packs ship once, as dist/content.js (step 1): the CDN file (step 2) and the command
 * (step 5) import that file, by `specifier`, instead of bundling their own copy of
 * src/content.ts. dist/content.js imports only files of dist/ by relative URL, so a browser loads
 * it from a CDN as it is.
 */
function shippedContentPlugin(specifier) {
  const source = join(root, 'src/content.ts');
  return {
    name: 'aimskit-shipped-content',
    enforce: 'pre',
    async resolveId(id, importer, options) {
      if (!importer || !/\/content\.(js|ts)$/.test(id)) return null;
      const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
      if (resolved?.id !== source) return null;
      // `absolute`: the specifier is written as given (it is relative to the output file).
      return { id: specifier, external: 'absolute' };
    },
  };
}

// 1. The package: one file per entry, shared chunks, dependencies left to the user's bundler.
await build({
  configFile: false,
  root,
  logLevel: 'warn',
  plugins: [minifyTemplatesPlugin()],
  build: {
    outDir: dist,
    emptyOutDir: false,
    minify: 'esbuild',
    target: 'es2022',
    // No source maps in the package: they would point at sources it does not ship and double its
    // size (docs/decisions.md).
    sourcemap: false,
    lib: {
      entry: Object.fromEntries(
        [...entries, ...elementEntries].map((e) => [e.name, join(root, e.file)]),
      ),
      formats: ['es'],
    },
    rollupOptions: { onwarn, external, output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
  },
});

// 2. The CDN file: the runtime with its dependencies inlined; the content packs are dist/content.js
// (see shippedContentPlugin), and dist/cdn/content.js re-exports them for a page that wants the
// definitions as objects.
const cdnEntry = entries.find((e) => e.name === 'index') ?? entries.find((e) => e.name === 'core');
await build({
  configFile: false,
  root,
  logLevel: 'warn',
  plugins: [shippedContentPlugin('../content.js'), minifyTemplatesPlugin(), minifyOutputPlugin()],
  build: {
    outDir: join(dist, 'cdn'),
    emptyOutDir: false,
    minify: 'esbuild',
    target: 'es2022',
    lib: { entry: { aimskit: join(root, cdnEntry.file) }, formats: ['es'] },
    // allow-extension: the shared code stays in aimskit.js (the on-demand chunks import it from
    // there) instead of a separate chunk behind a re-exporting facade.
    rollupOptions: {
      onwarn,
      preserveEntrySignatures: 'allow-extension',
      output: { chunkFileNames: '[name]-[hash].js' },
    },
  },
});

writeFileSync(
  join(dist, 'cdn/content.js'),
  "// The built-in content packs for pages that load aimskit from dist/cdn/aimskit.js.\nexport * from '../content.js';\n",
);

// 3. Type declarations.
execFileSync(
  process.execPath,
  [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')],
  { stdio: 'inherit' },
);

// 4. definition.schema.json, generated from DefinitionSchema by zod's z.toJSONSchema
//    (src/model/json-schema.ts). The generator stays out of the runtime: it is built to build/tools
//    and run here once.
await build({
  configFile: false,
  root,
  logLevel: 'warn',
  build: {
    outDir: join(root, 'build/tools'),
    emptyOutDir: true,
    minify: false,
    target: 'es2022',
    lib: { entry: { 'json-schema': join(root, 'src/model/json-schema.ts') }, formats: ['es'] },
    rollupOptions: { onwarn },
  },
});
const { definitionJsonSchema } = await import(
  `${pathToFileURL(join(root, 'build/tools/json-schema.js')).href}?t=${Date.now()}`
);
mkdirSync(dist, { recursive: true });
writeFileSync(
  join(dist, 'definition.schema.json'),
  `${JSON.stringify(definitionJsonSchema(), null, 2)}\n`,
);
// The databases' drivers of aimskit/server and `aimskit serve` stay imports, installed beside the
// package (@electric-sql/pglite as a dependency; pg, for DATABASE_URL, by the user).
const databaseDrivers = (id) =>
  ['@electric-sql/pglite', 'pg'].some((driver) => id === driver || id.startsWith(`${driver}/`));

// 5. dist/cli.js, the `aimskit` command (package.json "bin"): a Node build of server/main.ts (the
// core's commands of src/cli, and `serve`) with its dependencies bundled in; the content packs are
// dist/content.js, loaded only when a built-in id is named.
await build({
  configFile: false,
  root,
  logLevel: 'warn',
  plugins: [shippedContentPlugin('./content.js')],
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: join(root, 'server/main.ts'),
    outDir: dist,
    emptyOutDir: false,
    minify: 'esbuild',
    target: 'node20',
    rollupOptions: {
      onwarn,
      external: databaseDrivers,
      output: {
        format: 'es',
        entryFileNames: 'cli.js',
        chunkFileNames: 'cli/[name]-[hash].js',
        banner: (chunk) => (chunk.isEntry ? '#!/usr/bin/env node' : ''),
      },
    },
  },
});
chmodSync(join(dist, 'cli.js'), 0o755);
// 5b. dist/server.js, `aimskit/server` (the buyer's intake): a Node build of server/index.ts with
// the core bundled in, the databases' drivers left as imports.
await build({
  configFile: false,
  root,
  logLevel: 'warn',
  plugins: [shippedContentPlugin('./content.js')],
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: join(root, 'server/index.ts'),
    outDir: dist,
    emptyOutDir: false,
    minify: 'esbuild',
    target: 'node20',
    rollupOptions: {
      onwarn,
      external: databaseDrivers,
      output: {
        format: 'es',
        entryFileNames: 'server.js',
        chunkFileNames: 'server/[name]-[hash].js',
      },
    },
  },
});
// 6. The Custom Elements Manifest of the sources (custom-elements-manifest.config.mjs) to
// build/cem, then scripts/manifest.mjs: dist/custom-elements.json (the shipped files' paths, typed
// events), dist/vscode.html-custom-data.json and dist/web-types.json.
execFileSync(
  process.execPath,
  [
    join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'),
    'analyze',
    '--config',
    join(root, 'custom-elements-manifest.config.mjs'),
    '--quiet',
  ],
  { stdio: 'inherit', cwd: root },
);
execFileSync(process.execPath, [join(root, 'scripts/manifest.mjs')], {
  stdio: 'inherit',
  cwd: root,
});
// 7. dist/jsx.d.ts (React) and dist/vue.d.ts (Vue): typed aims-* elements in JSX and templates,
// from the manifest.
execFileSync(process.execPath, [join(root, 'scripts/framework-types.mjs')], {
  stdio: 'inherit',
  cwd: root,
});
console.log(
  `build: ${[...entries, ...elementEntries].map((e) => e.name).join(', ')}, cdn/aimskit.js, types, definition.schema.json, cli.js, server.js`,
);
