/**
 * Bytes helpers shared by the envelope and evidence code: UTF-8, SHA-256 (WebCrypto, present in Node 20
 * and browsers), base64url and hex.
 */

const encoder = new TextEncoder();

/** UTF-8 bytes of a string. */
export const utf8 = (s: string): Uint8Array => encoder.encode(s);

/** SHA-256 of bytes, or of a string's UTF-8 bytes. */
export async function sha256(data: Uint8Array | ArrayBuffer | string): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', (typeof data === 'string' ? utf8(data) : data) as ArrayBuffer));
}

/** Base64url without padding (RFC 4648 §5). */
export function toBase64Url(bytes: Uint8Array | ArrayBuffer): string {
  const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let bin = '';
  for (let i = 0; i < b.length; i += 0x8000) bin += String.fromCharCode(...b.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes base64url (padding optional); throws on anything else. */
export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) throw new Error('not base64url');
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Lowercase hex. */
export function toHex(bytes: Uint8Array | ArrayBuffer): string {
  const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let out = '';
  for (let i = 0; i < b.length; i++) out += b[i]!.toString(16).padStart(2, '0');
  return out;
}

/** Base64url SHA-256 of a string's UTF-8 bytes. */
export const sha256Base64Url = async (s: string): Promise<string> => toBase64Url(await sha256(s));
/** Lowercase hex SHA-256 (as `sha256sum` prints it; evidence digests use this form). */
export const sha256Hex = async (data: Uint8Array | ArrayBuffer | string): Promise<string> => toHex(await sha256(data));
