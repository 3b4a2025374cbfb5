import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { nameWords } from '@ml-actions/core/compare'
import { ConfigurationError } from '@ml-actions/core/errors'
import type { MetricsDocument } from '@ml-actions/core/metrics'
import {
  COUNT_METRICS,
  DEFAULT_SEED,
  alignPredictions,
  readPredictions,
  statisticsFromPredictions,
  type AlignedPredictions,
  type PredictionStatResult,
  type PredictionStatistic,
  type PredictionStatisticRequest
} from '@ml-actions/core/stats'

/**
 * Statistics from per-sample predictions of both models on the same samples: which metric gets
 * which test comes from the `statistics` input (`overall.accuracy=accuracy`), or, when it is
 * empty, from the metric names (accuracy, error rate, precision, recall, F1, ROC AUC; macro
 * variants when the name says macro or there are more than two classes). Group cells (per-class
 * F1 and the like) are not inferred: name them explicitly.
 */
export interface PredictionEvidenceRequest {
  readonly candidatePath: string
  readonly baselinePath: string
  readonly explicit: readonly string[]
  readonly candidate: MetricsDocument
  readonly positiveClass?: string
  /** Of the bootstrap; DEFAULT_SEED when absent. */
  readonly seed?: number
  readonly resamples: number
  readonly level: number
  readonly cwd: string
}

export interface PredictionEvidence {
  readonly statistics: Map<string, PredictionStatResult>
  readonly samples: number
  /** Metrics whose reported value differs from the one computed from the predictions. */
  readonly mismatches: readonly string[]
  /** Inferred tests the predictions could not support, with the reason. */
  readonly skipped: readonly string[]
}

const STATISTICS: readonly PredictionStatistic[] = [...COUNT_METRICS, 'roc-auc']

// Reported values are often rounded (4 decimals); more than this apart, they are not the same model run.
const MISMATCH_TOLERANCE = 0.005

export async function predictionEvidence(
  request: PredictionEvidenceRequest
): Promise<PredictionEvidence> {
  const read = async (path: string, input: string) => {
    const absolute = resolve(request.cwd, path)
    const bytes = await readFile(absolute).catch((error: NodeJS.ErrnoException) => {
      throw new ConfigurationError(
        `${input} "${path}" cannot be read: ${error.code === 'ENOENT' ? 'no such file' : error.message}`,
        input
      )
    })
    return readPredictions(new Uint8Array(bytes), path)
  }
  const aligned = alignPredictions(
    await read(request.baselinePath, 'baseline-predictions'),
    await read(request.candidatePath, 'candidate-predictions')
  )
  const options = {
    seed: request.seed ?? DEFAULT_SEED,
    resamples: request.resamples,
    level: request.level
  }
  let statistics: Map<string, PredictionStatResult>
  const skipped: string[] = []
  if (request.explicit.length > 0) {
    statistics = statisticsFromPredictions(
      aligned,
      parseStatisticRequests(request.explicit, request.positiveClass),
      options
    )
  } else {
    // Inferred tests the files cannot support (no scores for AUC, no labels) are left out, not errors.
    statistics = new Map()
    const inferred = inferStatisticRequests(
      request.candidate,
      classCount(aligned),
      request.positiveClass
    )
    for (const one of inferred) {
      try {
        for (const [metric, result] of statisticsFromPredictions(aligned, [one], options))
          statistics.set(metric, result)
      } catch (error) {
        if (!(error instanceof ConfigurationError)) throw error
        skipped.push(`${one.metric}: ${error.message}`)
      }
    }
  }
  const mismatches: string[] = []
  for (const [metric, result] of statistics) {
    const reported = request.candidate.metrics[metric]
    if (reported !== undefined && Math.abs(reported - result.candidate) > MISMATCH_TOLERANCE)
      mismatches.push(metric)
  }
  return { statistics, samples: aligned.ids.length, mismatches, skipped }
}

export function parseStatisticRequests(
  entries: readonly string[],
  positiveClass: string | undefined
): PredictionStatisticRequest[] {
  return entries.map((entry) => {
    const at = entry.lastIndexOf('=')
    const metric = entry.slice(0, at).trim()
    const statistic = entry.slice(at + 1).trim()
    if (at <= 0 || !(STATISTICS as readonly string[]).includes(statistic)) {
      throw new ConfigurationError(
        `statistics: "${entry}" should be metric=statistic with statistic one of ${STATISTICS.join(', ')}`,
        'statistics'
      )
    }
    return {
      metric,
      statistic: statistic as PredictionStatistic,
      ...(positiveClass ? { positiveClass } : {})
    }
  })
}

export function inferStatisticRequests(
  candidate: MetricsDocument,
  classes: number,
  positiveClass: string | undefined
): PredictionStatisticRequest[] {
  const requests: PredictionStatisticRequest[] = []
  for (const metric of Object.keys(candidate.metrics)) {
    const statistic = statisticForName(metric, classes)
    if (statistic) requests.push({ metric, statistic, ...(positiveClass ? { positiveClass } : {}) })
  }
  return requests
}

export function statisticForName(name: string, classes: number): PredictionStatistic | undefined {
  const words = nameWords(name)
  const last = words.at(-1) ?? ''
  const previous = words.at(-2) ?? ''
  if (words.some((word) => word === 'weighted' || word === 'micro' || word === 'top'))
    return undefined
  if (last === 'auc' || last === 'auroc') return 'roc-auc'
  if (last === 'accuracy' || last === 'acc') return 'accuracy'
  if (last === 'rate' && previous === 'error') return 'error-rate'
  const macro = words.includes('macro') || classes > 2
  if (last === 'f1' || (last === 'score' && previous === 'f1')) return macro ? 'macro-f1' : 'f1'
  if (last === 'precision') return macro ? 'macro-precision' : 'precision'
  if (last === 'recall') return macro ? 'macro-recall' : 'recall'
  return undefined
}

function classCount(aligned: AlignedPredictions): number {
  const classes = new Set(aligned.labels ?? [])
  for (const prediction of aligned.candidate.predictions ?? []) classes.add(prediction)
  return classes.size
}
