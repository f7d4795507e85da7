#!/usr/bin/env node
// npm run example:procurement: the procurement example on one address, with its data kept. The
// buyer, supplier and review pages, and at /api/ the buyer's intake (aimskit/server on the embedded
// PGlite database), both from the sources, as `npm start` serves them (vite.config.ts mounts the
// intake; examples/procurement/intake-plugin.ts). Where `npm start` keeps the intake's database in
// memory, this command keeps it in a folder, so requests and answers stay across restarts.
//
//   node examples/procurement/server.mjs [--port 8787] [--host 127.0.0.1]
//                                        [--data .aimskit-procurement | --memory]
//
// The buyer API key is AIMSKIT_API_KEY, or one made on each start; the server prints it with a link
// to the buyer page that fills it in.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** The value after `--name`, or `fallback`. */
function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 && process.argv[index + 1] !== undefined ? process.argv[index + 1] : fallback;
}

if (process.argv.includes('--memory')) delete process.env.AIMS_PROCUREMENT_DATA;
else
  process.env.AIMS_PROCUREMENT_DATA = resolve(option('data', join(root, '.aimskit-procurement')));

const server = await createServer({
  configFile: join(root, 'vite.config.ts'),
  root,
  server: {
    port: Number(option('port', process.env.PORT ?? 8787)),
    host: option('host', process.env.HOST ?? '127.0.0.1'),
    strictPort: true,
  },
});
await server.listen();
server.printUrls();

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
