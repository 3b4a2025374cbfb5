import { formatNumber, formatSigned } from '../markdown/number-format.js'
import type { Disagreement, Evidence } from './metric-evidence.js'
import { isRateMetric } from './rate-metric.js'
import type { Movement } from './report.js'
import type { ResolvedRule } from './rule-matcher.js'

/**
 * The `reason` of a judgement on a change, as the report and the comment's reasons list say it:
 * the change against its tolerance, why the statistics do not back it, where the predictions
 * disagree with the file, a missing statistic, and a breached bound first.
 */
export interface ChangeToDescribe {
  readonly name: string
  readonly rule: ResolvedRule
  readonly candidate: number
  readonly baseline: number
  readonly delta: number
  readonly allowed: number
  readonly movement: Movement
  readonly alpha: number
}

export interface ChangeFindings {
  readonly evidence: Evidence
  /** The change is beyond tolerance but the statistics do not show it is significant. */
  readonly noisy: boolean
  /** No statistics at tolerance zero: a regression only warns. */
  readonly blind: boolean
  readonly breach: string | undefined
  readonly disagreement: Disagreement | undefined
}

export function changeReason(change: ChangeToDescribe, findings: ChangeFindings): string {
  const { evidence, disagreement, breach } = findings
  const unit = isRateMetric(change) ? PERCENT_POINTS : PLAIN
  let reason = describeChange(change, unit)
  if (findings.noisy) reason += `, but ${describeNoise(evidence, change.alpha, unit)}`
  if (disagreement !== undefined) reason += `; ${describeDisagreement(disagreement)}`
  if (evidence.evidence === 'no-statistics' && change.movement !== 'none') {
    reason += findings.blind
      ? '; no statistics (not recomputable from the predictions), so at tolerance 0 it does not gate'
      : '; no statistics (not recomputable from the predictions): judged on tolerance alone'
  }
  return breach === undefined ? reason : `${breach}; ${reason}`
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

const DIRECTION_WORDS = { higher: 'higher is better', lower: 'lower is better', neutral: 'neutral' }

function describeChange(change: ChangeToDescribe, unit: ChangeUnit): string {
  const { movement } = change
  if (Number.isNaN(change.candidate) && movement !== 'none') return 'the candidate value is NaN'
  const delta = `Δ ${inUnit(change.delta, unit, true)}`
  const allowed = inUnit(change.allowed, unit)
  if (movement === 'none') return `${delta} within tolerance ±${allowed}`
  return `${delta} beyond tolerance ±${allowed} (${DIRECTION_WORDS[change.rule.direction]})`
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
