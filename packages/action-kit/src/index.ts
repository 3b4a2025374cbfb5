export { defineAction } from './action-definition.js'
export type {
  ActionBody,
  ActionBranding,
  ActionRuntime,
  ActionDeclaration,
  ActionContext,
  ActionDefinition,
  ActionOutcome,
  OutputValue
} from './action-definition.js'
export { input, readInputs, splitList, camelCase } from './input-spec.js'
export type { InputParser, InputSpec, InputsOf } from './input-spec.js'
export { memoryLogger } from './logger.js'
export type { Logger, AnnotationProperties } from './logger.js'
export { formatOutput } from './output-format.js'
export {
  aliasMoveInputs,
  REGISTRY_DESCRIPTION,
  registryInputs,
  registryOpenOptions,
  s3OptionsFromInputs,
  S3_PATH_STYLES
} from './registry-inputs.js'
export type { RegistryInputValues, S3PathStyle } from './registry-inputs.js'
export {
  ALLOW_WRITES_OUTSIDE_WORKSPACE,
  writeConfinementInputs,
  writeTarget
} from './write-target.js'
export type { WriteTargetOptions } from './write-target.js'
