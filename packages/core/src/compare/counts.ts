import {
  OUTCOMES,
  VERDICTS,
  type ComparisonCounts,
  type MetricComparison,
  type MetricOutcome,
  type Verdict
} from './report.js'

export function countComparisons(comparisons: Iterable<MetricComparison>): ComparisonCounts {
  const verdicts = Object.fromEntries(VERDICTS.map((verdict) => [verdict, 0])) as Record<
    Verdict,
    number
  >
  const outcomes = Object.fromEntries(OUTCOMES.map((outcome) => [outcome, 0])) as Record<
    MetricOutcome,
    number
  >
  let total = 0
  for (const comparison of comparisons) {
    verdicts[comparison.verdict] += 1
    outcomes[comparison.outcome] += 1
    total += 1
  }
  return { total, verdicts, outcomes }
}
