// The React example (npm run example:react): a Vite app that uses aimskit from the repository's
// sources. React 19's automatic JSX runtime comes from esbuild, so no React plugin is needed.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  // `aimskit` is the package's main entry; here it is its source, so the example runs without
  // publishing.
  resolve: { alias: [{ find: /^aimskit$/, replacement: `${repo}components/index.ts` }] },
  esbuild: { jsx: 'automatic', target: 'es2022' },
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true },
  server: {
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? 5174),
    fs: { allow: [repo] },
  },
  preview: { host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 4174) },
});
