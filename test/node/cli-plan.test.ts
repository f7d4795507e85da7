// `aimskit plan`, run as a subprocess on temporary files (build/node/src/cli/main.js, which the
// Node test build produces): CSV, JSON and OSCAL output of the action plan, overdue by --today,
// a stable OSCAL UUID, and refusals with paths or usage errors.
import { describe, it, before, after } from 'node:test';
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTION_PLAN_CSV_COLUMNS } from '../../src/core.js';
import { PLAN_DEFINITION, planResponse } from '../core/action-plan-fixture.js';

const main = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const cli = (args: string[]) => {
  const result = spawnSync(process.execPath, [main, ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
};

let dir: string;
const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};

const response = planResponse(
  {},
  {
    actions: [
      {
        id: 'act-1',
        proposal: 'gap:4.1:c4',
        title: 'Write the context',
        owner: 'Quality lead',
        due: '2026-03-31',
        status: 'in-progress',
      },
    ],
  },
);

describe('aimskit plan', () => {
  let definition: string;
  let responseFile: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'aimskit-plan-'));
    definition = file('definition.json', PLAN_DEFINITION);
    responseFile = file('response.json', response);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints CSV by default, one row per entry, overdue by --today', () => {
    const result = cli(['plan', responseFile, '--definition', definition, '--today', '2026-04-01']);
    assert.equal(result.code, 0, result.err);
    const lines = result.out.trimEnd().split('\r\n');
    assert.equal(lines[0], ACTION_PLAN_CSV_COLUMNS.join(','));
    assert.equal(lines.length, 6);
    const c4 = lines.find((row) => row.startsWith('gap:4.1:c4,'))!;
    assert.match(c4, /^gap:4\.1:c4,in-progress,yes,0\.8,/);
    const early = cli(['plan', responseFile, '--definition', definition, '--today', '2026-03-01']);
    assert.match(early.out, /gap:4\.1:c4,in-progress,no,/);
  });

  it('prints JSON and OSCAL, the OSCAL UUIDs the same run after run', () => {
    const json = cli(['plan', responseFile, '--definition', definition, '--format', 'json']);
    assert.equal(json.code, 0, json.err);
    const parsed = JSON.parse(json.out) as { format: string; progress: { total: number } };
    assert.equal(parsed.format, 'aimskit.action-plan/1');
    assert.equal(parsed.progress.total, 5);
    const oscal = () =>
      JSON.parse(cli(['plan', responseFile, '--definition', definition, '--format=oscal']).out) as {
        'plan-of-action-and-milestones': { uuid: string; 'poam-items': { uuid: string }[] };
      };
    const first = oscal()['plan-of-action-and-milestones'];
    const second = oscal()['plan-of-action-and-milestones'];
    assert.equal(first['poam-items'].length, 5);
    assert.deepEqual(
      second['poam-items'].map((item) => item.uuid),
      first['poam-items'].map((item) => item.uuid),
    );
    const uuid = '0f9a2c3e-1d4b-4c5a-9e8f-7a6b5c4d3e2f';
    const pinned = cli([
      'plan',
      responseFile,
      '--definition',
      definition,
      '--format',
      'oscal',
      '--uuid',
      uuid,
    ]);
    assert.equal(
      (JSON.parse(pinned.out) as typeof first & Record<string, { uuid: string }>)[
        'plan-of-action-and-milestones'
      ].uuid,
      uuid,
    );
  });

  it('a bad action exits 1 with its path', () => {
    const bad = file(
      'bad.json',
      planResponse({}, { actions: [{ id: 'a', title: 'x', status: 'late' as never }] }),
    );
    const result = cli(['plan', bad, '--definition', definition]);
    assert.equal(result.code, 1);
    assert.match(result.err, / {2}actions\[0\]\.status: /);
    assert.equal(result.out, '');
  });

  it('usage errors exit 2', () => {
    const format = cli(['plan', responseFile, '--definition', definition, '--format', 'xml']);
    assert.equal(format.code, 2);
    assert.match(format.err, /--format must be one of csv, json, oscal/);
    const today = cli(['plan', responseFile, '--definition', definition, '--today', 'tomorrow']);
    assert.equal(today.code, 2);
    assert.match(today.err, /--today must be a date/);
    const uuid = cli(['plan', responseFile, '--definition', definition, '--uuid', 'x']);
    assert.match(uuid.err, /--uuid must be a UUID/);
    assert.match(cli(['plan', responseFile]).err, /missing --definition/);
    assert.match(cli(['--help']).out, /aimskit plan <response\.json>/);
  });
});
