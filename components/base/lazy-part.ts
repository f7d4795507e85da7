/**
 * A part of an element kept in a module of its own and loaded when it is first needed (a form
 * opened, a panel shown), so a page does not wait for it before it shows anything. The element
 * re-renders when the module arrives, and its `updateComplete` waits for a load under way
 * (`AimsElement.lazyPart`), so a host or a test that awaits it sees the part.
 */
import type { ReactiveControllerHost } from 'lit';

export class LazyPart<Module> {
  /** The module, once loaded. */
  module?: Module;
  /** The load under way or done (undefined before the first `load()`). */
  loading?: Promise<Module>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly importModule: () => Promise<Module>,
  ) {}

  /** Starts loading (once) and resolves to the module. */
  load(): Promise<Module> {
    this.loading ??= this.importModule().then((module) => {
      this.module = module;
      this.host.requestUpdate();
      return module;
    });
    return this.loading;
  }
}
