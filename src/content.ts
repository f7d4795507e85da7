/**
 * `aimskit/content`: the built-in content packs, the crosswalk tables and the ISO/IEC 27001 tables
 * (what an ISMS brings to an AIMS, docs/iso27001.md). Runs in Node 20 and in browsers. Both are
 * the aimskit authors' interpretation, not an official mapping (see docs/content.md).
 */
import type { AssessmentDefinition } from './model/definition.js';
import { iso42001 } from './content/iso42001.js';
import { iso42001QuickScan } from './content/quick-scan.js';
import { iso42001Supplier } from './content/supplier.js';

export { iso42001 } from './content/iso42001.js';
export { iso42001QuickScan } from './content/quick-scan.js';
export { iso42001Supplier } from './content/supplier.js';
export { frameworks, mappings, mappingsFor, CROSSWALK_NOTICE } from './content/crosswalks.js';
export {
  iso27001Clauses,
  iso27001Controls,
  iso27001ClauseTitles,
  ISMS_RELATIONS,
  ISO27001_NOTICE,
  ISO27001_SOURCES,
  type IsmsRelation,
  type IsmsClauseRow,
  type IsmsControlRow,
} from './content/iso27001.js';
export { defaultRiskMatrix } from './content/default-risk-matrix.js';
export { iso42001Requirements, iso42001Groups } from './content/structure.js';
export { iso42001Documents } from './content/documents.js';

/** The built-in definitions by id. */
export const builtInDefinitions: Readonly<Record<string, AssessmentDefinition>> = {
  [iso42001.id]: iso42001,
  [iso42001QuickScan.id]: iso42001QuickScan,
  [iso42001Supplier.id]: iso42001Supplier,
};
