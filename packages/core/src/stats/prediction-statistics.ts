import { ConfigurationError } from '../errors.js'
import type { AlignedPredictions, ModelOutputs } from './align-predictions.js'
import { summariseDeltas } from './bootstrap-summary.js'
import { bootstrapClassificationReport } from './classification-bootstrap.js'
import { delongTest } from './delong.js'
import { mcnemarTest, type McNemarMethod } from './mcnemar.js'
import { isCountStatistic } from './metric-statistic-names.js'
import { bootstrapMeanDelta, type BootstrapOptions } from './paired-bootstrap.js'
import { contingencyFromLabels, type PairedContingency } from './paired-contingency.js'
import { choosePositiveClass } from './positive-class.js'
import { perSampleBrier, perSampleLogLoss } from './probability-losses.js'
import { bootstrapRegressionMetrics, type RegressionMetric } from './regression-bootstrap.js'
import { DEFAULT_SEED } from './random.js'
import type { StatResult } from './stat-result.js'

/**
 * From two aligned prediction sets to the evidence `compareMetrics` takes, one entry per metric
 * of the metrics documents (see metric-statistic-names.ts for the statistic ids):
 * - count metrics: one multinomial paired bootstrap for all of them (interval, standard error,
 *   bootstrap p-value), with McNemar's exact p-value for accuracy / error rate;
 * - roc-auc: DeLong's test (binary labels, positive-class scores);
 * - log-loss, brier: paired bootstrap of the per-sample loss;
 * - mae, mse, rmse, r2: paired bootstrap over the samples (numeric labels and predictions).
 * Each test runs once whatever the number of metrics it backs.
 */
export type PredictionStatistic = string

export interface PredictionStatisticRequest {
  /** The metric name in the metrics documents, e.g. 'overall.accuracy'. */
  readonly metric: string
  readonly statistic: PredictionStatistic
  readonly positiveClass?: string
}

export interface PredictionStatisticsOptions extends BootstrapOptions {
  readonly mcnemar?: McNemarMethod
}

export interface PredictionStatResult extends StatResult {
  readonly statistic: PredictionStatistic
  readonly baseline: number
  readonly candidate: number
  readonly delta: number
  readonly samples: number
}

/**
 * `skip`: when given, a request the predictions cannot support (a ConfigurationError: no
 * labels, no scores, an unknown class) is passed to it and left out instead of thrown.
 */
export function statisticsFromPredictions(
  aligned: AlignedPredictions,
  requests: readonly PredictionStatisticRequest[],
  options: PredictionStatisticsOptions = {},
  skip?: (request: PredictionStatisticRequest, error: ConfigurationError) => void
): Map<string, PredictionStatResult> {
  const cache = new Map<string, Map<string, PredictionStatResult>>()
  const once = (
    key: string,
    compute: () => Map<string, PredictionStatResult>
  ): Map<string, PredictionStatResult> => {
    let value = cache.get(key)
    if (value === undefined) {
      value = compute()
      cache.set(key, value)
    }
    return value
  }
  const results = new Map<string, PredictionStatResult>()
  for (const request of requests) {
    try {
      results.set(request.metric, statisticFor(request))
    } catch (error) {
      if (skip === undefined || !(error instanceof ConfigurationError)) throw error
      skip(request, error)
    }
  }
  return results

  function statisticFor(request: PredictionStatisticRequest): PredictionStatResult {
    const id = resolveBinaryShorthand(aligned, request)
    let result: PredictionStatResult | undefined
    if (isCountStatistic(id)) {
      result = once('count', () => countStatistics(aligned, request.metric, options)).get(id)
      if (result === undefined) {
        throw new ConfigurationError(
          `statistics for '${request.metric}': '${id}' names a class that is in neither the labels nor the predictions`
        )
      }
    } else if (id === 'roc-auc') {
      result = aucStatistic(aligned, request, options)
    } else if (id === 'log-loss' || id === 'brier') {
      result = lossStatistic(aligned, request, id, options)
    } else if (id === 'mae' || id === 'mse' || id === 'rmse' || id === 'r2') {
      result = once('regression', () => regressionStatistics(aligned, request.metric, options)).get(
        id
      )
    }
    if (result === undefined)
      throw new ConfigurationError(`statistics for '${request.metric}': unknown statistic '${id}'`)
    return result
  }
}

