import { ConfigurationError } from '@ml-actions/core/errors'
import { arch } from 'node:os'
import { readFile } from 'node:fs/promises'
import type { InferenceSession } from 'onnxruntime-node'
import type { Finding } from './finding.js'
import type { BatchConsistency } from './batch-consistency.js'
import { prepareFeeds } from './feed-preparation.js'
import { compareLatency } from './latency-comparison.js'
import type { LatencyStats, TimedModel } from './latency-benchmark.js'
import { inspectModel } from './model-inspection.js'
import type { ModelInspection } from './model-inspection.js'
import { createSession } from './model-session.js'
import type { ModelSignature } from './model-signature.js'
import type { NdArray } from './nd-array.js'
import type { LoadedOnnxRuntime } from './onnx-runtime-loader.js'
import type { ParityResult } from './parity-check.js'
import type { ReferenceSample, ReferenceSources } from './reference-data.js'
import { summarizeStructure } from './structure-summary.js'
import { syntheticInputs } from './synthetic-inputs.js'
import type { ToleranceSpec } from './tolerance-spec.js'
import type {
  BaselineOrigin,
  LatencyFigures,
  LatencySection,
  LoadOutcome,
  OnnxVerificationReport,
  RunProvenance
} from './verification-report.js'
import { decideVerdict } from './verification-verdict.js'

export interface ModelLocation {
  /** Absolute path used to read the file. */
  readonly path: string
  /** As the user wrote it, for messages and the report. */
  readonly display: string
}

export interface VerifyModelOptions {
  readonly model: ModelLocation
  readonly runtime: LoadedOnnxRuntime
  readonly resolvePath: (path: string) => string
  readonly references?: ReferenceSources
  readonly tolerance: ToleranceSpec
  readonly contract?: ModelLocation
  readonly baselineModel?: ModelLocation
  /** Where the baseline model came from (a file or a registry version); `file` when absent. */
  readonly baselineOrigin?: Omit<BaselineOrigin, 'path' | 'sha256'>
  /** The registry identity of the candidate, when it has one. */
  readonly subject?: { readonly model?: string; readonly version?: number }
  /** Batch size N for the batch-1-vs-batch-N check; 0 turns it off. */
  readonly batchCheck: number
  readonly warmupRuns: number
  /** Timed runs; 0 skips the latency measurement. */
  readonly runs: number
  readonly maxP95Ms?: number
  readonly maxSizeMb?: number
  /** Allowed median slowdown against the baseline, as a fraction (0.1 = +10%). */
  readonly latencyTolerance: number
  readonly gitSha?: string
  readonly run?: RunProvenance
  readonly log?: (message: string) => void
  readonly now?: () => Date
}

const MEGABYTE = 1024 * 1024

/** The whole verification of one exported model; the report's verdict says whether it passed. */
export async function verifyModel(options: VerifyModelOptions): Promise<OnnxVerificationReport> {
  const log = options.log ?? (() => undefined)
  const { candidate, baseline } = await inspectModels(options, log)
  const contract = await readContract(options, candidate, baseline)
  const load = await loadCandidate(options, candidate)
  const samples = await loadSamples(options, candidate)
  const checked = load.session
    ? await checkSession(options, load.session, candidate, baseline, samples, log)
    : samples.length > 0
      ? { parity: { skipped: 'the model did not load' } }
      : {}
  const partial = {
    ...(options.gitSha ? { gitSha: options.gitSha } : {}),
    ...options.run,
    subject: { ...options.subject, sha256: candidate.file.sha256 },
    model: candidate.file,
    ...(baseline ? baselineSection(options, baseline) : {}),
    runtime: runtimeSection(options.runtime),
    structure: candidate.header ? summarizeStructure(candidate.header) : undefined,
    signature: candidate.signature,
    findings: candidate.findings,
    load: load.outcome,
    ...(contract ? { contract } : {}),
    ...checked,
    size: {
      totalMb: candidate.file.totalBytes / MEGABYTE,
      ...(options.maxSizeMb !== undefined ? { maxSizeMb: options.maxSizeMb } : {}),
      ...(baseline ? { baselineMb: baseline.file.totalBytes / MEGABYTE } : {})
    }
  }
  return {
    schemaVersion: 1,
    kind: 'onnx-verification',
    createdAt: (options.now ?? (() => new Date()))().toISOString(),
    ...partial,
    verdict: decideVerdict(partial)
  }
}

