#!/usr/bin/env node
// The strict Content Security Policy example's server (npm run example:strict): serves
// examples/strict/ and the CDN build (dist/cdn/, with the content packs it loads) with the policy
// as an HTTP header, and records the violation reports browsers send to /csp-report. It builds
// dist/ first when the CDN file is missing or older than the sources. test/e2e/csp.e2e.ts runs the
// same server.
//
//   node examples/strict/server.mjs [--port 8788] [--host 127.0.0.1]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** The policy every response carries. */
export const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** The page's path on the server. */
export const PAGE = '/examples/strict/index.html';

/**
 * Only these are served: the example's assets, the CDN build and the content packs it loads
 * (dist/content.js and the small chunks that file imports).
 */
const SERVED_FOLDERS = ['examples/strict/', 'dist/cdn/', 'dist/content.js', 'dist/chunks/'];

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Newest modification time of the files under `folder` (recursively), in ms. */
function newestChange(folder) {
  let newest = 0;
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    const stats = statSync(path);
    newest = Math.max(newest, stats.isDirectory() ? newestChange(path) : stats.mtimeMs);
  }
  return newest;
}

/** Runs the project's build when dist/cdn/aimskit.js is missing or older than the sources. */
export function ensureCdnBuild() {
  const cdnFile = join(root, 'dist/cdn/aimskit.js');
  const sourcesChanged = Math.max(
    newestChange(join(root, 'src')),
    newestChange(join(root, 'components')),
  );
  if (existsSync(cdnFile) && statSync(cdnFile).mtimeMs >= sourcesChanged) return;
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], {
    stdio: 'inherit',
    cwd: root,
  });
}

/** Reads a request's body as text. */
function readBody(request) {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

/**
 * Starts the server. Resolves to `{ url, reports, close }`: the base URL, the violation reports
 * received so far (parsed JSON, or the raw text when a body is not JSON) and a function that stops
 * the server.
 */
export async function startStrictServer({ port = 0, host = '127.0.0.1' } = {}) {
  const reports = [];
  const headers = {
    'Content-Security-Policy': `${POLICY}; report-uri /csp-report`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  };
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (request.method === 'POST' && path === '/csp-report') {
      const body = await readBody(request);
      try {
        reports.push(JSON.parse(body));
      } catch {
        reports.push(body);
      }
      response.writeHead(204).end();
      return;
    }
    if (request.method === 'GET' && (path === '/' || path === '/examples/strict/')) {
      response.writeHead(302, { ...headers, Location: PAGE }).end();
      return;
    }
    const relativePath = normalize(path).replace(/^[/\\]+/, '');
    const file = join(root, relativePath);
    const servable =
      request.method === 'GET' &&
      SERVED_FOLDERS.some((folder) => relativePath.startsWith(folder)) &&
      !relativePath.split(sep).includes('..') &&
      existsSync(file) &&
      statSync(file).isFile();
    if (!servable) {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    response
      .writeHead(200, {
        ...headers,
        'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      })
      .end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  const url = `http://${host}:${address.port}`;
  const close = () => new Promise((resolve) => server.close(resolve));
  return { url, reports, close };
}

/** The value after `--name` on the command line, or `fallback`. */
function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 && index + 1 < process.argv.length ? process.argv[index + 1] : fallback;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  ensureCdnBuild();
  const { url } = await startStrictServer({
    port: Number(option('port', process.env.PORT ?? 8788)),
    host: option('host', process.env.HOST ?? '127.0.0.1'),
  });
  console.log(`aimskit strict CSP example: ${url}${PAGE}`);
}
