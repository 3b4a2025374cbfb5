// Cold start of each committed bundle against `node -e 0`, median of BENCH_COLD_RUNS (15) runs each.
// The path timed: a bundle started without inputs loads what its step loads before the first input
// is read (the entry, the step's start chunks, its definition and body), reads its inputs and fails
// on the first one missing (compare-metrics, whose inputs are all optional, fails in its body on a
// candidate naming no files); the CLI prints `--help`. That is the start-up a runner pays on every
// step. onnxruntime is not loaded on that path (it is installed and imported only when a model is
// verified). The target is held to CPU time (user + system, measured in each child by
// _cpu-usage-preload.cjs, which the baseline loads too); wall time is printed beside it.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const runs = Number(process.env.BENCH_COLD_RUNS ?? 15)
const scratch = mkdtempSync(join(tmpdir(), 'cold-start-'))
const outputFile = join(scratch, 'output')
writeFileSync(outputFile, '')
const cpuFile = join(scratch, 'cpu')
const preload = fileURLToPath(new URL('_cpu-usage-preload.cjs', import.meta.url))
const env = {
  PATH: process.env.PATH,
  GITHUB_OUTPUT: outputFile,
  RUNNER_TEMP: scratch,
  BENCH_CPU_FILE: cpuFile
}
const TARGET = 1.5

/** One run: its wall time and the CPU time the child reported for itself, in ms. */
function run(args) {
  writeFileSync(cpuFile, '')
  const started = performance.now()
  spawnSync(process.execPath, ['-r', preload, ...args], { env, cwd: scratch, stdio: 'ignore' })
  const wall = performance.now() - started
  return { wall, cpu: Number(readFileSync(cpuFile, 'utf8').trim()) }
}

const median = (times) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]

// Round-robin over `node -e 0` and every bundle, so a change in machine load during the run
// affects the baseline and the bundles alike instead of skewing the ratios.
const cases = [{ name: 'node -e 0', args: ['-e', '0'], times: [] }]
for (const name of readdirSync(join(root, 'dist')).sort()) {
  const bundle = join(root, 'dist', name, 'index.js')
  if (name === 'lib' || !existsSync(bundle)) continue
  cases.push({ name, args: name === 'cli' ? [bundle, '--help'] : [bundle], times: [] })
}
for (const c of cases) run(c.args) // warm the file cache
for (let i = 0; i < runs; i++) for (const c of cases) c.times.push(run(c.args))

const [bareCase, ...bundles] = cases
const bareCpu = median(bareCase.times.map((t) => t.cpu))
const bareWall = median(bareCase.times.map((t) => t.wall))
const rows = []
for (const { name, times } of bundles) {
  const cpu = median(times.map((t) => t.cpu))
  const wall = median(times.map((t) => t.wall))
  console.log(
    `${name}: CPU ${cpu.toFixed(1)} ms vs ${bareCpu.toFixed(1)} ms (${(cpu / bareCpu).toFixed(2)}x), ` +
      `wall ${wall.toFixed(1)} ms vs ${bareWall.toFixed(1)} ms (${(wall / bareWall).toFixed(2)}x)`
  )
  rows.push({
    name: `cold start dist/${name} (CPU)`,
    ours: cpu,
    baseline: bareCpu,
    unit: 'ms',
    ratio: cpu / bareCpu,
    target: `< ${TARGET}x node -e 0`,
    pass: cpu / bareCpu < TARGET
  })
}
console.log(`BENCH_RESULTS ${JSON.stringify(rows)}`)
