// node --import ./scripts/ts-loader.mjs scripts/bench/compare.mjs
//
// 1. compare + render of 100,000 metrics (target < 0.3 s CPU, issue #14): compareMetrics with glob
//    rules, the sticky-comment markdown and its fit to 65,536 code points, in CPU time
//    (process.cpuUsage around the measured call, user + system), the median of 7 runs after a
//    warm-up; against a straightforward version that tests every rule glob per metric with
//    picomatch.isMatch and renders every row (CPU, median of 3). An informational row (no
//    target): JSON.stringify of the same 100,000-metric report, which the action writes too.
// 2. paired bootstrap of accuracy on 10^6 samples × 10^4 resamples (target < 1 s): multinomial
//    resampling of the contingency cells; against the per-sample bootstrap (10^6 draws per
//    resample), which is timed on a few resamples and extrapolated linearly (said in the row name),
//    plus the scaling over 10^4, 10^5 and 10^6 samples.
// 3. every count metric of a 10-class report (41: accuracy, error rate, per-class P/R/F1, macro,
//    weighted and micro averages) on 10^6 samples × 10^4 resamples (target < 1 s CPU): one
//    multinomial draw of the contingency cells per resample, against the per-sample bootstrap
//    (timed on a few resamples and extrapolated, said in the row name). CPU time (process.cpuUsage),
//    the multinomial one the median of 3 runs after a warm-up, because the machine is shared.
// ratio = baseline ms / ours ms (a speed-up); the last stdout line is BENCH_RESULTS.
import { markdownTable } from 'markdown-table'
import picomatch from 'picomatch'
import { BENCH_RULES, benchCompare, syntheticDocuments } from '../../packages/core/bench/compare.ts'
import {
  compareMetrics,
  parseComparisonRules,
  renderComparisonMarkdown,
  withReportEnvelope
} from '../../packages/core/src/compare/index.ts'
import { fitMarkdown } from '../../packages/core/src/markdown/index.ts'
import { benchBootstrap, benchClassificationReport } from '../../packages/core/bench/bootstrap.ts'

