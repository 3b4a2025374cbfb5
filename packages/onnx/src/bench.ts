// Benchmarks for `npm run bench` (dev only: not exported from the package index, not bundled).
// Timing targets live here, never in tests.
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { measureLatency } from './latency-benchmark.js'
import { readModelHeader } from './model-header.js'
import { loadOnnxRuntime } from './onnx-runtime-loader.js'
import { mean, nearestRank, sortedCopy } from './percentile.js'

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

export interface HeaderWalkSpeed {
  readonly modelMb: number
  readonly headerWalkMs: number
  /** onnx-proto (protobufjs) decoding the whole ModelProto, tensor bytes included. */
  readonly fullDecodeMs: number
}

async function encodeAddModel(width: number, weightsMb = 0): Promise<Uint8Array> {
  const { default: onnxProto } = await import('onnx-proto')
  const weightCount = Math.floor((weightsMb * 1024 * 1024) / 4)
  const { onnx } = onnxProto
  const tensorType = { elemType: 1, shape: { dim: [{ dimParam: 'batch' }, { dimValue: width }] } }
  return onnx.ModelProto.encode({
    irVersion: 8,
    opsetImport: [{ domain: '', version: 17 }],
    graph: {
      name: 'bench',
      node: [{ opType: 'Add', input: ['X', 'X'], output: ['Y'] }],
      initializer:
        weightCount > 0
          ? [
              {
                name: 'unused',
                dataType: 1,
                dims: [weightCount],
                rawData: new Uint8Array(weightCount * 4)
              }
            ]
          : [],
      input: [{ name: 'X', type: { tensorType } }],
      output: [{ name: 'Y', type: { tensorType } }]
    }
  }).finish()
}

/** Our worker loop against a bare session.run loop on the main thread, same model and feeds. */
export async function benchLatencyLoopOverhead(
  runtimeDirectory: string,
  runs = 2000,
  warmupRuns = 100
): Promise<LoopOverhead> {
  const directory = await mkdtemp(join(tmpdir(), 'onnx-bench-'))
  try {
    const path = join(directory, 'add.onnx')
    await writeFile(path, await encodeAddModel(256))
    const { ort } = await loadOnnxRuntime({ path: runtimeDirectory })
    const session = await ort.InferenceSession.create(path, { logSeverityLevel: 4 })
    const feeds = { X: new ort.Tensor('float32', new Float32Array(256), [1, 256]) }
    for (let i = 0; i < warmupRuns; i++) await session.run(feeds)
    const bare: number[] = []
    for (let i = 0; i < runs; i++) {
      const started = performance.now()
      await session.run(feeds)
      bare.push(performance.now() - started)
    }
    await session.release()
    const measured = await measureLatency(
      runtimeDirectory,
      [
        {
          label: 'worker',
          path,
          feeds: new Map([
            ['X', { dtype: 'float32', shape: [1, 256], data: new Float32Array(256) }]
          ])
        }
      ],
      { warmupRuns, runs }
    )
    const worker = measured.models[0]
    const sortedBare = sortedCopy(bare)
    const bareP50Ms = nearestRank(sortedBare, 50)
    const bareP95Ms = nearestRank(sortedBare, 95)
    return {
      runs,
      bareP50Ms,
      bareP95Ms,
      workerP50Ms: worker?.p50Ms ?? NaN,
      workerP95Ms: worker?.p95Ms ?? NaN,
      p50Ratio: (worker?.p50Ms ?? NaN) / bareP50Ms,
      p95Ratio: (worker?.p95Ms ?? NaN) / bareP95Ms
    }
  } finally {
    await rm(directory, { recursive: true, force: true })
  }
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

/** The header walk skips tensor payloads by length; a full protobuf decode copies them. */
export async function benchHeaderWalk(weightsMb = 200, repeats = 5): Promise<HeaderWalkSpeed> {
  const bytes = await encodeAddModel(4, weightsMb)
  const { default: onnxProto } = await import('onnx-proto')
  const time = (work: () => unknown): number => {
    const samples: number[] = []
    for (let i = 0; i < repeats; i++) {
      const started = performance.now()
      work()
      samples.push(performance.now() - started)
    }
    return mean(samples)
  }
  return {
    modelMb: bytes.length / 1024 / 1024,
    headerWalkMs: time(() => readModelHeader(bytes)),
    fullDecodeMs: time(() => onnxProto.onnx.ModelProto.decode(bytes))
  }
}

export async function runOnnxBenchmarks(runtimeDirectory: string): Promise<{
  loopOverhead: LoopOverhead
  coldStart: RuntimeColdStart
  headerWalk: HeaderWalkSpeed
}> {
  return {
    loopOverhead: await benchLatencyLoopOverhead(runtimeDirectory),
    coldStart: await benchRuntimeColdStart(runtimeDirectory),
    headerWalk: await benchHeaderWalk()
  }
}