function resolveBinaryShorthand(
  aligned: AlignedPredictions,
  request: PredictionStatisticRequest
): string {
  const id = request.statistic
  if (id !== 'precision' && id !== 'recall' && id !== 'f1') return id
  const classes = classesOf(aligned)
  return `${id}[${choosePositiveClass(classes, request.positiveClass)}]`
}

function classesOf(aligned: AlignedPredictions): string[] {
  const classes = new Set(aligned.labels ?? [])
  for (const outputs of [aligned.baseline, aligned.candidate])
    for (const prediction of outputs.predictions ?? []) classes.add(prediction)
  return [...classes].sort()
}

function requireLabels(aligned: AlignedPredictions, metric: string): readonly string[] {
  if (aligned.labels === undefined) {
    throw new ConfigurationError(
      `statistics for '${metric}' need true labels, but neither ${aligned.sources.baseline} nor ${aligned.sources.candidate} has a label column`
    )
  }
  return aligned.labels
}

function requirePredictions(
  aligned: AlignedPredictions,
  metric: string
): { baseline: readonly string[]; candidate: readonly string[] } {
  const predictionsOf = (outputs: ModelOutputs, source: string): readonly string[] => {
    if (outputs.predictions === undefined) {
      throw new ConfigurationError(
        `statistics for '${metric}' need predicted classes, but ${source} has no prediction or score_<class> column`
      )
    }
    return outputs.predictions
  }
  return {
    baseline: predictionsOf(aligned.baseline, aligned.sources.baseline),
    candidate: predictionsOf(aligned.candidate, aligned.sources.candidate)
  }
}

function contingencyOf(aligned: AlignedPredictions, metric: string): PairedContingency {
  const labels = requireLabels(aligned, metric)
  const predictions = requirePredictions(aligned, metric)
  return contingencyFromLabels(labels, predictions.baseline, predictions.candidate)
}

function countStatistics(
  aligned: AlignedPredictions,
  metric: string,
  options: PredictionStatisticsOptions
): Map<string, PredictionStatResult> {
  const contingency = contingencyOf(aligned, metric)
  const report = bootstrapClassificationReport(contingency, {
    ...(options.resamples !== undefined ? { resamples: options.resamples } : {}),
    ...(options.level !== undefined ? { level: options.level } : {}),
    seed: options.seed ?? DEFAULT_SEED
  })
  let baselineOnlyCorrect = 0
  let candidateOnlyCorrect = 0
  for (let cell = 0; cell < contingency.counts.length; cell++) {
    const truth = contingency.truth[cell]
    const baselineRight = contingency.baseline[cell] === truth
    const candidateRight = contingency.candidate[cell] === truth
    const count = contingency.counts[cell] ?? 0
    if (baselineRight && !candidateRight) baselineOnlyCorrect += count
    if (candidateRight && !baselineRight) candidateOnlyCorrect += count
  }
  const mcnemar = mcnemarTest(
    { baselineOnlyCorrect, candidateOnlyCorrect },
    { ...(options.mcnemar ? { method: options.mcnemar } : {}), samples: contingency.total }
  )
  const results = new Map<string, PredictionStatResult>()
  for (const [id, delta] of report) {
    const exact = id === 'accuracy' || id === 'error-rate'
    results.set(id, {
      ...delta,
      ...(exact ? { method: `${delta.method} + ${mcnemar.method}`, pValue: mcnemar.pValue } : {})
    })
  }
  return results
}

