import { ContextProvider } from '@lit/context';
import { css, html, nothing } from 'lit';
import {
  safeParseDefinition,
  type AimsIssue,
  type AssessmentDefinition,
} from '../../src/model/index.js';
import type { Envelope } from '../../src/io/index.js';
import { openSession } from '../../src/session/session.js';
import type { AssessmentStore } from '../../src/session/store-types.js';
import type {
  AssessmentSession,
  SessionSnapshot,
  StorageProblem,
} from '../../src/session/types.js';
import { flushOnPageHide } from '../../src/store/lifecycle.js';
import { openIndexedDbStore } from '../../src/store/idb-store.js';
import { AimsElement } from '../base/aims-element.js';
import { sessionContext } from '../base/context.js';
import {
  AimsChangeEvent,
  AimsDefinitionErrorEvent,
  AimsReadyEvent,
  AimsStorageErrorEvent,
  AimsSubmitEvent,
} from '../base/events.js';
import { shared, tokens } from '../base/styles.js';

/** What an error says, for a notice or an issue. */
const reason = (error: unknown): string => (error as Error)?.message || String(error);

/** The storage notice: which message (saving failed, or some records could not be read) and why. */
interface StorageNotice {
  key: 'storageError' | 'storageReadError';
  problem: string;
}

/** How many unreadable records the notice names. */
const NAMED_PROBLEMS = 3;

/** The unreadable records a notice names: the first few, `…` when there are more. */
function describeProblems(problems: readonly StorageProblem[]): string {
  const named = problems
    .slice(0, NAMED_PROBLEMS)
    .map((problem) => `${problem.key}: ${problem.message}`)
    .join('; ');
  return problems.length > NAMED_PROBLEMS ? `${named}; …` : named;
}

/** The memory store, loaded only by a page that asks for it (or whose IndexedDB fails). */
async function memoryStore(): Promise<AssessmentStore> {
  const { createMemoryStore } = await import('../../src/store/memory-store.js');
  return createMemoryStore();
}

/**
 * Loads a definition, opens the draft store, and provides one `AssessmentSession` to the elements
 * inside it (`<aims-questionnaire>`, `<aims-scorecard>` …). Saves every change, flushes when the
 * page is hidden, and shows a notice when the browser cannot store the answers.
 *
 * @tagname aims-assessment
 * @summary The container of an assessment: definition, persistence and the shared session.
 * @slot - the elements that show the assessment (shown once the definition is loaded and the draft
 * restored)
 * @csspart base - the root
 * @csspart error - the panel listing a definition's problems
 * @csspart notice - the storage notice
 * @event aims-ready - the definition is loaded and the draft restored: `{ definition: { id, version
 * }, key }`
 * @event aims-change - the response changed: `{ readiness, band, completion, revision }`
 * @event aims-submit - cancelable; `submit()` sealed the response: `{ envelope }`
 * @event aims-storage-error - the answers could not be stored or read: `{ key, problem }`
 * @event aims-definition-error - the definition was rejected: `{ issues: [{ path, message }] }`
 */
export class AimsAssessment extends AimsElement {
  static override styles = [
    tokens,
    shared,
    css`
      :host {
        background: none;
      }
      h2 {
        font-size: 1.25em;
        margin: 0 0 var(--_s2);
      }
      code {
        font-family: var(--aims-font-mono, ui-monospace, monospace);
      }
    `,
  ];

  static override properties = {
    definition: {},
    src: {},
    storageKey: { attribute: 'storage-key' },
    storage: {},
    session: { attribute: false },
    issues: { state: true },
    notice: { state: true },
  };

