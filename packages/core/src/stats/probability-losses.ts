import type { ModelOutputs } from './align-predictions.js'

/**
 * Per-sample losses of predicted probabilities, whose means are scikit-learn's log_loss and
 * brier_score_loss; a paired bootstrap of the mean difference then gives their statistics.
 * Rows of class scores are normalised to sum 1 and probabilities clipped to [ε, 1 − ε] with
 * ε = 2.22e-16 (float64 machine epsilon), as scikit-learn ≥ 1.5 does.
 * Undefined when the outputs hold no usable scores.
 */
const EPSILON = Number.EPSILON

function clip(probability: number): number {
  return Math.min(1 - EPSILON, Math.max(EPSILON, probability))
}

/** Probability of `className` for each sample, from class scores or the positive-class score. */
function probabilitiesOf(
  outputs: ModelOutputs,
  samples: number,
  className: (i: number) => string,
  positive: string | undefined
): Float64Array | undefined {
  const classScores = outputs.classScores
  if (classScores !== undefined) {
    const width = classScores.classes.length
    const column = new Map(classScores.classes.map((name, index) => [name, index]))
    const result = new Float64Array(samples)
    for (let i = 0; i < samples; i++) {
      let rowSum = 0
      for (let j = 0; j < width; j++) rowSum += classScores.values[i * width + j] ?? 0
      const at = column.get(className(i))
      const value = at === undefined ? 0 : (classScores.values[i * width + at] ?? 0)
      result[i] = rowSum > 0 ? value / rowSum : NaN
    }
    return result
  }
  if (outputs.scores !== undefined && positive !== undefined) {
    const scores = outputs.scores
    return Float64Array.from({ length: samples }, (_, i) =>
      className(i) === positive ? (scores[i] ?? NaN) : 1 - (scores[i] ?? NaN)
    )
  }
  return undefined
}

export function perSampleLogLoss(
  labels: readonly string[],
  outputs: ModelOutputs,
  positive: string | undefined
): Float64Array | undefined {
  const p = probabilitiesOf(outputs, labels.length, (i) => labels[i] ?? '', positive)
  return p?.map((value) => -Math.log(clip(value)))
}

/** Binary only (scikit-learn's brier_score_loss): (p(positive) − [label is positive])². */
export function perSampleBrier(
  labels: readonly string[],
  outputs: ModelOutputs,
  positive: string
): Float64Array | undefined {
  const p = probabilitiesOf(outputs, labels.length, () => positive, positive)
  return p?.map((value, i) => {
    const outcome = labels[i] === positive ? 1 : 0
    return (value - outcome) * (value - outcome)
  })
}