function regressionStatistics(
  aligned: AlignedPredictions,
  metric: string,
  options: PredictionStatisticsOptions
): Map<string, PredictionStatResult> {
  const labels = requireLabels(aligned, metric)
  const predictions = requirePredictions(aligned, metric)
  const numbers = (values: readonly string[], source: string): Float64Array =>
    Float64Array.from(values, (value) => {
      const number = Number(value)
      if (value.trim() === '' || !Number.isFinite(number)) {
        throw new ConfigurationError(
          `statistics for '${metric}' need numeric labels and predictions, but ${source} holds '${value}'`
        )
      }
      return number
    })
  const results = bootstrapRegressionMetrics(
    numbers(labels, `${aligned.sources.baseline}/${aligned.sources.candidate} labels`),
    numbers(predictions.baseline, aligned.sources.baseline),
    numbers(predictions.candidate, aligned.sources.candidate),
    {
      ...(options.resamples !== undefined ? { resamples: options.resamples } : {}),
      ...(options.level !== undefined ? { level: options.level } : {}),
      seed: options.seed ?? DEFAULT_SEED
    }
  )
  return new Map([...results].map(([id, result]) => [id as RegressionMetric, result]))
}

function lossStatistic(
  aligned: AlignedPredictions,
  request: PredictionStatisticRequest,
  id: 'log-loss' | 'brier',
  options: PredictionStatisticsOptions
): PredictionStatResult {
  const labels = requireLabels(aligned, request.metric)
  const classes = classesOf(aligned)
  const positive =
    classes.length <= 2 || request.positiveClass !== undefined
      ? tryPositive(classes, request.positiveClass)
      : undefined
  const lossesOf = (outputs: ModelOutputs, source: string): Float64Array => {
    const losses =
      id === 'log-loss'
        ? perSampleLogLoss(labels, outputs, positive)
        : positive !== undefined
          ? perSampleBrier(labels, outputs, positive)
          : undefined
    if (losses === undefined) {
      throw new ConfigurationError(
        id === 'brier' && positive === undefined
          ? `Brier statistics for '${request.metric}' are binary only: name the positive class`
          : `${id} statistics for '${request.metric}' need probability scores (score or score_<class> columns) in ${source}`
      )
    }
    return losses
  }
  const baseline = lossesOf(aligned.baseline, aligned.sources.baseline)
  const candidate = lossesOf(aligned.candidate, aligned.sources.candidate)
  const bootstrap = bootstrapMeanDelta(baseline, candidate, { ...options, keepDistribution: true })
  return summariseDeltas(
    'paired-bootstrap',
    id,
    bootstrap.baseline,
    bootstrap.candidate,
    bootstrap.distribution ?? new Float64Array(0),
    { level: bootstrap.level, seed: bootstrap.seed, samples: bootstrap.samples }
  )
}

function tryPositive(classes: readonly string[], named: string | undefined): string | undefined {
  try {
    return choosePositiveClass(classes, named)
  } catch (error) {
    if (error instanceof ConfigurationError && named === undefined) return undefined
    throw error
  }
}

function aucStatistic(
  aligned: AlignedPredictions,
  request: PredictionStatisticRequest,
  options: PredictionStatisticsOptions
): PredictionStatResult {
  const labels = requireLabels(aligned, request.metric)
  const classes = [...new Set(labels)]
  const positive = choosePositiveClass(classes, request.positiveClass)
  const scoresOf = (outputs: ModelOutputs, source: string): Float64Array => {
    if (outputs.scores !== undefined) return outputs.scores
    const classScores = outputs.classScores
    const column = classScores?.classes.indexOf(positive) ?? -1
    if (classScores !== undefined && column >= 0) {
      const width = classScores.classes.length
      return Float64Array.from(
        { length: labels.length },
        (_, i) => classScores.values[i * width + column] ?? NaN
      )
    }
    throw new ConfigurationError(
      `ROC AUC statistics for '${request.metric}' need a score (or score_${positive}) column in ${source}`
    )
  }
  const result = delongTest(
    labels.map((label) => label === positive),
    scoresOf(aligned.baseline, aligned.sources.baseline),
    scoresOf(aligned.candidate, aligned.sources.candidate),
    { ...(options.level === undefined ? {} : { level: options.level }) }
  )
  return {
    method: result.method,
    statistic: 'roc-auc',
    baseline: result.baselineAuc,
    candidate: result.candidateAuc,
    delta: result.delta,
    low: result.low,
    high: result.high,
    level: result.level,
    pValue: result.pValue,
    ...(Number.isFinite(result.standardError) ? { standardError: result.standardError } : {}),
    samples: labels.length
  }
}
