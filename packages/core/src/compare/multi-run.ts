import type { MetricGroup, MetricsDocument } from '../metrics/model.js'
import type { StatResult } from '../stats/stat-result.js'

/**
 * Several runs per side (seeds): each metric is compared on its mean over the runs that report
 * it, and when both sides have at least two runs of it, Welch's t-test supplies the evidence.
 * Group cells are averaged and tested the same way, keyed `<group>.<member>.<field>`.
 */
export interface RunSummary {
  /** A document holding the per-metric means, for the comparison itself. */
  readonly mean: MetricsDocument
  readonly runs: number
  /** Values per flattened name (scalars and group cells); empty for a single run. */
  readonly values: ReadonlyMap<string, readonly number[]>
}

export function summariseRuns(runs: readonly MetricsDocument[]): RunSummary {
  const first = runs[0]
  if (first === undefined) throw new RangeError('at least one run is needed')
  if (runs.length === 1) return { mean: first, runs: 1, values: new Map() }
  const values = new Map<string, number[]>()
  const push = (name: string, value: number): void => {
    const list = values.get(name)
    if (list === undefined) values.set(name, [value])
    else list.push(value)
  }
  const metricNames: string[] = []
  const groupShapes = new Map<string, Map<string, Set<string>>>()
  for (const run of runs) {
    for (const [name, value] of Object.entries(run.metrics)) {
      if (!values.has(name)) metricNames.push(name)
      push(name, value)
    }
    for (const [groupName, group] of Object.entries(run.groups)) {
      let members = groupShapes.get(groupName)
      if (members === undefined) {
        members = new Map()
        groupShapes.set(groupName, members)
      }
      for (const [member, row] of Object.entries(group.rows)) {
        let fields = members.get(member)
        if (fields === undefined) {
          fields = new Set()
          members.set(member, fields)
        }
        for (const [field, value] of Object.entries(row)) {
          fields.add(field)
          push(cellName(groupName, member, field), value)
        }
      }
    }
  }
  const metrics: Record<string, number> = {}
  for (const name of metricNames) metrics[name] = mean(values.get(name) ?? [])
  const groups: Record<string, MetricGroup> = {}
  for (const [groupName, members] of groupShapes) {
    const rows: Record<string, Record<string, number>> = {}
    for (const [member, fields] of members) {
      const row: Record<string, number> = {}
      for (const field of fields)
        row[field] = mean(values.get(cellName(groupName, member, field)) ?? [])
      rows[member] = row
    }
    groups[groupName] = { name: groupName, rows }
  }
  return {
    mean: {
      sources: runs.flatMap((run) => run.sources),
      format: first.format,
      metrics,
      groups,
      series: {},
      labels: first.labels,
      metadata: first.metadata
    },
    runs: runs.length,
    values
  }
}

export function cellName(group: string, member: string, field: string): string {
  return `${group}.${member}.${field}`
}

/** Welch's t-test for every name both sides measured at least twice. */
export async function welchStatistics(
  candidate: RunSummary,
  baseline: RunSummary,
  level: number
): Promise<Map<string, StatResult & { readonly runs: { baseline: number; candidate: number } }>> {
  // Only comparisons of several runs per side need the t distribution.
  const { welchTTest } = await import('../stats/welch.js')
  const statistics = new Map<
    string,
    StatResult & { readonly runs: { baseline: number; candidate: number } }
  >()
  for (const [name, candidateValues] of candidate.values) {
    const baselineValues = baseline.values.get(name)
    if (baselineValues === undefined || baselineValues.length < 2 || candidateValues.length < 2)
      continue
    if (!candidateValues.every(Number.isFinite) || !baselineValues.every(Number.isFinite)) continue
    const result = welchTTest(baselineValues, candidateValues, { level })
    statistics.set(name, {
      method: result.method,
      delta: result.delta,
      low: result.low,
      high: result.high,
      level: result.level,
      pValue: result.pValue,
      runs: { baseline: baselineValues.length, candidate: candidateValues.length }
    })
  }
  return statistics
}

function mean(values: readonly number[]): number {
  let sum = 0
  for (const value of values) sum += value
  return sum / values.length
}
