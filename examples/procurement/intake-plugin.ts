/**
 * The procurement example's server side: the buyer's intake (`aimskit/server`, from server/)
 * mounted at `/api/` of the demo's Vite server, so `npm start` and `npm run example:procurement`
 * serve the three pages and the intake on one address, from the sources, without a build.
 *
 * - The database is the embedded PGlite: in memory under `npm start` (gone when it stops), in the
 *   folder `AIMS_PROCUREMENT_DATA` names when set (`npm run example:procurement` sets it, so the
 *   requests and answers stay across restarts).
 * - The buyer's API key is `AIMSKIT_API_KEY`, or one made on each start. It is printed with a link
 *   to the buyer page that carries it after the `#` (a fragment, never sent to a server).
 * - The intake serves the supplier pack; the buyer page registers the cuts it makes of it.
 *
 * The intake opens on the first `/api/` request, so the other demo pages do not wait for it.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin, ViteDevServer } from 'vite';

/** The buyer page's path, where the printed link points. */
export const BUYER_PAGE = '/examples/procurement/buyer.html';
const SUPPLIER_PAGE = '/examples/procurement/supplier.html';

type Listener = (incoming: IncomingMessage, outgoing: ServerResponse) => void;

/** Opens the database and makes the intake's `node:http` listener, with the server's own code. */
async function openIntake(vite: ViteDevServer, apiKey: string): Promise<Listener> {
  // Loaded through Vite, from the TypeScript sources, as the pages are.
  const server = (await vite.ssrLoadModule(
    '/server/index.ts',
  )) as typeof import('../../server/index.js');
  const content = (await vite.ssrLoadModule(
    '/src/content.ts',
  )) as typeof import('../../src/content.js');
  const core = (await vite.ssrLoadModule('/src/core.ts')) as typeof import('../../src/core.js');
  const dataDir = process.env['AIMS_PROCUREMENT_DATA'] || undefined;
  const database = await server.openDatabase({ dataDir });
  await server.migrate(database);
  vite.httpServer?.once('close', () => void database.close());
  const handler = server.createIntakeHandler({
    repository: server.createRepository(database),
    definitions: [core.parseDefinition(content.iso42001Supplier)],
    apiKey,
    // The link a supplier is sent opens the supplier page, which reads its token after the `#`.
    submissionUrl: (token, request) => new URL(`${SUPPLIER_PAGE}#token=${token}`, request.url).href,
  });
  return server.toNodeListener(handler);
}

/** The Vite plugin: the intake at `/api/`, and the buyer's key printed once the server listens. */
export function procurementIntake(): Plugin {
  const apiKey = process.env['AIMSKIT_API_KEY'] || randomBytes(18).toString('base64url');
  return {
    name: 'aims-procurement-intake',
    configureServer(vite) {
      let listener: Promise<Listener> | undefined;
      vite.middlewares.use((incoming, outgoing, next) => {
        if (!incoming.url?.startsWith('/api/')) {
          next();
          return;
        }
        listener ??= openIntake(vite, apiKey);
        listener
          .then((listen) => listen(incoming, outgoing))
          .catch((error: unknown) => {
            // Opened on the next request again, rather than failing every request from now on.
            listener = undefined;
            next(error);
          });
      });
      vite.httpServer?.once('listening', () => {
        const address = vite.httpServer?.address();
        if (!address || typeof address === 'string') return;
        const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
        const link = `http://${host}:${address.port}${BUYER_PAGE}#key=${encodeURIComponent(apiKey)}`;
        const where = process.env['AIMS_PROCUREMENT_DATA']
          ? `kept in ${process.env['AIMS_PROCUREMENT_DATA']}`
          : 'in memory until this server stops';
        // After Vite's own lines.
        setTimeout(() => {
          vite.config.logger.info(
            `\n  Procurement example: the buyer's page, signed in: ${link}\n` +
              `  (the buyer API key is ${apiKey}; requests and answers are ${where})\n`,
          );
        }, 0);
      });
    },
  };
}
