import type { StatResult } from '../stats/stat-result.js'
import { exactDifference } from './exact-difference.js'
import type { MetricComparison, MetricOutcome, Movement, ReportNumber, Verdict } from './report.js'
import type { ResolvedRule } from './rule-matcher.js'

/**
 * The verdict on one metric (or one group cell). In order:
 * 1. absent from the candidate → missing (fails when required, else the rule's `missing`);
 * 2. outside min/max → failed-bound, whatever the baseline says;
 * 3. no baseline value → new (passes on a first run; else the rule's `new`);
 * 4. |Δ| ≤ abs + rel·|baseline| (or below floating-point noise) → unchanged;
 * 5. beyond tolerance: better / worse (changed for neutral metrics); when statistics are given
 *    and do not show the change is significant at α → within-noise;
 * 6. the alert mode decides which movements count: a gating alert fails when significant and is
 *    inconclusive when within noise.
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
  readonly alpha: number
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
  const evidence = evidenceOf(input.statistics, input.alpha)
  const noisy = movement !== 'none' && evidence.significant === false
  const signal = signalOf(movement, rule)
  let outcome: MetricOutcome =
    signal === 'fail'
      ? noisy
        ? 'inconclusive'
        : 'fail'
      : signal === 'warn' && !noisy
        ? 'warn'
        : 'pass'
  let verdict: Verdict = noisy ? 'within-noise' : verdictOf(movement)
  let reason = describeChange(movement, delta, allowed, rule, candidate)
  if (noisy) reason += `, but ${describeNoise(evidence, input.alpha)}`
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
    evidence
  )
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
    method: evidence?.method,
    ci: evidence?.ci,
    pValue: evidence?.pValue,
    significant: evidence?.significant,
    runs: input.runs,
    reason: fields.reason
  }
}

interface Evidence {
  method?: string
  ci?: { low: number; high: number; level?: number }
  pValue?: number
  significant?: boolean
}

const NO_EVIDENCE: Evidence = Object.freeze({})

function evidenceOf(statistics: StatResult | undefined, alpha: number): Evidence {
  if (statistics === undefined) return NO_EVIDENCE
  const { low, high, pValue } = statistics
  const hasInterval = low !== undefined && high !== undefined
  const excludesZero = hasInterval ? low > 0 || high < 0 : true
  const belowAlpha = pValue !== undefined ? pValue < alpha : true
  return {
    method: statistics.method,
    ...(hasInterval
      ? {
          ci: { low, high, ...(statistics.level !== undefined ? { level: statistics.level } : {}) }
        }
      : {}),
    ...(pValue !== undefined ? { pValue } : {}),
    significant: excludesZero && belowAlpha
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

function verdictOf(movement: Movement): Verdict {
  switch (movement) {
    case 'better':
      return 'improved'
    case 'worse':
      return 'regressed'
    case 'changed':
      return 'changed'
    case 'none':
      return 'unchanged'
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

function describeChange(
  movement: Movement,
  delta: number,
  allowed: number,
  rule: ResolvedRule,
  candidate: number
): string {
  if (Number.isNaN(candidate) && movement !== 'none') return 'the candidate value is NaN'
  const change = `Δ ${formatSigned(delta)}`
  if (movement === 'none') return `${change} within tolerance ±${formatNumber(allowed)}`
  const better =
    rule.direction === 'higher'
      ? 'higher is better'
      : rule.direction === 'lower'
        ? 'lower is better'
        : 'neutral'
  return `${change} beyond tolerance ±${formatNumber(allowed)} (${better})`
}

function describeNoise(evidence: Evidence, alpha: number): string {
  const parts: string[] = []
  if (evidence.pValue !== undefined) {
    parts.push(
      `p = ${formatNumber(evidence.pValue)}${evidence.pValue < alpha ? ' <' : ' ≥'} α ${alpha}`
    )
  }
  if (evidence.ci !== undefined) {
    const level =
      evidence.ci.level !== undefined ? `${formatNumber(evidence.ci.level * 100)}% ` : ''
    const includesZero = evidence.ci.low <= 0 && evidence.ci.high >= 0
    parts.push(
      `${level}CI [${formatSigned(evidence.ci.low)}, ${formatSigned(evidence.ci.high)}]${includesZero ? ' includes 0' : ''}`
    )
  }
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

/** Six significant digits, never rounding a small number to 0 (1e-6 stays 0.000001). */
export function formatNumber(value: number): string {
  const shortest = String(value)
  if (shortest.length <= 8 || !Number.isFinite(value)) return shortest
  return String(Number(value.toPrecision(6)))
}

function formatSigned(value: number): string {
  return value > 0 ? `+${formatNumber(value)}` : formatNumber(value)
}
