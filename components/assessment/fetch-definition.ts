/**
 * Reading a definition from a URL (`<aims-assessment src>`): refused before parsing, while reading,
 * once it passes the size limit, so no body is held past it whether its length is announced or
 * not. A module of its own, loaded only by a page that gives a `src`.
 */
import { MAX_DEFINITION_SIZE, formatSize, readLimited } from '../../src/model/index.js';

/** The JSON at `src`; rejects with a message naming `src` on an HTTP error or an oversize body. */
export async function fetchDefinition(src: string): Promise<unknown> {
  const response = await fetch(src);
  if (!response.ok) throw Error(`${src}: HTTP ${response.status}`);
  const bytes = response.body
    ? await readLimited(response.body, MAX_DEFINITION_SIZE)
    : new Uint8Array();
  if (!bytes) {
    const limit = formatSize(MAX_DEFINITION_SIZE);
    throw Error(`${src}: the definition is too large (more than ${limit})`);
  }
  return JSON.parse(new TextDecoder().decode(bytes));
}
