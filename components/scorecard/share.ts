/**
 * What `<aims-scorecard>` loads when a share link is first asked for. The element imports this
 * module lazily and this module imports `src/io/share-link.ts` statically, so no module is
 * imported both ways (a module that is would stay in its static importers' chunk).
 */
export { encodeShareLink } from '../../src/io/share-link.js';
