// The figures behind each row of docs/contributing.md's "Libraries over hand-written formats" table,
// one command a row: `node --import ./scripts/ts-loader.mjs scripts/measure-formats.mjs [row…]`,
// rows `runner-protocol`, `imports` (runner protocol, protobuf, yaml), `protobuf`, `zip`, `float16`;
// all without one.
// - runner-protocol: action-kit's workflow commands against @actions/core, bundled as below, and
//   required then used as a step's start uses them (an input, a log line, an output);
// - imports: what `await import()` of each candidate library costs a fresh process (median of 9, ms;
//   node:os is the floor, a module already in node);
// - protobuf: the ONNX header walk against onnx-proto (protobufjs) decoding the same 64 MiB model;
// - zip, float16: ours against the library looked at, each bundled by ncc with the options of
//   scripts/build.mjs (bytes it adds to dist, over an empty module), the CPU time a fresh node takes
//   to require that bundle (compile + evaluate, median of 15, over the empty bundle), and the work
//   itself: the zip compare-metrics reads (a metrics artifact written by Python's zipfile), and
//   1M float16 values both ways with the mismatches against numpy's float16 (Debian python3).
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import ncc from '@vercel/ncc'

const root = fileURLToPath(new URL('..', import.meta.url))
const scratch = join(root, 'node_modules', '.cache', 'measure-formats')
const PYTHON = '/usr/bin/python3'
const RUNS = 9

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function timed(run, runs = RUNS) {
  const times = []
  for (let round = 0; round < runs; round++) {
    const start = performance.now()
    run()
    times.push(performance.now() - start)
  }
  return median(times)
}

