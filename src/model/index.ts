export * from './definition.js';
export * from './response.js';
export * from './envelope.js';
export * from './issues.js';
export * from './accessors.js';
export * from './limits.js';
export { parseDefinition, safeParseDefinition, type SafeParseResult } from './parse.js';
export { parseResponse, safeParseResponse } from './parse-response.js';
export { checkDefinition } from './check-definition.js';
export { Id as IdSchema, Text as TextSchema, ID_PATTERN } from './schema-kit.js';