  /**
   * A definition object, or (as the `definition` attribute) the id of a built-in one: `iso42001`,
   * `iso42001-quick-scan`, `iso42001-supplier`.
   */
  declare definition?: AssessmentDefinition | string;
  /** URL of a definition JSON file (used when `definition` is not set). */
  declare src?: string;
  /** The name under which the draft is stored (default: the definition id). */
  declare storageKey?: string;
  /**
   * `indexeddb` (default) keeps drafts in the browser; `memory` keeps them only while the page is
   * open.
   */
  storage: 'indexeddb' | 'memory' = 'indexeddb';
  /** The session shared with the elements inside (read-only; undefined until `aims-ready`). */
  declare session?: AssessmentSession;
  /** Provides the session to the elements inside (`sessionContext`), again whenever it changes. */
  private readonly provider = new ContextProvider(this, { context: sessionContext });

  private issues?: readonly AimsIssue[];
  private notice?: StorageNotice;
  private store?: AssessmentStore;
  private key = '';
  /** Stops listening to the session (its changes and the page's `pagehide`). */
  private stopListening?: () => void;
  /** Counts loads: a load that a newer one overtook stops where it is. */
  private loads = 0;
  /** The storage problem last reported, so that one failure is reported once. */
  private lastStorage?: string;

  constructor() {
    super();
    this.addEventListener('aims-submit-request', (event) => {
      event.stopPropagation();
      void this.submit();
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && !this.session && !this.issues) void this.load();
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    void this.flushNow();
    queueMicrotask(() => {
      if (!this.isConnected) void this.teardown();
    });
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const sources = ['definition', 'src', 'storageKey', 'storage'];
    if (sources.some((property) => changed.has(property))) void this.load();
  }

  /** Writes pending changes now. */
  async flushNow(): Promise<void> {
    await this.session?.flush();
  }

  /**
   * Seals the response (`createEnvelope`, with the action plan when it records actions) and
   * emits the cancelable `aims-submit`; unless prevented, keeps the envelope in the store.
   * Resolves to the envelope, or `undefined` when there is nothing to submit or a listener
   * prevented it. Rejects with a `ResponseError` when the response does not fit the definition.
   */
  async submit(): Promise<Envelope | undefined> {
    const session = this.session;
    if (!session) return;
    // Loaded on the first submit: a page that shows the questionnaire does not pay for sealing
    // until it seals.
    const { sealResponse } = await import('./seal.js');
    const { definition, response } = session.state;
    const envelope = await sealResponse(definition, response);
    if (!this.emit(new AimsSubmitEvent({ envelope }))) return;
    await session.flush();
    const stored = { createdAt: envelope.createdAt, envelope: { ...envelope } };
    await this.store
      ?.putEnvelope(this.key, stored)
      .catch((error) => this.reportStorage(`envelopes/${this.key}`, reason(error)));
    return envelope;
  }

  private async teardown(): Promise<void> {
    const { session, store, stopListening } = this;
    this.stopListening = undefined;
    this.session = undefined;
    this.store = undefined;
    this.provider.setValue(undefined);
    stopListening?.();
    await session?.flush().catch(() => undefined);
    session?.close();
    store?.close();
  }

  private async load(): Promise<void> {
    this.loads += 1;
    const thisLoad = this.loads;
    const overtaken = () => thisLoad !== this.loads;
    await this.teardown();
    this.issues = undefined;
    this.notice = undefined;
    this.lastStorage = undefined;
    let json: unknown;
    try {
      json = await this.readDefinition();
    } catch (error) {
      if (!overtaken()) this.rejectDefinition([{ path: '', message: reason(error) }]);
      return;
    }
    if (overtaken() || !json) return;
    const parsed = safeParseDefinition(json);
    if (!parsed.success) {
      this.rejectDefinition(parsed.issues);
      return;
    }
    const definition = parsed.data;
    const key = this.storageKey || definition.id;
    this.key = key;
    const store = await this.openStore(key);
    const session = await openSession({ definition, store, key });
    if (overtaken()) {
      session.close();
      store.close();
      return;
    }
    this.store = store;
    this.session = session;
    this.provider.setValue(session);
    this.listenTo(session);
    this.checkStorage(session.state);
    const { id, version } = definition;
    this.emit(new AimsReadyEvent({ definition: { id, version }, key }));
  }

  /** The definition's JSON: the object given, a built-in one by id, or the file at `src`. */
  private async readDefinition(): Promise<unknown> {
    const { definition, src } = this;
    if (typeof definition === 'string' && definition) return this.builtInDefinition(definition);
    if (!definition && src) return this.fetchDefinition(src);
    return definition;
  }

  private async builtInDefinition(id: string): Promise<unknown> {
    const { builtInDefinitions } = await import('../../src/content.js');
    const json = builtInDefinitions[id];
    if (!json) {
      const known = Object.keys(builtInDefinitions).join(', ');
      throw Error(`there is no built-in definition "${id}" (known: ${known})`);
    }
    return json;
  }

  /** The JSON at `src`, read by a module of its own (a page given a definition never loads it). */
  private async fetchDefinition(src: string): Promise<unknown> {
    const { fetchDefinition } = await import('./fetch-definition.js');
    return fetchDefinition(src);
  }

  /** Shows the definition's problems and tells the host. */
  private rejectDefinition(issues: readonly AimsIssue[]): void {
    this.issues = issues;
    void this.errorPanel.load();
    const detail = issues.map(({ path, message }) => ({ path, message }));
    this.emit(new AimsDefinitionErrorEvent({ issues: detail }));
  }

  /** The store asked for; in memory (with a notice) when the browser's cannot be opened. */
  private async openStore(key: string): Promise<AssessmentStore> {
    if (this.storage === 'memory') return memoryStore();
    try {
      return await openIndexedDbStore();
    } catch (error) {
      this.reportStorage(`responses/${key}`, reason(error));
      return memoryStore();
    }
  }

  /** Announces each change, checks the storage state and flushes when the page is hidden. */
  private listenTo(session: AssessmentSession): void {
    const unsubscribe = session.subscribe((snapshot) => {
      const { readiness, band, completion } = snapshot.scorecard.overall;
      this.checkStorage(snapshot);
      const revision = snapshot.revision;
      this.emit(new AimsChangeEvent({ readiness, band, completion, revision }));
    });
    const unhook = flushOnPageHide(session);
    this.stopListening = () => {
      unsubscribe();
      unhook();
    };
  }

  private checkStorage({ storage: { state, message, problems } }: SessionSnapshot) {
    if (state === 'saved') {
      this.notice = undefined;
      this.lastStorage = undefined;
    }
    const problem = message ?? state;
    if ((state !== 'memory-only' && state !== 'error') || problem === this.lastStorage) return;
    this.lastStorage = problem;
    const reported = problems?.length
      ? problems
      : [{ key: `responses/${this.key}`, message: problem }];
    for (const each of reported) this.reportStorage(each.key, each.message);
    // Records that could not be read: the notice names them, saving itself works.
    if (state === 'error') {
      this.notice = { key: 'storageReadError', problem: describeProblems(reported) };
    }
  }

  private reportStorage(key: string, problem: string) {
    this.notice = { key: 'storageError', problem };
    this.emit(new AimsStorageErrorEvent({ key, problem }));
  }

  /** A rejected definition's problems (./definition-errors.ts), loaded on a rejection. */
  private readonly errorPanel = this.lazyPart(() => import('./definition-errors.js'));

  override render() {
    if (!this.issues) return this.renderContent();
    return this.errorPanel.module?.renderDefinitionErrors(this, this.issues) ?? nothing;
  }

  /** The storage notice (if any) over the slotted elements, or the loading status. */
  private renderContent() {
    const content = this.session
      ? html`<slot></slot>`
      : html`<p role="status">${this.msg('loading')}</p>`;
    return html`<div part="base">${this.renderNotice()} ${content}</div>`;
  }

  private renderNotice() {
    const notice = this.notice;
    if (!notice) return nothing;
    const text = this.msgEn(notice.key, { problem: notice.problem });
    return html`<p part="notice" class="notice warning" role="alert">${text}</p>`;
  }
}
