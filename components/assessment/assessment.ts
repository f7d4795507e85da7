import { css, html, nothing } from 'lit';
import {
  MAX_DEFINITION_SIZE,
  formatSize,
  readLimited,
  safeParseDefinition,
  type AimsIssue,
  type AssessmentDefinition,
} from '../../src/model/index.js';
import type { Envelope } from '../../src/io/index.js';
import { openSession } from '../../src/session/session.js';
import type { AssessmentStore } from '../../src/session/store-types.js';
import type { AssessmentSession, SessionSnapshot } from '../../src/session/types.js';
import { createMemoryStore, flushOnPageHide, openIndexedDbStore } from '../../src/store/index.js';
import { AimsElement } from '../base/aims-element.js';
import { provideContext, sessionContext } from '../base/context.js';
import {
  AimsChangeEvent,
  AimsDefinitionErrorEvent,
  AimsReadyEvent,
  AimsStorageErrorEvent,
  AimsSubmitEvent,
} from '../base/events.js';
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

  /** A definition object, or (as the `definition` attribute) the id of a built-in one: `iso42001`, `iso42001-quick-scan`, `iso42001-supplier`. */
  declare definition?: AssessmentDefinition | string;
  /** URL of a definition JSON file (used when `definition` is not set). */
  declare src?: string;
  /** The name under which the draft is stored (default: the definition id). */
  declare storageKey?: string;
  /** `indexeddb` (default) keeps drafts in the browser; `memory` keeps them only while the page is open. */
  storage: 'indexeddb' | 'memory' = 'indexeddb';
  /** The session shared with the elements inside (read-only; undefined until `aims-ready`). */
  declare session?: AssessmentSession;
  /** Answers the session context's requests; called again when the session changes. */
  private share = provideContext(this, sessionContext, () => this.session);

  private issues?: readonly AimsIssue[];
  /** The storage notice: which message (saving failed, or some records could not be read) and why. */
  private notice?: [key: 'storageError' | 'storageReadError', problem: string];
  private store?: AssessmentStore;
  private key = '';
  private off?: () => void;
  private loads = 0;
  private lastStorage?: string;

  constructor() {
    super();
    this.addEventListener('aims-submit-request', (e) => {
      e.stopPropagation();
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
    if (['definition', 'src', 'storageKey', 'storage'].some((k) => changed.has(k)))
      void this.load();
  }

  /** Writes pending changes now. */
  async flushNow(): Promise<void> {
    await this.session?.flush();
  }

  /**
   * Seals the response (`createEnvelope`) and emits the cancelable `aims-submit`; unless prevented, keeps the
   * envelope in the store. Resolves to the envelope, or `undefined` when there is nothing to submit or a listener
   * prevented it. Rejects with a `ResponseError` when the response does not fit the definition.
   */
  async submit(): Promise<Envelope | undefined> {
    const s = this.session;
    if (!s) return;
    // Loaded on the first submit: a page that shows the questionnaire does not pay for sealing until it seals.
    const { createEnvelope } = await import('../../src/io/envelope.js');
    const envelope = await createEnvelope(s.state.definition, s.state.response);
    if (!this.emit(new AimsSubmitEvent({ envelope }))) return;
    await s.flush();
    await this.store
      ?.putEnvelope(this.key, {
        createdAt: envelope.createdAt,
        envelope: envelope as unknown as Record<string, unknown>,
      })
      .catch((e) => this.reportStorage(`envelopes/${this.key}`, reason(e)));
    return envelope;
  }

  private async teardown(): Promise<void> {
    const { session, store, off } = this;
    this.off = this.session = this.store = undefined;
    this.share();
    off?.();
    await session?.flush().catch(() => undefined);
    session?.close();
    store?.close();
  }

  private async load(): Promise<void> {
    const n = ++this.loads;
    const stale = () => n !== this.loads;
    await this.teardown();
    this.issues = this.notice = this.lastStorage = undefined;
    const { definition: d, src } = this;
    let json: unknown = d,
      failed: AimsIssue[] | undefined;
    try {
      if (typeof d === 'string' && d) {
        const { builtInDefinitions: all } = await import('../../src/content.js');
        json = all[d];
        if (!json)
          throw Error(
            `there is no built-in definition "${d}" (known: ${Object.keys(all).join(', ')})`,
          );
      } else if (!d && src) {
        const res = await fetch(src);
        if (!res.ok) throw Error(`${src}: HTTP ${res.status}`);
        // Refused before parsing, while reading: no body is held past the limit, whether its length is announced or not.
        const bytes = res.body
          ? await readLimited(res.body, MAX_DEFINITION_SIZE)
          : new Uint8Array();
        if (!bytes)
          throw Error(
            `${src}: the definition is too large (more than ${formatSize(MAX_DEFINITION_SIZE)})`,
          );
        json = JSON.parse(new TextDecoder().decode(bytes));
      }
    } catch (e) {
      failed = [{ path: '', message: reason(e) }];
    }
    if (stale() || !(json || failed)) return;
    const parsed = failed ? undefined : safeParseDefinition(json);
    if (!parsed?.success) {
      this.issues = parsed?.issues ?? failed!;
      this.emit(
        new AimsDefinitionErrorEvent({
          issues: this.issues.map(({ path, message }) => ({ path, message })),
        }),
      );
      return;
    }
    const definition = parsed.data;
    const key = (this.key = this.storageKey || definition.id);
    const store: AssessmentStore =
      this.storage === 'memory'
        ? createMemoryStore()
        : await openIndexedDbStore().catch((e) => {
            this.reportStorage(`responses/${key}`, reason(e));
            return createMemoryStore();
          });
    const session = await openSession({ definition, store, key });
    if (stale()) {
      session.close();
      store.close();
      return;
    }
    this.store = store;
    this.session = session;
    this.share();
    const unsubscribe = session.subscribe((snap) => {
      const { readiness, band, completion } = snap.scorecard.overall;
      this.checkStorage(snap);
      this.emit(new AimsChangeEvent({ readiness, band, completion, revision: snap.revision }));
    });
    const unhook = flushOnPageHide(session);
    this.off = () => {
      unsubscribe();
      unhook();
    };
    this.checkStorage(session.state);
    this.emit(
      new AimsReadyEvent({ definition: { id: definition.id, version: definition.version }, key }),
    );
  }

  private checkStorage({ storage: { state, message, problems } }: SessionSnapshot) {
    if (state === 'saved') this.notice = this.lastStorage = undefined;
    const problem = message ?? state;
    if ((state !== 'memory-only' && state !== 'error') || problem === this.lastStorage) return;
    this.lastStorage = problem;
    const all = problems?.length ? problems : [{ key: `responses/${this.key}`, message: problem }];
    for (const p of all) this.reportStorage(p.key, p.message);
    // Records that could not be read: the notice names them (the first three), saving itself works.
    if (state === 'error')
      this.notice = [
        'storageReadError',
        all
          .slice(0, 3)
          .map((p) => `${p.key}: ${p.message}`)
          .join('; ') + (all.length > 3 ? '; …' : ''),
      ];
  }

  private reportStorage(key: string, problem: string) {
    this.notice = ['storageError', problem];
    this.emit(new AimsStorageErrorEvent({ key, problem }));
  }

  override render() {
    const { issues, notice } = this;
    return issues
      ? html`<div part="base error" class="notice error" role="alert">
          <h2>${this.msg('definitionError')}</h2>
          <p>${this.msg('definitionErrorIntro', { count: issues.length })}</p>
          <ul>
            ${issues.map((i) => html`<li>${i.path ? html`<code>${i.path}</code>: ` : nothing}<span lang="en">${i.message}</span></li>`)}
          </ul>
        </div>`
      : html`<div part="base">
          ${notice ? html`<p part="notice" class="notice warning" role="alert">${this.msgEn(notice[0], { problem: notice[1] })}</p>` : nothing}
          ${this.session ? html`<slot></slot>` : html`<p role="status">${this.msg('loading')}</p>`}
        </div>`;
  }
}
