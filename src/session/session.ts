/**
 * `createSession` and `openSession`: the one state container, which loses nothing
 * (docs/persistence.md).
 * Every change goes through `dispatch`; accepted changes are stamped, scored when they affect the
 * score, kept for undo (./history.ts), announced to subscribers and autosaved, debounced, through
 * an `AssessmentStore` (./autosave.ts). Evidence files are held in ./evidence.ts until stored.
 */
import type { AssessmentDefinition } from '../model/definition.js';
import { emptyResponse, type AssessmentResponse, type EvidenceRef } from '../model/response.js';
import { checkResponse, indexDefinition } from '../model/parse-response.js';
import { sameJson } from '../util/json.js';
import { Autosave } from './autosave.js';
import { deriveScorecard, deriveVisible } from './derive.js';
import { EvidenceFiles } from './evidence.js';
import { History, restamp } from './history.js';
import { reduce } from './reduce.js';
import { initialStatus, memoryOnly } from './storage-status.js';
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

/** The two-tab merge, loaded on demand. */
type MergeModule = typeof import('./merge-on-demand.js');

export interface SessionOptions {
  readonly definition: AssessmentDefinition;
  /**
   * The starting response (default: empty). Validated like a `replace`; invalid pieces are left
   * out and reported.
   */
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

type Change = NonNullable<SessionSnapshot['lastAction']>;
type ChangeType = Change['type'];

/** Changes that can change which questions show (so visibility is derived again). */
const CHANGES_VISIBILITY: ReadonlySet<ChangeType> = new Set<ChangeType>([
  'undo',
  'redo',
  'external',
  'answer',
  'clear',
  'reset',
  'replace',
]);

/** Changes that need a new scorecard: every change of visibility, and risks and SoA decisions. */
const CHANGES_SCORE: ReadonlySet<ChangeType> = new Set<ChangeType>([
  ...CHANGES_VISIBILITY,
  'risk-add',
  'risk-update',
  'risk-remove',
  'soa',
]);

/** The clock's time as an ISO 8601 string (a clock may return a Date or a string). */
const isoTime = (clock: () => Date | string) => (): string => {
  const time = clock();
  return typeof time === 'string' ? time : time.toISOString();
};

const randomEvidenceId = () => `ev-${crypto.randomUUID().slice(0, 13)}`;

/** The starting response (validated; invalid pieces left out) and the problems found in it. */
function startingResponse(options: SessionOptions, index: ReturnType<typeof indexDefinition>) {
  const problems: StorageProblem[] = [...(options.problems ?? [])];
  let response = emptyResponse(options.definition);
  if (options.response) {
    const checked = checkResponse(index, options.response);
    for (const found of checked.issues)
      problems.push({ key: found.path || 'response', message: found.message });
    if (checked.response) response = checked.response;
  }
  return { response, problems };
}

/** Creates a session over a response, synchronously. With a `store`, changes are autosaved. */
export function createSession(options: SessionOptions): AssessmentSession {
  const { definition, store } = options;
  const key = options.key ?? definition.id;
  const index = indexDefinition(definition);
  const now = isoTime(options.now ?? (() => new Date()));
  const randomId = options.randomId ?? randomEvidenceId;
  const { response: initial, problems } = startingResponse(options, index);

  const listeners = new Set<SessionListener>();
  const history = new History(options.historyLimit ?? 100);
  const files = new EvidenceFiles();
  /** The last response this tab and the store agreed on (the base of a merge). */
  let base: AssessmentResponse | undefined = options.response ? initial : undefined;
  let unwatch: (() => void) | undefined;

  const initialVisible = deriveVisible(definition, initial);
  let state: SessionSnapshot = Object.freeze({
    definition,
    response: initial,
    visible: initialVisible,
    scorecard: deriveScorecard(definition, initial, initialVisible),
    canUndo: false,
    canRedo: false,
    revision: 0,
    storage: options.storage ?? initialStatus(problems, !!store),
  });

  const emit = (snapshot: SessionSnapshot) => {
    state = Object.freeze(snapshot);
    for (const listener of [...listeners]) {
      try {
        listener(state);
      } catch (error) {
        console.error(error);
      }
    }
    return state;
  };

  const setStorage = (storage: StorageStatus) => {
    if (sameJson(storage, state.storage)) return;
    emit({ ...state, storage });
  };

  const autosave = new Autosave({
    store,
    key,
    delay: options.autosaveMs ?? 250,
    files,
    current: () => state.response,
    saved(response) {
      base = response;
      setStorage({ state: 'saved' });
    },
    failed(error) {
      // Said once: the notice stays until a save succeeds again.
      if (state.storage.state !== 'memory-only') setStorage(memoryOnly(error));
    },
  });

  /** Moves to a new response; the change's type says what to derive again. */
  const commit = (response: AssessmentResponse, change: Change) => {
    const visible = CHANGES_VISIBILITY.has(change.type)
      ? deriveVisible(definition, response)
      : state.visible;
    const scorecard = CHANGES_SCORE.has(change.type)
      ? deriveScorecard(definition, response, visible)
      : state.scorecard;
    emit({
      ...state,
      response,
      visible,
      scorecard,
      canUndo: history.canUndo,
      canRedo: history.canRedo,
      revision: state.revision + 1,
      lastAction: change,
    });
    autosave.changed();
    return state;
  };

  const apply = (action: SessionAction): SessionSnapshot => {
    const result = reduce(index, state.response, action, now());
    if (result.issues) throw new SessionActionError(result.issues);
    if (result.response === state.response) return state;
    history.record(state.response);
    return commit(result.response, action);
  };

  const travel = (kind: 'undo' | 'redo'): boolean => {
    const current = state.response;
    const target = kind === 'undo' ? history.undo(current) : history.redo(current);
    if (!target) return false;
    commit(restamp(target, current, now()), { type: kind });
    return true;
  };

  /** Another tab saved this assessment: merge (last write wins per entry) and show the result. */
  const mergeExternal = (merge: MergeModule, incoming: AssessmentResponse) => {
    const checked = checkResponse(index, incoming);
    if (!checked.response || autosave.closed) return;
    const merged = merge.mergeResponses(state.response, checked.response, base);
    base = checked.response;
    const theirsIsBehind = !sameJson(merged, checked.response);
    if (sameJson(merged, state.response)) {
      // Nothing new here, but the other tab's write lost to ours somewhere: write the merge back.
      if (theirsIsBehind) autosave.now();
      return;
    }
    history.clear();
    const wasDirty = autosave.dirty;
    commit(merged, { type: 'external' });
    // Write back, at once, only what the other tab does not have yet (or this one had not saved):
    // after the autosave's delay, a merge would be lost if both tabs closed within it.
    if (wasDirty || theirsIsBehind) autosave.now();
    else {
      autosave.stop();
      autosave.dirty = false;
    }
  };
  // The merge (./merge.ts) is loaded when the store can tell of other tabs' writes, without
  // holding up the first render; writes that arrive before it is there wait for it, in order.
  if (store?.watch) {
    const mergeModule = import('./merge-on-demand.js');
    let incomingWrites: Promise<void> = Promise.resolve();
    unwatch = store.watch(key, (response) => {
      incomingWrites = incomingWrites.then(async () => mergeExternal(await mergeModule, response));
    });
  }
  if (store && !options.persisted) autosave.changed();

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
    undo: () => travel('undo'),
    redo: () => travel('redo'),
    async addEvidence(question, file, name) {
      const { evidenceRef, evidenceRefusal } = await import('./evidence-ref.js');
      const refusal = evidenceRefusal(index, question, file);
      if (refusal) throw new SessionActionError(refusal);
      const ref: EvidenceRef = await evidenceRef(randomId(), file, name);
      apply({ type: 'evidence-add', question, evidence: ref });
      files.add(ref, file, !store);
      return ref;
    },
    async getEvidence(id) {
      try {
        return files.blobOf(id) ?? (await store?.getEvidence(key, id))?.blob;
      } catch {
        return undefined;
      }
    },
    flush: () => {
      autosave.stop();
      return autosave.save();
    },
    close() {
      if (autosave.closed) return;
      autosave.close();
      unwatch?.();
    },
  };
  return session;
}

/**
 * Opens (or creates) assessment `key` in `store` and returns its session: the stored response is
 * read, validated against the definition piece by piece (invalid pieces are reported in
 * `storage.problems` and left out), and autosave starts. If the store cannot be read, the session
 * starts from `options.response` (or empty) in memory (`storage.state: 'memory-only'`) and saving
 * is retried on the next change.
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
      // May fail because an unreadable record holds the key: the load below tells a dead store
      // from that.
      const title =
        options.title ?? (typeof definition.title === 'string' ? definition.title : definition.id);
      await store
        .create({
          id: key,
          title,
          definition: { id: definition.id, version: definition.version },
        })
        .catch(() => undefined);
    }
    stored = await store.loadResponse(key);
  } catch (error) {
    storage = memoryOnly(error);
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
