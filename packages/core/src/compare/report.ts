import type { MetricsMetadata } from '../metrics/model.js'
import type { MetricDirection } from './direction.js'
import type { AlertMode, FailOn } from './rules.js'
import type { Correction, EvidenceKind, Verdict } from './verdicts.js'

/**
 * The comparison report: plain JSON (JSON.stringify round-trips it). Non-finite metric values,
 * which JSON cannot hold, are written as the strings 'NaN', 'Infinity' and '-Infinity'.
 */
export { VERDICTS } from './verdicts.js'
export type { Correction, EvidenceKind, Verdict } from './verdicts.js'

/** Which way the value moved relative to its tolerance, whatever the statistics say. */
export type Movement = 'better' | 'worse' | 'changed' | 'none'

/** A metric's effect on the overall result. */
export type MetricOutcome = 'pass' | 'warn' | 'inconclusive' | 'fail'
export const OUTCOMES: readonly MetricOutcome[] = ['pass', 'warn', 'inconclusive', 'fail']

export type OverallResult = 'pass' | 'fail' | 'inconclusive'

export type ReportNumber = number | 'NaN' | 'Infinity' | '-Infinity'

export interface ConfidenceInterval {
  readonly low: number
  readonly high: number
  readonly level?: number
}

export interface MetricComparison {
  /** Flattened name; for group cells `<group>.<member>.<field>`. */
  readonly name: string
  readonly group?: { readonly name: string; readonly member: string; readonly field: string }
  readonly baseline: ReportNumber | null
  readonly candidate: ReportNumber | null
  /** candidate − baseline, decimal-exact (see exact-difference.ts). */
  readonly delta: ReportNumber | null
  /** 100 · delta / |baseline|; null when the baseline is 0 or absent. */
  readonly deltaPct: ReportNumber | null
  readonly direction: MetricDirection
  readonly directionSource: 'rule' | 'defaults' | 'inferred'
  readonly tolerance: {
    readonly abs: number
    readonly rel: number
    readonly allowed: number | null
  }
  readonly bounds?: { readonly min?: number; readonly max?: number }
  readonly movement: Movement
  readonly verdict: Verdict
  /** Whether this metric can change the overall result at all. */
  readonly gating: boolean
  readonly alert: AlertMode
  readonly outcome: MetricOutcome
  /** The rule pattern that applied, or null for defaults only. */
  readonly rule: string | null
  readonly method?: string
  readonly ci?: ConfidenceInterval
  readonly pValue?: number
  /** The p-value after the comparison's multiplicity correction (see report `correction`). */
  readonly pAdjusted?: number
  readonly significant?: boolean
  /** The statistic recomputed from the predictions, e.g. 'weighted-f1' or 'recall[cat]'. */
  readonly statistic?: string
  /** Standard error of the delta, from the statistic. */
  readonly standardError?: number
  /** Minimum detectable effect: the smallest |Δ| this sample detects at α with the report's power. */
  readonly mde?: number
  /** Set when per-sample predictions were given: whether this metric has statistics. */
  readonly evidence?: EvidenceKind
  /**
   * Values recomputed from the predictions where they differ from the files' beyond rounding:
   * the predictions are not the ones that produced the metrics.
   */
  readonly disagreement?: { readonly baseline?: number; readonly candidate?: number }
  readonly runs?: { readonly baseline: number; readonly candidate: number }
  readonly reason: string
}

export interface GroupComparison {
  readonly name: string
  readonly members: readonly string[]
  readonly fields: readonly string[]
  readonly cells: readonly MetricComparison[]
  readonly counts: ComparisonCounts
}

export interface ComparisonCounts {
  readonly total: number
  readonly verdicts: Readonly<Record<Verdict, number>>
  readonly outcomes: Readonly<Record<MetricOutcome, number>>
}

export interface CorrectionSummary {
  readonly method: Correction
  /** How many p-values were adjusted together. */
  readonly family: number
  /** Headline metrics left out of the family (exact-name rules, when asked). */
  readonly exempt: readonly string[]
}

export interface ComparedSide {
  readonly sources: readonly string[]
  readonly metadata: MetricsMetadata
  readonly runs: number
}

export interface ComparisonReport {
  readonly schemaVersion: 1
  readonly kind: 'metrics-comparison'
  readonly overall: OverallResult
  /** One line per metric that failed, was inconclusive or warned, most severe first. */
  readonly reasons: readonly string[]
  readonly failOn: FailOn
  readonly alpha: number
  /** Power at which each `mde` is stated. */
  readonly power: number
  /** Multiplicity correction over the gated metrics with p-values. */
  readonly correction: CorrectionSummary
  readonly rules: string
  readonly candidate: ComparedSide
  readonly baseline: ComparedSide | null
  /** Scalar metrics and group cells together. */
  readonly counts: ComparisonCounts
  readonly metrics: readonly MetricComparison[]
  readonly groups: readonly GroupComparison[]
}
