/**
 * Bundles (`aimskit.bundle/1`): one assessment in one JSON file, the sealed envelope plus its
 * evidence files inlined as base64 with their SHA-256, so it can move between browsers or to a
 * server intact.
 *
 * ```jsonc
 * { "format": "aimskit.bundle/1",
 *   "assessment": { "id": "…", "title": "…" },            // optional
 *   "envelope": { "format": "aimskit.envelope/1", … },
 *   "files": [{ "id": "ev-1", "name": "plan.pdf", "type": "application/pdf", "size": 48213,
 *               "sha256": "<hex>", "data": "<base64>" }] }
 * ```
 */
import type { AssessmentDefinition } from '../model/definition.js';
import { BUNDLE_FORMAT, BundleSchema, type BundleShape } from '../model/bundle.js';
import { AimsValidationError, formatPath, validate, type AimsIssue } from '../model/issues.js';
import type { AssessmentResponse, EvidenceRef } from '../model/response.js';
import type { AssessmentRecord, AssessmentStore, StoredEvidence } from '../session/store-types.js';
import { fromBase64, sha256Hex, toBase64 } from '../util/bytes.js';
import { MAX_BUNDLE_SIZE, MAX_EVIDENCE_SIZE, formatSize, measureJson } from '../model/limits.js';
import {
  createEnvelope,
  prefixed,
  verifyEnvelope,
  type CreateEnvelopeOptions,
  type Envelope,
} from './envelope.js';

export { BUNDLE_FORMAT };

export interface BundleFile extends EvidenceRef {
  /** The file's bytes, standard base64. */
  readonly data: string;
}

export interface Bundle {
  readonly format: typeof BUNDLE_FORMAT;
  readonly assessment?: { readonly id: string; readonly title: string };
  readonly envelope: Envelope;
  readonly files: readonly BundleFile[];
}

/**
 * A bundle that cannot be imported; `issues` names every problem by path (`files[1].sha256`,
 * `envelope.sha256`).
 */
export class BundleError extends AimsValidationError {
  constructor(issues: readonly AimsIssue[]) {
    super('Invalid assessment bundle', issues);
    this.name = 'BundleError';
  }
}

/** Every evidence reference of a response, in answer order, then the recorded actions'. */
export const evidenceRefs = (response: AssessmentResponse): EvidenceRef[] => [
  ...Object.values(response.answers).flatMap((a) => a.evidence ?? []),
  ...(response.actions ?? []).flatMap((action) => action.evidence ?? []),
];

/**
 * Seals a response into a bundle with the bytes of its evidence files. `getFile(id)` returns a
 * file's bytes (a missing file is left out; the response still names it by digest).
 */
export async function createBundle(
  definition: AssessmentDefinition,
  response: AssessmentResponse,
  getFile: (id: string) => Promise<Blob | undefined>,
  options: CreateEnvelopeOptions & { assessment?: { id: string; title: string } } = {},
): Promise<Bundle> {
  const envelope = await createEnvelope(definition, response, options);
  const files: BundleFile[] = [];
  const seen = new Set<string>();
  for (const ref of evidenceRefs(response)) {
    if (seen.has(ref.id)) continue;
    seen.add(ref.id);
    const blob = await getFile(ref.id);
    if (blob) files.push({ ...ref, data: toBase64(new Uint8Array(await blob.arrayBuffer())) });
  }
  return {
    format: BUNDLE_FORMAT,
    ...(options.assessment ? { assessment: options.assessment } : {}),
    envelope,
    files,
  };
}

export interface OpenedBundle {
  readonly assessment?: { readonly id: string; readonly title: string };
  readonly envelope: Envelope;
  readonly response: AssessmentResponse;
  readonly files: StoredEvidence[];
  /** Evidence the response names but the bundle does not carry. */
  readonly missing: string[];
}

/**
 * Reads and verifies a bundle (a parsed JSON value or its text): the envelope (digest, signature,
 * definition, re-score) and every file (size and SHA-256 against the response's reference).
 * Throws `BundleError` listing every problem by path.
 */
