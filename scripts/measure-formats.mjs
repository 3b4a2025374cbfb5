// The figures behind keeping our own format readers (docs/contributing.md, "Libraries over
// hand-written formats"): `node --import ./scripts/ts-loader.mjs scripts/measure-formats.mjs`.
// - what importing each candidate library costs a fresh process (median of 9, ms; node:os is the
//   floor, a module already in node);
// - the ONNX header walk against onnx-proto (protobufjs) decoding the same 64 MiB model.
import { execFileSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { encodeModel } from '../packages/onnx/tests/support/onnx-models.ts'
import { readModelHeader } from '../packages/onnx/src/model-header.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const RUNS = 9

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** Milliseconds `await import(specifier)` takes in a fresh node, measured inside it. */
function importMs(specifier) {
  const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t)`
  const times = []
  for (let run = 0; run < RUNS; run++) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8'
    })
    times.push(Number(out.trim()))
  }
  return median(times)
}

const rows = []
for (const specifier of ['node:os', '@actions/core', 'onnx-proto', 'yaml']) {
  rows.push({ what: `import ${specifier}`, ms: importMs(specifier).toFixed(1) })
}

const megabytes = 64
const model = encodeModel({
  initializers: [
    {
      name: 'W',
      dataType: 1,
      dims: [(megabytes * 1024 * 1024) / 4],
      rawData: new Uint8Array(megabytes * 1024 * 1024)
    }
  ]
})
const { default: onnxProto } = await import('onnx-proto')
function timed(run) {
  const times = []
  for (let round = 0; round < RUNS; round++) {
    const start = performance.now()
    run()
    times.push(performance.now() - start)
  }
  return median(times).toFixed(2)
}
rows.push({
  what: `ONNX header walk (ours), ${megabytes} MiB model`,
  ms: timed(() => readModelHeader(model))
})
rows.push({
  what: `onnx-proto ModelProto.decode, ${megabytes} MiB model`,
  ms: timed(() => onnxProto.onnx.ModelProto.decode(model))
})
for (const { what, ms } of rows) console.log(`${what.padEnd(52)} ${ms} ms`)
