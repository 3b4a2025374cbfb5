"use strict";
exports.id = 9238;
exports.ids = [9238];
exports.modules = {

/***/ 59238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  measureLatency: () => (/* binding */ measureLatency)
});

// UNUSED EXPORTS: DEFAULT_MAX_WARMUP_MS, DEFAULT_MIN_WARMUP_MS, DEFAULT_TIMEOUT_MS, LatencyTimeoutError

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./packages/onnx/src/latency-worker-source.ts
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
const LATENCY_WORKER_SOURCE = String.raw `
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
`;

// EXTERNAL MODULE: ./packages/onnx/src/percentile.ts
var percentile = __webpack_require__(89322);
// EXTERNAL MODULE: ./packages/onnx/src/model-session.ts
var model_session = __webpack_require__(83349);
;// CONCATENATED MODULE: ./packages/onnx/src/latency-benchmark.ts




const DEFAULT_TIMEOUT_MS = 10 * 60_000;
/** A fresh worker's JIT and runtime caches need about this long to settle on a small model. */
const DEFAULT_MIN_WARMUP_MS = 500;
const DEFAULT_MAX_WARMUP_MS = 3_000;
class LatencyTimeoutError extends Error {
    name = 'LatencyTimeoutError';
}
/** Time one or more models in a single worker, interleaved, with the stated percentile method. */
async function measureLatency(runtimeDirectory, models, options) {
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
        sessionOptions: { ...model_session/* QUIET_SESSION_OPTIONS */.HV, ...options.sessionOptions }
    };
    const raw = await runWorker(workerData, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    return {
        models: raw.models.map((model) => summarize(model)),
        peakRssMb: raw.maxRssKb / 1024
    };
}
function runWorker(workerData, timeoutMs) {
    const stop = new SharedArrayBuffer(4);
    return new Promise((resolve, reject) => {
        const worker = new external_node_worker_threads_.Worker(LATENCY_WORKER_SOURCE, {
            eval: true,
            workerData: { ...workerData, stop }
        });
        const timer = setTimeout(() => {
            // Ask the worker to stop after the current run and stop waiting for it; see the worker source.
            Atomics.store(new Int32Array(stop), 0, 1);
            worker.unref();
            reject(new LatencyTimeoutError(`latency measurement exceeded ${Math.round(timeoutMs / 1000)} s and was stopped`));
        }, timeoutMs);
        worker.once('message', (reply) => {
            clearTimeout(timer);
            if (reply.ok && reply.result)
                resolve(reply.result);
            else
                reject(new Error(reply.error ?? 'latency worker failed'));
        });
        worker.once('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
    });
}
function summarize(model) {
    const sorted = (0,percentile/* sortedCopy */.TZ)(model.samplesMs);
    const average = (0,percentile/* mean */.i2)(sorted);
    return {
        label: model.label,
        runs: sorted.length,
        warmupRuns: model.warmupRuns,
        sessionCreateMs: model.createMs,
        firstInferenceMs: model.firstInferenceMs,
        minMs: sorted[0] ?? NaN,
        p50Ms: (0,percentile/* nearestRank */.p3)(sorted, 50),
        p90Ms: (0,percentile/* nearestRank */.p3)(sorted, 90),
        p95Ms: (0,percentile/* nearestRank */.p3)(sorted, 95),
        p99Ms: (0,percentile/* nearestRank */.p3)(sorted, 99),
        maxMs: sorted[sorted.length - 1] ?? NaN,
        meanMs: average,
        stddevMs: (0,percentile/* standardDeviation */.Fx)(sorted),
        throughputPerSecond: average > 0 ? 1000 / average : 0,
        percentileMethod: percentile/* PERCENTILE_METHOD */.Gz,
        samplesMs: model.samplesMs
    };
}


/***/ })

};
;