/**
 * `createSession` and `openSession`: the one state container (ARCHITECTURE.md rules 4 and 5).
 * Every change goes through `dispatch`; accepted changes are stamped, scored when they affect the score,
 * kept for undo, announced to subscribers and autosaved (debounced) through an `AssessmentStore`.
 */
import type { AssessmentDefinition } from '../model/definition.js';
import { formatPath } from '../model/issues.js';
import { MAX_EVIDENCE_SIZE, formatSize } from '../model/limits.js';
import { emptyResponse, type AssessmentResponse, type EvidenceRef } from '../model/response.js';
import { deriveScorecard, deriveVisible } from './derive.js';
import { mergeResponses } from './merge.js';
import { reduce } from './reduce.js';
import type { AssessmentStore } from './store-types.js';
import {
  SessionActionError,
  type AssessmentSession,
  type SessionAction,
  type SessionListener,
  type SessionSnapshot,
  type StorageProblem,
  type StorageStatus,
} from './types.js';
import { checkResponse, indexDefinition } from '../model/parse-response.js';

export interface SessionOptions {
  readonly definition: AssessmentDefinition;
  /** The starting response (default: empty). Validated like a `replace`; invalid pieces are left out and reported. */
  readonly response?: AssessmentResponse;
  /** Where to autosave; without one the session lives in memory (`storage.state: 'idle'`). */
  readonly store?: AssessmentStore;
  /** The assessment id in the store (default: the definition id). */
  readonly key?: string;
  /** The clock (default: the system clock). Every accepted change is stamped with it. */
  readonly now?: () => Date | string;
  /** Ids for evidence files (default: random). */
  readonly randomId?: () => string;
  /** Debounce of autosave in ms (default 250). */
  readonly autosaveMs?: number;
  /** How many changes undo remembers (default 100). */
  readonly historyLimit?: number;
  /** Problems met while loading, reported as `storage.state: 'error'`. */
  readonly problems?: readonly StorageProblem[];
  /** The storage state to start in (e.g. `memory-only` when the store could not be read). */
  readonly storage?: StorageStatus;
  /** True when `response` is what the store already holds (no first save needed). */
  readonly persisted?: boolean;
}

type Change = SessionSnapshot['lastAction'];

const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);

/** Stamps every entry that differs between `from` and `to` (undo and redo are new writes, for merging). */
function restamp(
  to: AssessmentResponse,
  from: AssessmentResponse,
  now: string,
): AssessmentResponse {
  const out: AssessmentResponse = { ...to, updatedAt: now };
  for (const key of ['answers', 'soa', 'review'] as const) {
    const rec = to[key];
    if (!rec) continue;
    const copy: Record<string, { updatedAt?: string }> = { ...rec };
    for (const id in copy)
      if (!same(copy[id], from[key]?.[id])) copy[id] = { ...copy[id], updatedAt: now };
    out[key] = copy as never;
  }
  if (to.risks)
    out.risks = to.risks.map((r) =>
      same(
        r,
        from.risks?.find((x) => x.id === r.id),
      )
        ? r
        : { ...r, updatedAt: now },
    );
  return out;
}

async function sha256Hex(blob: Blob): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The status after a failed read or write: what went wrong, and that changes stay in this page meanwhile. */
const memoryOnly = (e: any): StorageStatus => ({
  state: 'memory-only',
  message: `${e?.name === 'QuotaExceededError' || e?.reason === 'quota' ? "The browser's storage is full" : e?.message || String(e)}: changes are kept in this page only until saving works again`,
});

/** Changes that need a new scorecard; the first seven can also change which questions show. */
const RECOMPUTE = [
  'undo',
  'redo',
  'external',
  'answer',
  'clear',
  'reset',
  'replace',
  'risk-add',
  'risk-update',
  'risk-remove',
  'soa',
];

/** `response` without the evidence references in `ids`. */
function withoutEvidence(
  response: AssessmentResponse,
  ids: ReadonlySet<string>,
): AssessmentResponse {
  const answers = { ...response.answers };
  for (const [q, a] of Object.entries(answers)) {
    if (a.evidence?.some((e) => ids.has(e.id)))
      answers[q] = { ...a, evidence: a.evidence.filter((e) => !ids.has(e.id)) };
  }
  return { ...response, answers };
}

