import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { MAX_DEFINITION_SIZE, formatSize, safeParseDefinition, type AimsIssue, type AssessmentDefinition } from '../../src/model/index.js';
import { createEnvelope, type Envelope } from '../../src/io/index.js';
import { openSession } from '../../src/session/session.js';
import type { AssessmentStore } from '../../src/session/store-types.js';
import type { AssessmentSession, SessionSnapshot } from '../../src/session/types.js';
import { createMemoryStore, flushOnPageHide, openIndexedDbStore } from '../../src/store/index.js';
import { AimsElement } from '../base/aims-element.js';
import { sessionContext } from '../base/context.js';
import { AimsChangeEvent, AimsDefinitionErrorEvent, AimsReadyEvent, AimsStorageErrorEvent, AimsSubmitEvent } from '../base/events.js';
import { shared, tokens } from '../base/styles.js';

const reason = (e: unknown) => (e as Error)?.message || String(e);

/**
 * Loads a definition, opens the draft store, and provides one `AssessmentSession` to the elements
 * inside it (`<aims-questionnaire>`, `<aims-scorecard>` …). Saves every change, flushes when the page
 * is hidden, and shows a notice when the browser cannot store the answers.
 *
 * @tagname aims-assessment
 * @summary The container of an assessment: definition, persistence and the shared session.
 * @slot - the elements that show the assessment (shown once the definition is loaded and the draft restored)
 * @csspart base - the root
 * @csspart error - the panel listing a definition's problems
 * @csspart notice - the storage notice
 * @event aims-ready - the definition is loaded and the draft restored: `{ definition: { id, version }, key }`
 * @event aims-change - the response changed: `{ readiness, band, completion, revision }`
 * @event aims-submit - cancelable; `submit()` sealed the response: `{ envelope }`
 * @event aims-storage-error - the answers could not be stored or read: `{ key, problem }`
 * @event aims-definition-error - the definition was rejected: `{ issues: [{ path, message }] }`
 */
export class AimsAssessment extends AimsElement {
  static override styles = [tokens, shared, css`
    :host { background: transparent; }
    .error h2 { font-size: 1.25em; margin: 0 0 var(--_s2); }
    code { font-family: var(--aims-font-mono, ui-monospace, monospace); }
  `];

  /** A definition object, or (as the `definition` attribute) the id of a built-in one: `iso42001`, `iso42001-quick-scan`, `iso42001-supplier`. */
  @property() definition?: AssessmentDefinition | string;
  /** URL of a definition JSON file (used when `definition` is not set). */
  @property() src?: string;
  /** The name under which the draft is stored (default: the definition id). */
  @property({ attribute: 'storage-key' }) storageKey?: string;
  /** `indexeddb` (default) keeps drafts in the browser; `memory` keeps them only while the page is open. */
  @property() storage: 'indexeddb' | 'memory' = 'indexeddb';
  /** The session shared with the elements inside (read-only; undefined until `aims-ready`). */
  @provide({ context: sessionContext }) @state() session?: AssessmentSession;

  @state() private issues?: readonly AimsIssue[];
  /** The storage notice: what failed (saving, or reading some records) and why. */
  @state() private storageNotice?: { read: boolean; problem: string };
  private store?: AssessmentStore;
  private key = '';
  private off?: () => void;
  private loads = 0;
  private lastStorage?: string;

