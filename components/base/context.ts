import { createContext } from '@lit/context';
import type { AssessmentSession } from '../../src/session/types.js';

/**
 * Carries the stable `AssessmentSession` from `<aims-assessment>` to its descendants (the session
 * object, never snapshots: consumers subscribe to it). `<aims-assessment>` provides it with
 * `@lit/context`'s `ContextProvider`; any consumer of the community context protocol
 * (`ContextConsumer` with `subscribe: true`, for one) receives it. The key is global
 * (`Symbol.for`), so two copies of aimskit on one page still meet.
 */
export const sessionContext = createContext<AssessmentSession | undefined>(
  Symbol.for('aimskit.session'),
);
