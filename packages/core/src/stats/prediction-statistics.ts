import { ConfigurationError } from '../errors.js'
import type { AlignedPredictions, ModelOutputs } from './align-predictions.js'
import { reduceForMetric, type CountMetric } from './count-metrics.js'
import { delongTest } from './delong.js'
import { mcnemarTest, type McNemarMethod } from './mcnemar.js'
import { bootstrapCountMetricDelta, type BootstrapOptions } from './paired-bootstrap.js'
import { contingencyFromLabels } from './paired-contingency.js'
import { choosePositiveClass } from './positive-class.js'
import type { StatResult } from './stat-result.js'

/**
 * From two aligned prediction sets to the evidence `compareMetrics` takes, one entry per metric of
 * the metrics documents:
 * - accuracy / error-rate: multinomial paired bootstrap interval and McNemar's p-value;
 * - precision, recall, f1 (binary) and their macro averages: multinomial paired bootstrap;
 * - roc-auc: DeLong's test (binary labels, positive-class scores).
 */
export type PredictionStatistic = CountMetric | 'roc-auc'

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

export function statisticsFromPredictions(
  aligned: AlignedPredictions,
  requests: readonly PredictionStatisticRequest[],
  options: PredictionStatisticsOptions = {}
): Map<string, PredictionStatResult> {
  const results = new Map<string, PredictionStatResult>()
  for (const request of requests) {
    results.set(
      request.metric,
      request.statistic === 'roc-auc'
        ? aucStatistic(aligned, request, options)
        : countStatistic(aligned, request, request.statistic, options)
    )
  }
  return results
}

function requireLabels(aligned: AlignedPredictions, metric: string): readonly string[] {
  if (aligned.labels === undefined) {
    throw new ConfigurationError(
      `statistics for '${metric}' need true labels, but neither ${aligned.sources.baseline} nor ${aligned.sources.candidate} has a label column`
    )
  }
  return aligned.labels
}

function countStatistic(
  aligned: AlignedPredictions,
  request: PredictionStatisticRequest,
  metric: CountMetric,
  options: PredictionStatisticsOptions
): PredictionStatResult {
  const labels = requireLabels(aligned, request.metric)
  const predictionsOf = (outputs: ModelOutputs, source: string): readonly string[] => {
    if (outputs.predictions === undefined) {
      throw new ConfigurationError(
        `statistics for '${request.metric}' need predicted classes, but ${source} has no prediction or score_<class> column`
      )
    }
    return outputs.predictions
  }
  const contingency = contingencyFromLabels(
    labels,
    predictionsOf(aligned.baseline, aligned.sources.baseline),
    predictionsOf(aligned.candidate, aligned.sources.candidate)
  )
  const positive = {
    ...(request.positiveClass === undefined ? {} : { positiveClass: request.positiveClass })
  }
  const bootstrap = bootstrapCountMetricDelta(contingency, metric, { ...options, ...positive })
  const base = {
    statistic: metric,
    baseline: bootstrap.baseline,
    candidate: bootstrap.candidate,
    delta: bootstrap.delta,
    low: bootstrap.low,
    high: bootstrap.high,
    level: bootstrap.level,
    samples: contingency.total
  }
  if (metric !== 'accuracy' && metric !== 'error-rate') return { method: bootstrap.method, ...base }
  const cells = reduceForMetric(contingency, 'accuracy').counts
  const mcnemar = mcnemarTest(
    { baselineOnlyCorrect: cells[1] ?? 0, candidateOnlyCorrect: cells[2] ?? 0 },
    { ...(options.mcnemar ? { method: options.mcnemar } : {}), samples: contingency.total }
  )
  return { method: `${bootstrap.method} + ${mcnemar.method}`, pValue: mcnemar.pValue, ...base }
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
    samples: labels.length
  }
}
