/**
 * The `aimskit` command line: verify envelopes, score responses and validate definitions on a
 * server or in CI. Node only (reads files); everything it computes comes from aimskit/core.
 */
import { readFile } from 'node:fs/promises';
import { safeParseDefinition } from '../model/parse.js';
import { safeParseResponse } from '../model/parse-response-strict.js';
import type { AssessmentDefinition } from '../model/definition.js';
import type { AimsIssue } from '../model/issues.js';
import { score } from '../scoring/score.js';
import { verifyEnvelope, type PublicJwk } from '../io/envelope.js';
import {
  actionPlanToCsv,
  actionPlanToJson,
  actionPlanToOscalPoam,
} from '../io/action-plan-export.js';

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
  aimskit plan <response.json> --definition <definition.json | built-in id> [options]
      Prints the action plan: every open item proposed, every recorded action, with its state.
      --format csv|json|oscal  CSV (default), JSON (aimskit.action-plan/1) or an OSCAL 1.0.6
                               Plan of Action and Milestones
      --today <YYYY-MM-DD>     mark what is due before this day overdue (default: today)
      --uuid <uuid>            the OSCAL document's UUID (default: derived from the definition)
      Exit 1 when the response does not fit the definition.
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
  issues.map((found) => `  ${found.path || '(document)'}: ${found.message}`).join('\n');

/** `3 problems`, `1 problem`. */
const problems = (count: number) => `${count} problem${count === 1 ? '' : 's'}`;

/** Why a file could not be read, in words. */
const readFailure = (error: unknown) =>
  (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;

async function readJson(file: string, io: Io, what: string): Promise<unknown> {
  let text: string;
  try {
    text = file === '-' ? await io.stdin() : await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${what} "${file}": ${readFailure(error)}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`${what} "${file}" is not JSON: ${(error as Error).message}`);
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
      const ids = Object.keys(builtInDefinitions).join(', ');
      throw new UsageError(`unknown definition "${ref}": not a file, nor a built-in id (${ids})`);
    }
  } else json = await readJson(ref, io, 'definition');
  const parsed = safeParseDefinition(json);
  if (!parsed.success) {
    const count = problems(parsed.issues.length);
    throw new UsageError(`definition "${ref}" is invalid (${count}):\n${list(parsed.issues)}`);
  }
  return parsed.data;
}

interface Args {
  positional: string[];
  flags: Map<string, string[]>;
}

const VALUED = new Set(['--definition', '--trusted-key', '--format', '--today', '--uuid']);
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
  for (let index = 0; index < argv.length; index++) {
    let arg = argv[index]!;
    let value: string | undefined;
    const equals = arg.indexOf('=');
    if (arg.startsWith('--') && equals > 0) {
      value = arg.slice(equals + 1);
      arg = arg.slice(0, equals);
    }
    if (VALUED.has(arg)) {
      if (value === undefined) {
        index++;
        value = argv[index];
      }
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      flags.set(arg, [...(flags.get(arg) ?? []), value]);
    } else if (SWITCHES.has(arg)) flags.set(arg, ['']);
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else positional.push(arg);
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
  const result = await verifyEnvelope(envelope, definition, {
    requireSignature: args.flags.has('--require-signature'),
    ...(trustedKeys ? { trustedKeys } : {}),
  });
  if (args.flags.has('--json')) io.out(JSON.stringify(result, null, 2));
  else if (result.ok) {
    const readiness = result.scorecard?.overall.readiness ?? 'n/a';
    const signed = result.signed ? 'signed' : 'not signed';
    const about = `${definition.id} ${definition.version}, readiness ${readiness}, ${signed}`;
    io.out(`valid: ${file} (${about})`);
  } else {
    const count = problems(result.problems.length);
    io.out(`invalid: ${file} (${count}):\n${list(result.problems)}`);
  }
  return result.ok ? 0 : 1;
}

async function scoreCommand(args: Args, io: Io): Promise<number> {
  const file = one(args, 'score', 'response');
  const definition = await loadDefinition(args.flags.get('--definition')?.[0], io);
  const parsed = safeParseResponse(await readJson(file, io, 'response'), definition);
  if (!parsed.success) {
    const misfit = `response "${file}" does not fit definition "${definition.id}"`;
    io.err(`${misfit} (${problems(parsed.issues.length)}):\n${list(parsed.issues)}`);
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

const PLAN_FORMATS = ['csv', 'json', 'oscal'] as const;

async function plan(args: Args, io: Io): Promise<number> {
  const file = one(args, 'plan', 'response');
  const format = args.flags.get('--format')?.[0] ?? 'csv';
  if (!(PLAN_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be one of ${PLAN_FORMATS.join(', ')} (got "${format}")`);
  const today = args.flags.get('--today')?.[0] ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d\d-\d\d$/.test(today) || Number.isNaN(Date.parse(today)))
    throw new UsageError(`--today must be a date such as 2026-03-31 (got "${today}")`);
  const uuid = args.flags.get('--uuid')?.[0];
  if (
    uuid !== undefined &&
    !/^[\da-f]{8}-[\da-f]{4}-[1-5][\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/i.test(uuid)
  )
    throw new UsageError(`--uuid must be a UUID (got "${uuid}")`);
  const definition = await loadDefinition(args.flags.get('--definition')?.[0], io);
  const parsed = safeParseResponse(await readJson(file, io, 'response'), definition);
  if (!parsed.success) {
    const misfit = `response "${file}" does not fit definition "${definition.id}"`;
    io.err(`${misfit} (${problems(parsed.issues.length)}):\n${list(parsed.issues)}`);
    return 1;
  }
  const options = { today, now: new Date(), ...(uuid !== undefined && { uuid }) };
  if (format === 'csv') io.out(actionPlanToCsv(definition, parsed.data, options).trimEnd());
  else {
    const document =
      format === 'json'
        ? actionPlanToJson(definition, parsed.data, options)
        : actionPlanToOscalPoam(definition, parsed.data, options);
    io.out(JSON.stringify(document, null, 2));
  }
  return 0;
}

async function validate(args: Args, io: Io): Promise<number> {
  const file = one(args, 'validate', 'definition');
  const parsed = safeParseDefinition(await readJson(file, io, 'definition'));
  if (parsed.success) {
    const { id, version, sections } = parsed.data;
    const questions = sections.reduce((count, section) => count + section.questions.length, 0);
    const about = `${id} ${version}, ${sections.length} sections, ${questions} questions`;
    io.out(`valid: ${file} (${about})`);
    return 0;
  }
  io.out(`invalid: ${file} (${problems(parsed.issues.length)}):\n${list(parsed.issues)}`);
  return 1;
}

const commands: Record<string, (args: Args, io: Io) => Promise<number>> = {
  verify,
  score: scoreCommand,
  plan,
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
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`aimskit: ${error.message}\nRun "aimskit --help" for usage.`);
      return 2;
    }
    io.err(`aimskit: unexpected error: ${(error as Error)?.stack ?? String(error)}`);
    return 2;
  }
}