function print(rows) {
  for (const { what, value } of rows) console.log(`${what.padEnd(64)} ${value}`)
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

/** The module `source` exports, bundled as scripts/build.mjs bundles: its size and where it is. */
async function bundle(name, source) {
  mkdirSync(scratch, { recursive: true })
  const entry = join(scratch, `${name}.mjs`)
  writeFileSync(entry, source)
  const { code } = await ncc(entry, {
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2022',
    esm: false,
    cache: false
  })
  const file = join(scratch, `${name}.cjs`)
  writeFileSync(file, code)
  return { bytes: Buffer.byteLength(code), file }
}

/**
 * CPU milliseconds (user + system) a fresh node spends in `require(file)` and then `use(module)`
 * (a snippet with the module as `m`), median of 15. The figure goes to stderr, so what `use` writes
 * to stdout (a pipe, as on the runner) is not in its way.
 */
function requireCpuMs(file, use = '') {
  const script = `const t = process.cpuUsage(); const m = require(${JSON.stringify(file)}); ${use}; const u = process.cpuUsage(t); require('node:fs').writeSync(2, String((u.user + u.system) / 1000))`
  const output = join(scratch, 'github-output')
  const times = []
  for (let run = 0; run < 15; run++) {
    writeFileSync(output, '')
    const child = spawnSync(process.execPath, ['-e', script], {
      encoding: 'utf8',
      env: { ...process.env, GITHUB_OUTPUT: output, INPUT_MODEL: 'model.onnx' }
    })
    if (child.status !== 0) throw new Error(child.stderr)
    times.push(Number(child.stderr.trim()))
  }
  return median(times)
}

/**
 * Rows for bundle bytes and require CPU of each candidate, over an empty module's bundle; with a
 * fourth element, a snippet using the module (`m`), also the CPU of requiring and using it.
 */
async function bundleRows(candidates) {
  const empty = await bundle('empty', 'export {}\n')
  const emptyMs = requireCpuMs(empty.file)
  const rows = []
  for (const [label, name, source, use] of candidates) {
    const built = await bundle(name, source)
    const kb = ((built.bytes - empty.bytes) / 1024).toFixed(1)
    rows.push({ what: `${label}: bundle bytes over an empty module`, value: `${kb} KB` })
    const ms = (requireCpuMs(built.file) - emptyMs).toFixed(2)
    rows.push({ what: `${label}: require CPU over the empty bundle`, value: `${ms} ms` })
    if (use) {
      const used = (requireCpuMs(built.file, use) - emptyMs).toFixed(2)
      rows.push({ what: `${label}: require, then used`, value: `${used} ms` })
    }
  }
  return rows
}

/**
 * What the runner protocol costs a step at start, ours against @actions/core: bundled, required, and
 * used as a step's start uses it (an input read, a log line, an output written).
 */
async function runnerProtocolRow() {
  const use = "m.getInput('model'); m.info('reading model.onnx'); m.setOutput('result', 'pass')"
  return bundleRows([
    [
      'runner protocol, ours (workflow-commands)',
      'protocol-ours',
      `export * from ${JSON.stringify(join(root, 'packages/action-kit/src/workflow-commands.ts'))}\n`,
      use
    ],
    [
      'runner protocol, @actions/core 3.0.1',
      'protocol-core',
      `export { getInput, info, setOutput } from '@actions/core'\n`,
      use
    ]
  ])
}

async function importsRow() {
  const rows = []
  for (const specifier of ['node:os', '@actions/core', 'onnx-proto', 'yaml']) {
    rows.push({ what: `import ${specifier}`, value: `${importMs(specifier).toFixed(1)} ms` })
  }
  return rows
}

async function protobufRow() {
  const { encodeModel } = await import('../packages/onnx/tests/support/onnx-models.ts')
  const { readModelHeader } = await import('../packages/onnx/src/model-header.ts')
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
  return [
    {
      what: `ONNX header walk (ours), ${megabytes} MiB model`,
      value: `${timed(() => readModelHeader(model)).toFixed(2)} ms`
    },
    {
      what: `onnx-proto ModelProto.decode, ${megabytes} MiB model`,
      value: `${timed(() => onnxProto.onnx.ModelProto.decode(model)).toFixed(2)} ms`
    }
  ]
}

/**
 * A metrics artifact as upload-artifact leaves it for compare-metrics: the comparison report, the
 * metric history and the predictions, deflated by Python's zipfile (an independent writer).
 */
function metricsArtifactZip() {
  const script = `
import io, json, random, sys, zipfile
random.seed(17)
metrics = [{"name": f"class_{i // 4}/{k}", "baseline": random.random(), "candidate": random.random(),
            "verdict": random.choice(["unchanged", "improved", "regressed"])}
           for i in range(400) for k in ["precision", "recall", "f1", "support"][i % 4:i % 4 + 1]]
history = "".join(json.dumps({"run": r, "metrics": {m["name"]: random.random() for m in metrics[:50]}}) + "\\n"
                  for r in range(30))
predictions = "id,label,prediction,score\\n" + "".join(
    f"{i},{random.randrange(10)},{random.randrange(10)},{random.random():.6f}\\n" for i in range(20000))
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
    archive.writestr("metrics-comparison.json", json.dumps({"metrics": metrics}))
    archive.writestr("metric-history.jsonl", history)
    archive.writestr("predictions.csv", predictions)
sys.stdout.buffer.write(buffer.getvalue())
`
  return new Uint8Array(execFileSync(PYTHON, ['-c', script], { maxBuffer: 1 << 26 }))
}

async function zipRow() {
  const rows = await bundleRows([
    [
      'zip, ours (readZipEntries)',
      'zip-ours',
      `export { readZipEntries } from ${JSON.stringify(join(root, 'packages/core/src/archive/zip-entries.ts'))}\n`
    ],
    ['zip, fflate 0.8.3 (unzipSync)', 'zip-fflate', `export { unzipSync } from 'fflate'\n`]
  ])
  const { readZipEntries } = await import('../packages/core/src/archive/zip-entries.ts')
  const { unzipSync } = await import('fflate')
  const zip = metricsArtifactZip()
  const inflated = readZipEntries(zip, 'artifact').reduce((sum, { data }) => sum + data.length, 0)
  const what = `a metrics artifact, ${(zip.length / 1024).toFixed(0)} KB → ${(inflated / 1024).toFixed(0)} KB`
  rows.push({
    what: `zip, ours: read ${what}`,
    value: `${timed(() => readZipEntries(zip, 'artifact'), 51).toFixed(2)} ms`
  })
  rows.push({
    what: `zip, fflate unzipSync: read ${what}`,
    value: `${timed(() => unzipSync(zip), 51).toFixed(2)} ms`
  })
  return rows
}

/** numpy's float16 of each double (its bits), and the double of each half's bits. */
function numpyFloat16(doubles) {
  const toHalf = `import sys, numpy as np, warnings
warnings.simplefilter("ignore")
x = np.frombuffer(sys.stdin.buffer.read(), dtype="<f8")
sys.stdout.buffer.write(x.astype("<f2").view("<u2").tobytes())`
  const out = execFileSync(PYTHON, ['-c', toHalf], {
    input: Buffer.from(doubles.buffer, doubles.byteOffset, doubles.byteLength),
    maxBuffer: 1 << 26
  })
  return new Uint16Array(out.buffer.slice(out.byteOffset, out.byteOffset + out.length))
}

async function float16Row() {
  const rows = await bundleRows([
    [
      'float16, ours (two functions)',
      'float16-ours',
      `export { halfBitsToNumber, numberToHalfBits } from ${JSON.stringify(join(root, 'packages/onnx/src/float16.ts'))}\n`
    ],
    [
      'float16, @petamoriken/float16 3.9.3 (getFloat16, setFloat16)',
      'float16-library',
      `export { getFloat16, setFloat16 } from '@petamoriken/float16'\n`
    ]
  ])
  const { halfBitsToNumber, numberToHalfBits } = await import('../packages/onnx/src/float16.ts')
  const { getFloat16, setFloat16 } = await import('@petamoriken/float16')
  const count = 1 << 20
  const bits = new Uint16Array(count)
  for (let i = 0; i < count; i++) bits[i] = (i * 40503) & 0x7bff // finite halves, both signs but NaN
  const values = new Float64Array(count)
  for (let i = 0; i < count; i++) values[i] = (Math.sin(i) * 2 ** ((i % 40) - 20)) / 3
  const out = new Float64Array(count)
  const outBits = new Uint16Array(count)
  const view = new DataView(bits.buffer)
  const outView = new DataView(outBits.buffer)
  const conversions = [
    [
      'ours: 1M halves → doubles',
      () => {
        for (let i = 0; i < count; i++) out[i] = halfBitsToNumber(bits[i])
      }
    ],
    [
      'library: 1M halves → doubles (getFloat16)',
      () => {
        for (let i = 0; i < count; i++) out[i] = getFloat16(view, i * 2, true)
      }
    ],
    [
      'ours: 1M doubles → halves',
      () => {
        for (let i = 0; i < count; i++) outBits[i] = numberToHalfBits(values[i])
      }
    ],
    [
      'library: 1M doubles → halves (setFloat16)',
      () => {
        for (let i = 0; i < count; i++) setFloat16(outView, i * 2, values[i], true)
      }
    ]
  ]
  for (const [label, run] of conversions) {
    rows.push({ what: `float16, ${label}`, value: `${timed(run).toFixed(1)} ms` })
  }
  const expected = numpyFloat16(values)
  let ours = 0
  let library = 0
  for (let i = 0; i < count; i++) {
    if (numberToHalfBits(values[i]) !== expected[i]) ours++
    setFloat16(outView, 0, values[i], true)
    if (outView.getUint16(0, true) !== expected[i]) library++
  }
  rows.push({
    what: 'float16: doubles → halves unlike numpy (ours / library)',
    value: `${ours} / ${library} of ${count}`
  })
  return rows
}

const ROWS = {
  'runner-protocol': runnerProtocolRow,
  imports: importsRow,
  protobuf: protobufRow,
  zip: zipRow,
  float16: float16Row
}
const asked = process.argv.slice(2)
for (const name of asked) if (!ROWS[name]) throw new Error(`no row ${name}: ${Object.keys(ROWS)}`)
for (const name of asked.length > 0 ? asked : Object.keys(ROWS)) {
  console.log(`# ${name}`)
  print(await ROWS[name]())
}
