export * from './definition.js';
export * from './response.js';
export * from './envelope.js';
export * from './bundle.js';
export * from './issues.js';
export * from './accessors.js';
export * from './limits.js';
export { parseDefinition, safeParseDefinition, type SafeParseResult } from './parse.js';
export { parseResponse, safeParseResponse, ResponseError } from './parse-response-strict.js';
export * from './ai-system.js';
export * from './action.js';
export { checkDefinition } from './check-definition.js';
export {
  IdSchema,
  TextSchema,
  TimestampSchema,
  FractionSchema,
  ID_PATTERN,
  type Text,
} from './primitives.js';
