import { formatNumber } from '../markdown/number-format.js'
import { minimumDetectableEffect } from '../stats/minimum-detectable-effect.js'
import type { StatResult } from '../stats/stat-result.js'
import { exactDifference } from './exact-difference.js'
import { isRateMetric } from './rate-metric.js'
import type { MetricComparison, MetricOutcome, Movement, ReportNumber, Verdict } from './report.js'
import type { ResolvedRule } from './rule-matcher.js'
import type { EvidenceKind } from './verdicts.js'

/**
 * The verdict on one metric (or one group cell). In order:
 * 1. absent from the candidate → missing (fails when required, else the rule's `missing`);
 * 2. outside min/max → failed-bound, whatever the baseline says;
 * 3. no baseline value → new (passes on a first run; else the rule's `new`);
 * 4. Δ = 0 (or below floating-point noise) → unchanged; |Δ| ≤ abs + rel·|baseline| →
 *    within-tolerance;
 * 5. beyond tolerance: better / worse (changed for neutral metrics) → improved / regressed;
 *    when statistics are given and do not show the change is significant at α (the adjusted
 *    p-value when a multiplicity correction applies) → no-significant-change, with the minimum
 *    detectable effect; statistics that cannot decide (NaN) → inconclusive;
 * 6. the alert mode decides which movements count: a gating alert fails when significant and is
 *    inconclusive when not.
 * When per-sample predictions were given but this metric has no statistics, it is labelled
 * `no-statistics`, and at tolerance zero a regression only warns: a change no test backs must
 * not block a merge without a tolerance the user chose.
 * A metric that cannot gate (gate: false, neutral without bounds, a group cell no rule names)
 * has its outcome capped at warn.
 */
export interface MetricToJudge {
  readonly name: string
  readonly group?: MetricComparison['group']
  readonly candidate: number | undefined
  readonly baseline: number | undefined
  /** Was there a baseline document at all? (No → first run.) */
  readonly hasBaseline: boolean
  readonly rule: ResolvedRule
  /** Group cells gate only when a rule names them or `groups: gate`. */
  readonly gateAllowed: boolean
  readonly statistics?: StatResult
  /** The p-value after the multiplicity correction, when this metric is in the family. */
  readonly adjustedPValue?: number
  readonly alpha: number
  /** Power at which the minimum detectable effect is stated. */
  readonly power: number
  /** Were per-sample predictions given for this comparison? */
  readonly predictionsGiven?: boolean
  readonly runs?: MetricComparison['runs']
}

// Differences this small relative to the values are representation noise (0.1 + 0.2 ≠ 0.3).
const NOISE_ULPS = 4 * Number.EPSILON
const TOLERANCE_SLACK = 1 + 8 * Number.EPSILON

