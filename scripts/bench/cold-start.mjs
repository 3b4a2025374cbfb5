// Cold start of each committed bundle against `node -e 0`, median of BENCH_COLD_RUNS (15) runs each.
// A bundle started without inputs loads all of its code, reads its inputs, reports the missing
// required one and exits: that is the start-up a runner pays on every step. onnxruntime is not
// loaded on that path (it is installed and imported only when a model is verified).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const runs = Number(process.env.BENCH_COLD_RUNS ?? 15)
const scratch = mkdtempSync(join(tmpdir(), 'cold-start-'))
const outputFile = join(scratch, 'output')
writeFileSync(outputFile, '')
const env = { PATH: process.env.PATH, GITHUB_OUTPUT: outputFile, RUNNER_TEMP: scratch }

function runMs(args) {
  const started = performance.now()
  spawnSync(process.execPath, args, { env, cwd: scratch, stdio: 'ignore' })
  return performance.now() - started
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
for (const c of cases) runMs(c.args) // warm the file cache
for (let i = 0; i < runs; i++) for (const c of cases) c.times.push(runMs(c.args))

const [bareCase, ...bundles] = cases
const bare = median(bareCase.times)
const rows = []
for (const { name, times } of bundles) {
  const ours = median(times)
  console.log(`${name}: ${ours.toFixed(1)} ms vs node -e 0 ${bare.toFixed(1)} ms`)
  rows.push({
    name: `cold start dist/${name}`,
    ours,
    baseline: bare,
    unit: 'ms',
    ratio: ours / bare,
    target: '< 2x node -e 0',
    pass: ours / bare < 2
  })
}
console.log(`BENCH_RESULTS ${JSON.stringify(rows)}`)
