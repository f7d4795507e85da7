import { createContext } from '@lit/context';
import type { AssessmentSession } from '../../src/session/types.js';

/** Carries the stable `AssessmentSession` from `<aims-assessment>` to its descendants (not snapshots). */
export const sessionContext = createContext<AssessmentSession | undefined>(Symbol.for('aimskit.session'));
