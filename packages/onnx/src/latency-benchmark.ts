import type { InferenceSession } from 'onnxruntime-node'
import { Worker } from 'node:worker_threads'
import { LATENCY_WORKER_SOURCE } from './latency-worker-source.js'
import type { NdArray } from './nd-array.js'
import {
  mean,
  nearestRank,
  PERCENTILE_METHOD,
  sortedCopy,
  standardDeviation
} from './percentile.js'
import { QUIET_SESSION_OPTIONS } from './model-session.js'

export interface TimedModel {
  readonly label: string
  readonly path: string
  readonly feeds: ReadonlyMap<string, NdArray>
}

export interface LatencyOptions {
  /** Untimed runs at least; the worker keeps warming up until the run time stops falling. */
  readonly warmupRuns: number
  /** Shortest and longest adaptive warm-up (the runs keep going until their time stops falling). */
  readonly minWarmupMs?: number
  readonly maxWarmupMs?: number
  readonly runs: number
  /** Interleaving rounds when several models are timed together. */
  readonly rounds?: number
  readonly sessionOptions?: InferenceSession.SessionOptions
  /** Wall-clock limit for the whole measurement; an untrusted model must not hold the job forever. */
  readonly timeoutMs?: number
}

export interface LatencyStats {
  readonly label: string
  readonly runs: number
  readonly warmupRuns: number
  readonly sessionCreateMs: number
  readonly firstInferenceMs: number
  readonly minMs: number
  readonly p50Ms: number
  readonly p90Ms: number
  readonly p95Ms: number
  readonly p99Ms: number
  readonly maxMs: number
  readonly meanMs: number
  readonly stddevMs: number
  /** Sequential inferences per second (1000 / mean), one request at a time. */
  readonly throughputPerSecond: number
  readonly percentileMethod: string
  /** The raw timings, kept for the baseline comparison (not written to the report). */
  readonly samplesMs: readonly number[]
}

export interface LatencyMeasurement {
  readonly models: LatencyStats[]
  /** Peak resident set of the whole process (workers share it), from process.resourceUsage().maxRSS. */
  readonly peakRssMb: number
}

export const DEFAULT_TIMEOUT_MS = 10 * 60_000
/** A fresh worker's JIT and runtime caches need about this long to settle on a small model. */
export const DEFAULT_MIN_WARMUP_MS = 500
export const DEFAULT_MAX_WARMUP_MS = 3_000

export class LatencyTimeoutError extends Error {
  override readonly name = 'LatencyTimeoutError'
}

/** Time one or more models in a single worker, interleaved, with the stated percentile method. */
export async function measureLatency(
  runtimeDirectory: string,
  models: readonly TimedModel[],
  options: LatencyOptions
): Promise<LatencyMeasurement> {
  const workerData = {
    runtimeDirectory,
    models: models.map((model) => ({
      label: model.label,
      path: model.path,
      feeds: [...model.feeds].map(([name, array]) => ({
        name,
        dtype: array.dtype,
        shape: array.shape,
        data: array.data
      }))
    })),
    warmupRuns: options.warmupRuns,
    minWarmupMs: options.minWarmupMs ?? DEFAULT_MIN_WARMUP_MS,
    maxWarmupMs: options.maxWarmupMs ?? DEFAULT_MAX_WARMUP_MS,
    runs: options.runs,
    rounds: Math.max(1, Math.min(options.rounds ?? (models.length > 1 ? 10 : 1), options.runs)),
    sessionOptions: { ...QUIET_SESSION_OPTIONS, ...options.sessionOptions }
  }
  const raw = await runWorker(workerData, options.timeoutMs ?? DEFAULT_TIMEOUT_MS)
  return {
    models: raw.models.map((model) => summarize(model)),
    peakRssMb: raw.maxRssKb / 1024
  }
}

interface RawModelTiming {
  label: string
  createMs: number
  firstInferenceMs: number
  warmupRuns: number
  samplesMs: number[]
}

interface WorkerReply {
  ok: boolean
  error?: string
  result?: { models: RawModelTiming[]; maxRssKb: number }
}

function runWorker(
  workerData: object,
  timeoutMs: number
): Promise<{ models: RawModelTiming[]; maxRssKb: number }> {
  const stop = new SharedArrayBuffer(4)
  return new Promise((resolve, reject) => {
    const worker = new Worker(LATENCY_WORKER_SOURCE, {
      eval: true,
      workerData: { ...workerData, stop }
    })
    const timer = setTimeout(() => {
      // Ask the worker to stop after the current run and stop waiting for it; see the worker source.
      Atomics.store(new Int32Array(stop), 0, 1)
      worker.unref()
      reject(
        new LatencyTimeoutError(
          `latency measurement exceeded ${Math.round(timeoutMs / 1000)} s and was stopped`
        )
      )
    }, timeoutMs)
    worker.once('message', (reply: WorkerReply) => {
      clearTimeout(timer)
      if (reply.ok && reply.result) resolve(reply.result)
      else reject(new Error(reply.error ?? 'latency worker failed'))
    })
    worker.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
  })
}

function summarize(model: RawModelTiming): LatencyStats {
  const sorted = sortedCopy(model.samplesMs)
  const average = mean(sorted)
  return {
    label: model.label,
    runs: sorted.length,
    warmupRuns: model.warmupRuns,
    sessionCreateMs: model.createMs,
    firstInferenceMs: model.firstInferenceMs,
    minMs: sorted[0] ?? NaN,
    p50Ms: nearestRank(sorted, 50),
    p90Ms: nearestRank(sorted, 90),
    p95Ms: nearestRank(sorted, 95),
    p99Ms: nearestRank(sorted, 99),
    maxMs: sorted[sorted.length - 1] ?? NaN,
    meanMs: average,
    stddevMs: standardDeviation(sorted),
    throughputPerSecond: average > 0 ? 1000 / average : 0,
    percentileMethod: PERCENTILE_METHOD,
    samplesMs: model.samplesMs
  }
}
