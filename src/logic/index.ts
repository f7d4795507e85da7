export { ConditionError, MAX_CONDITION_LENGTH, tokenize, type Token, type TokenKind } from './tokenizer.js';
export { parseCondition, conditionRefs, MAX_CONDITION_DEPTH, type ConditionAst, type CompareOp } from './parser.js';
export { evaluate, isEmptyValue, type ConditionValue } from './evaluate.js';
export { visibleQuestions, isRequired } from './visibility.js';
