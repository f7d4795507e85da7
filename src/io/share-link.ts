/**
 * Share links for small responses (the quick scan): the response's canonical JSON, deflated
 * (`deflate-raw`) and base64url-encoded into the URL fragment, `https://example.org/scan#r=…`.
 * A fragment is never sent to a server by the browser; the page decodes it locally.
 */
import type { AssessmentDefinition } from '../model/definition.js';
import { AimsValidationError, type AimsIssue } from '../model/issues.js';
import { parseResponse } from '../model/parse-response-strict.js';
import type { AssessmentResponse } from '../model/response.js';
import { canonicalJson } from './canonical.js';
import { fromBase64Url, toBase64Url, utf8 } from '../util/bytes.js';

import {
  MAX_SHARE_JSON as MAX_JSON_BYTES,
  MAX_SHARE_PAYLOAD,
  readLimited,
} from '../model/limits.js';

/**
 * Longest `r=` payload accepted (characters): links longer than this break in mail and chat
 * (src/model/limits.ts).
 */
export { MAX_SHARE_PAYLOAD };

/** A share link that cannot be made or read. */
export class ShareLinkError extends AimsValidationError {
  constructor(issues: readonly AimsIssue[]) {
    super('Invalid share link', issues);
    this.name = 'ShareLinkError';
  }
}

const fail = (message: string, path = 'r'): never => {
  throw new ShareLinkError([{ path, message }]);
};

/**
 * Bytes through a (de)compression stream; undefined once the output grows past MAX_SHARE_JSON
 * (reading stops there: a small link may unpack a thousandfold).
 */
const pipe = (
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array | undefined> =>
  readLimited(
    new Blob([bytes as unknown as ArrayBuffer]).stream().pipeThrough(stream),
    MAX_JSON_BYTES,
  );

const DEFLATE = 'deflate-raw';

/**
 * The link: `baseUrl` (its own fragment dropped) with the response in `#r=…`. Throws when too
 * large.
 */
export async function encodeShareLink(
  response: AssessmentResponse,
  baseUrl: string,
): Promise<string> {
  const bytes = await pipe(utf8(canonicalJson(response)), new CompressionStream(DEFLATE));
  const packed = bytes ? toBase64Url(bytes) : '';
  if (!bytes || packed.length > MAX_SHARE_PAYLOAD)
    fail(
      `the response is too large for a link (more than ${MAX_SHARE_PAYLOAD} characters): ` +
        'export a file instead',
      '',
    );
  return `${baseUrl.split('#')[0]}#r=${packed}`;
}

/**
 * Reads the response from a link, a fragment (`#r=…`) or the bare `r=…`, and validates it against
 * the definition. Throws `ShareLinkError` for a malformed or oversized link, `ResponseError` for a
 * response that does not fit the definition.
 */
export async function decodeShareLink(
  urlOrFragment: string,
  definition: AssessmentDefinition,
): Promise<AssessmentResponse> {
  const param = urlOrFragment
    .slice(urlOrFragment.indexOf('#') + 1)
    .split('&')
    .find((p) => p.startsWith('r='));
  if (param === undefined) return fail('the link carries no response (no "#r=" part)', '');
  const packed = param.slice(2);
  if (!packed) fail('is empty');
  if (packed.length > MAX_SHARE_PAYLOAD)
    fail(`is too long (${packed.length} characters, at most ${MAX_SHARE_PAYLOAD})`);
  let bytes: Uint8Array | undefined, json: unknown;
  try {
    bytes = await pipe(fromBase64Url(packed), new DecompressionStream(DEFLATE));
    if (bytes) json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    fail('is damaged (not a compressed aimskit response): was the link cut off?');
  }
  if (!bytes) fail(`unpacks to more than ${MAX_JSON_BYTES} bytes`);
  return parseResponse(json, definition);
}
