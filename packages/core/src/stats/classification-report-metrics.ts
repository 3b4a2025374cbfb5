/**
 * The count metrics of a classification report, for both models at once, from per-class counts:
 * accuracy and error rate; per class precision, recall and F1; their macro, weighted and micro
 * averages. Conventions are scikit-learn's `classification_report` (zero_division 0; macro over
 * the classes in the truth or that model's predictions; weighted by true support; micro over all
 * samples, which for single-label classification equals accuracy).
 *
 * Metric ids: `accuracy`, `error-rate`, `precision[<class>]`, `recall[<class>]`, `f1[<class>]`,
 * `<macro|weighted|micro>-<precision|recall|f1>`.
 */
export const SCORES = ['precision', 'recall', 'f1'] as const
export type Score = (typeof SCORES)[number]
export const AVERAGES = ['macro', 'weighted', 'micro'] as const
export type Average = (typeof AVERAGES)[number]

export function perClassMetricId(score: Score, className: string): string {
  return `${score}[${className}]`
}

export function averageMetricId(average: Average, score: Score): string {
  return `${average}-${score}`
}

/** The ids in the order `ReportMetricsLayout.evaluate` writes them. */
export function reportMetricIds(classes: readonly string[]): string[] {
  const ids = ['accuracy', 'error-rate']
  for (const className of classes)
    for (const score of SCORES) ids.push(perClassMetricId(score, className))
  for (const average of AVERAGES)
    for (const score of SCORES) ids.push(averageMetricId(average, score))
  return ids
}

/** Per-class tallies of one resample (or the observed data) for both models. */
export class ClassTallies {
  readonly truth: Float64Array
  /** [model 0 = baseline, model 1 = candidate][class] */
  readonly predicted: readonly [Float64Array, Float64Array]
  readonly hits: readonly [Float64Array, Float64Array]
  total = 0

  constructor(readonly classCount: number) {
    this.truth = new Float64Array(classCount)
    this.predicted = [new Float64Array(classCount), new Float64Array(classCount)]
    this.hits = [new Float64Array(classCount), new Float64Array(classCount)]
  }

  /** Tally cell counts of a contingency (truth, baseline, candidate class index per cell). */
  tally(
    counts: ArrayLike<number>,
    truthOfCell: Int32Array,
    baselineOfCell: Int32Array,
    candidateOfCell: Int32Array
  ): void {
    const truth = this.truth
    const [predictedBaseline, predictedCandidate] = this.predicted
    const [hitsBaseline, hitsCandidate] = this.hits
    truth.fill(0)
    predictedBaseline.fill(0)
    predictedCandidate.fill(0)
    hitsBaseline.fill(0)
    hitsCandidate.fill(0)
    let total = 0
    for (let cell = 0; cell < truthOfCell.length; cell++) {
      const count = counts[cell] ?? 0
      if (count === 0) continue
      const t = truthOfCell[cell] ?? 0
      const b = baselineOfCell[cell] ?? 0
      const c = candidateOfCell[cell] ?? 0
      total += count
      truth[t] = (truth[t] ?? 0) + count
      predictedBaseline[b] = (predictedBaseline[b] ?? 0) + count
      predictedCandidate[c] = (predictedCandidate[c] ?? 0) + count
      if (b === t) hitsBaseline[t] = (hitsBaseline[t] ?? 0) + count
      if (c === t) hitsCandidate[t] = (hitsCandidate[t] ?? 0) + count
    }
    this.total = total
  }

  /**
   * Every metric of `reportMetricIds` for both models: out[2·i] baseline, out[2·i + 1] candidate.
   */
  evaluate(out: Float64Array): void {
    const classCount = this.classCount
    const perClassStart = 2
    const averagesStart = perClassStart + classCount * SCORES.length
    for (let model = 0; model < 2; model++) {
      const predicted = this.predicted[model as 0 | 1]
      const hits = this.hits[model as 0 | 1]
      let hitSum = 0
      let macroP = 0
      let macroR = 0
      let macroF = 0
      let weightedP = 0
      let weightedR = 0
      let weightedF = 0
      let present = 0
      for (let k = 0; k < classCount; k++) {
        const truthK = this.truth[k] ?? 0
        const predictedK = predicted[k] ?? 0
        const tp = hits[k] ?? 0
        hitSum += tp
        const precision = predictedK > 0 ? tp / predictedK : 0
        const recall = truthK > 0 ? tp / truthK : 0
        const f1Denominator = predictedK + truthK
        const f1 = f1Denominator > 0 ? (2 * tp) / f1Denominator : 0
        const at = 2 * (perClassStart + k * SCORES.length)
        out[at + model] = precision
        out[at + 2 + model] = recall
        out[at + 4 + model] = f1
        if (truthK > 0 || predictedK > 0) {
          present += 1
          macroP += precision
          macroR += recall
          macroF += f1
        }
        weightedP += precision * truthK
        weightedR += recall * truthK
        weightedF += f1 * truthK
      }
      const total = this.total
      const accuracy = total > 0 ? hitSum / total : 0
      out[model] = accuracy
      out[2 + model] = 1 - accuracy
      const averages = [
        present > 0 ? macroP / present : 0,
        present > 0 ? macroR / present : 0,
        present > 0 ? macroF / present : 0,
        total > 0 ? weightedP / total : 0,
        total > 0 ? weightedR / total : 0,
        total > 0 ? weightedF / total : 0,
        accuracy,
        accuracy,
        accuracy
      ]
      for (let i = 0; i < averages.length; i++)
        out[2 * (averagesStart + i) + model] = averages[i] ?? 0
    }
  }
}
