// The `aimskit` command line, run as a subprocess on temporary files (build/node/src/cli/main.js,
// which the Node test build produces).
import { describe, it, before, after } from 'node:test';
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEnvelope, emptyResponse, type AssessmentResponse } from '../../src/core.js';
import { builtInDefinitions } from '../../src/content.js';

const main = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const cli = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [main, ...args], { encoding: 'utf8', input });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const definition = {
  format: 'aimskit.definition/1',
  id: 'cli',
  version: '1',
  title: 'CLI',
  scales: [
    { id: 'm', options: [0, 0.5, 1].map((value, i) => ({ id: String(i), label: `L${i}`, value })) },
  ],
  sections: [
    {
      id: 's',
      title: 'S',
      questions: [
        { id: 'q1', type: 'scale', scale: 'm', text: 'q1' },
        { id: 'q2', type: 'scale', scale: 'm', weight: 3, text: 'q2' },
      ],
    },
  ],
};
const response: AssessmentResponse = {
  format: 'aimskit.response/1',
  definition: { id: 'cli', version: '1' },
  answers: { q1: { value: '2' }, q2: { value: '1' } },
};

let dir: string;
const file = (name: string, value: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, typeof value === 'string' ? value : JSON.stringify(value));
  return p;
};

describe('aimskit CLI', () => {
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'aimskit-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('--help prints usage with every command', () => {
    const r = cli(['--help']);
    assert.equal(r.code, 0);
    for (const word of [
      'Usage:',
      'aimskit verify',
      'aimskit score',
      'aimskit validate',
      '--definition',
    ])
      assert.ok(r.out.includes(word), word);
  });

  it('usage errors exit 2 with a clear message', () => {
    assert.deepEqual([cli([]).code, cli([]).err.includes('no command given')], [2, true]);
    const bogus = cli(['frobnicate']);
    assert.equal(bogus.code, 2);
    assert.match(bogus.err, /unknown command "frobnicate"/);
    assert.match(cli(['score', file('r0.json', response)]).err, /missing --definition/);
    assert.match(cli(['validate', '--nope', 'x']).err, /unknown option --nope/);
  });

  it('validate: a valid definition exits 0', () => {
    const r = cli(['validate', file('def.json', definition)]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^valid: .*def\.json \(cli 1, 1 sections, 2 questions\)/);
  });

  it('validate: an invalid definition lists its problems by path and exits 1', () => {
    const bad = {
      ...definition,
      sections: [{ id: 's', title: 'S', questions: [{ id: 'q1', type: 'scael', text: 'q1' }] }],
    };
    const r = cli(['validate', file('bad.json', bad)]);
    assert.equal(r.code, 1);
    assert.match(r.out, /invalid: .*bad\.json/);
    assert.match(r.out, /sections\[0\]\.questions\[0\]\.type: /);
  });

  it('validate: a shape problem (no version) and three cross-reference problems are listed together', () => {
    const { version: _dropped, ...noVersion } = definition;
    const bad = {
      ...noVersion,
      bands: [
        { id: 'low', min: 0 },
        { id: 'high', min: 0 },
      ],
      sections: [
        {
          id: 's',
          title: 'S',
          questions: [
            { id: 'q1', type: 'scale', scale: 'maturty', text: 'q1' },
            { id: 'q1', type: 'scale', scale: 'm', text: 'again' },
          ],
        },
      ],
    };
    const r = cli(['validate', file('four.json', bad)]);
    assert.equal(r.code, 1, r.err);
    assert.match(r.out, /\(4 problems\)/);
    for (const expected of [
      /version: /,
      /sections\[0\]\.questions\[0\]\.scale: unknown scale "maturty"/,
      /sections\[0\]\.questions\[1\]\.id: duplicate question id "q1"/,
      /bands\[1\]\.min: bands must ascend/,
    ])
      assert.match(r.out, expected);
  });

  it('validate: one problem is "1 problem"', () => {
    const { version: _dropped, ...noVersion } = definition;
    const r = cli(['validate', file('one.json', noVersion)]);
    assert.equal(r.code, 1, r.err);
    assert.match(r.out, /\(1 problem\)/);
  });

  it('validate: unreadable input exits 2', () => {
    const notJson = cli(['validate', file('broken.json', '{ nope')]);
    assert.equal(notJson.code, 2);
    assert.match(notJson.err, /is not JSON/);
    const missing = cli(['validate', join(dir, 'missing.json')]);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /no such file/);
  });

  it('score prints the scorecard as JSON', () => {
    const r = cli([
      'score',
      file('resp.json', response),
      '--definition',
      file('def.json', definition),
    ]);
    assert.equal(r.code, 0, r.err);
    const card = JSON.parse(r.out);
    // q1 "2" = 1 (w 1), q2 "1" = 0.5 (w 3): 100 × 2.5 / 4 = 62.5
    assert.equal(card.overall.readiness, 62.5);
    assert.equal(card.overall.completion, 1);
    assert.deepEqual(
      card.sections.map((s: { id: string }) => s.id),
      ['s'],
    );
  });

  it('score: a response that does not fit exits 1 with paths', () => {
    const r = cli([
      'score',
      file('bad-resp.json', { ...response, answers: { q1: { value: '7' } } }),
      '--definition',
      file('def.json', definition),
    ]);
    assert.equal(r.code, 1);
    assert.match(r.err, /answers\.q1\.value: "7" is not an option/);
  });

  it('verify: a valid envelope exits 0; a tampered one exits 1 listing the problems', async () => {
    const env = await createEnvelope(definition as never, response);
    const def = file('def.json', definition);
    const ok = cli(['verify', file('env.json', env), '--definition', def]);
    assert.equal(ok.code, 0, ok.out + ok.err);
    assert.match(ok.out, /^valid: .*readiness 62\.5, not signed/);
    const tampered = JSON.parse(JSON.stringify(env));
    tampered.scorecard.overall.readiness = 90;
    const bad = cli(['verify', file('tampered.json', tampered), '--definition', def]);
    assert.equal(bad.code, 1);
    assert.match(bad.out, /invalid: .*\(2 problems\)/);
    assert.match(bad.out, / {2}sha256: does not match/);
    assert.match(bad.out, / {2}scorecard\.overall\.readiness: expected 62\.5, got 90/);
    // --json, and reading the envelope from standard input
    const json = cli(['verify', '-', '--definition', def, '--json'], JSON.stringify(tampered));
    assert.equal(json.code, 1);
    assert.deepEqual(
      JSON.parse(json.out).problems.map((p: { path: string }) => p.path),
      ['sha256', 'scorecard.overall.readiness'],
    );
    // an unsigned envelope when a signature is required
    const unsigned = cli([
      'verify',
      file('env.json', env),
      '--definition',
      def,
      '--require-signature',
    ]);
    assert.equal(unsigned.code, 1);
    assert.match(unsigned.out, /signature: is required but missing/);
  });

  it('verify: a signed envelope against a trusted key', async () => {
    const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
      'sign',
      'verify',
    ]);
    const env = await createEnvelope(definition as never, response, { sign: keys });
    const def = file('def.json', definition);
    const trusted = file('key.json', env.signature!.publicKeyJwk);
    const r = cli([
      'verify',
      file('signed.json', env),
      '--definition',
      def,
      '--trusted-key',
      trusted,
    ]);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /, signed\)$/m);
    const other = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
      'sign',
      'verify',
    ]);
    const otherKey = file('other.json', await crypto.subtle.exportKey('jwk', other.publicKey));
    const r2 = cli([
      'verify',
      file('signed.json', env),
      '--definition',
      def,
      `--trusted-key=${otherKey}`,
    ]);
    assert.equal(r2.code, 1);
    assert.match(r2.out, /signature\.publicKeyJwk: is not one of the trusted keys/);
  });

  it('--definition may name a built-in pack', async () => {
    const quick = builtInDefinitions['iso42001-quick-scan']!;
    const env = await createEnvelope(quick, emptyResponse(quick));
    const r = cli(['verify', file('quick.json', env), '--definition', 'iso42001-quick-scan']);
    assert.equal(r.code, 0, r.out + r.err);
    const wrong = cli(['verify', file('quick.json', env), '--definition', 'iso42001']);
    assert.equal(wrong.code, 1);
    assert.match(wrong.out, /definition\.id: expected "iso42001"/);
    const unknown = cli(['verify', file('quick.json', env), '--definition', 'iso9001']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /unknown definition "iso9001".*iso42001-quick-scan/);
  });
});
