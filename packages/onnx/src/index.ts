export { verifyModel } from './verify-model.js'
export type { ModelLocation, VerifyModelOptions } from './verify-model.js'
export { renderReportMarkdown } from './report-markdown.js'
export type {
  LatencySection,
  LoadOutcome,
  ModelFileInfo,
  OnnxVerificationReport,
  BaselineOrigin,
  RunProvenance,
  SizeSection,
  VerificationResult
} from './verification-report.js'
export { decideVerdict } from './verification-verdict.js'

export {
  loadOnnxRuntime,
  toolCacheDirectory,
  PINNED_ONNXRUNTIME_VERSION
} from './onnx-runtime-loader.js'
export { registryInstaller, DEFAULT_NPM_REGISTRY } from './npm-registry-installer.js'
export type { RegistryInstallerOptions } from './npm-registry-installer.js'
export type {
  LoadedOnnxRuntime,
  LoadOnnxRuntimeOptions,
  OnnxRuntimeModule,
  RuntimeInstaller,
  RuntimeSource
} from './onnx-runtime-loader.js'

export { ProtobufReader, ProtobufError, WireType } from './protobuf-reader.js'
export { readModelHeader } from './model-header.js'
export type {
  Dimension,
  GraphHeader,
  InitializerInfo,
  ModelHeader,
  ValueSignature
} from './model-header.js'
export { modelSignature, formatShape } from './model-signature.js'
export type { ModelSignature } from './model-signature.js'
export { checkModelStructure, checkInitializerSize, ORT_1_30_LIMITS } from './structural-checks.js'
export type { RuntimeLimits } from './structural-checks.js'
export { checkExternalData } from './external-data-checks.js'
export { inspectModel } from './model-inspection.js'
export type { ModelInspection } from './model-inspection.js'
export { summarizeStructure } from './structure-summary.js'
export type { StructureSummary } from './structure-summary.js'
export type { Finding, Severity } from './finding.js'

export { createSession, runSession, toTensor, fromTensor } from './model-session.js'
export type { SessionLoad } from './model-session.js'
export { classifyLoadError, stripRuntimeNoise } from './load-error-classification.js'
export type { ClassifiedLoadError, LoadErrorKind } from './load-error-classification.js'

export type { NdArray, NdData, NumericDtype } from './nd-array.js'
export { castNdArray, toFloat64 } from './nd-array.js'
export { readNpy } from './npy-reader.js'
export { readNpz } from './npz-reader.js'
export { decodeTensorProtoFile } from './tensor-proto-decoding.js'
export { readJsonReference } from './json-reference.js'
export { loadReferenceSamples } from './reference-data.js'
export type { ReferenceSample, ReferenceSources } from './reference-data.js'

export { compareOutput, RELATIVE_ERROR_FLOOR } from './output-parity.js'
export type { ComparisonMode, OutputParity, Tolerance, WorstElement } from './output-parity.js'
export { parseToleranceList, toleranceFor, toleranceSpec } from './tolerance-spec.js'
export type { ToleranceList, ToleranceSpec } from './tolerance-spec.js'
export { checkParity } from './parity-check.js'
export type { ParityResult } from './parity-check.js'
export { argmaxAgreement } from './argmax-agreement.js'
export { checkBatchConsistency } from './batch-consistency.js'
export type { BatchConsistency } from './batch-consistency.js'
export { syntheticInputs, concreteShape } from './synthetic-inputs.js'

export { measureLatency, LatencyTimeoutError } from './latency-benchmark.js'
export type {
  LatencyMeasurement,
  LatencyOptions,
  LatencyStats,
  TimedModel
} from './latency-benchmark.js'
export { compareLatency, medianInterval } from './latency-comparison.js'
export type { LatencyComparison, LatencyVerdict } from './latency-comparison.js'
export { nearestRank, PERCENTILE_METHOD } from './percentile.js'

export { checkSignatureContract, parseSignatureContract } from './signature-contract.js'
