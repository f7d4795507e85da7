/**
 * The limits on everything aimskit reads from outside, in one place (docs/security.md). Each is
 * enforced where the input enters: the parse functions measure a value before walking it, the
 * loaders measure text before parsing it. Sizes of JSON are counted in characters of its text (for
 * a parsed value: about the length of its JSON text), files in bytes.
 */
import { formatPath, type AimsIssue } from './issues.js';
import { isPlainObject } from '../util/json.js';

const MB = 1024 * 1024;

/**
 * A definition: about this many characters of JSON (the full ISO/IEC 42001 pack is about 0.1 MB).
 */
export const MAX_DEFINITION_SIZE = 4 * MB;
/** A response (answers, risks, SoA decisions, reviews). */
export const MAX_RESPONSE_SIZE = 4 * MB;
/** An envelope: a response, its scorecard and the seal. */
export const MAX_ENVELOPE_SIZE = 8 * MB;
/**
 * Nesting of any JSON document read (objects and arrays); real documents need fewer than 10 levels.
 */
export const MAX_JSON_DEPTH = 32;
/** One evidence file, in bytes. */
export const MAX_EVIDENCE_SIZE = 20 * MB;
/**
 * A bundle's JSON text (its evidence files travel inside as base64, a third larger than the bytes).
 */
export const MAX_BUNDLE_SIZE = 100 * MB;
/** The `r=` payload of a share link, in characters: longer links break in mail and chat. */
export const MAX_SHARE_PAYLOAD = 8000;
/** A share link's response once unpacked, in bytes. */
export const MAX_SHARE_JSON = 256 * 1024;
/**
 * A `showIf` or `requiredIf` condition (characters) and its nesting: the condition language's own.
 */
export { MAX_CONDITION_LENGTH, MAX_CONDITION_DEPTH } from '../logic/condition.js';
/** A CSV file read by `parseCsv` / `soaFromCsv`, in characters. */
export const MAX_CSV_SIZE = 2 * MB;
/** Rows of a CSV file (the header included). */
export const MAX_CSV_ROWS = 10000;
/** Columns of a CSV row. */
export const MAX_CSV_COLUMNS = 64;
/** Characters of one CSV cell. */
export const MAX_CSV_CELL = 10000;

/** A count of bytes or characters, short: `4 MB`, `256 KB`, `512`. */
export const formatSize = (n: number): string =>
  n >= MB
    ? `${Math.round((n / MB) * 10) / 10} MB`
    : n >= 1024
      ? `${Math.round((n / 1024) * 10) / 10} KB`
      : `${n}`;

/**
 * What `readLimited` needs of a `ReadableStream` of bytes (a fetch body, a Blob's stream, a piped
 * stream).
 */
type ByteStream = {
  getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }>; cancel(): Promise<void> };
};

/**
 * The bytes of a stream, or undefined once they pass `max`: reading stops there and the stream is
 * cancelled, so a body without an announced length (or a small input that unpacks a thousandfold)
 * is never held whole.
 */
export async function readLimited(
  stream: ByteStream,
  max: number,
): Promise<Uint8Array | undefined> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done)
      return new Uint8Array(await new Blob(parts as unknown as ArrayBuffer[]).arrayBuffer());
    length += value!.length;
    if (length > max) {
      reader.cancel().catch(() => undefined);
      return undefined;
    }
    parts.push(value!);
  }
}

/**
 * Measures a JSON value and stops as soon as it is over a limit. Returns the problem, or null when
 * `value` is within `maxSize` characters (about the length of its JSON text) and `maxDepth` levels.
 * The recursion is at most `maxDepth` deep (hostile nesting cannot overflow the stack), and the
 * walk is bounded by `maxSize`: each value visited counts at least one character, so shared or
 * cyclic references end it too.
 */
export function measureJson(
  value: unknown,
  what: string,
  maxSize: number,
  maxDepth = MAX_JSON_DEPTH,
): AimsIssue | null {
  let size = 0;
  const path: PropertyKey[] = [];
  const walk = (node: unknown): AimsIssue | undefined => {
    if (typeof node === 'string') size += node.length + 2;
    else if (typeof node === 'number') size += 8;
    else if (typeof node !== 'object' || node === null) size += 4;
    else {
      if (path.length >= maxDepth)
        return {
          path: formatPath(path),
          message: `${what} is nested too deeply (more than ${maxDepth} levels)`,
        };
      size += 2;
      const list = Array.isArray(node);
      const container = node as Record<string | number, unknown>;
      // (a value that is not a plain object or a list is measured as empty: it is no JSON)
      const keys: (string | number)[] = list
        ? [...node.keys()]
        : isPlainObject(node)
          ? Object.keys(node)
          : [];
      for (const key of keys) {
        size += typeof key === 'number' ? 1 : key.length + 4;
        if (size > maxSize) break;
        path.push(key);
        const found = walk(container[key]);
        path.pop();
        if (found) return found;
      }
    }
    if (size > maxSize)
      return {
        path: '',
        message: `${what} is too large (more than ${formatSize(maxSize)} of JSON)`,
      };
  };
  return walk(value) ?? null;
}
