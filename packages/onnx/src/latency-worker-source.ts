/**
 * The measuring loop, run in a worker_thread so nothing else on the main thread (the event loop,
 * GC of the caller's data) lands inside a timed run; onnxruntime-node runs inference synchronously
 * on the calling JS thread (research §2.5-4). It is plain CommonJS source evaluated by the worker,
 * so it needs no file next to the bundle and loads the same onnxruntime-node package by path.
 *
 * Models are timed in interleaved rounds (A, B, A, B, …) so drift in machine load hits candidate
 * and baseline alike. The caller stops it through a shared flag checked between runs: terminating a
 * worker while onnxruntime is inside a native run aborts the whole process.
 */
export const LATENCY_WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads')
const ort = require(workerData.runtimeDirectory)
const stopFlag = new Int32Array(workerData.stop)

function checkStopped() {
  if (Atomics.load(stopFlag, 0) !== 0) throw new Error('stopped by the caller')
}

// Warm-up: at least warmupRuns and minWarmupMs, in blocks (>= 5 runs and >= 25 ms each) until two
// blocks in a row fail to lower the best block median by 3%, within maxWarmupMs. A fresh worker starts with a cold
// JIT and cold runtime caches: a 30 µs model reads up to 2× slow for its first couple of thousand runs.
async function warmUp(session, feeds) {
  let runs = 0
  const started = performance.now()
  let best = Infinity
  let steadyBlocks = 0
  const elapsed = () => performance.now() - started
  while (
    runs < workerData.warmupRuns ||
    (elapsed() < workerData.maxWarmupMs && (steadyBlocks < 2 || elapsed() < workerData.minWarmupMs))
  ) {
    const times = []
    const blockStarted = performance.now()
    while (times.length < 5 || performance.now() - blockStarted < 25) {
      checkStopped()
      const runStarted = performance.now()
      await session.run(feeds)
      times.push(performance.now() - runStarted)
      runs++
    }
    times.sort((a, b) => a - b)
    const median = times[Math.floor(times.length / 2)]
    steadyBlocks = median >= best * 0.97 ? steadyBlocks + 1 : 0
    best = Math.min(best, median)
  }
  return runs
}

async function measure() {
  const states = []
  for (const model of workerData.models) {
    const createStarted = performance.now()
    const session = await ort.InferenceSession.create(model.path, workerData.sessionOptions)
    const createMs = performance.now() - createStarted
    const feeds = {}
    for (const feed of model.feeds) feeds[feed.name] = new ort.Tensor(feed.dtype, feed.data, feed.shape)
    const firstStarted = performance.now()
    await session.run(feeds)
    const firstInferenceMs = performance.now() - firstStarted
    const warmupRuns = await warmUp(session, feeds)
    states.push({ label: model.label, session, feeds, createMs, firstInferenceMs, warmupRuns, samplesMs: [] })
  }
  const perRound = Math.ceil(workerData.runs / workerData.rounds)
  for (let round = 0; round < workerData.rounds; round++) {
    for (const state of states) {
      const count = Math.min(perRound, workerData.runs - state.samplesMs.length)
      for (let i = 0; i < count; i++) {
        checkStopped()
        const started = performance.now()
        await state.session.run(state.feeds)
        state.samplesMs.push(performance.now() - started)
      }
    }
  }
  for (const state of states) await state.session.release()
  return {
    models: states.map((state) => ({
      label: state.label,
      createMs: state.createMs,
      firstInferenceMs: state.firstInferenceMs,
      warmupRuns: state.warmupRuns,
      samplesMs: state.samplesMs
    })),
    maxRssKb: process.resourceUsage().maxRSS
  }
}

measure().then(
  (result) => parentPort.postMessage({ ok: true, result }),
  (error) => parentPort.postMessage({ ok: false, error: String(error && error.message ? error.message : error) })
)
`
