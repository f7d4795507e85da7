// Compares the project's copy of the ISO/IEC 42001 structure (test/fixtures) with the reference in
// ../shared/reference when that exists (on the maintainers' machines); elsewhere the test is
// skipped.
import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';

// Compiled to build/node/test/node/: the repository root is four levels up.
const root = new URL('../../../../', import.meta.url);
const fixture = new URL('test/fixtures/iso42001-structure.json', root);
const reference = new URL('../shared/reference/iso42001-structure.json', root);
const haveReference = existsSync(reference);

test(
  'the ISO/IEC 42001 structure fixture equals the shared reference',
  { skip: haveReference ? false : 'no ../shared/reference/iso42001-structure.json here' },
  () => {
    const read = (u: URL): unknown => JSON.parse(readFileSync(u, 'utf8'));
    assert.deepStrictEqual(read(fixture), read(reference));
  },
);
