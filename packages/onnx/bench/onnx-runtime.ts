// Benchmarks for `npm run bench` (scripts/bench/onnx.mjs), outside the package's shipped src.
// Timing targets live here, never in tests.
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { measureLatency } from '../src/latency-benchmark.js'
import { loadOnnxRuntime } from '../src/onnx-runtime-loader.js'
import { nearestRank, sortedCopy } from '../src/percentile.js'

export interface LoopOverhead {
  readonly runs: number
  readonly bareP50Ms: number
  readonly bareP95Ms: number
  readonly workerP50Ms: number
  readonly workerP95Ms: number
  /** worker p50 / bare p50: what measuring in a worker (and our bookkeeping) adds. */
  readonly p50Ratio: number
  readonly p95Ratio: number
}

export interface RuntimeColdStart {
  readonly trials: number
  /** Fresh `node` process: require('onnxruntime-node') (loads the native addon). */
  readonly requireMedianMs: number
  /** …then the first InferenceSession.create of a tiny model (initialises the ORT environment). */
  readonly firstSessionMedianMs: number
  readonly processMedianMs: number
}

async function encodeAddModel(width: number): Promise<Uint8Array> {
  const { default: onnxProto } = await import('onnx-proto')
  const { onnx } = onnxProto
  const tensorType = { elemType: 1, shape: { dim: [{ dimParam: 'batch' }, { dimValue: width }] } }
  return onnx.ModelProto.encode({
    irVersion: 8,
    opsetImport: [{ domain: '', version: 17 }],
    graph: {
      name: 'bench',
      node: [{ opType: 'Add', input: ['X', 'X'], output: ['Y'] }],
      input: [{ name: 'X', type: { tensorType } }],
      output: [{ name: 'Y', type: { tensorType } }]
    }
  }).finish()
}

/**
 * The action's latency measurement (measureLatency: a worker, warm-up, timed loop) against the
 * plainest loop a user would write: session.run in a loop on the main thread, same model and feeds.
 * They alternate for `trials` rounds and the medians over trials are compared, so drift in machine
 * load hits both.
 */
export async function benchLatencyLoopOverhead(
  runtimeDirectory: string,
  runs = 2000,
  warmupRuns = 200,
  trials = 5
): Promise<LoopOverhead> {
  const directory = await mkdtemp(join(tmpdir(), 'onnx-bench-'))
  try {
    const path = join(directory, 'matmul.onnx')
    await writeFile(path, await encodeMatMulModel(WIDTH))
    const { ort } = await loadOnnxRuntime({ path: runtimeDirectory })
    const input = new Float32Array(WIDTH).fill(0.5)
    const bareP50: number[] = []
    const bareP95: number[] = []
    const workerP50: number[] = []
    const workerP95: number[] = []
    for (let trial = 0; trial < trials; trial++) {
      const session = await ort.InferenceSession.create(path, { logSeverityLevel: 4 })
      const feeds = { X: new ort.Tensor('float32', input, [1, WIDTH]) }
      for (let i = 0; i < warmupRuns; i++) await session.run(feeds)
      const bare: number[] = []
      for (let i = 0; i < runs; i++) {
        const started = performance.now()
        await session.run(feeds)
        bare.push(performance.now() - started)
      }
      await session.release()
      const sortedBare = sortedCopy(bare)
      bareP50.push(nearestRank(sortedBare, 50))
      bareP95.push(nearestRank(sortedBare, 95))
      const measured = await measureLatency(
        runtimeDirectory,
        [
          {
            label: 'worker',
            path,
            feeds: new Map([['X', { dtype: 'float32', shape: [1, WIDTH], data: input }]])
          }
        ],
        { warmupRuns, runs }
      )
      workerP50.push(measured.models[0]?.p50Ms ?? NaN)
      workerP95.push(measured.models[0]?.p95Ms ?? NaN)
    }
    const median = (values: number[]) => nearestRank(sortedCopy(values), 50)
    return {
      runs,
      bareP50Ms: median(bareP50),
      bareP95Ms: median(bareP95),
      workerP50Ms: median(workerP50),
      workerP95Ms: median(workerP95),
      p50Ratio: median(workerP50) / median(bareP50),
      p95Ratio: median(workerP95) / median(bareP95)
    }
  } finally {
    await rm(directory, { recursive: true, force: true })
  }
}

/** Large enough that one run is tens of microseconds of real work, not only binding overhead. */
const WIDTH = 128

async function encodeMatMulModel(width: number): Promise<Uint8Array> {
  const { default: onnxProto } = await import('onnx-proto')
  const { onnx } = onnxProto
  const weights = new Float32Array(width * width).map((_, i) => ((i % 7) - 3) / 7)
  const type = (dims: ({ dimParam: string } | { dimValue: number })[]) => ({
    tensorType: { elemType: 1, shape: { dim: dims } }
  })
  return onnx.ModelProto.encode({
    irVersion: 8,
    opsetImport: [{ domain: '', version: 17 }],
    graph: {
      name: 'bench',
      node: [
        { opType: 'MatMul', input: ['X', 'W'], output: ['H'] },
        { opType: 'Relu', input: ['H'], output: ['Y'] }
      ],
      initializer: [
        { name: 'W', dataType: 1, dims: [width, width], rawData: new Uint8Array(weights.buffer) }
      ],
      input: [{ name: 'X', type: type([{ dimParam: 'batch' }, { dimValue: width }]) }],
      output: [{ name: 'Y', type: type([{ dimParam: 'batch' }, { dimValue: width }]) }]
    }
  }).finish()
}

const COLD_START_SCRIPT = `
const started = performance.now()
const ort = require(process.argv[1])
const loaded = performance.now()
ort.InferenceSession.create(process.argv[2], { logSeverityLevel: 4 }).then(() => {
  process.stdout.write(JSON.stringify({ requireMs: loaded - started, sessionMs: performance.now() - loaded }))
})
`

/** Cold start of the runtime in fresh processes, as the action pays it once per job. */
export async function benchRuntimeColdStart(
  runtimeDirectory: string,
  trials = 5
): Promise<RuntimeColdStart> {
  const directory = await mkdtemp(join(tmpdir(), 'onnx-bench-'))
  try {
    const path = join(directory, 'add.onnx')
    await writeFile(path, await encodeAddModel(4))
    const requireMs: number[] = []
    const sessionMs: number[] = []
    const processMs: number[] = []
    for (let trial = 0; trial < trials; trial++) {
      const started = performance.now()
      const { stdout } = await promisify(execFile)(process.execPath, [
        '-e',
        COLD_START_SCRIPT,
        runtimeDirectory,
        path
      ])
      processMs.push(performance.now() - started)
      const timing = JSON.parse(stdout) as { requireMs: number; sessionMs: number }
      requireMs.push(timing.requireMs)
      sessionMs.push(timing.sessionMs)
    }
    return {
      trials,
      requireMedianMs: nearestRank(sortedCopy(requireMs), 50),
      firstSessionMedianMs: nearestRank(sortedCopy(sessionMs), 50),
      processMedianMs: nearestRank(sortedCopy(processMs), 50)
    }
  } finally {
    await rm(directory, { recursive: true, force: true })
  }
}
