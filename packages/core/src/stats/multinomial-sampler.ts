import { sampleBinomial } from './binomial-sampler.js'
import type { SeededRandom } from './random.js'

/**
 * Multinomial(n, p) by conditional binomials: cell i receives Binomial(n_left, p_i / p_left).
 * Exact, and O(cells) per draw whatever n is, because each binomial draw is O(1).
 * Writes the counts into `counts` (length ≥ probabilities.length) to avoid allocation in loops.
 */
export function sampleMultinomial(
  random: SeededRandom,
  trials: number,
  probabilities: ArrayLike<number>,
  counts: Float64Array | number[]
): void {
  let trialsLeft = trials
  let massLeft = 1
  const last = probabilities.length - 1
  for (let cell = 0; cell < last; cell++) {
    const probability = probabilities[cell] ?? 0
    if (trialsLeft === 0 || probability <= 0) {
      counts[cell] = 0
    } else {
      const conditional = massLeft > probability ? probability / massLeft : 1
      const drawn = sampleBinomial(random, trialsLeft, conditional)
      counts[cell] = drawn
      trialsLeft -= drawn
    }
    massLeft -= probability
  }
  if (last >= 0) counts[last] = trialsLeft
}