async function inspectModels(
  options: VerifyModelOptions,
  log: (message: string) => void
): Promise<{ candidate: ModelInspection; baseline: ModelInspection | undefined }> {
  const candidate = await inspectModel(options.model.path, options.model.display, 'model')
  log(
    `Model ${options.model.display}: ${candidate.file.totalBytes} bytes, sha256 ${candidate.file.sha256}`
  )
  const baseline = options.baselineModel
    ? await inspectModel(
        options.baselineModel.path,
        options.baselineModel.display,
        'baseline-model'
      )
    : undefined
  return { candidate, baseline }
}

// Reference data, parity, the batch check, the signature contract and the latency worker are
// optional steps: each loads its code (the npz/zlib readers, worker_threads) only when it runs.
async function loadSamples(
  options: VerifyModelOptions,
  candidate: ModelInspection
): Promise<ReferenceSample[]> {
  if (!options.references) return []
  const { loadReferenceSamples } = await import('./reference-data.js')
  return loadReferenceSamples(options.references, candidate.signature, options.resolvePath)
}

interface SessionChecks {
  parity?: ParityResult | { skipped: string }
  batchConsistency?: BatchConsistency
  latency?: LatencySection
}

/** Parity and the batch check on the loaded session (released after them), then latency. */
async function checkSession(
  options: VerifyModelOptions,
  session: InferenceSession,
  candidate: ModelInspection,
  baseline: ModelInspection | undefined,
  samples: readonly ReferenceSample[],
  log: (message: string) => void
): Promise<SessionChecks> {
  const { ort } = options.runtime
  const checks: SessionChecks = {}
  try {
    if (samples.length > 0) {
      log(`Parity on ${samples.length} reference sample(s)`)
      const { checkParity } = await import('./parity-check.js')
      checks.parity = await checkParity(
        ort,
        session,
        candidate.signature,
        samples,
        options.tolerance
      )
    } else if (options.references) {
      checks.parity = { skipped: 'no reference data given' }
    }
    if (options.batchCheck > 0) {
      log(`Batch consistency: batch of ${options.batchCheck} vs one by one`)
      const { checkBatchConsistency } = await import('./batch-consistency.js')
      checks.batchConsistency = await checkBatchConsistency(
        ort,
        session,
        candidate.signature,
        options.batchCheck,
        options.tolerance
      )
    }
  } finally {
    await session.release()
  }
  if (options.runs > 0) {
    log(
      `Latency: at least ${options.warmupRuns} warm-up + ${options.runs} timed runs in a worker thread`
    )
    checks.latency = await measureCandidateLatency(options, candidate, baseline, samples)
  }
  return checks
}

function baselineSection(options: VerifyModelOptions, baseline: ModelInspection) {
  return {
    baselineModel: baseline.file,
    baseline: {
      source: 'file' as const,
      ...options.baselineOrigin,
      path: baseline.file.path,
      sha256: baseline.file.sha256
    }
  }
}

function runtimeSection(runtime: LoadedOnnxRuntime) {
  return {
    package: 'onnxruntime-node' as const,
    version: runtime.version,
    source: runtime.source,
    directory: runtime.packageDirectory,
    platform: process.platform,
    arch: arch()
  }
}

async function readContract(
  options: VerifyModelOptions,
  candidate: ModelInspection,
  baseline: ModelInspection | undefined
): Promise<{ source: string; findings: Finding[] } | undefined> {
  if (options.contract) {
    const { path, display } = options.contract
    const text = await readFile(path, 'utf8').catch(() => {
      throw new ConfigurationError(`contract "${display}" cannot be read.`, 'contract')
    })
    const { checkSignatureContract, parseSignatureContract } = await signatureContract()
    const expected = parseSignatureContract(text, display)
    return {
      source: `file ${display}`,
      findings: checkSignatureContract(expected, candidate.signature)
    }
  }
  if (baseline?.header) {
    const { checkSignatureContract } = await signatureContract()
    return {
      source: `baseline model ${baseline.file.path}`,
      findings: checkSignatureContract(baseline.signature, candidate.signature)
    }
  }
  return undefined
}

