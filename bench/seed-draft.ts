// The draft both store benchmarks restore: a 1,000-answer response (a comment on every tenth
// answer) with 20 evidence files of 64 KB, written to a fresh IndexedDB database `name` under
// assessment id "draft".
import { emptyResponse, type AssessmentDefinition, type AssessmentResponse } from '../src/core.js';
import { openIndexedDbStore } from '../src/store/index.js';

export const DRAFT_FILES = 20;

/** Seeds the draft; returns the ids of the questions, in definition order. */
export async function seedDraft(definition: AssessmentDefinition, name: string): Promise<string[]> {
  const stamp = new Date().toISOString();
  const qs = definition.sections.flatMap((s) => s.questions.map((q) => q.id));
  const response: AssessmentResponse = {
    ...emptyResponse(definition),
    answers: {},
    updatedAt: stamp,
  };
  qs.forEach((id, i) => {
    response.answers[id] = {
      value: String(i % 6),
      updatedAt: stamp,
      ...(i % 10 ? {} : { comment: 'A comment of moderate length about the implementation.' }),
    };
  });
  const seed = await openIndexedDbStore({ name });
  await seed.create({
    id: 'draft',
    title: 'Bench draft',
    definition: { id: definition.id, version: definition.version },
    response,
  });
  for (let f = 0; f < DRAFT_FILES; f++) {
    const blob = new Blob([new Uint8Array(64 * 1024).fill(f)], {
      type: 'application/octet-stream',
    });
    const ref = {
      id: `ev-${f}`,
      name: `file-${f}.bin`,
      type: blob.type,
      size: blob.size,
      sha256: 'a'.repeat(64),
    };
    response.answers[qs[f]!]!.evidence = [ref];
    await seed.putEvidence('draft', { ref, blob });
  }
  await seed.saveResponse('draft', response);
  seed.close();
  return qs;
}
