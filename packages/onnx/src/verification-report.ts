import type { BaselineProvenance, ReportEnvelope, ReportSubject } from '@ml-actions/core/compare'
import type { BatchConsistency } from './batch-consistency.js'
import type { Finding } from './finding.js'
import type { LatencyComparison } from './latency-comparison.js'
import type { LatencyStats } from './latency-benchmark.js'
import type { LoadErrorKind } from './load-error-classification.js'
import type { ModelSignature } from './model-signature.js'
import type { ParityResult } from './parity-check.js'
import type { RuntimeSource } from './onnx-runtime-loader.js'
import type { StructureSummary } from './structure-summary.js'

export type VerificationResult = 'pass' | 'fail' | 'inconclusive'

export interface ModelFileInfo {
  readonly path: string
  readonly sha256: string
  readonly fileBytes: number
  readonly externalDataBytes: number
  readonly totalBytes: number
}

export interface LoadOutcome {
  readonly ok: boolean
  readonly createMs?: number
  readonly skipped?: string
  readonly error?: { kind: LoadErrorKind; message: string; raw: string }
}

export type LatencyFigures = Omit<LatencyStats, 'samplesMs'>

export interface LatencySection {
  readonly candidate: LatencyFigures
  readonly baseline?: LatencyFigures
  readonly comparison?: LatencyComparison
  readonly peakRssMb: number
  readonly inputs: 'reference' | 'synthetic'
  readonly maxP95Ms?: number
  readonly error?: string
}

export interface SizeSection {
  readonly totalMb: number
  readonly maxSizeMb?: number
  readonly baselineMb?: number
}

/** The CI run that produced a report (part of the shared report envelope). */
export type RunProvenance = Pick<ReportEnvelope, 'runId' | 'runAttempt' | 'runUrl'>

/** What the candidate was compared with, in the shape every report kind uses, plus its digest. */
export type BaselineOrigin = BaselineProvenance & {
  readonly source: 'file' | 'registry'
  readonly path: string
  readonly sha256: string
}

export interface OnnxVerificationReport extends ReportEnvelope {
  readonly schemaVersion: 1
  readonly kind: 'onnx-verification'
  /** What was judged: the digest of the .onnx file, and its registry name/version if known. */
  readonly subject: ReportSubject & { readonly sha256: string }
  readonly model: ModelFileInfo
  readonly baseline?: BaselineOrigin
  readonly baselineModel?: ModelFileInfo
  readonly runtime: {
    package: 'onnxruntime-node'
    version: string
    source: RuntimeSource
    directory: string
    platform: string
    arch: string
  }
  readonly structure: StructureSummary | undefined
  readonly signature: ModelSignature
  readonly findings: Finding[]
  readonly load: LoadOutcome
  readonly contract?: { source: string; findings: Finding[] }
  readonly parity?: ParityResult | { skipped: string }
  readonly batchConsistency?: BatchConsistency
  readonly latency?: LatencySection
  readonly size: SizeSection
  readonly verdict: { result: VerificationResult; reasons: string[] }
}
