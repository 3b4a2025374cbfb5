import { minimumDetectableEffect } from '../stats/minimum-detectable-effect.js'
import type { StatResult } from '../stats/stat-result.js'
import type { MetricComparison } from './report.js'

/**
 * What the statistics given for one metric say about its change: the interval and p-value as
 * the report shows them, whether the change is significant at α (on the adjusted p when a
 * multiplicity correction applies), the minimum detectable effect at the report's power, and
 * where the predictions recompute values the metrics file does not hold.
 */
export interface Evidence extends Pick<
  MetricComparison,
  | 'method'
  | 'ci'
  | 'pValue'
  | 'pAdjusted'
  | 'significant'
  | 'statistic'
  | 'standardError'
  | 'mde'
  | 'evidence'
  | 'disagreement'
> {
  /** The test ran but its p-value or interval is not a number. */
  readonly degenerate?: boolean
}

export interface Disagreement {
  readonly baseline?: number
  readonly candidate?: number
}

export interface EvidenceQuestion {
  readonly statistics?: StatResult
  readonly adjustedPValue?: number
  readonly alpha: number
  readonly power: number
  readonly predictionsGiven?: boolean
}

/** No statistics and none expected: the judgement carries no evidence fields at all. */
export const NO_EVIDENCE: Evidence = Object.freeze({})
const NO_STATISTICS: Evidence = Object.freeze({ evidence: 'no-statistics' })

export function evidenceOf(question: EvidenceQuestion): Evidence {
  const statistics = question.statistics
  if (statistics === undefined) return question.predictionsGiven ? NO_STATISTICS : NO_EVIDENCE
  const { low, high, pValue } = statistics
  const decidingP = question.adjustedPValue ?? pValue
  const hasInterval = low !== undefined && high !== undefined
  const degenerate =
    (hasInterval && (Number.isNaN(low) || Number.isNaN(high))) ||
    (decidingP !== undefined && Number.isNaN(decidingP))
  const excludesZero = hasInterval ? low > 0 || high < 0 : true
  const belowAlpha = decidingP !== undefined ? decidingP < question.alpha : true
  const standardError = statistics.standardError
  const mde =
    standardError !== undefined && Number.isFinite(standardError)
      ? minimumDetectableEffect(standardError, question.alpha, question.power)
      : undefined
  return {
    method: statistics.method,
    ...(hasInterval
      ? {
          ci: { low, high, ...(statistics.level !== undefined ? { level: statistics.level } : {}) }
        }
      : {}),
    ...(pValue !== undefined ? { pValue } : {}),
    ...(question.adjustedPValue !== undefined ? { pAdjusted: question.adjustedPValue } : {}),
    significant: !degenerate && excludesZero && belowAlpha,
    ...(statistics.statistic !== undefined ? { statistic: statistics.statistic } : {}),
    ...(standardError !== undefined ? { standardError } : {}),
    ...(mde !== undefined ? { mde } : {}),
    ...(question.predictionsGiven ? { evidence: 'statistics' as const } : {}),
    ...(degenerate ? { degenerate } : {})
  }
}

/**
 * The recomputed values that differ from the files' beyond the rounding the files show: a value
 * written with d decimals may be off by half a unit in the d-th place; full-precision values
 * by a few ulps of float32 (1e-6 relative).
 */
export function disagreementOf(
  statistics: StatResult | undefined,
  candidate: number,
  baseline: number
): Disagreement | undefined {
  const recomputed = statistics?.recomputed
  if (recomputed === undefined) return undefined
  const off = (file: number, computed: number): boolean =>
    Number.isFinite(file) && Math.abs(file - computed) > roundingOf(file)
  const result: Disagreement = {
    ...(off(candidate, recomputed.candidate) ? { candidate: recomputed.candidate } : {}),
    ...(off(baseline, recomputed.baseline) ? { baseline: recomputed.baseline } : {})
  }
  return result.candidate === undefined && result.baseline === undefined ? undefined : result
}

function roundingOf(value: number): number {
  const text = String(Math.abs(value))
  const decimals = /e/.test(text) ? 16 : (text.split('.')[1]?.length ?? 0)
  const halfUnit = decimals < 7 ? 0.5 * 10 ** -decimals : 0
  return Math.max(halfUnit, 1e-6 * Math.abs(value)) * (1 + 1e-9)
}