export async function openBundle(
  input: unknown,
  definition: AssessmentDefinition,
): Promise<OpenedBundle> {
  const fail = (issues: readonly AimsIssue[]) => {
    throw new BundleError(issues);
  };
  let json = input;
  if (typeof input === 'string') {
    try {
      json = input.length > MAX_BUNDLE_SIZE ? input : JSON.parse(input);
    } catch (error) {
      fail([{ path: '', message: `is not JSON: ${(error as Error).message}` }]);
    }
  }
  const big = measureJson(json, 'the bundle', MAX_BUNDLE_SIZE);
  if (big) fail([big]);
  const shape = validate(BundleSchema, json);
  if (shape.length) fail(shape);
  const bundle = json as BundleShape;
  const verified = await verifyEnvelope(bundle.envelope, definition);
  const issues = prefixed('envelope', verified.problems);
  if (!verified.ok) fail(issues);
  const envelope = bundle.envelope as unknown as Envelope;
  const refs = new Map(evidenceRefs(envelope.response).map((ref) => [ref.id, ref]));
  const files: StoredEvidence[] = [];
  for (const [position, { data, id, sha256 }] of bundle.files.entries()) {
    const bad = (key: string, message: string) =>
      void issues.push({ path: formatPath(['files', position, key]), message });
    const named = refs.get(id);
    if (!named) {
      bad('id', `the response names no evidence "${id}"`);
      continue;
    }
    if (named.sha256 !== sha256) bad('sha256', 'differs from the digest in the sealed response');
    if (data.length > (MAX_EVIDENCE_SIZE / 3) * 4 + 4) {
      const limit = formatSize(MAX_EVIDENCE_SIZE);
      bad('data', `is larger than ${limit}, the limit for one evidence file`);
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = fromBase64(data);
    } catch {
      bad('data', 'is not valid base64');
      continue;
    }
    const digest = await sha256Hex(bytes);
    // (bytes of another size have another digest)
    if (digest !== named.sha256)
      bad(
        'data',
        `SHA-256 of the bytes is ${digest}, the response says ${named.sha256}: ` +
          'the file was changed',
      );
    files.push({
      ref: named,
      blob: new Blob([bytes as unknown as ArrayBuffer], { type: named.type }),
    });
  }
  if (issues.length) fail(issues);
  const carried = new Set(files.map((file) => file.ref.id));
  return {
    ...(bundle.assessment && { assessment: bundle.assessment }),
    envelope,
    response: envelope.response,
    files,
    missing: [...refs.keys()].filter((id) => !carried.has(id)),
  };
}

/** Exports assessment `id` of a store as a bundle (its current response, evidence and title). */
export async function exportBundle(
  store: AssessmentStore,
  id: string,
  definition: AssessmentDefinition,
  options: CreateEnvelopeOptions = {},
): Promise<Bundle> {
  const record = await store.get(id);
  const response = await store.loadResponse(id);
  if (!record || !response)
    throw new BundleError([{ path: '', message: `no stored assessment "${id}"` }]);
  return createBundle(definition, response, async (ev) => (await store.getEvidence(id, ev))?.blob, {
    ...options,
    assessment: { id, title: record.title },
  });
}

/**
 * Verifies a bundle and stores it as an assessment (id: `options.id`, else the bundle's, else new).
 * Refuses to replace an assessment that exists unless `overwrite: true`.
 */
export async function importBundle(
  store: AssessmentStore,
  input: unknown,
  definition: AssessmentDefinition,
  options: { id?: string; title?: string; overwrite?: boolean } = {},
): Promise<AssessmentRecord> {
  const opened = await openBundle(input, definition);
  const id = options.id ?? opened.assessment?.id;
  const title =
    options.title ??
    opened.assessment?.title ??
    `Imported ${opened.envelope.createdAt.slice(0, 10)}`;
  if (id && (await store.get(id))) {
    if (!options.overwrite)
      throw new BundleError([
        {
          path: 'assessment.id',
          message:
            `an assessment "${id}" is already stored; ` +
            'import with { overwrite: true } to replace it',
        },
      ]);
    await store.delete(id);
  }
  const record = await store.create({
    ...(id ? { id } : {}),
    title,
    definition: { id: definition.id, version: definition.version },
    response: opened.response,
  });
  for (const file of opened.files) await store.putEvidence(record.id, file);
  await store.putEnvelope(record.id, {
    createdAt: opened.envelope.createdAt,
    envelope: opened.envelope as unknown as Record<string, unknown>,
  });
  return record;
}
