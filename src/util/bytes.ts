/**
 * Bytes helpers shared by the envelope and evidence code: UTF-8, SHA-256 (WebCrypto, present in
 * Node 20 and browsers), base64, base64url and hex.
 */

const encoder = new TextEncoder();

/** UTF-8 bytes of a string. */
export const utf8 = (text: string): Uint8Array => encoder.encode(text);

/** SHA-256 of bytes, or of a string's UTF-8 bytes. */
export const sha256 = async (data: Uint8Array | ArrayBuffer | string): Promise<Uint8Array> =>
  new Uint8Array(
    await globalThis.crypto.subtle.digest(
      'SHA-256',
      (typeof data === 'string' ? utf8(data) : data) as ArrayBuffer,
    ),
  );

/** Bytes per `String.fromCharCode` call: well under the engines' limit on arguments. */
const CHUNK = 0x8000;

/** Standard base64 with padding (RFC 4648 §4). */
export function toBase64(bytes: Uint8Array | ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let binary = '';
  for (let start = 0; start < view.length; start += CHUNK)
    binary += String.fromCharCode(...view.subarray(start, start + CHUNK));
  return btoa(binary);
}

/** Decodes standard base64; throws on anything else. */
export const fromBase64 = (text: string): Uint8Array =>
  Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** Base64url without padding (RFC 4648 §5). */
export const toBase64Url = (bytes: Uint8Array | ArrayBuffer): string =>
  toBase64(bytes)
    .replace(/=+$/, '')
    .replace(/[+/]/g, (c) => (c === '+' ? '-' : '_'));

/** Decodes base64url (padding optional); throws on anything else. */
export function fromBase64Url(text: string): Uint8Array {
  if (!/^[\w-]*$/.test(text) || text.length % 4 === 1) throw new Error('not base64url');
  return fromBase64(
    text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4),
  );
}

/** Lowercase hex. */
export const toHex = (bytes: Uint8Array | ArrayBuffer): string =>
  Array.from(new Uint8Array(bytes), (x) => x.toString(16).padStart(2, '0')).join('');

/** Base64url SHA-256 of a string's UTF-8 bytes. */
export const sha256Base64Url = async (text: string): Promise<string> =>
  toBase64Url(await sha256(text));
/** Lowercase hex SHA-256 (as `sha256sum` prints it; evidence digests use this form). */
export const sha256Hex = async (data: Uint8Array | ArrayBuffer | string | Blob): Promise<string> =>
  toHex(await sha256(data instanceof Blob ? await data.arrayBuffer() : data));
