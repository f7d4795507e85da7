/**
 * What `<aims-assessment>` loads on its first `submit()`: sealing a response. The element imports
 * this module lazily and this module imports `src/io/envelope.ts` statically, so no module is
 * imported both ways (a module that is would stay in its static importers' chunk).
 */
export { createEnvelope } from '../../src/io/envelope.js';