  constructor() {
    super();
    this.addEventListener('aims-submit-request', (e) => { e.stopPropagation(); void this.submit(); });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && !this.session && !this.issues) void this.load();
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    void this.session?.flush();
    queueMicrotask(() => { if (!this.isConnected) void this.teardown(); });
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    if (['definition', 'src', 'storageKey', 'storage'].some((k) => changed.has(k))) void this.load();
  }

  /** Writes pending changes now. */
  flushNow(): Promise<void> { return this.session?.flush() ?? Promise.resolve(); }

  /**
   * Seals the response (`createEnvelope`) and emits the cancelable `aims-submit`; unless prevented, keeps the
   * envelope in the store. Resolves to the envelope, or `undefined` when there is nothing to submit or a listener
   * prevented it. Rejects with a `ResponseError` when the response does not fit the definition.
   */
  async submit(): Promise<Envelope | undefined> {
    const s = this.session;
    if (!s) return undefined;
    const envelope = await createEnvelope(s.state.definition, s.state.response);
    if (!this.emit(new AimsSubmitEvent({ envelope }))) return undefined;
    await s.flush();
    try {
      await this.store?.putEnvelope(this.key, { createdAt: envelope.createdAt, envelope: envelope as unknown as Record<string, unknown> });
    } catch (e) {
      this.reportStorage(`envelopes/${this.key}`, reason(e));
    }
    return envelope;
  }

  private async teardown(): Promise<void> {
    const { session, store, off } = this;
    this.off = this.session = this.store = undefined;
    off?.();
    if (session) { await session.flush().catch(() => undefined); session.close(); }
    store?.close();
  }

  private async load(): Promise<void> {
    const n = ++this.loads;
    const stale = () => n !== this.loads;
    await this.teardown();
    this.issues = this.storageNotice = this.lastStorage = undefined;
    let json: unknown;
    try {
      if (typeof this.definition === 'object') json = this.definition;
      else if (this.definition) {
        const { builtInDefinitions } = await import('../../src/content.js');
        json = builtInDefinitions[this.definition];
        if (!json) throw new Error(`there is no built-in definition "${this.definition}" (known: ${Object.keys(builtInDefinitions).join(', ')})`);
      } else if (this.src) {
        const res = await fetch(this.src);
        if (!res.ok) throw new Error(`${this.src}: HTTP ${res.status}`);
        // Refused before parsing: by the announced length, then by the text itself.
        const big = `${this.src}: the definition is too large (more than ${formatSize(MAX_DEFINITION_SIZE)})`;
        if (Number(res.headers.get('content-length')) > MAX_DEFINITION_SIZE) throw new Error(big);
        const text = await res.text();
        if (text.length > MAX_DEFINITION_SIZE) throw new Error(big);
        json = JSON.parse(text);
      } else return;
    } catch (e) {
      if (!stale()) this.reject([{ path: '', message: reason(e) }]);
      return;
    }
    if (stale()) return;
    const parsed = safeParseDefinition(json);
    if (!parsed.success) { this.reject(parsed.issues); return; }
    const definition = parsed.data;
    const key = (this.key = this.storageKey || definition.id);
    let store: AssessmentStore;
    try {
      store = this.storage === 'memory' ? createMemoryStore() : await openIndexedDbStore();
    } catch (e) {
      store = createMemoryStore();
      this.reportStorage(`responses/${key}`, reason(e));
    }
    const session = await openSession({ definition, store, key });
    if (stale()) { session.close(); store.close(); return; }
    this.store = store;
    this.session = session;
    const unsubscribe = session.subscribe((snap) => this.changed(snap));
    const unhook = flushOnPageHide(session);
    this.off = () => { unsubscribe(); unhook(); };
    this.checkStorage(session.state);
    this.emit(new AimsReadyEvent({ definition: { id: definition.id, version: definition.version }, key }));
  }

  private reject(issues: readonly AimsIssue[]) {
    this.issues = issues;
    this.emit(new AimsDefinitionErrorEvent({ issues: issues.map((i) => ({ path: i.path, message: i.message })) }));
  }

  private changed(snap: SessionSnapshot) {
    const { readiness, band, completion } = snap.scorecard.overall;
    this.checkStorage(snap);
    this.emit(new AimsChangeEvent({ readiness, band, completion, revision: snap.revision }));
  }

  private checkStorage({ storage }: SessionSnapshot) {
    if (storage.state !== 'memory-only' && storage.state !== 'error') {
      if (storage.state === 'saved') this.storageNotice = this.lastStorage = undefined;
      return;
    }
    const problem = storage.message ?? storage.state;
    if (problem === this.lastStorage) return;
    this.lastStorage = problem;
    const problems = storage.problems?.length ? storage.problems : [{ key: `responses/${this.key}`, message: problem }];
    for (const p of problems) this.reportStorage(p.key, p.message);
    // Records that could not be read: the notice names them (the first three), saving itself works.
    if (storage.state === 'error') {
      const named = problems.slice(0, 3).map((p) => `${p.key}: ${p.message}`).join('; ');
      this.storageNotice = { read: true, problem: problems.length > 3 ? `${named}; …` : named };
    }
  }

  private reportStorage(key: string, problem: string) {
    this.storageNotice = { read: false, problem };
    this.emit(new AimsStorageErrorEvent({ key, problem }));
  }

  override render() {
    if (this.issues) {
      return html`<div part="base error" class="notice error" role="alert">
        <h2>${this.msg('definitionError')}</h2>
        <p>${this.msg('definitionErrorIntro', { count: this.issues.length })}</p>
        <ul>${this.issues.map((i) => html`<li>${i.path ? html`<code>${i.path}</code>: ` : nothing}${i.message}</li>`)}</ul>
      </div>`;
    }
    return html`<div part="base">
      ${this.storageNotice ? html`<p part="notice" class="notice warning" role="alert">${this.msg(this.storageNotice.read ? 'storageReadError' : 'storageError', { problem: this.storageNotice.problem })}</p>` : nothing}
      ${this.session ? html`<slot></slot>` : html`<p role="status" class="loading">${this.msg('loading')}</p>`}
    </div>`;
  }
}