const rows = []
const round = (value, digits = 2) => Number(value.toFixed(digits))
const cpuMs = () => {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function oursCompareAndRender(count) {
  const { candidate, baseline } = syntheticDocuments(count)
  const rules = await parseComparisonRules(BENCH_RULES, 'bench-rules.yml')
  const started = cpuMs()
  const report = withReportEnvelope(
    await compareMetrics(candidate, baseline, rules),
    { createdAt: new Date().toISOString(), subject: {} },
    { source: 'file', path: 'baseline.json' }
  )
  const markdown = renderComparisonMarkdown(report)
  const fitted = fitMarkdown(markdown, { notice: 'truncated', keepTail: '<!-- marker -->' })
  const ms = cpuMs() - started
  const serialising = cpuMs()
  const json = JSON.stringify(report)
  const jsonMs = cpuMs() - serialising
  return { ms, jsonMs, jsonChars: json.length, overall: report.overall, chars: fitted.text.length }
}

/** The obvious implementation: every glob tested for every metric, every row rendered. */
function straightforwardCompareAndRender(count) {
  const { candidate, baseline } = syntheticDocuments(count)
  const started = cpuMs()
  const patterns = [
    ['task_*.accuracy', 0.002, 0],
    ['task_*.latency_ms', 0, 0.1],
    ['task_*.loss', 0.01, 0],
    ['**.epoch', 0, 0.005]
  ]
  const table = [['Metric', 'Baseline', 'Candidate', 'Δ', 'Status']]
  let failing = 0
  for (const [name, value] of Object.entries(candidate.metrics)) {
    const base = baseline.metrics[name]
    const rule = patterns.find(([pattern]) => picomatch.isMatch(name, pattern, { dot: true }))
    const allowed = (rule?.[1] ?? 0) + (rule?.[2] ?? 0.005) * Math.abs(base)
    const delta = value - base
    const status = Math.abs(delta) <= allowed ? 'unchanged' : delta < 0 ? 'regressed' : 'improved'
    if (status === 'regressed') failing++
    table.push([name, String(base), String(value), String(delta), status])
  }
  const markdown = markdownTable(table, { alignDelimiters: false })
  const fitted = fitMarkdown(markdown, { notice: 'truncated' })
  return { ms: cpuMs() - started, failing, chars: fitted.text.length }
}

const METRICS = 100_000
const OURS_RUNS = 7
const STRAIGHTFORWARD_RUNS = 3
await oursCompareAndRender(2_000) // warm-up of the JIT and the rule cache code paths
const ours = []
for (let run = 0; run < OURS_RUNS; run++) ours.push(await oursCompareAndRender(METRICS))
const plain = []
for (let run = 0; run < STRAIGHTFORWARD_RUNS; run++)
  plain.push(straightforwardCompareAndRender(METRICS))
const oursMs = median(ours.map((result) => result.ms))
const plainMs = median(plain.map((result) => result.ms))
const jsonMs = median(ours.map((result) => result.jsonMs))
rows.push({
  name: `compare + render ${METRICS} metrics (comment markdown fitted), CPU ms, median of ${OURS_RUNS} (baseline of ${STRAIGHTFORWARD_RUNS})`,
  ours: round(oursMs),
  baseline: round(plainMs),
  unit: 'ms',
  ratio: round(plainMs / oursMs),
  target: '< 300 ms',
  pass: oursMs < 300
})
rows.push({
  name: `JSON.stringify of the ${METRICS}-metric report (${ours[0].jsonChars} chars), CPU ms, median of ${OURS_RUNS} (informational)`,
  ours: round(jsonMs),
  unit: 'ms'
})
const compareOnly = await benchCompare({ metrics: METRICS })
console.log(
  `compare+render ${METRICS} (CPU): ours median ${round(oursMs)} ms of [${ours.map((result) => round(result.ms)).join(', ')}] (${ours[0].overall}, ${ours[0].chars} chars), straightforward median ${round(plainMs)} ms of [${plain.map((result) => round(result.ms)).join(', ')}]; JSON.stringify median ${round(jsonMs)} ms; compareMetrics alone ${round(compareOnly.ms)} ms (wall)`
)

for (const samples of [10_000, 100_000, 1_000_000]) {
  // The per-sample version costs ~10^6 draws per resample at n = 10^6: a few resamples are timed.
  const result = benchBootstrap({
    samples,
    resamples: 10_000,
    naiveResamples: Math.max(3, Math.ceil(3_000_000 / samples))
  })
  const extrapolated = result.naiveResamplesTimed < result.resamples
  console.log(
    `bootstrap n=${samples} B=10000: multinomial ${round(result.multinomialMs)} ms (+ ${round(result.tabulateMs)} ms tabulating), per-sample ${round(result.naiveMsMeasured)} ms for ${result.naiveResamplesTimed} resamples → ${round(result.naiveMsExtrapolated)} ms; intervals [${result.multinomialInterval.map((v) => v.toFixed(5))}] vs [${result.naiveInterval.map((v) => v.toFixed(5))}]`
  )
  const ours = result.multinomialMs + result.tabulateMs
  rows.push({
    name: `paired bootstrap accuracy ${samples} samples x 10000 resamples${extrapolated ? ` (per-sample baseline timed on ${result.naiveResamplesTimed} resamples, extrapolated)` : ''}`,
    ours: round(ours),
    baseline: round(result.naiveMsExtrapolated),
    unit: 'ms',
    ratio: round(result.naiveMsExtrapolated / ours),
    target: samples === 1_000_000 ? '< 1000 ms' : 'scaling',
    pass: samples === 1_000_000 ? ours < 1000 : true
  })
}

{
  const result = benchClassificationReport({
    samples: 1_000_000,
    classes: 10,
    resamples: 10_000,
    perSampleResamples: 3
  })
  const ours = result.multinomialMs + result.tabulateMs
  console.log(
    `report bootstrap n=${result.samples} ${result.classes} classes, ${result.metrics} metrics, ${result.cells} cells, B=${result.resamples} (CPU time): multinomial median ${round(result.multinomialMs)} ms of [${result.multinomialRunsMs.map((ms) => round(ms)).join(', ')}] (+ ${round(result.tabulateMs)} ms tabulating), per-sample ${round(result.perSampleMsMeasured)} ms for ${result.perSampleResamplesTimed} resamples → ${round(result.perSampleMsExtrapolated)} ms; weighted-F1 interval [${result.weightedF1.multinomial.map((v) => v.toFixed(5))}]`
  )
  rows.push({
    name: `bootstrap of all ${result.metrics} count metrics of a ${result.classes}-class report, ${result.samples} samples x ${result.resamples} resamples, CPU ms (per-sample baseline timed on ${result.perSampleResamplesTimed} resamples, extrapolated)`,
    ours: round(ours),
    baseline: round(result.perSampleMsExtrapolated),
    unit: 'ms',
    ratio: round(result.perSampleMsExtrapolated / ours),
    target: '< 1000 ms',
    pass: ours < 1000
  })
}

console.log(`BENCH_RESULTS ${JSON.stringify(rows)}`)