export function judgeMetric(input: MetricToJudge): MetricComparison {
  const { rule, candidate, baseline } = input
  const hasBounds = rule.min !== undefined || rule.max !== undefined
  const gating =
    rule.gate &&
    input.gateAllowed &&
    (rule.direction !== 'neutral' || hasBounds || rule.required || rule.alert === 'both')
  const bounds = hasBounds ? { min: rule.min, max: rule.max } : undefined
  if (candidate === undefined) {
    const outcome: MetricOutcome = rule.required
      ? 'fail'
      : input.hasBaseline
        ? rule.missing
        : 'pass'
    const reason = rule.required
      ? 'required but absent from the candidate'
      : 'in the baseline but absent from the candidate'
    return finishJudgement(input, gating, bounds, {
      verdict: 'missing',
      movement: 'none',
      outcome,
      reason
    })
  }

  const breach = boundBreach(candidate, rule)
  const baselineUsable =
    baseline !== undefined && !(Number.isNaN(baseline) && !Number.isNaN(candidate))
  if (!baselineUsable) {
    const reason =
      baseline === undefined
        ? input.hasBaseline
          ? 'not in the baseline'
          : 'no baseline (first run)'
        : 'the baseline value is NaN'
    if (breach !== undefined) {
      return finishJudgement(input, gating, bounds, {
        verdict: 'failed-bound',
        movement: 'none',
        outcome: 'fail',
        reason: `${breach}; ${reason}`
      })
    }
    return finishJudgement(input, gating, bounds, {
      verdict: 'new',
      movement: 'none',
      outcome: input.hasBaseline ? rule.new : 'pass',
      reason
    })
  }

  const delta =
    Number.isNaN(candidate) && Number.isNaN(baseline) ? 0 : exactDifference(candidate, baseline)
  const allowed = rule.absTolerance + rule.relTolerance * Math.abs(baseline)
  const movement = movementOf(delta, allowed, candidate, baseline, rule)
  const evidence = evidenceOf(input)
  const noisy = movement !== 'none' && evidence.significant === false
  const blind = evidence.evidence === 'no-statistics' && allowed === 0
  const rawSignal = signalOf(movement, rule)
  const signal = blind && rawSignal === 'fail' ? 'warn' : rawSignal
  let outcome: MetricOutcome =
    signal === 'fail'
      ? noisy
        ? 'inconclusive'
        : 'fail'
      : signal === 'warn' && !noisy
        ? 'warn'
        : 'pass'
  let verdict: Verdict = noisy
    ? evidence.degenerate
      ? 'inconclusive'
      : 'no-significant-change'
    : verdictOf(movement, delta, candidate, baseline)
  const unit = isRateMetric({ name: input.name, baseline, candidate }) ? PERCENT_POINTS : PLAIN
  let reason = describeChange(movement, delta, allowed, rule, candidate, unit)
  if (noisy) reason += `, but ${describeNoise(evidence, input.alpha, unit)}`
  const disagreement = disagreementOf(input.statistics, candidate, baseline)
  if (disagreement !== undefined) reason += `; ${describeDisagreement(disagreement)}`
  if (evidence.evidence === 'no-statistics' && movement !== 'none') {
    reason += blind
      ? '; no statistics (not recomputable from the predictions), so at tolerance 0 it does not gate'
      : '; no statistics (not recomputable from the predictions): judged on tolerance alone'
  }
  if (breach !== undefined) {
    verdict = 'failed-bound'
    outcome = 'fail'
    reason = `${breach}; ${reason}`
  }
  return finishJudgement(
    input,
    gating,
    bounds,
    { verdict, movement, outcome, reason, delta, allowed },
    disagreement === undefined ? evidence : { ...evidence, disagreement }
  )
}

/**
 * The recomputed values that differ from the files' beyond the rounding the files show: a value
 * written with d decimals may be off by half a unit in the d-th place; full-precision values
 * by a few ulps of float32 (1e-6 relative).
 */
