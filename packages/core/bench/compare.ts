import type { MetricsDocument } from '../src/metrics/model.js'
import { compareMetrics } from '../src/compare/compare-metrics.js'
import { freezeWithEntries } from '../src/metrics/metric-names.js'
import { parseComparisonRules } from '../src/compare/rules-parser.js'

/**
 * Benchmark of `compareMetrics` on N flattened scalar metrics with a handful of glob rules and
 * a per-class group, including rule compilation (the rules are parsed fresh for each run).
 */
export interface CompareBenchResult {
  readonly metrics: number
  readonly ms: number
  readonly overall: string
  readonly judged: number
}

/** The rules both sides of the compare benchmark judge with. */
export const BENCH_RULES = `
defaults:
  rel-tolerance: 0.5%
metrics:
  "task_*.accuracy": {direction: higher, abs-tolerance: 0.002}
  "task_*.latency_ms": {rel-tolerance: 10%, max: 1000}
  "task_*.loss": {abs-tolerance: 0.01}
  "per_class.*.f1": {rel-tolerance: 2%}
  "**.epoch": {gate: false}
  task_0.accuracy: {min: 0.5, required: true}
`

export async function benchCompare(options: { metrics: number }): Promise<CompareBenchResult> {
  const { candidate, baseline } = syntheticDocuments(options.metrics)
  const rules = await parseComparisonRules(BENCH_RULES, 'bench-rules.yml')
  const start = performance.now()
  const report = await compareMetrics(candidate, baseline, rules)
  const ms = performance.now() - start
  return { metrics: options.metrics, ms, overall: report.overall, judged: report.counts.total }
}

export function syntheticDocuments(count: number): {
  candidate: MetricsDocument
  baseline: MetricsDocument
} {
  const kinds = ['accuracy', 'latency_ms', 'loss', 'epoch', 'bleu']
  const candidateMetrics: Record<string, number> = {}
  const baselineMetrics: Record<string, number> = {}
  const names: string[] = []
  const candidateValues: number[] = []
  const baselineValues: number[] = []
  for (let i = 0; i < count; i++) {
    const name = `task_${Math.floor(i / kinds.length)}.${kinds[i % kinds.length]}`
    names.push(name)
    const base = 0.5 + ((i * 7919) % 1000) / 2000
    const value = i % 97 === 0 ? base * 1.05 : base + ((i % 5) - 2) * 1e-4
    baselineMetrics[name] = base
    candidateMetrics[name] = value
    baselineValues.push(base)
    candidateValues.push(value)
  }
  const rows = (shift: number): Record<string, Record<string, number>> =>
    Object.fromEntries(
      Array.from({ length: 20 }, (_, k) => [
        `class_${k}`,
        { precision: 0.8 + shift, recall: 0.7 + shift, f1: 0.75 + shift }
      ])
    )
  // Frozen with their names and values, as DocumentBuilder.build leaves the metrics of a parsed file.
  const document = (
    metrics: Record<string, number>,
    values: readonly number[],
    shift: number
  ): MetricsDocument => ({
    sources: ['synthetic'],
    format: 'json',
    metrics: freezeWithEntries(metrics, names, values),
    groups: { per_class: { name: 'per_class', rows: rows(shift) } },
    series: {},
    labels: {},
    metadata: {}
  })
  return {
    candidate: document(candidateMetrics, candidateValues, 0.001),
    baseline: document(baselineMetrics, baselineValues, 0)
  }
}
