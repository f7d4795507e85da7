/**
 * The documented information register a session derives (`documentRegister`), kept per
 * (definition, response) like the figures of ./derive.ts. A module of its own: only the full
 * scorecard shows the register, so the pages that never do (the questionnaire, the quick scan)
 * do not load it.
 */
import type { DocumentEntry } from '../scoring/documents.js';
import { documentRegister } from '../scoring/documents.js';
import { perResponse, soaOf } from './derive.js';

/** The documented information register, document by document (`documentRegister`). */
export const documentRegisterOf = /* @__PURE__ */ perResponse((source): readonly DocumentEntry[] =>
  documentRegister(source.definition, source.response, source.visible, soaOf(source)),
);
