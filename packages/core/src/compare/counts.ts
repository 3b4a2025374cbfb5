import {
  OUTCOMES,
  VERDICTS,
  type ComparisonCounts,
  type MetricComparison,
  type MetricOutcome,
  type Verdict
} from './report.js'

export function countComparisons(comparisons: Iterable<MetricComparison>): ComparisonCounts {
  const { verdicts, outcomes } = zeroCounts()
  let total = 0
  for (const comparison of comparisons) {
    verdicts[comparison.verdict] += 1
    outcomes[comparison.outcome] += 1
    total += 1
  }
  return { total, verdicts, outcomes }
}

/** The counts of several lists together, without walking their comparisons again. */
export function sumCounts(parts: readonly ComparisonCounts[]): ComparisonCounts {
  const { verdicts, outcomes } = zeroCounts()
  let total = 0
  for (const part of parts) {
    for (const verdict of VERDICTS) verdicts[verdict] += part.verdicts[verdict]
    for (const outcome of OUTCOMES) outcomes[outcome] += part.outcomes[outcome]
    total += part.total
  }
  return { total, verdicts, outcomes }
}

function zeroCounts(): {
  verdicts: Record<Verdict, number>
  outcomes: Record<MetricOutcome, number>
} {
  const verdicts = Object.fromEntries(VERDICTS.map((verdict) => [verdict, 0])) as Record<
    Verdict,
    number
  >
  const outcomes = Object.fromEntries(OUTCOMES.map((outcome) => [outcome, 0])) as Record<
    MetricOutcome,
    number
  >
  return { verdicts, outcomes }
}
