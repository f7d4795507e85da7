// The Vue example (npm run example:vue): a Vite app that uses aimskit from the repository's
// sources.
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  // Tell Vue's template compiler that aims-* tags are custom elements, not Vue components.
  plugins: [
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('aims-') } } }),
  ],
  // `aimskit` is the package's main entry; here it is its source, so the example runs without
  // publishing.
  resolve: { alias: [{ find: /^aimskit$/, replacement: `${repo}components/index.ts` }] },
  esbuild: { target: 'es2022' },
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true },
  server: {
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? 5175),
    fs: { allow: [repo] },
  },
  preview: { host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 4175) },
});
