export { canonicalJson, CanonicalJsonError } from './canonical.js';
export {
  sha256,
  sha256Base64Url,
  sha256Hex,
  toBase64Url,
  fromBase64Url,
  toHex,
  utf8,
} from '../util/bytes.js';
export {
  createEnvelope,
  verifyEnvelope,
  classifySystems,
  sealedPlan,
  type SealedPlanEntry,
  type SystemClassification,
  type Envelope,
  type EnvelopeSignature,
  type PublicJwk,
  type SigningKeyPair,
  type CreateEnvelopeOptions,
  type VerifyOptions,
  type VerifyResult,
} from './envelope.js';
export {
  createBundle,
  openBundle,
  exportBundle,
  importBundle,
  BundleError,
  type Bundle,
  type BundleFile,
  type OpenedBundle,
} from './bundle.js';
export {
  encodeShareLink,
  decodeShareLink,
  ShareLinkError,
  MAX_SHARE_PAYLOAD,
} from './share-link.js';
export {
  soaRows,
  soaToCsv,
  soaToJson,
  soaToOscal,
  uuidV5,
  oscalControlId,
  AIMSKIT_UUID_NAMESPACE,
  type SoaRow,
  type SoaRowOptions,
  type SoaExportOptions,
  type SoaJson,
  type OscalOptions,
} from './soa-export.js';
export { parseCsv, soaFromCsv, CsvError, type SoaCsvOptions } from './csv-import.js';
export {
  documentRegisterCsv,
  documentRegisterJson,
  DOCUMENT_REGISTER_CSV_COLUMNS,
  type DocumentRegisterColumn,
  type DocumentRegisterLabels,
  type DocumentRegisterJsonOptions,
  type DocumentRegisterJson,
  type DocumentRegisterRow,
} from './document-register-export.js';
export {
  actionPlanRows,
  actionPlanToCsv,
  actionPlanToJson,
  actionPlanToOscalPoam,
  ACTION_PLAN_CSV_COLUMNS,
  type ActionPlanRow,
  type ActionPlanRowOptions,
  type ActionPlanExportOptions,
  type ActionPlanJson,
  type OscalPoamOptions,
  type OscalPoamItem,
  type OscalProp,
} from './action-plan-export.js';
