/**
 * The one place the core imports zod. Every schema module imports `z` from here, so the
 * configuration below runs before any schema is built (the jitless decision: docs/decisions.md).
 */
import { z } from 'zod/mini';

z.config({ jitless: true });

export { z };
