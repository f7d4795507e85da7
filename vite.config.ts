// Development server for the demo (npm start): serves examples/ straight from the TypeScript sources.
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  root: '.',
  plugins: [startPage],
  server: {
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? 5173),
    open: false,
  },
  // The pages `npm start` serves. The React and Vue examples are Vite apps of their own (npm run
  // example:react / example:vue) that import the built package, so the dependency scan leaves them
  // out; scanning them printed "Failed to resolve entry for package aimskit" on a fresh clone.
  optimizeDeps: { entries: ['examples/*.html', 'examples/procurement/*.html'] },
  esbuild: { target: 'es2022' },
  build: { target: 'es2022' },
});
