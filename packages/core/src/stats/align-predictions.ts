import { ConfigurationError } from '../errors.js'
import type { ClassScores, PredictionSet } from './prediction-set.js'

/**
 * Pairs the samples of two prediction sets by id, in the baseline's order. Pairing is what makes
 * the paired tests valid, so anything short of a one-to-one match is refused with the file names:
 * duplicate ids within a file, ids present in only one file, and labels that disagree between
 * files. Labels may come from either file (or both, if they agree).
 */
export interface ModelOutputs {
  readonly predictions?: readonly string[]
  readonly scores?: Float64Array
  readonly classScores?: ClassScores
}

export interface AlignedPredictions {
  readonly ids: readonly string[]
  readonly labels?: readonly string[]
  readonly baseline: ModelOutputs
  readonly candidate: ModelOutputs
  readonly sources: { readonly baseline: string; readonly candidate: string }
}

const EXAMPLES_SHOWN = 5

export function alignPredictions(
  baseline: PredictionSet,
  candidate: PredictionSet
): AlignedPredictions {
  const candidateRow = rowOfId(candidate)
  rowOfId(baseline)
  const missingFromCandidate = baseline.ids.filter((id) => !candidateRow.has(id))
  const baselineIds = new Set(baseline.ids)
  const missingFromBaseline = candidate.ids.filter((id) => !baselineIds.has(id))
  if (missingFromCandidate.length > 0 || missingFromBaseline.length > 0) {
    const problems: string[] = []
    if (missingFromCandidate.length > 0) {
      problems.push(
        `${missingFromCandidate.length} id(s) of ${baseline.source} are missing from ${candidate.source} (${examples(missingFromCandidate)})`
      )
    }
    if (missingFromBaseline.length > 0) {
      problems.push(
        `${missingFromBaseline.length} id(s) of ${candidate.source} are missing from ${baseline.source} (${examples(missingFromBaseline)})`
      )
    }
    throw new ConfigurationError(
      `predictions are not paired: ${problems.join('; ')}. Both models must be scored on the same samples.`
    )
  }
  const order = baseline.ids.map((id) => candidateRow.get(id) ?? 0)
  const reorderedCandidate = reorder(candidate, order)
  const labels = mergeLabels(
    baseline,
    candidate.labels && order.map((row) => candidate.labels?.[row] ?? ''),
    candidate.source
  )
  return {
    ids: baseline.ids,
    ...(labels ? { labels } : {}),
    baseline: outputsOf(baseline),
    candidate: reorderedCandidate,
    sources: { baseline: baseline.source, candidate: candidate.source }
  }
}

function rowOfId(set: PredictionSet): Map<string, number> {
  const rows = new Map<string, number>()
  set.ids.forEach((id, row) => {
    const earlier = rows.get(id)
    if (earlier !== undefined) {
      throw new ConfigurationError(
        `${set.source}: duplicate id '${id}' (records ${earlier + 1} and ${row + 1}); each sample must appear once`
      )
    }
    rows.set(id, row)
  })
  return rows
}

function examples(ids: readonly string[]): string {
  const shown = ids.slice(0, EXAMPLES_SHOWN).map((id) => `'${id}'`)
  return ids.length > EXAMPLES_SHOWN ? `e.g. ${shown.join(', ')}, …` : shown.join(', ')
}

function mergeLabels(
  baseline: PredictionSet,
  candidateLabels: readonly string[] | undefined,
  candidateSource: string
): readonly string[] | undefined {
  if (baseline.labels === undefined) return candidateLabels
  if (candidateLabels === undefined) return baseline.labels
  for (let row = 0; row < baseline.labels.length; row++) {
    if (baseline.labels[row] !== candidateLabels[row]) {
      throw new ConfigurationError(
        `label of id '${baseline.ids[row]}' differs: '${baseline.labels[row]}' in ${baseline.source}, '${candidateLabels[row]}' in ${candidateSource}`
      )
    }
  }
  return baseline.labels
}

function outputsOf(set: PredictionSet): ModelOutputs {
  return {
    ...(set.predictions ? { predictions: set.predictions } : {}),
    ...(set.scores ? { scores: set.scores } : {}),
    ...(set.classScores ? { classScores: set.classScores } : {})
  }
}

function reorder(set: PredictionSet, order: readonly number[]): ModelOutputs {
  const predictions = set.predictions && order.map((row) => set.predictions?.[row] ?? '')
  const scores = set.scores && Float64Array.from(order, (row) => set.scores?.[row] ?? NaN)
  let classScores: ClassScores | undefined
  if (set.classScores) {
    const width = set.classScores.classes.length
    const values = new Float64Array(order.length * width)
    order.forEach((row, i) => {
      values.set(set.classScores?.values.subarray(row * width, (row + 1) * width) ?? [], i * width)
    })
    classScores = { classes: set.classScores.classes, values }
  }
  return {
    ...(predictions ? { predictions } : {}),
    ...(scores ? { scores } : {}),
    ...(classScores ? { classScores } : {})
  }
}
