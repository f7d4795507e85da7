/**
 * The `aimskit` command line: verify envelopes, score responses and validate definitions on a server or
 * in CI. Node only (reads files); everything it computes comes from aimskit/core.
 */
import { readFile } from 'node:fs/promises';
import { safeParseDefinition } from '../model/parse.js';
import { safeParseResponse } from '../model/parse-response.js';
import type { AssessmentDefinition } from '../model/definition.js';
import type { AimsIssue } from '../model/issues.js';
import { score } from '../scoring/score.js';
import { verifyEnvelope, type PublicJwk } from '../io/envelope.js';

export const USAGE = `aimskit: verify, score and validate ISO/IEC 42001 assessments

Usage:
  aimskit verify <envelope.json> --definition <definition.json | built-in id> [options]
      Checks the digest, the signature (when present), the definition, the response and the
      scorecard (re-scored). Exit 0 only when the envelope is valid; problems are listed.
      --require-signature      fail when the envelope is not signed
      --trusted-key <jwk.json> accept only signatures by this public key (repeatable)
      --json                   print the result as JSON ({ ok, signed, problems, scorecard })
  aimskit score <response.json> --definition <definition.json | built-in id> [--pretty]
      Prints the scorecard as JSON. Exit 1 when the response does not fit the definition.
  aimskit validate <definition.json>
      Lists every problem of a definition by path. Exit 1 when it is invalid.

Built-in definition ids: iso42001, iso42001-quick-scan, iso42001-supplier.
A file name of "-" reads standard input.
Exit codes: 0 valid, 1 invalid, 2 usage or input error.`;

export interface Io {
  out(text: string): void;
  err(text: string): void;
  stdin(): Promise<string>;
}

class UsageError extends Error {}

const list = (issues: readonly AimsIssue[]) =>
  issues.map((i) => `  ${i.path || '(document)'}: ${i.message}`).join('\n');

async function readJson(file: string, io: Io, what: string): Promise<unknown> {
  let text: string;
  try {
    text = file === '-' ? await io.stdin() : await readFile(file, 'utf8');
  } catch (e) {
    throw new UsageError(
      `cannot read ${what} "${file}": ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`,
    );
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new UsageError(`${what} "${file}" is not JSON: ${(e as Error).message}`);
  }
}

async function loadDefinition(ref: string | undefined, io: Io): Promise<AssessmentDefinition> {
  if (!ref) throw new UsageError('missing --definition <definition.json | built-in id>');
  let json: unknown;
  if (/^[a-z0-9-]+$/.test(ref) && !ref.endsWith('.json')) {
    const { builtInDefinitions } = await import('../content.js');
    const def = Object.prototype.hasOwnProperty.call(builtInDefinitions, ref)
      ? builtInDefinitions[ref]
      : undefined;
    if (def) return def;
    try {
      json = await readJson(ref, io, 'definition');
    } catch {
      throw new UsageError(
        `unknown definition "${ref}": not a file, nor a built-in id (${Object.keys(builtInDefinitions).join(', ')})`,
      );
    }
  } else json = await readJson(ref, io, 'definition');
  const parsed = safeParseDefinition(json);
  if (!parsed.success)
    throw new UsageError(
      `definition "${ref}" is invalid (${parsed.issues.length} problem${parsed.issues.length === 1 ? '' : 's'}):\n${list(parsed.issues)}`,
    );
  return parsed.data;
}

interface Args {
  positional: string[];
  flags: Map<string, string[]>;
}

const VALUED = new Set(['--definition', '--trusted-key']);
const SWITCHES = new Set([
  '--require-signature',
  '--json',
  '--pretty',
  '--help',
  '-h',
  '--version',
]);

function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i]!;
    let value: string | undefined;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) ((value = a.slice(eq + 1)), (a = a.slice(0, eq)));
    if (VALUED.has(a)) {
      value ??= argv[++i];
      if (value === undefined) throw new UsageError(`${a} needs a value`);
      flags.set(a, [...(flags.get(a) ?? []), value]);
    } else if (SWITCHES.has(a)) flags.set(a, ['']);
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else positional.push(a);
  }
  return { positional, flags };
}

