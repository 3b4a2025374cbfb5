import { confidenceLevel } from './resampling-settings.js'
import { midranks } from './midranks.js'
import { normalQuantile, normalTwoSidedPValue } from './normal.js'

/**
 * DeLong's test for the difference of two correlated ROC AUCs (DeLong, DeLong & Clarke-Pearson,
 * Biometrics 44, 1988), with the O(n log n) midrank algorithm of Sun & Xu (IEEE Signal Processing
 * Letters 21, 2014): for each model the structural components are
 *   V10ᵢ = (Tzᵢ − Txᵢ) / n   (positive i: share of negatives it outscores, ties ½)
 *   V01ⱼ = 1 − (Tzⱼ − Tyⱼ) / m   (negative j: share of positives that outscore it)
 * where Tz, Tx, Ty are midranks among all, positive and negative samples. The covariance of the
 * two AUCs is S10/m + S01/n with S10, S01 the sample covariances (denominator m − 1, n − 1) of
 * the components, as in DeLong's paper and pROC. z = ΔAUC / SE, two-sided normal p-value, and a
 * Wald interval ΔAUC ± z_{1−α/2} SE.
 */
export interface DeLongResult {
  readonly method: 'delong'
  readonly baselineAuc: number
  readonly candidateAuc: number
  /** candidateAuc − baselineAuc */
  readonly delta: number
  readonly variance: number
  readonly standardError: number
  readonly statistic: number
  readonly pValue: number
  readonly low: number
  readonly high: number
  readonly level: number
  readonly positives: number
  readonly negatives: number
  /** Variances of each AUC and their covariance, for callers that need one-sample intervals. */
  readonly covariance: {
    readonly baseline: number
    readonly candidate: number
    readonly between: number
  }
}

export function delongTest(
  isPositive: ArrayLike<boolean | number>,
  baselineScores: ArrayLike<number>,
  candidateScores: ArrayLike<number>,
  options: { level?: number } = {}
): DeLongResult {
  const level = confidenceLevel(options.level)
  const size = isPositive.length
  if (baselineScores.length !== size || candidateScores.length !== size) {
    throw new RangeError(
      `DeLong inputs differ in length: labels ${size}, baseline ${baselineScores.length}, candidate ${candidateScores.length}`
    )
  }
  const positiveIndices: number[] = []
  const negativeIndices: number[] = []
  for (let i = 0; i < size; i++) {
    if (isPositive[i]) positiveIndices.push(i)
    else negativeIndices.push(i)
  }
  const m = positiveIndices.length
  const n = negativeIndices.length
  if (m < 2 || n < 2) {
    throw new RangeError(
      `DeLong's test needs at least 2 positive and 2 negative samples, got ${m} and ${n}`
    )
  }
  const baseline = structuralComponents(baselineScores, positiveIndices, negativeIndices)
  const candidate = structuralComponents(candidateScores, positiveIndices, negativeIndices)
  const varianceBaseline =
    covariance(baseline.positive, baseline.positive) / m +
    covariance(baseline.negative, baseline.negative) / n
  const varianceCandidate =
    covariance(candidate.positive, candidate.positive) / m +
    covariance(candidate.negative, candidate.negative) / n
  const between =
    covariance(baseline.positive, candidate.positive) / m +
    covariance(baseline.negative, candidate.negative) / n
  const delta = candidate.auc - baseline.auc
  const variance = Math.max(varianceBaseline + varianceCandidate - 2 * between, 0)
  const standardError = Math.sqrt(variance)
  const statistic =
    standardError > 0 ? delta / standardError : delta === 0 ? 0 : Math.sign(delta) * Infinity
  const margin = normalQuantile(1 - (1 - level) / 2) * standardError
  return {
    method: 'delong',
    baselineAuc: baseline.auc,
    candidateAuc: candidate.auc,
    delta,
    variance,
    standardError,
    statistic,
    pValue: standardError > 0 ? normalTwoSidedPValue(statistic) : delta === 0 ? 1 : 0,
    low: delta - margin,
    high: delta + margin,
    level,
    positives: m,
    negatives: n,
    covariance: { baseline: varianceBaseline, candidate: varianceCandidate, between }
  }
}

interface Components {
  readonly auc: number
  readonly positive: Float64Array
  readonly negative: Float64Array
}

function structuralComponents(
  scores: ArrayLike<number>,
  positiveIndices: readonly number[],
  negativeIndices: readonly number[]
): Components {
  const m = positiveIndices.length
  const n = negativeIndices.length
  const positiveScores = Float64Array.from(positiveIndices, (i) => finiteScore(scores, i))
  const negativeScores = Float64Array.from(negativeIndices, (i) => finiteScore(scores, i))
  const combined = new Float64Array(m + n)
  combined.set(positiveScores, 0)
  combined.set(negativeScores, m)
  const rankAll = midranks(combined)
  const rankPositive = midranks(positiveScores)
  const rankNegative = midranks(negativeScores)
  const positive = new Float64Array(m)
  const negative = new Float64Array(n)
  let sum = 0
  for (let i = 0; i < m; i++) {
    const component = ((rankAll[i] ?? 0) - (rankPositive[i] ?? 0)) / n
    positive[i] = component
    sum += component
  }
  for (let j = 0; j < n; j++) {
    negative[j] = 1 - ((rankAll[m + j] ?? 0) - (rankNegative[j] ?? 0)) / m
  }
  return { auc: sum / m, positive, negative }
}

function finiteScore(scores: ArrayLike<number>, index: number): number {
  const score = scores[index] ?? NaN
  if (Number.isNaN(score)) throw new RangeError(`score of sample ${index} is NaN`)
  return score
}

function covariance(left: Float64Array, right: Float64Array): number {
  const size = left.length
  let leftMean = 0
  let rightMean = 0
  for (let i = 0; i < size; i++) {
    leftMean += left[i] ?? 0
    rightMean += right[i] ?? 0
  }
  leftMean /= size
  rightMean /= size
  let sum = 0
  for (let i = 0; i < size; i++) sum += ((left[i] ?? 0) - leftMean) * ((right[i] ?? 0) - rightMean)
  return sum / (size - 1)
}