/** Creates a session over a response, synchronously. With a `store`, accepted changes are autosaved. */
export function createSession(options: SessionOptions): AssessmentSession {
  const { definition, store } = options;
  const key = options.key ?? definition.id;
  const ix = indexDefinition(definition);
  const clock = options.now ?? (() => new Date());
  const now = (): string => {
    const t: any = clock();
    return t.toISOString?.() ?? t;
  };
  const randomId = options.randomId ?? (() => `ev-${crypto.randomUUID().slice(0, 13)}`);
  const delay = options.autosaveMs ?? 250;
  const limit = options.historyLimit ?? 100;

  const problems: StorageProblem[] = [...(options.problems ?? [])];
  let initial = emptyResponse(definition);
  if (options.response) {
    const checked = checkResponse(ix, options.response);
    problems.push(
      ...checked.issues.map((i) => ({ key: i.path || 'response', message: i.message })),
    );
    if (checked.response) initial = checked.response;
  }

  const listeners = new Set<SessionListener>();
  const past: AssessmentResponse[] = [];
  const future: AssessmentResponse[] = [];
  const blobs = new Map<string, { ref: EvidenceRef; blob: Blob; stored: boolean }>();
  let base: AssessmentResponse | undefined = options.response ? initial : undefined;
  let dirty = false;
  let closed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  let unwatch: (() => void) | undefined;

  const visible0 = deriveVisible(definition, initial);
  let state: SessionSnapshot = Object.freeze({
    definition,
    response: initial,
    visible: visible0,
    scorecard: deriveScorecard(definition, initial, visible0),
    canUndo: false,
    canRedo: false,
    revision: 0,
    storage:
      options.storage ??
      (problems.length
        ? {
            state: 'error' as const,
            message: `${problems.length} stored record${problems.length > 1 ? 's' : ''} could not be read and ${problems.length > 1 ? 'were' : 'was'} skipped`,
            problems,
          }
        : { state: store ? ('saved' as const) : ('idle' as const) }),
  });

  const emit = (snapshot: SessionSnapshot) => {
    state = Object.freeze(snapshot);
    for (const l of [...listeners]) {
      try {
        l(state);
      } catch (e) {
        console.error(e);
      }
    }
    return state;
  };

  const setStorage = (storage: StorageStatus) => {
    if (same(storage, state.storage)) return;
    emit({ ...state, storage });
  };

  /** Moves to a new response; the change's type says what to recompute. */
  const commit = (response: AssessmentResponse, change: Change) => {
    const i = RECOMPUTE.indexOf(change!.type);
    const visible = i >= 0 && i < 7 ? deriveVisible(definition, response) : state.visible;
    const scorecard = i >= 0 ? deriveScorecard(definition, response, visible) : state.scorecard;
    emit({
      ...state,
      response,
      visible,
      scorecard,
      canUndo: past.length > 0,
      canRedo: future.length > 0,
      revision: state.revision + 1,
      lastAction: change,
    });
    dirty = true;
    schedule();
    return state;
  };

  /** Cancels a pending autosave; true when one was pending. */
  const stop = () => {
    clearTimeout(timer);
    return timer !== (timer = undefined);
  };
  const schedule = () => {
    if (store && !closed)
      (stop(),
        (timer = setTimeout(() => {
          timer = undefined;
          void save();
        }, delay)));
  };

  const save = async (): Promise<void> => {
    if (!store) return;
    const pending = () => [...blobs.values()].filter((b) => !b.stored);
    if (!dirty && !pending().length) return;
    const response = state.response;
    const mine = ++generation;
    dirty = false;
    // The answers are written first, in a transaction opened now, before any await: on `pagehide` the page
    // may be gone a moment later, and a write that waited for an earlier save or for evidence would be lost.
    // Transactions on one store commit in the order they were opened, so a newer save always lands last; an
    // older save skips its second write once a newer one has started. A file that cannot be stored (storage
    // full) never holds back the answers: they are saved without references to files not stored yet, and the
    // failure is reported (retried on the next save). Saving is not announced (every snapshot re-renders).
    const strip = () => {
      const missing = new Set(pending().map((b) => b.ref.id));
      return missing.size ? withoutEvidence(response, missing) : response;
    };
    try {
      const first = store.saveResponse(key, strip());
      first.catch(() => undefined); // handled below, after the evidence writes
      let failed: unknown;
      const files = pending();
      for (const b of files) {
        try {
          await store.putEvidence(key, { ref: b.ref, blob: b.blob });
          b.stored = true;
        } catch (e) {
          failed ??= e;
        }
      }
      await first;
      if (files.some((b) => b.stored) && mine === generation)
        await store.saveResponse(key, strip());
      if (failed) throw failed;
      if (mine === generation) ((base = response), setStorage({ state: 'saved' }));
    } catch (e) {
      dirty = true;
      // Said once: the notice stays until a save succeeds again (retried on the next change and on flush).
      if (state.storage.state !== 'memory-only') setStorage(memoryOnly(e));
    }
  };

  const apply = (action: SessionAction): SessionSnapshot => {
    const result = reduce(ix, state.response, action, now());
    if (result.issues) throw new SessionActionError(result.issues);
    if (result.response === state.response) return state;
    past.push(state.response);
    if (past.length > limit) past.shift();
    future.length = 0;
    return commit(result.response, action);
  };

  const travel = (
    from: AssessmentResponse[],
    to: AssessmentResponse[],
    kind: 'undo' | 'redo',
  ): boolean => {
    const target = from.pop();
    if (!target) return false;
    to.push(state.response);
    commit(restamp(target, state.response, now()), { type: kind });
    return true;
  };

  /** Another tab saved this assessment: merge (last write wins per entry) and show the result. */
  const external = (incoming: AssessmentResponse) => {
    const checked = checkResponse(ix, incoming);
    if (!checked.response || closed) return;
    const merged = mergeResponses(state.response, checked.response, base);
    base = checked.response;
    if (same(merged, state.response)) {
      // Nothing new here, but the other tab's write lost to ours somewhere: write the merge back.
      if (!same(merged, checked.response)) {
        dirty = true;
        schedule();
      }
      return;
    }
    past.length = 0;
    future.length = 0;
    const wasDirty = dirty;
    commit(merged, { type: 'external' });
    // Write back only what the other tab does not have yet.
    if (!(dirty = wasDirty || !same(merged, checked.response))) stop();
  };
  if (store?.watch) unwatch = store.watch(key, external);
  if (store && !options.persisted) {
    dirty = true;
    schedule();
  }

  const session: AssessmentSession = {
    get state() {
      return state;
    },
    dispatch: apply,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    undo: () => travel(past, future, 'undo'),
    redo: () => travel(future, past, 'redo'),
    async addEvidence(question, file, name) {
      const q = ix.questions.get(question);
      if (!q || q.attachments === false || file.size > MAX_EVIDENCE_SIZE) {
        const message = !q
          ? `unknown question "${question}"`
          : q.attachments === false
            ? `question "${question}" takes no evidence files`
            : `the file is larger than ${formatSize(MAX_EVIDENCE_SIZE)}, the limit for one evidence file`;
        throw new SessionActionError([
          { path: formatPath(['answers', question, 'evidence']), message },
        ]);
      }
      const ref: EvidenceRef = {
        id: randomId(),
        name: (name ?? (file as { name?: string }).name ?? 'file').slice(0, 255) || 'file',
        type: file.type,
        size: file.size,
        sha256: await sha256Hex(file),
      };
      apply({ type: 'evidence-add', question, evidence: ref });
      blobs.set(ref.id, { ref, blob: file, stored: !store });
      return ref;
    },
    async getEvidence(id) {
      try {
        return blobs.get(id)?.blob ?? (await store?.getEvidence(key, id))?.blob;
      } catch {
        return undefined;
      }
    },
    flush: () => (stop(), save()),
    close() {
      if (closed) return;
      if (stop()) void save();
      closed = true;
      unwatch?.();
    },
  };
  return session;
}

