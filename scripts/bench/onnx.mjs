#!/usr/bin/env node
// onnx-export-verify benchmarks (run by `npm run bench`, or alone with
// `node --import ./scripts/ts-loader.mjs scripts/bench/onnx.mjs`):
//   1. the action's latency measurement (worker thread, warm-up, timed loop) against a bare
//      onnxruntime-node session.run loop on the main thread, same model, same run: the
//      measurement must not add more than 5% to the median it measures (p95 is printed: on a
//      shared machine its tail is the machine's noise more than the loop's);
//   2. cold start of onnxruntime-node as the action installed it in the tool cache (from npm
//      registry tarballs, this platform's binaries only) against the npm-installed copy in
//      node_modules: a fresh process requiring the package and creating its first session;
// The last stdout line is BENCH_RESULTS <json rows>.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  benchLatencyLoopOverhead,
  benchRuntimeColdStart
} from '../../packages/onnx/bench/onnx-runtime.ts'
import { loadOnnxRuntime, registryInstaller } from '../../packages/onnx/src/index.ts'
import {
  runtimeTarballs,
  startFakeNpmRegistry
} from '../../packages/onnx/tests/support/fake-npm-registry.ts'

const root = fileURLToPath(new URL('../..', import.meta.url))
const nodeModulesRuntime = join(root, 'node_modules', 'onnxruntime-node')
const rows = []
const row = (name, ours, baseline, unit, target, limit) => {
  const ratio = ours / baseline
  rows.push({ name, ours, baseline, unit, ratio, target, pass: ratio < limit })
  console.error(
    `${name}: ours ${ours.toFixed(4)} ${unit}, baseline ${baseline.toFixed(4)} ${unit}, ratio ${ratio.toFixed(3)}`
  )
}

const loop = await benchLatencyLoopOverhead(nodeModulesRuntime, 1000, 200, 15)
row(
  'latency loop p50 (worker vs bare session.run)',
  loop.workerP50Ms,
  loop.bareP50Ms,
  'ms',
  '< 1.05',
  1.05
)
console.error(
  `latency loop p95: worker ${loop.workerP95Ms.toFixed(4)} ms, bare ${loop.bareP95Ms.toFixed(4)} ms (${loop.runs} runs × 15 trials)`
)

// The loopback registry serves tarballs made from node_modules: the install path is the real one,
// only the network is local (this machine has no route to the public registry's CDN guaranteed).
const scratch = await mkdtemp(join(tmpdir(), 'onnx-bench-cache-'))
const registry = await startFakeNpmRegistry({
  tarballs: runtimeTarballs(join(root, 'node_modules')),
  version: '1.30.0'
})
try {
  const installed = await loadOnnxRuntime({
    toolCache: scratch,
    install: registryInstaller({ registry: registry.url })
  })
  console.error(
    `installed into the tool cache in ${installed.installMs.toFixed(0)} ms (loopback registry)`
  )
  const fromCache = await loadOnnxRuntime({ toolCache: scratch })
  if (fromCache.source !== 'tool-cache')
    throw new Error(`expected the tool cache, got ${fromCache.source}`)
  // Alternate the two copies trial by trial, so a busy moment of the machine hits both.
  const trials = Number(process.env.BENCH_ONNX_COLD_TRIALS ?? 15)
  const samples = { bare: [], cached: [] }
  const sides = [
    ['bare', nodeModulesRuntime],
    ['cached', fromCache.packageDirectory]
  ]
  for (let trial = 0; trial < trials; trial++) {
    // Which copy goes first changes every trial: the second process of a pair starts on a warmer machine.
    for (const [side, directory] of trial % 2 === 0 ? sides : [...sides].reverse()) {
      samples[side].push(await benchRuntimeColdStart(directory, 1))
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.ceil(values.length / 2) - 1]
  const summary = (runs) => ({
    requireMedianMs: median(runs.map((run) => run.requireMedianMs)),
    firstSessionMedianMs: median(runs.map((run) => run.firstSessionMedianMs)),
    processMedianMs: median(runs.map((run) => run.processMedianMs))
  })
  const bare = summary(samples.bare)
  const cached = summary(samples.cached)
  row(
    'cold start: require + first session, tool cache vs node_modules',
    cached.requireMedianMs + cached.firstSessionMedianMs,
    bare.requireMedianMs + bare.firstSessionMedianMs,
    'ms',
    '< 1.1',
    1.1
  )
  row(
    'cold start: whole process, tool cache vs node_modules',
    cached.processMedianMs,
    bare.processMedianMs,
    'ms',
    '< 1.1',
    1.1
  )
} finally {
  await registry.close()
  await rm(scratch, { recursive: true, force: true })
}

console.log(`BENCH_RESULTS ${JSON.stringify(rows)}`)
