// `aimskit serve` (server/main.ts, server/serve.ts) as a user runs it: a process on the embedded
// database in a data folder. The first start makes a buyer API key and prints it once; a restart
// on the same folder keeps the data and the key, and prints no key; AIMSKIT_API_KEY overrides.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../../server/main.js', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'aimskit-serve-'));
const running: ChildProcess[] = [];

interface Started {
  readonly url: string;
  readonly output: string;
  stop(): Promise<void>;
}

/** Starts `aimskit serve` on a free port and waits for the address it prints. */
function start(env: Record<string, string> = {}): Promise<Started> {
  const child = spawn(
    process.execPath,
    [main, 'serve', '--port', '0', '--data', join(folder, 'data')],
    {
      env: { ...process.env, AIMSKIT_API_KEY: '', DATABASE_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  running.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address after 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (http:\/\/\S+),/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({
        url,
        output,
        stop: () =>
          new Promise((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`aimskit serve exited (${code}):\n${output}`)));
  });
}

describe('aimskit serve', () => {
  after(() => {
    for (const child of running) child.kill('SIGKILL');
    rmSync(folder, { recursive: true, force: true });
  });

  it('prints a buyer key once, keeps data and key across a restart, and honours AIMSKIT_API_KEY', async () => {
    const first = await start();
    const key = /shown once, keep it\): (\S+)/.exec(first.output)?.[1];
    assert.ok(key, first.output);
    assert.deepEqual(await (await fetch(`${first.url}/api/health`)).json(), { ok: true });
    assert.equal((await fetch(`${first.url}/api/requests`)).status, 401);
    const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
    const created = await fetch(`${first.url}/api/requests`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        definition: { id: 'iso42001-supplier', version: '1.0.0' },
        supplier: 'Kept Across Restarts',
      }),
    });
    assert.equal(created.status, 201, await created.clone().text());
    await first.stop();

    const second = await start();
    assert.doesNotMatch(second.output, /shown once/);
    const listed = await fetch(`${second.url}/api/requests`, { headers });
    assert.equal(listed.status, 200);
    const { requests } = (await listed.json()) as { requests: { supplier: string }[] };
    assert.deepEqual(
      requests.map((request) => request.supplier),
      ['Kept Across Restarts'],
    );
    await second.stop();

    const third = await start({ AIMSKIT_API_KEY: 'from-the-environment' });
    assert.equal((await fetch(`${third.url}/api/requests`, { headers })).status, 401);
    const withEnvironmentKey = await fetch(`${third.url}/api/requests`, {
      headers: { 'x-api-key': 'from-the-environment' },
    });
    assert.equal(withEnvironmentKey.status, 200);
    await third.stop();
  });
});
