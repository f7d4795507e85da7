// Development server for the demo (npm start): serves examples/ straight from the TypeScript sources.
import { defineConfig, type Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { procurementIntake } from './examples/procurement/intake-plugin.js';

const repo = fileURLToPath(new URL('.', import.meta.url));

/**
 * The package's entry points, resolved to their sources, so the React and Vue example pages (which
 * import `aimskit` as an app would) run under `npm start` without a build.
 */
const packageEntries = [
  { find: /^aimskit$/, replacement: `${repo}components/index.ts` },
  { find: /^aimskit\/core$/, replacement: `${repo}src/core.ts` },
  { find: /^aimskit\/content$/, replacement: `${repo}src/content.ts` },
  { find: /^aimskit\/store$/, replacement: `${repo}src/store/index.ts` },
];

const startPage: Plugin = {
  name: 'aims-start-page',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url === '/' || req.url === '/index.html') {
        res.statusCode = 302;
        res.setHeader('Location', '/examples/index.html');
        res.end();
        return;
      }
      next();
    });
  },
};

/**
 * examples/strict/ needs the CDN build and the strict policy as an HTTP header, which this server
 * does not send: its pages answer with a short note naming the command that serves them.
 */
const strictPageNote: Plugin = {
  name: 'aims-strict-page-note',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (!req.url?.startsWith('/examples/strict/')) {
        next();
        return;
      }
      res.statusCode = 200;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(STRICT_NOTE);
    });
  },
};

const STRICT_NOTE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Served by another command</title>
    <link rel="icon" href="/examples/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/examples/demo.css" />
  </head>
  <body>
    <main class="demo-main">
      <h1>This page has its own server</h1>
      <p>
        The strict Content Security Policy example loads the CDN build and needs the policy as an
        HTTP header. Stop this server or use another terminal, and run
        <code>npm run example:strict</code>: it builds the CDN files when they are missing and
        serves the page at the address it prints.
      </p>
      <p><a href="/examples/index.html">Back to the demo pages</a></p>
    </main>
  </body>
</html>
`;

export default defineConfig({
  root: '.',
  plugins: [
    startPage,
    strictPageNote,
    // The procurement example's server side: the buyer's intake at /api/.
    procurementIntake(),
    // The Vue example's templates: aims-* tags are custom elements, not Vue components.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('aims-') } } }),
  ],
  resolve: { alias: packageEntries },
  server: {
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? 5173),
    open: false,
  },
  // The pages `npm start` serves, for the dependency scan (the strict example is served by its own
  // command, npm run example:strict).
  optimizeDeps: {
    entries: [
      'examples/*.html',
      'examples/procurement/*.html',
      'examples/react/index.html',
      'examples/vue/index.html',
    ],
    // Imported by the JSX the React example compiles to, which the scan does not see: listed so the
    // first visit does not stop to optimise it and reload.
    include: ['react/jsx-dev-runtime'],
  },
  // React 19's automatic JSX runtime for the React example.
  esbuild: { target: 'es2022', jsx: 'automatic' },
  build: { target: 'es2022' },
});
