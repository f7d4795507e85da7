#!/usr/bin/env node
// The buyer's server of the procurement example: Node's own `http`, no framework.
//
//   POST /api/requests   a request file (from buyer.html): its definition is what responses
//                        are checked against
//   POST /api/responses  a supplier's response bundle: verified and re-scored with aimskit's
//                        core, then 200 { status: "accepted", readiness, band, … }
//                        or 422 { status: "rejected", reasons }
//   GET  /api/responses  the responses accepted so far (summaries)
//   GET  /api/health     { ok: true }
//
// The core is the one the browser pages run: by default src/core.ts is compiled on start (with
// Vite, into a temporary folder), so no build step is needed; `--core dist` imports the built
// package (dist/core.js, after `npm run build`) instead. In your own server, simply
// `import { openBundle, score } from 'aimskit/core'`.
//
//   node examples/procurement/server.mjs [--port 8787] [--host 127.0.0.1] [--core source|dist]
//                                        [--max-bytes 20971520]
import { createServer } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const REQUEST_FORMAT = 'aimskit-example.request/1';

/** Loads aimskit's core: compiled from the sources (default) or the built package. */
export async function loadCore(from = 'source') {
  if (from === 'dist') return import(pathToFileURL(join(root, 'dist/core.js')).href);
  const { build } = await import('vite');
  const outDir = await mkdtemp(join(tmpdir(), 'aimskit-procurement-'));
  try {
    await build({
      configFile: false,
      root,
      logLevel: 'silent',
      ssr: { noExternal: true },
      build: {
        ssr: join(root, 'src/core.ts'),
        outDir,
        emptyOutDir: false,
        target: 'node20',
        minify: false,
        rollupOptions: {
          output: { format: 'es', entryFileNames: 'core.mjs', inlineDynamicImports: true },
        },
      },
    });
    return await import(pathToFileURL(join(outDir, 'core.mjs')).href);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const keyOf = (definition) => `${definition?.id}@${definition?.version}`;
const prefix = (head, path) => (path ? `${head}.${path}` : head);

class HttpError extends Error {
  constructor(status, reasons) {
    super(reasons[0]?.message ?? 'error');
    this.status = status;
    this.reasons = reasons;
  }
}

/**
 * Reads a request body as JSON, refusing more than `limit` bytes (413) and anything that is not
 * JSON (400).
 */
async function readJson(req, limit) {
  const tooLarge = () =>
    new HttpError(413, [{ path: '', message: `is larger than ${limit} bytes` }]);
  if (Number(req.headers['content-length'] ?? 0) > limit) throw tooLarge();
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw tooLarge();
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (error) {
    throw new HttpError(400, [{ path: '', message: `is not JSON: ${error.message}` }]);
  }
}

/**
 * Starts the server. Options: `port` (0 picks a free one), `host`, `core` (an already loaded core
 * module), `coreFrom` ('source' | 'dist'), `maxBytes` (largest bundle accepted, default 20 MiB).
 * Resolves to `{ url, close() }`.
 */
export async function startProcurementServer(options = {}) {
  const { port = 8787, host = '127.0.0.1', maxBytes = 20 * 1024 * 1024 } = options;
  const core = options.core ?? (await loadCore(options.coreFrom));
  const requests = new Map();
  const accepted = [];

  function registerRequest(json) {
    const reasons = [];
    if (!isObject(json) || json.format !== REQUEST_FORMAT)
      throw new HttpError(400, [{ path: 'format', message: `expected "${REQUEST_FORMAT}"` }]);
    if (typeof json.id !== 'string' || !/^rq-[A-Za-z0-9-]{1,64}$/.test(json.id))
      reasons.push({ path: 'id', message: 'expected a request id (rq-…)' });
    const parsed = core.safeParseDefinition(json.definition);
    if (!parsed.success)
      reasons.push(
        ...parsed.issues.map((issue) => ({
          path: prefix('definition', issue.path),
          message: issue.message,
        })),
      );
    else if (parsed.data.metadata?.request !== json.id)
      reasons.push({ path: 'definition.metadata.request', message: 'does not name this request' });
    if (reasons.length) throw new HttpError(400, reasons);
    requests.set(keyOf(parsed.data), {
      id: json.id,
      buyer: String(json.buyer ?? ''),
      definition: parsed.data,
    });
    return {
      status: 'registered',
      request: json.id,
      definition: { id: parsed.data.id, version: parsed.data.version },
    };
  }

  async function checkBundle(bundle) {
    const reject = (reasons) => {
      throw new HttpError(422, reasons);
    };
    if (!isObject(bundle) || bundle.format !== core.BUNDLE_FORMAT)
      reject([{ path: 'format', message: `expected an aimskit bundle ("${core.BUNDLE_FORMAT}")` }]);
    const request = requests.get(keyOf(bundle.envelope?.definition));
    if (!request)
      reject([
        { path: 'envelope.definition', message: 'answers no request registered with this server' },
      ]);
    // 1. The envelope: digest, signature (required here), the definition we sent, and a re-score.
    const verified = await core.verifyEnvelope(bundle.envelope, request.definition, {
      requireSignature: true,
    });
    if (!verified.ok)
      reject(
        verified.problems.map((problem) => ({
          path: prefix('envelope', problem.path),
          message: problem.message,
        })),
      );
    // 2. The evidence files: every file's bytes against the digest in the sealed response.
    let opened;
    try {
      opened = await core.openBundle(bundle, request.definition);
    } catch (error) {
      if (Array.isArray(error?.issues)) reject(error.issues);
      throw error;
    }
    if (opened.missing.length)
      reject(
        opened.missing.map((id) => ({
          path: 'files',
          message: `evidence "${id}" is named in the response but its file is not in the bundle`,
        })),
      );
    // 3. The figures the buyer will use: computed here, by the same score() the supplier's browser
    // ran.
    const scorecard = core.score(request.definition, opened.response);
    const jwk = opened.envelope.signature.publicKeyJwk;
    const company = opened.response.answers['sup-company']?.value;
    const summary = {
      status: 'accepted',
      request: request.id,
      supplier:
        typeof company === 'string' && company ? company : (opened.assessment?.title ?? null),
      signed: verified.signed,
      keyThumbprint: await core.sha256Base64Url(
        core.canonicalJson({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y }),
      ),
      readiness: scorecard.overall.readiness,
      band: scorecard.overall.band,
      completion: scorecard.overall.completion,
      evidenceFiles: opened.files.length,
      receivedAt: new Date().toISOString(),
    };
    accepted.push(summary);
    return { ...summary, scorecard };
  }

  const server = createServer(async (req, res) => {
    const send = (status, body) => {
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'access-control-allow-origin': '*',
        'cache-control': 'no-store',
        ...(status === 413 ? { connection: 'close' } : {}),
      });
      res.end(JSON.stringify(body));
    };
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    try {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          'access-control-allow-origin': '*',
          'access-control-allow-methods': 'GET, POST, OPTIONS',
          'access-control-allow-headers': 'content-type',
          'access-control-max-age': '600',
        });
        res.end();
      } else if (path === '/api/health' && req.method === 'GET') send(200, { ok: true });
      else if (path === '/api/requests' && req.method === 'POST')
        send(201, registerRequest(await readJson(req, 1024 * 1024)));
      else if (path === '/api/responses' && req.method === 'POST')
        send(200, await checkBundle(await readJson(req, maxBytes)));
      else if (path === '/api/responses' && req.method === 'GET')
        send(200, { responses: accepted });
      else
        send(404, {
          status: 'error',
          reasons: [{ path: '', message: `no ${req.method} ${path} here` }],
        });
    } catch (error) {
      if (error instanceof HttpError) {
        send(error.status, { status: 'rejected', reasons: error.reasons });
      } else {
        console.error(error);
        send(500, { status: 'error', reasons: [{ path: '', message: 'internal error' }] });
      }
      if (!req.complete) req.resume();
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name, fallback) => {
    const index = process.argv.indexOf(`--${name}`);
    return index > 0 && process.argv[index + 1] !== undefined ? process.argv[index + 1] : fallback;
  };
  const coreFrom = arg('core', 'source');
  const started = await startProcurementServer({
    port: Number(arg('port', process.env.PORT ?? 8787)),
    host: arg('host', process.env.HOST ?? '127.0.0.1'),
    coreFrom,
    maxBytes: Number(arg('max-bytes', 20 * 1024 * 1024)),
  });
  const source = coreFrom === 'dist' ? 'dist/core.js' : 'src/, compiled on start';
  console.log(`Procurement server listening on ${started.url} (core from ${source})`);
  const stop = async () => {
    await started.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