/**
 * Opens (or creates) assessment `key` in `store` and returns its session: the stored response is read,
 * validated against the definition piece by piece (invalid pieces are reported in `storage.problems`
 * and left out), and autosave starts. If the store cannot be read, the session starts from
 * `options.response` (or empty) in memory (`storage.state: 'memory-only'`) and saving is retried on the
 * next change.
 */
export async function openSession(
  options: SessionOptions & { store: AssessmentStore; key?: string; title?: string },
): Promise<AssessmentSession> {
  const { store, definition } = options;
  const key = options.key ?? definition.id;
  let stored: AssessmentResponse | undefined;
  let storage: StorageStatus | undefined;
  try {
    if (!(await store.get(key))) {
      // May fail because an unreadable record holds the key: the load below tells a dead store from that.
      await store
        .create({
          id: key,
          title:
            options.title ??
            (typeof definition.title === 'string' ? definition.title : definition.id),
          definition: { id: definition.id, version: definition.version },
        })
        .catch(() => undefined);
    }
    stored = await store.loadResponse(key);
  } catch (e) {
    storage = memoryOnly(e);
  }
  const problems = store.takeProblems();
  return createSession({
    ...options,
    key,
    response: stored ?? options.response,
    problems,
    persisted: !!stored,
    ...(storage ? { storage } : {}),
  });
}
