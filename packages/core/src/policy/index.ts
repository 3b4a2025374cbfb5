export type * from './policy.js'
export { MISSING_OUTCOMES, PROVENANCE_MODES } from './policy.js'
export { parsePolicy, policyFromValue, INLINE_POLICY_SOURCE } from './policy-parser.js'
export { evaluatePolicy } from './evaluate-policy.js'
export { decideVerdict, effectOf } from './verdict.js'
export {
  FieldPathError,
  lookupField,
  parseFieldPath,
  type FieldPath,
  type Lookup,
  type PathSegment
} from './field-path.js'
export { numericValue, show as showValue } from './value-checks.js'
