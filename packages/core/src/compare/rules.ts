import type { MetricDirection } from './direction.js'
import type { Correction } from './verdicts.js'

/**
 * Comparison rules: how each metric is judged. See rules-parser.ts for the file syntax and
 * rule-matcher.ts for which rule applies to a metric.
 */

/**
 * Which beyond-tolerance changes signal:
 * - regression: only a change in the bad direction (it fails the check);
 * - improvement-too: a regression fails, an improvement is flagged as a warning (time to refresh
 *   the baseline?);
 * - both: any change beyond tolerance fails, in either direction ("this must not move").
 */
export type AlertMode = 'regression' | 'improvement-too' | 'both'

/** What a missing metric (or a new one, when a baseline exists) does to the overall result. */
export type AbsenceOutcome = 'fail' | 'inconclusive' | 'warn' | 'pass'

/**
 * regression: only significant regressions fail; regressions hidden by noise pass.
 * inconclusive: a gating regression that is within noise makes the overall result inconclusive.
 */
export type FailOn = 'regression' | 'inconclusive'

/** report: cells of per-class/per-slice groups are shown but gate only when a rule names them. */
export type GroupGating = 'report' | 'gate'

export interface MetricRule {
  /** An exact flattened metric name or a glob (picomatch; `*` within a dot-separated segment). */
  readonly pattern: string
  readonly direction?: MetricDirection
  readonly absTolerance?: number
  readonly relTolerance?: number
  readonly min?: number
  readonly max?: number
  readonly required?: boolean
  readonly alert?: AlertMode
  readonly gate?: boolean
  readonly missing?: AbsenceOutcome
  readonly new?: AbsenceOutcome
}

export interface RuleDefaults {
  /** undefined: inferred from the name (direction.ts). */
  readonly direction?: MetricDirection
  readonly absTolerance: number
  readonly relTolerance: number
  readonly alert: AlertMode
  readonly gate: boolean
  readonly required: boolean
  readonly missing: AbsenceOutcome
  readonly new: AbsenceOutcome
}

export interface ComparisonRules {
  /** The file the rules came from (or a description), for messages. */
  readonly source: string
  readonly defaults: RuleDefaults
  readonly metrics: readonly MetricRule[]
  readonly failOn: FailOn
  readonly groups: GroupGating
  /** Significance level for statistics; the comparison options may override it. */
  readonly alpha: number
  /** Multiplicity correction (holm when absent); the comparison options may override it. */
  readonly correction?: Correction
  /** Leave exact-name rules (headline metrics) out of the correction. */
  readonly exemptHeadline?: boolean
  /** Power of the minimum detectable effect (0.8 when absent). */
  readonly power?: number
}

export const BUILT_IN_DEFAULTS: RuleDefaults = {
  absTolerance: 0,
  relTolerance: 0,
  alert: 'regression',
  gate: true,
  required: false,
  missing: 'warn',
  new: 'pass'
}

export const DEFAULT_ALPHA = 0.05

export const DEFAULT_RULES: ComparisonRules = {
  source: 'built-in defaults',
  defaults: BUILT_IN_DEFAULTS,
  metrics: [],
  failOn: 'regression',
  groups: 'report',
  alpha: DEFAULT_ALPHA
}
