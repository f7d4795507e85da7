import type { AssessmentSession } from '../../src/session/types.js';

/**
 * The community context protocol (https://github.com/webcomponents-cg/community-protocols), the part aimskit
 * needs, in a few lines instead of a dependency: a consumer dispatches a bubbling, composed `context-request`
 * event; the nearest provider of the same context answers it through the callback and, for a subscription,
 * answers again whenever its value changes. Consumers written with `@lit/context` (or any other implementation
 * of the protocol) receive the session from `<aims-assessment>` the same way.
 */
export type Context<V> = symbol & { __context__: V };
type Callback<V> = (value: V, unsubscribe?: () => void) => void;

/** The `context-request` event of the protocol. */
export class ContextRequestEvent<V> extends Event {
  constructor(
    readonly context: Context<V>,
    readonly contextTarget: Element,
    readonly callback: Callback<V>,
    readonly subscribe?: boolean,
  ) {
    super('context-request', { bubbles: true, composed: true });
  }
}

/** Carries the stable `AssessmentSession` from `<aims-assessment>` to its descendants (not snapshots). */
export const sessionContext = Symbol.for('aimskit.session') as Context<
  AssessmentSession | undefined
>;

/**
 * Makes `host` the provider of `context`: answers requests from its descendants with `get()`. Call the returned
 * function when the value changed, to answer every subscriber again. Each subscription keeps one unsubscribe
 * function, so a consumer can tell a new provider from the same one.
 */
export function provideContext<V>(host: Element, context: Context<V>, get: () => V): () => void {
  const subs = new Map<Callback<V>, () => void>();
  // Consumers that asked before this provider existed (defined later) wait for this event and ask again.
  queueMicrotask(() =>
    host.dispatchEvent(
      Object.assign(new Event('context-provider', { bubbles: true, composed: true }), {
        context,
        contextTarget: host,
      }),
    ),
  );
  host.addEventListener('context-request', (e) => {
    const r = e as ContextRequestEvent<V>;
    if (r.context !== context || r.contextTarget === host) return;
    e.stopPropagation();
    const off = subs.get(r.callback) ?? (() => subs.delete(r.callback));
    if (r.subscribe) subs.set(r.callback, off);
    r.callback(get(), r.subscribe ? off : undefined);
  });
  return () => {
    for (const [cb, off] of subs) cb(get(), off);
  };
}

/**
 * Asks the nearest provider of `context` above `host` for its value, subscribed: `set` is called now (when a
 * provider answers) and on every change. When none answers (its element is not defined yet), asks again each
 * time a provider of the context announces itself (`context-provider`) until one answers. Returns the
 * function that ends the subscription.
 */
export function consumeContext<V>(
  host: Element,
  context: Context<V>,
  set: (value: V) => void,
): () => void {
  let off: (() => void) | undefined;
  const ask = (e?: Event) => {
    if (off || (e && (e as ContextRequestEvent<V>).context !== context)) return;
    host.dispatchEvent(
      new ContextRequestEvent(
        context,
        host,
        (v, unsubscribe) => {
          if (off !== unsubscribe) off?.();
          off = unsubscribe;
          set(v);
        },
        true,
      ),
    );
    if (off) removeEventListener('context-provider', ask);
  };
  addEventListener('context-provider', ask);
  ask();
  return () => {
    removeEventListener('context-provider', ask);
    off?.();
  };
}