const signatureContract = () => import('./signature-contract.js')

async function loadCandidate(
  options: VerifyModelOptions,
  candidate: ModelInspection
): Promise<{ outcome: LoadOutcome; session?: InferenceSession }> {
  if (candidate.unsafeToLoad) {
    return {
      outcome: {
        ok: false,
        skipped: 'not handed to onnxruntime: external data points outside the model folder'
      }
    }
  }
  const loaded = await createSession(options.runtime.ort, options.model.path)
  if (!loaded.ok) return { outcome: { ok: false, createMs: loaded.createMs, error: loaded.error } }
  return { outcome: { ok: true, createMs: loaded.createMs }, session: loaded.session }
}

async function measureCandidateLatency(
  options: VerifyModelOptions,
  candidate: ModelInspection,
  baseline: ModelInspection | undefined,
  samples: readonly ReferenceSample[]
): Promise<LatencySection> {
  const first = samples[0]
  const candidateFeeds = first
    ? prepareFeeds(first.inputs, candidate.signature, first.label).feeds
    : syntheticInputs(candidate.signature.inputs, {})
  const models: TimedModel[] = [
    { label: 'candidate', path: options.model.path, feeds: candidateFeeds }
  ]
  const baselineLoads =
    baseline && options.baselineModel && !baseline.unsafeToLoad && baseline.header
  if (baselineLoads && options.baselineModel) {
    const feeds =
      sameInputs(candidate.signature, baseline.signature, candidateFeeds) ??
      syntheticInputs(baseline.signature.inputs, {})
    models.push({ label: 'baseline', path: options.baselineModel.path, feeds })
  }
  const inputs = first ? ('reference' as const) : ('synthetic' as const)
  const budget = options.maxP95Ms !== undefined ? { maxP95Ms: options.maxP95Ms } : {}
  const { measureLatency } = await import('./latency-benchmark.js')
  try {
    const measured = await measureLatency(options.runtime.packageDirectory, models, {
      warmupRuns: options.warmupRuns,
      runs: options.runs
    })
    const [candidateStats, baselineStats] = measured.models as [
      LatencyStats,
      LatencyStats | undefined
    ]
    return {
      candidate: withoutSamples(candidateStats),
      ...(baselineStats
        ? {
            baseline: withoutSamples(baselineStats),
            comparison: compareLatency(
              candidateStats.samplesMs,
              baselineStats.samplesMs,
              options.latencyTolerance
            )
          }
        : {}),
      peakRssMb: measured.peakRssMb,
      inputs,
      ...budget
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { candidate: emptyFigures(), peakRssMb: 0, inputs, ...budget, error: message }
  }
}

function sameInputs(
  candidate: ModelSignature,
  baseline: ModelSignature,
  feeds: Map<string, NdArray>
): Map<string, NdArray> | undefined {
  const key = (signature: ModelSignature) =>
    signature.inputs.map((input) => `${input.name}:${input.dtype}`).join(',')
  return key(candidate) === key(baseline) ? feeds : undefined
}

function withoutSamples(stats: LatencyStats): LatencyFigures {
  const { samplesMs: _samples, ...figures } = stats
  return figures
}

function emptyFigures(): LatencyFigures {
  return {
    label: 'candidate',
    runs: 0,
    warmupRuns: 0,
    sessionCreateMs: NaN,
    firstInferenceMs: NaN,
    minMs: NaN,
    p50Ms: NaN,
    p90Ms: NaN,
    p95Ms: NaN,
    p99Ms: NaN,
    maxMs: NaN,
    meanMs: NaN,
    stddevMs: NaN,
    throughputPerSecond: NaN,
    percentileMethod: ''
  }
}
