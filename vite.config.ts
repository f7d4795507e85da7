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
  esbuild: { target: 'es2022' },
  build: { target: 'es2022' },
});