function one(args: Args, command: string, what: string): string {
  if (args.positional.length !== 2)
    throw new UsageError(`${command} takes one ${what} file (got ${args.positional.length - 1})`);
  return args.positional[1]!;
}

async function verify(args: Args, io: Io): Promise<number> {
  const file = one(args, 'verify', 'envelope');
  const definition = await loadDefinition(args.flags.get('--definition')?.[0], io);
  const envelope = await readJson(file, io, 'envelope');
  const trustedKeys = args.flags.has('--trusted-key')
    ? await Promise.all(
        args.flags
          .get('--trusted-key')!
          .map(async (f) => (await readJson(f, io, 'trusted key')) as PublicJwk),
      )
    : undefined;
  const r = await verifyEnvelope(envelope, definition, {
    requireSignature: args.flags.has('--require-signature'),
    ...(trustedKeys ? { trustedKeys } : {}),
  });
  if (args.flags.has('--json')) io.out(JSON.stringify(r, null, 2));
  else if (r.ok) {
    const readiness = r.scorecard?.overall.readiness;
    io.out(
      `valid: ${file} (${definition.id} ${definition.version}, readiness ${readiness ?? 'n/a'}, ${r.signed ? 'signed' : 'not signed'})`,
    );
  } else
    io.out(
      `invalid: ${file} (${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}):\n${list(r.problems)}`,
    );
  return r.ok ? 0 : 1;
}

async function scoreCommand(args: Args, io: Io): Promise<number> {
  const file = one(args, 'score', 'response');
  const definition = await loadDefinition(args.flags.get('--definition')?.[0], io);
  const parsed = safeParseResponse(await readJson(file, io, 'response'), definition);
  if (!parsed.success) {
    io.err(
      `response "${file}" does not fit definition "${definition.id}" (${parsed.issues.length} problem${parsed.issues.length === 1 ? '' : 's'}):\n${list(parsed.issues)}`,
    );
    return 1;
  }
  io.out(
    JSON.stringify(
      score(definition, parsed.data),
      null,
      args.flags.has('--pretty') ? 2 : undefined,
    ),
  );
  return 0;
}

async function validate(args: Args, io: Io): Promise<number> {
  const file = one(args, 'validate', 'definition');
  const parsed = safeParseDefinition(await readJson(file, io, 'definition'));
  if (parsed.success) {
    const questions = parsed.data.sections.reduce((n, s) => n + s.questions.length, 0);
    io.out(
      `valid: ${file} (${parsed.data.id} ${parsed.data.version}, ${parsed.data.sections.length} sections, ${questions} questions)`,
    );
    return 0;
  }
  io.out(
    `invalid: ${file} (${parsed.issues.length} problem${parsed.issues.length === 1 ? '' : 's'}):\n${list(parsed.issues)}`,
  );
  return 1;
}

const commands: Record<string, (args: Args, io: Io) => Promise<number>> = {
  verify,
  score: scoreCommand,
  validate,
};

/** Runs the command line; resolves to the exit code. */
export async function run(argv: readonly string[], io: Io, version = '0.0.0'): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.flags.has('--help') || args.flags.has('-h') || args.positional[0] === 'help') {
      io.out(USAGE);
      return 0;
    }
    if (args.flags.has('--version')) {
      io.out(version);
      return 0;
    }
    const name = args.positional[0];
    if (!name) throw new UsageError('no command given');
    const command = Object.prototype.hasOwnProperty.call(commands, name)
      ? commands[name]
      : undefined;
    if (!command) throw new UsageError(`unknown command "${name}"`);
    return await command(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`aimskit: ${e.message}\nRun "aimskit --help" for usage.`);
      return 2;
    }
    io.err(`aimskit: unexpected error: ${(e as Error)?.stack ?? String(e)}`);
    return 2;
  }
}
