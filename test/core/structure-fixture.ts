/**
 * The independent copy of ISO/IEC 42001's ids and short titles
 * (test/fixtures/iso42001-structure.json), read the same way in Node (from the source tree; tests
 * run compiled from build/…/test/core/) and in the browser (fetch).
 */
import { inNode } from '../harness.js';

export interface Structure {
  clauses: { id: string; title: string; requirements: { id: string; title: string }[] }[];
  annexA: { id: string; title: string; controls: { id: string; title: string }[] }[];
  counts: { clauseRequirements: number; annexAControls: number };
}

export async function loadStructure(): Promise<Structure> {
  if (inNode) {
    const fs = 'node:fs';
    const { readFileSync } = (await import(fs)) as { readFileSync: (u: URL, e: string) => string };
    return JSON.parse(
      readFileSync(
        new URL('../../../../test/fixtures/iso42001-structure.json', import.meta.url),
        'utf8',
      ),
    ) as Structure;
  }
  return (await (
    await fetch(new URL('../fixtures/iso42001-structure.json', import.meta.url))
  ).json()) as Structure;
}
