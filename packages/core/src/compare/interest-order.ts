import type { MetricComparison, MetricOutcome, Verdict } from './report.js'

/**
 * The order a comment shows metrics in: failing rows first, then inconclusive, warning and
 * changed ones, then the rest, each bucket in file order. A stable bucket sort: one pass, no
 * comparison sort of 10^5 rows, and only the rows a table can show are kept.
 */
const SEVERITY: Readonly<Record<MetricOutcome, number>> = {
  fail: 0,
  inconclusive: 1,
  warn: 2,
  pass: 3
}

const BUCKETS = 6

export function interest(metric: MetricComparison): number {
  const severity = SEVERITY[metric.outcome]
  if (severity < 3) return severity
  return metric.verdict === 'unchanged' || metric.verdict === 'within-tolerance' ? 5 : 4
}

/**
 * The first `limit` rows in interest order, of the metrics added to it. Rows past `limit` in
 * their own bucket can never be shown: they are only counted, by verdict, for the line that
 * says what the table leaves out.
 */
export class InterestOrder {
  private readonly kept: MetricComparison[][] = Array.from({ length: BUCKETS }, () => [])
  private readonly overflow: Map<Verdict, number>[] = Array.from(
    { length: BUCKETS },
    () => new Map()
  )
  private added = 0

  constructor(private readonly limit: number) {}

  /** Whether a row of this interest would be kept (false: the bucket is full). */
  wouldKeep(bucket: number): boolean {
    return (this.kept[bucket] as MetricComparison[]).length < this.limit
  }

  add(metric: MetricComparison, bucket = interest(metric)): void {
    this.added += 1
    const kept = this.kept[bucket] as MetricComparison[]
    if (kept.length < this.limit) kept.push(metric)
    else {
      const counts = this.overflow[bucket] as Map<Verdict, number>
      counts.set(metric.verdict, (counts.get(metric.verdict) ?? 0) + 1)
    }
  }

  /** How many rows were added. */
  get size(): number {
    return this.added
  }

  /** The rows shown, at most `limit`. */
  shown(): MetricComparison[] {
    const rows: MetricComparison[] = []
    for (const kept of this.kept) {
      for (const metric of kept) {
        if (rows.length >= this.limit) return rows
        rows.push(metric)
      }
    }
    return rows
  }

  /** The rows left out, counted by verdict in the order the verdicts first appear among them. */
  omittedVerdicts(): Map<Verdict, number> {
    const counts = new Map<Verdict, number>()
    let position = 0
    for (let bucket = 0; bucket < BUCKETS; bucket++) {
      for (const metric of this.kept[bucket] as MetricComparison[]) {
        if (position++ < this.limit) continue
        counts.set(metric.verdict, (counts.get(metric.verdict) ?? 0) + 1)
      }
      for (const [verdict, count] of this.overflow[bucket] as Map<Verdict, number>)
        counts.set(verdict, (counts.get(verdict) ?? 0) + count)
    }
    return counts
  }
}

/** Every row in interest order. */
export function byInterest(metrics: readonly MetricComparison[]): MetricComparison[] {
  return mostInteresting(metrics, metrics.length)
}

export function mostInteresting(
  metrics: readonly MetricComparison[],
  limit: number
): MetricComparison[] {
  const order = new InterestOrder(Math.max(0, limit))
  for (const metric of metrics) order.add(metric)
  return order.shown()
}
