import { summariseDeltas, type MetricDelta } from './bootstrap-summary.js'
import { ClassTallies, reportMetricIds } from './classification-report-metrics.js'
import { sampleMultinomial } from './multinomial-sampler.js'
import type { BootstrapOptions } from './paired-bootstrap.js'
import type { PairedContingency } from './paired-contingency.js'
import { SeededRandom } from './random.js'
import { resamplingSettings } from './resampling-settings.js'

/**
 * One paired bootstrap for every count metric of a classification report (see
 * classification-report-metrics.ts). Each resample draws the contingency cell counts once,
 * Multinomial(n, observed shares), exactly the distribution of the cells of n samples drawn
 * with replacement, and evaluates all metrics on that one draw: O(cells + classes) per resample
 * whatever n is, and the metrics' intervals come from the same resamples.
 */

export function bootstrapClassificationReport(
  contingency: PairedContingency,
  options: Omit<BootstrapOptions, 'interval' | 'keepDistribution'> = {}
): Map<string, MetricDelta> {
  const { resamples, level, seed } = resamplingSettings(options)
  const total = contingency.total
  if (total < 1) throw new RangeError('bootstrap needs at least one paired sample')
  const ids = reportMetricIds(contingency.classes)
  const metricCount = ids.length
  const tallies = new ClassTallies(contingency.classes.length)
  const values = new Float64Array(2 * metricCount)
  const { truth, baseline, candidate } = contingency
  tallies.tally(contingency.counts, truth, baseline, candidate)
  tallies.evaluate(values)
  const observed = Float64Array.from(values)

  // Largest cells first: the conditional binomials then leave little mass to the tail.
  const order = Array.from(contingency.counts, (_, cell) => cell).sort(
    (left, right) => (contingency.counts[right] ?? 0) - (contingency.counts[left] ?? 0)
  )
  const probabilities = Float64Array.from(order, (cell) => (contingency.counts[cell] ?? 0) / total)
  const sortedTruth = Int32Array.from(order, (cell) => truth[cell] ?? 0)
  const sortedBaseline = Int32Array.from(order, (cell) => baseline[cell] ?? 0)
  const sortedCandidate = Int32Array.from(order, (cell) => candidate[cell] ?? 0)
  const counts = new Float64Array(order.length)
  const deltas = new Float64Array(metricCount * resamples)
  const random = new SeededRandom(seed)
  for (let r = 0; r < resamples; r++) {
    sampleMultinomial(random, total, probabilities, counts)
    tallies.tally(counts, sortedTruth, sortedBaseline, sortedCandidate)
    tallies.evaluate(values)
    for (let m = 0; m < metricCount; m++)
      deltas[m * resamples + r] = (values[2 * m + 1] ?? 0) - (values[2 * m] ?? 0)
  }
  const results = new Map<string, MetricDelta>()
  ids.forEach((id, m) => {
    const distribution = deltas.subarray(m * resamples, (m + 1) * resamples)
    const baselineValue = observed[2 * m] ?? 0
    const candidateValue = observed[2 * m + 1] ?? 0
    results.set(
      id,
      summariseDeltas(
        'paired-bootstrap-multinomial',
        id,
        baselineValue,
        candidateValue,
        distribution,
        { level, seed, samples: total }
      )
    )
  })
  return results
}
