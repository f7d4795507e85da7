/**
 * The few web-platform globals the DOM-free core uses, all present in Node 20 and in browsers.
 * Only tsconfig.core.json includes this file: it type-checks src/ without the DOM lib, so that a
 * `document` or `window` slipping into the core fails the build while these shared APIs stay usable.
 */
type BufferSourceLike = ArrayBuffer | ArrayBufferView;
interface CoreCryptoKey {
  readonly type: string;
  readonly algorithm: unknown;
  readonly extractable: boolean;
  readonly usages: string[];
}
interface CoreCryptoKeyPair {
  privateKey: CoreCryptoKey;
  publicKey: CoreCryptoKey;
}
interface CoreJsonWebKey {
  kty?: string;
  crv?: string;
  x?: string;
  y?: string;
  d?: string;
  [k: string]: unknown;
}
interface CoreSubtleCrypto {
  digest(algorithm: string | { name: string }, data: BufferSourceLike): Promise<ArrayBuffer>;
  sign(algorithm: unknown, key: CoreCryptoKey, data: BufferSourceLike): Promise<ArrayBuffer>;
  verify(
    algorithm: unknown,
    key: CoreCryptoKey,
    signature: BufferSourceLike,
    data: BufferSourceLike,
  ): Promise<boolean>;
  importKey(
    format: 'jwk',
    keyData: CoreJsonWebKey,
    algorithm: unknown,
    extractable: boolean,
    usages: string[],
  ): Promise<CoreCryptoKey>;
  importKey(
    format: 'raw' | 'spki' | 'pkcs8',
    keyData: BufferSourceLike,
    algorithm: unknown,
    extractable: boolean,
    usages: string[],
  ): Promise<CoreCryptoKey>;
  exportKey(format: 'jwk', key: CoreCryptoKey): Promise<CoreJsonWebKey>;
  generateKey(
    algorithm: unknown,
    extractable: boolean,
    usages: string[],
  ): Promise<CoreCryptoKeyPair>;
}
declare var crypto: {
  readonly subtle: CoreSubtleCrypto;
  getRandomValues<T extends ArrayBufferView>(array: T): T;
  randomUUID(): string;
};
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: BufferSourceLike): string;
}
declare function btoa(data: string): string;
declare function atob(data: string): string;
declare function structuredClone<T>(value: T): T;
declare function setTimeout(handler: () => void, timeout?: number): unknown;
declare function clearTimeout(id: unknown): void;
declare function queueMicrotask(callback: () => void): void;
declare var console: {
  log(...a: unknown[]): void;
  warn(...a: unknown[]): void;
  error(...a: unknown[]): void;
};
interface ReadableStreamLike<T> {
  pipeThrough<U>(t: { writable: unknown; readable: ReadableStreamLike<U> }): ReadableStreamLike<U>;
  getReader(): { read(): Promise<{ done: boolean; value?: T }>; cancel(): Promise<void> };
}
declare class CompressionStream {
  constructor(format: 'gzip' | 'deflate' | 'deflate-raw');
  readonly writable: unknown;
  readonly readable: ReadableStreamLike<Uint8Array>;
}
declare class DecompressionStream {
  constructor(format: 'gzip' | 'deflate' | 'deflate-raw');
  readonly writable: unknown;
  readonly readable: ReadableStreamLike<Uint8Array>;
}
declare class Blob {
  constructor(parts: unknown[], options?: { type?: string });
  readonly size: number;
  readonly type: string;
  arrayBuffer(): Promise<ArrayBuffer>;
  stream(): ReadableStreamLike<Uint8Array>;
}
declare class Response {
  constructor(body: unknown);
  arrayBuffer(): Promise<ArrayBuffer>;
  text(): Promise<string>;
}
