export {
  ConditionError,
  MAX_CONDITION_LENGTH,
  MAX_CONDITION_DEPTH,
  parseCondition,
  conditionRefs,
  evaluate,
  isEmptyValue,
  type ConditionAst,
  type CompareOp,
  type ConditionValue,
} from './condition.js';