function disagreementOf(
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

function describeDisagreement(disagreement: Disagreement): string {
  const sides = [
    disagreement.baseline !== undefined
      ? `baseline ${formatNumber(disagreement.baseline)}`
      : undefined,
    disagreement.candidate !== undefined
      ? `candidate ${formatNumber(disagreement.candidate)}`
      : undefined
  ].filter((side) => side !== undefined)
  return `the predictions give ${sides.join(', ')}, not the file's value: they are not the predictions that produced the metrics file`
}

interface JudgementFields {
  readonly verdict: Verdict
  readonly movement: Movement
  readonly outcome: MetricOutcome
  readonly reason: string
  readonly delta?: number
  readonly allowed?: number
}

/** The result object; a module function rather than a closure per metric (10^5 of them). */
function finishJudgement(
  input: MetricToJudge,
  gating: boolean,
  bounds: MetricComparison['bounds'],
  fields: JudgementFields,
  evidence: Evidence = NO_EVIDENCE
): MetricComparison {
  const { rule, candidate, baseline } = input
  const delta = fields.delta
  let deltaPct: number | undefined
  if (delta !== undefined && baseline !== undefined) {
    if (delta === 0) deltaPct = 0
    else if (baseline !== 0 && Number.isFinite(baseline))
      deltaPct = (100 * delta) / Math.abs(baseline)
  }
  // One literal with every key keeps V8 on a single object shape; undefined keys vanish in JSON.
  return {
    name: input.name,
    group: input.group,
    baseline: reportNumber(baseline),
    candidate: reportNumber(candidate),
    delta: reportNumber(delta),
    deltaPct: reportNumber(deltaPct),
    direction: rule.direction,
    directionSource: rule.directionSource,
    tolerance: {
      abs: rule.absTolerance,
      rel: rule.relTolerance,
      allowed: fields.allowed ?? null
    },
    bounds,
    movement: fields.movement,
    verdict: fields.verdict,
    gating,
    alert: rule.alert,
    outcome: gating ? fields.outcome : capAtWarn(fields.outcome),
    rule: rule.pattern,
    method: evidence.method,
    ci: evidence.ci,
    pValue: evidence.pValue,
    pAdjusted: evidence.pAdjusted,
    significant: evidence.significant,
    statistic: evidence.statistic,
    standardError: evidence.standardError,
    mde: evidence.mde,
    evidence: evidence.evidence,
    disagreement: evidence.disagreement,
    runs: input.runs,
    reason: fields.reason
  }
}

interface Evidence {
  method?: string
  ci?: { low: number; high: number; level?: number }
  pValue?: number
  pAdjusted?: number
  significant?: boolean
  statistic?: string
  standardError?: number
  mde?: number
  evidence?: EvidenceKind
  /** The test ran but its p-value or interval is not a number. */
  degenerate?: boolean
  disagreement?: Disagreement
}

interface Disagreement {
  readonly baseline?: number
  readonly candidate?: number
}

const NO_EVIDENCE: Evidence = Object.freeze({})
const NO_STATISTICS: Evidence = Object.freeze({ evidence: 'no-statistics' })

function evidenceOf(input: MetricToJudge): Evidence {
  const statistics = input.statistics
  if (statistics === undefined) return input.predictionsGiven ? NO_STATISTICS : NO_EVIDENCE
  const { low, high, pValue } = statistics
  const decidingP = input.adjustedPValue ?? pValue
  const hasInterval = low !== undefined && high !== undefined
  const degenerate =
    (hasInterval && (Number.isNaN(low) || Number.isNaN(high))) ||
    (decidingP !== undefined && Number.isNaN(decidingP))
  const excludesZero = hasInterval ? low > 0 || high < 0 : true
  const belowAlpha = decidingP !== undefined ? decidingP < input.alpha : true
  const standardError = statistics.standardError
  const mde =
    standardError !== undefined && Number.isFinite(standardError)
      ? minimumDetectableEffect(standardError, input.alpha, input.power)
      : undefined
  return {
    method: statistics.method,
    ...(hasInterval
      ? {
          ci: { low, high, ...(statistics.level !== undefined ? { level: statistics.level } : {}) }
        }
      : {}),
    ...(pValue !== undefined ? { pValue } : {}),
    ...(input.adjustedPValue !== undefined ? { pAdjusted: input.adjustedPValue } : {}),
    significant: !degenerate && excludesZero && belowAlpha,
    ...(statistics.statistic !== undefined ? { statistic: statistics.statistic } : {}),
    ...(standardError !== undefined ? { standardError } : {}),
    ...(mde !== undefined ? { mde } : {}),
    ...(input.predictionsGiven ? { evidence: 'statistics' as const } : {}),
    ...(degenerate ? { degenerate } : {})
  }
}

function movementOf(
  delta: number,
  allowed: number,
  candidate: number,
  baseline: number,
  rule: ResolvedRule
): Movement {
  if (Number.isNaN(delta)) {
    // Only the candidate is NaN here: a metric that stopped being a number got worse.
    return rule.direction === 'neutral' ? 'changed' : 'worse'
  }
  const magnitude = Math.abs(delta)
  if (magnitude <= allowed * TOLERANCE_SLACK) return 'none'
  const scale = Math.max(Math.abs(candidate), Math.abs(baseline))
  if (Number.isFinite(scale) && magnitude <= NOISE_ULPS * scale) return 'none'
  if (rule.direction === 'neutral') return 'changed'
  const increased = delta > 0
  return increased === (rule.direction === 'higher') ? 'better' : 'worse'
}

function signalOf(movement: Movement, rule: ResolvedRule): 'fail' | 'warn' | 'none' {
  switch (movement) {
    case 'worse':
      return 'fail'
    case 'better':
      return rule.alert === 'both' ? 'fail' : rule.alert === 'improvement-too' ? 'warn' : 'none'
    case 'changed':
      return rule.alert === 'both' ? 'fail' : 'none'
    case 'none':
      return 'none'
  }
}

function verdictOf(
  movement: Movement,
  delta: number,
  candidate: number,
  baseline: number
): Verdict {
  switch (movement) {
    case 'better':
      return 'improved'
    case 'worse':
      return 'regressed'
    case 'changed':
      return 'changed'
    case 'none': {
      const scale = Math.max(Math.abs(candidate), Math.abs(baseline))
      const equal = delta === 0 || (Number.isFinite(scale) && Math.abs(delta) <= NOISE_ULPS * scale)
      return equal ? 'unchanged' : 'within-tolerance'
    }
  }
}

function boundBreach(candidate: number, rule: ResolvedRule): string | undefined {
  if (rule.min === undefined && rule.max === undefined) return undefined
  if (Number.isNaN(candidate)) return 'NaN cannot satisfy the bounds'
  if (rule.min !== undefined && candidate < rule.min) {
    return `${formatNumber(candidate)} is below the minimum ${formatNumber(rule.min)}`
  }
  if (rule.max !== undefined && candidate > rule.max) {
    return `${formatNumber(candidate)} is above the maximum ${formatNumber(rule.max)}`
  }
  return undefined
}

/** How a change is written: a proportion's in percentage points, as the comment's tables do. */
interface ChangeUnit {
  readonly scale: number
  readonly suffix: string
}

const PLAIN: ChangeUnit = { scale: 1, suffix: '' }
const PERCENT_POINTS: ChangeUnit = { scale: 100, suffix: ' pp' }

function inUnit(value: number, unit: ChangeUnit, signed = false): string {
  const scaled = value * unit.scale
  return `${signed ? formatSigned(scaled) : formatNumber(scaled)}${unit.suffix}`
}

function describeChange(
  movement: Movement,
  delta: number,
  allowed: number,
  rule: ResolvedRule,
  candidate: number,
  unit: ChangeUnit
): string {
  if (Number.isNaN(candidate) && movement !== 'none') return 'the candidate value is NaN'
  const change = `Δ ${inUnit(delta, unit, true)}`
  if (movement === 'none') return `${change} within tolerance ±${inUnit(allowed, unit)}`
  const better =
    rule.direction === 'higher'
      ? 'higher is better'
      : rule.direction === 'lower'
        ? 'lower is better'
        : 'neutral'
  return `${change} beyond tolerance ±${inUnit(allowed, unit)} (${better})`
}

function describeNoise(evidence: Evidence, alpha: number, unit: ChangeUnit): string {
  const parts: string[] = []
  if (evidence.degenerate)
    return `the statistics cannot decide (${evidence.method ?? 'test'} is degenerate)`
  const deciding = evidence.pAdjusted ?? evidence.pValue
  if (deciding !== undefined) {
    const which = evidence.pAdjusted !== undefined ? 'adjusted p' : 'p'
    parts.push(`${which} = ${formatNumber(deciding)}${deciding < alpha ? ' <' : ' ≥'} α ${alpha}`)
  }
  if (evidence.ci !== undefined) {
    const level =
      evidence.ci.level !== undefined ? `${formatNumber(evidence.ci.level * 100)}% ` : ''
    const includesZero = evidence.ci.low <= 0 && evidence.ci.high >= 0
    parts.push(
      `${level}CI [${inUnit(evidence.ci.low, unit, true)}, ${inUnit(evidence.ci.high, unit, true)}]${includesZero ? ' includes 0' : ''}`
    )
  }
  if (evidence.mde !== undefined) parts.push(`detectable effect ±${inUnit(evidence.mde, unit)}`)
  return `not significant (${parts.join('; ')}${evidence.method ? `; ${evidence.method}` : ''})`
}

function capAtWarn(outcome: MetricOutcome): MetricOutcome {
  return outcome === 'fail' || outcome === 'inconclusive' ? 'warn' : outcome
}

export function reportNumber(value: number | undefined): ReportNumber | null {
  if (value === undefined) return null
  if (Number.isFinite(value)) return value
  if (Number.isNaN(value)) return 'NaN'
  return value > 0 ? 'Infinity' : '-Infinity'
}

function formatSigned(value: number): string {
  return value > 0 ? `+${formatNumber(value)}` : formatNumber(value)
}
