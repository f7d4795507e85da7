import { ContextConsumer, ContextRoot } from '@lit/context';
import { html, type PropertyDeclarations } from 'lit';
import { localize } from '../../src/model/index.js';
import type { Text } from '../../src/model/index.js';
import type { AssessmentSession, SessionSnapshot } from '../../src/session/types.js';
import { AimsElement } from './aims-element.js';
import { sessionContext } from './context.js';

// An element connected before its `<aims-assessment>` is defined (its module loads later) asks for
// the session before any provider exists. The ContextRoot keeps such requests and asks again when a
// provider of the session appears. Attached once, where every element that shows a session loads.
if (typeof document !== 'undefined') new ContextRoot().attach(document.documentElement);

/**
 * Base of the elements that show a session (questionnaire, risk matrix, SoA table, scorecard): the
 * `session` property, the session from an enclosing `<aims-assessment>`, re-rendering on every
 * change, definition text in the element's locale and the element's own UI strings. Without a
 * session it says so; with one, it renders `body()`.
 */
export abstract class AimsSessionElement extends AimsElement {
  static override properties: PropertyDeclarations = {
    session: { attribute: false },
    contextSession: { state: true },
  };
  /** The session to show; defaults to the one provided by an enclosing `<aims-assessment>`. */
  declare session?: AssessmentSession;
  /** The session from context (set by `<aims-assessment>`). @internal */
  declare contextSession?: AssessmentSession;
  /** The subscription to the session context: follows the nearest `<aims-assessment>`. */
  private readonly sessionConsumer = new ContextConsumer(this, {
    context: sessionContext,
    subscribe: true,
    callback: (session) => {
      this.contextSession = session;
    },
  });
  /** The session this element listens to, and how to stop listening. */
  private subscribed?: AssessmentSession;
  private unsubscribe?: () => void;
  /** The session shown: the `session` property, else the one from context. @internal */
  get shown(): AssessmentSession | undefined {
    return this.session ?? this.contextSession;
  }
  /** The current session snapshot (while there is a session). @internal */
  get snap(): SessionSnapshot {
    return this.shown!.state;
  }
  /** Definition text in the element's locale. @internal */
  text(text: Text | undefined): string {
    return localize(text, this.effectiveLocale, this.snap.definition.locale ?? 'en');
  }
  override connectedCallback(): void {
    super.connectedCallback();
    this.sync();
  }
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribed = undefined;
  }
  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.sync();
  }
  /** Subscribes to the session shown (re-rendering on every change), once per session. */
  private sync(): void {
    const session = this.shown;
    if (session === this.subscribed) return;
    this.unsubscribe?.();
    this.subscribed = session;
    this.unsubscribe = session?.subscribe(() => this.requestUpdate());
  }
  override render(): unknown {
    const snapshot = this.shown?.state;
    return snapshot ? this.body(snapshot) : html`<p part="base">${this.msg('noSession')}</p>`;
  }
  /** The element's content for a snapshot. */
  protected abstract body(snapshot: SessionSnapshot): unknown;
}
