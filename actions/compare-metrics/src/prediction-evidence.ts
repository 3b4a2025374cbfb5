import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { cellName } from '@ml-actions/core/compare'
import { ConfigurationError } from '@ml-actions/core/errors'
import type { MetricsDocument } from '@ml-actions/core/metrics'
import {
  DEFAULT_SEED,
  alignPredictions,
  isStatisticId,
  readPredictions,
  statisticForGroupCell,
  statisticForMetricName,
  statisticsFromPredictions,
  type AlignedPredictions,
  type NameContext,
  type PredictionStatResult,
  type PredictionStatisticRequest
} from '@ml-actions/core/stats'

/**
 * Statistics from per-sample predictions of both models on the same samples: which metric gets
 * which statistic comes from the `statistics` input (`overall.accuracy=accuracy`), or, when it is
 * empty, from the metric names of the candidate document, scalars and group cells alike
 * (metric-statistic-names.ts states the mapping). Every result carries the values recomputed
 * from the predictions, so the comparison can say when a file disagrees with them.
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
  /** Inferred tests the predictions could not support, with the reason. */
  readonly skipped: readonly string[]
}

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
  const skipped: string[] = []
  const statistics = new Map<string, PredictionStatResult>()
  const keep = (results: Map<string, PredictionStatResult>): void => {
    for (const [metric, result] of results)
      statistics.set(metric, {
        ...result,
        recomputed: { baseline: result.baseline, candidate: result.candidate }
      })
  }
  if (request.explicit.length > 0) {
    keep(
      statisticsFromPredictions(
        aligned,
        parseStatisticRequests(request.explicit, request.positiveClass),
        options
      )
    )
  } else {
    // Inferred statistics the files cannot support (no scores for AUC, no labels) are left out,
    // not errors: those metrics are labelled "no statistics" in the report.
    const inferred = inferStatisticRequests(
      request.candidate,
      { classes: classesOf(aligned), format: request.candidate.format },
      request.positiveClass
    )
    keep(
      statisticsFromPredictions(aligned, inferred, options, (one, error) =>
        skipped.push(`${one.metric}: ${error.message}`)
      )
    )
  }
  return { statistics, samples: aligned.ids.length, skipped }
}

export function parseStatisticRequests(
  entries: readonly string[],
  positiveClass: string | undefined
): PredictionStatisticRequest[] {
  return entries.map((entry) => {
    const at = entry.lastIndexOf('=')
    const metric = entry.slice(0, at).trim()
    const statistic = entry.slice(at + 1).trim()
    if (at <= 0 || !isStatisticId(statistic)) {
      throw new ConfigurationError(
        `statistics: "${entry}" should be metric=statistic with statistic one of accuracy, error-rate, precision, recall, f1, precision[<class>], recall[<class>], f1[<class>], macro-|weighted-|micro-precision/recall/f1, roc-auc, log-loss, brier, mae, mse, rmse, r2`,
        'statistics'
      )
    }
    return { metric, statistic, ...(positiveClass ? { positiveClass } : {}) }
  })
}

export function inferStatisticRequests(
  candidate: MetricsDocument,
  context: NameContext,
  positiveClass: string | undefined
): PredictionStatisticRequest[] {
  const requests: PredictionStatisticRequest[] = []
  const add = (metric: string, statistic: string | undefined): void => {
    if (statistic) requests.push({ metric, statistic, ...(positiveClass ? { positiveClass } : {}) })
  }
  for (const metric of Object.keys(candidate.metrics))
    add(metric, statisticForMetricName(metric, context))
  for (const [groupName, group] of Object.entries(candidate.groups)) {
    for (const [member, row] of Object.entries(group.rows)) {
      for (const field of Object.keys(row))
        add(cellName(groupName, member, field), statisticForGroupCell(member, field, context))
    }
  }
  return requests
}

function classesOf(aligned: AlignedPredictions): string[] {
  const classes = new Set(aligned.labels ?? [])
  for (const prediction of aligned.candidate.predictions ?? []) classes.add(prediction)
  for (const prediction of aligned.baseline.predictions ?? []) classes.add(prediction)
  return [...classes]
}
