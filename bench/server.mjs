// npm run bench:server: how fast the buyer's intake (aimskit/server) takes in and lists responses,
// in Node on one core. Prints: accepted responses per second through the handler (the full supplier
// pack, signed envelopes, each verified, re-scored and stored), and the time to list the portfolio
// and to export its CSV with 10,000 stored responses. On the embedded PGlite always; on a
// PostgreSQL server too when AIMS_BENCH_DATABASE_URL (or AIMS_TEST_DATABASE_URL) names one.
// Figures only: no test asserts a time.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'build/bench-server');
mkdirSync(out, { recursive: true });
await build({
  entryPoints: {
    server: join(root, 'server/index.ts'),
    core: join(root, 'src/core.ts'),
    content: join(root, 'src/content.ts'),
  },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['@electric-sql/pglite', 'pg'],
  logLevel: 'warning',
});
const load = (name) => import(pathToFileURL(join(out, `${name}.js`)).href);
const server = await load('server');
const core = await load('core');
const { iso42001Supplier } = await load('content');

const SUBMISSIONS = Number(process.env.AIMS_BENCH_SUBMISSIONS ?? 200);
const STORED = Number(process.env.AIMS_BENCH_STORED ?? 10_000);
const LIST_RUNS = 5;
const API_KEY = 'bench-key';
const definition = core.parseDefinition(iso42001Supplier);

const median = (values) => {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)];
};

/** A supplier response answering every question it can, varied by `seed`. */
function supplierResponse(seed) {
  const answers = {};
  for (const section of definition.sections) {
    for (const question of section.questions) {
      const options =
        question.type === 'scale'
          ? definition.scales.find((scale) => scale.id === question.scale).options
          : (question.options ?? []);
      const scored = options.filter((option) => !option.na && !option.requiresJustification);
      if (question.type === 'text') answers[question.id] = { value: `Answer ${seed}` };
      else if ((question.type === 'scale' || question.type === 'choice') && scored.length)
        answers[question.id] = { value: scored[(seed + question.id.length) % scored.length].id };
    }
  }
  return {
    format: 'aimskit.response/1',
    definition: { id: definition.id, version: definition.version },
    answers,
  };
}

async function benchmark(name, database) {
  await server.migrate(database);
  const repository = server.createRepository(database);
  const handler = server.createIntakeHandler({
    repository,
    definitions: [definition],
    apiKey: API_KEY,
  });
  const buyerHeaders = { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' };
  const call = (path, init = {}) =>
    handler(
      new Request(`http://bench.local${path}`, {
        ...init,
        headers: { ...buyerHeaders, ...init.headers },
      }),
    );

  // Envelopes and requests are made first: the figure is the intake's work alone.
  const signing = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
    'sign',
    'verify',
  ]);
  const prepared = [];
  for (let index = 0; index < SUBMISSIONS; index++) {
    const created = await call('/api/requests', {
      method: 'POST',
      body: JSON.stringify({
        definition: { id: definition.id, version: definition.version },
        supplier: `Supplier ${index}`,
      }),
    });
    const { token } = await created.json();
    const envelope = await core.createEnvelope(definition, supplierResponse(index), {
      sign: signing,
    });
    prepared.push({ token, body: JSON.stringify(envelope) });
  }
  const started = performance.now();
  for (const { token, body } of prepared) {
    const answer = await call(`/api/submissions/${token}`, { method: 'POST', body });
    if (answer.status !== 201) throw new Error(`bench: submission refused (${answer.status})`);
  }
  const seconds = (performance.now() - started) / 1000;
  const perSecond = SUBMISSIONS / seconds;

  // 10,000 stored responses: copies of the accepted rows (with the group figures and systems the
  // portfolio lists), new rounds of new requests.
  await database.exec(`
    INSERT INTO intake_requests (id, token_sha256, supplier, definition_id, definition_version)
      SELECT 'rq-bench-' || n, 'digest-bench-' || n, 'Bench supplier ' || n, '${definition.id}', '${definition.version}'
      FROM generate_series(1, ${STORED}) AS n;
    INSERT INTO intake_responses (id, request_id, round, envelope_sha256, submitted, scorecard, readiness,
        band, completion, signed, key_thumbprint, evidence_files, objectives, systems)
      SELECT 'rs-bench-' || n, 'rq-bench-' || n, 1, 'sha-bench-' || n, template.submitted,
        template.scorecard, (n % 1000) / 10.0, template.band, template.completion, true, null, 0,
        template.objectives, template.systems
      FROM generate_series(1, ${STORED}) AS n,
        (SELECT submitted, scorecard, band, completion, objectives, systems
           FROM intake_responses LIMIT 1) AS template;
  `);
  const listTimes = [];
  const csvTimes = [];
  for (let run = 0; run < LIST_RUNS; run++) {
    let begin = performance.now();
    const listed = await call('/api/portfolio');
    await listed.arrayBuffer();
    listTimes.push(performance.now() - begin);
    begin = performance.now();
    const csv = await call('/api/portfolio.csv');
    await csv.text();
    csvTimes.push(performance.now() - begin);
  }
  console.log(
    `${name.padEnd(11)} ${perSecond.toFixed(1).padStart(8)} accepted/s (${SUBMISSIONS} signed supplier-pack envelopes)` +
      `   portfolio of ${STORED + SUBMISSIONS}: JSON ${median(listTimes).toFixed(0)} ms, CSV ${median(csvTimes).toFixed(0)} ms (median of ${LIST_RUNS})`,
  );
  await database.close();
}

console.log('bench:server (one Node process; figures only)');
await benchmark('PGlite', await server.openPglite());
const postgresUrl = process.env.AIMS_BENCH_DATABASE_URL ?? process.env.AIMS_TEST_DATABASE_URL;
if (postgresUrl) {
  const schema = `aimskit_bench_${Date.now()}`;
  const admin = await server.openPostgres(postgresUrl);
  await admin.exec(`CREATE SCHEMA ${schema}`);
  const scoped = new URL(postgresUrl);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  try {
    await benchmark('PostgreSQL', await server.openPostgres(scoped.href));
  } finally {
    await admin.exec(`DROP SCHEMA ${schema} CASCADE`);
    await admin.close();
  }
} else {
  console.log('PostgreSQL  skipped: set AIMS_BENCH_DATABASE_URL to a PostgreSQL database');
}
