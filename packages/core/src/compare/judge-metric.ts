import { formatNumber } from '../markdown/number-format.js'
import type { StatResult } from '../stats/stat-result.js'
import { changeReason } from './change-reason.js'
import { exactDifference } from './exact-difference.js'
import { disagreementOf, evidenceOf, NO_EVIDENCE, type Evidence } from './metric-evidence.js'
import type { MetricComparison, MetricOutcome, Movement, ReportNumber, Verdict } from './report.js'
import type { ResolvedRule } from './rule-matcher.js'

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
  const gating = canGate(rule, input.gateAllowed)
  if (candidate === undefined) return judgeAbsent(input, gating)
  if (baseline === undefined || (Number.isNaN(baseline) && !Number.isNaN(candidate)))
    return judgeWithoutBaseline(input, candidate, gating)
  return judgeChange(input, candidate, baseline, gating)
}

/** Whether the metric can change the overall result at all. */
function canGate(rule: ResolvedRule, gateAllowed: boolean): boolean {
  return (
    rule.gate &&
    gateAllowed &&
    (rule.direction !== 'neutral' ||
      rule.bounds !== undefined ||
      rule.required ||
      rule.alert === 'both')
  )
}

function judgeAbsent(input: MetricToJudge, gating: boolean): MetricComparison {
  const rule = input.rule
  return judgement(input, gating, {
    verdict: 'missing',
    movement: 'none',
    outcome: rule.required ? 'fail' : input.hasBaseline ? rule.missing : 'pass',
    reason: rule.required
      ? 'required but absent from the candidate'
      : 'in the baseline but absent from the candidate'
  })
}

/** A candidate value with nothing to differ from: new, unless it breaks a bound. */
function judgeWithoutBaseline(
  input: MetricToJudge,
  candidate: number,
  gating: boolean
): MetricComparison {
  const reason =
    input.baseline !== undefined
      ? 'the baseline value is NaN'
      : input.hasBaseline
        ? 'not in the baseline'
        : 'no baseline (first run)'
  const breach = boundBreach(candidate, input.rule)
  if (breach !== undefined) {
    return judgement(input, gating, {
      verdict: 'failed-bound',
      movement: 'none',
      outcome: 'fail',
      reason: `${breach}; ${reason}`
    })
  }
  return judgement(input, gating, {
    verdict: 'new',
    movement: 'none',
    outcome: input.hasBaseline ? input.rule.new : 'pass',
    reason
  })
}

/**
 * Both values: the change against the rule's tolerance, then whether the statistics back it,
 * then the verdict and its outcome (a breached bound fails whatever the change).
 */
function judgeChange(
  input: MetricToJudge,
  candidate: number,
  baseline: number,
  gating: boolean
): MetricComparison {
  const rule = input.rule
  const delta =
    Number.isNaN(candidate) && Number.isNaN(baseline) ? 0 : exactDifference(candidate, baseline)
  const allowed = rule.absTolerance + rule.relTolerance * Math.abs(baseline)
  const movement = movementOf(delta, allowed, candidate, baseline, rule)
  const evidence = evidenceOf(input)
  const noisy = movement !== 'none' && evidence.significant === false
  const blind = evidence.evidence === 'no-statistics' && allowed === 0
  const breach = boundBreach(candidate, rule)
  const disagreement = disagreementOf(input.statistics, candidate, baseline)
  const change = {
    name: input.name,
    rule,
    candidate,
    baseline,
    delta,
    allowed,
    movement,
    alpha: input.alpha
  }
  return judgement(
    input,
    gating,
    {
      verdict:
        breach !== undefined
          ? 'failed-bound'
          : noisy
            ? evidence.degenerate
              ? 'inconclusive'
              : 'no-significant-change'
            : verdictOf(movement, delta, candidate, baseline),
      movement,
      outcome: breach !== undefined ? 'fail' : outcomeOf(signalOf(movement, rule, blind), noisy),
      reason: changeReason(change, { evidence, noisy, blind, breach, disagreement }),
      delta,
      allowed
    },
    disagreement === undefined ? evidence : { ...evidence, disagreement }
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

/**
 * The result object, in one of two literal shapes so that V8 keeps two hidden classes for 10^5
 * results: the common one without statistics has no evidence keys at all; the other has every
 * evidence key, set or undefined (undefined keys vanish in JSON, so both serialise alike).
 */
function judgement(
  input: MetricToJudge,
  gating: boolean,
  fields: JudgementFields,
  evidence: Evidence = NO_EVIDENCE
): MetricComparison {
  const { rule, baseline } = input
  const delta = fields.delta
  const outcome = gating ? fields.outcome : capAtWarn(fields.outcome)
  const deltaPct =
    delta === undefined || baseline === undefined
      ? null
      : delta === 0
        ? 0
        : baseline !== 0 && Number.isFinite(baseline)
          ? reportNumber((100 * delta) / Math.abs(baseline))
          : null
  const tolerance = {
    abs: rule.absTolerance,
    rel: rule.relTolerance,
    allowed: fields.allowed ?? null
  }
  if (evidence === NO_EVIDENCE) {
    return {
      name: input.name,
      group: input.group,
      baseline: reportNumber(baseline),
      candidate: reportNumber(input.candidate),
      delta: reportNumber(delta),
      deltaPct,
      direction: rule.direction,
      directionSource: rule.directionSource,
      tolerance,
      bounds: rule.bounds,
      movement: fields.movement,
      verdict: fields.verdict,
      gating,
      alert: rule.alert,
      outcome,
      rule: rule.pattern,
      runs: input.runs,
      reason: fields.reason
    }
  }
  return {
    name: input.name,
    group: input.group,
    baseline: reportNumber(baseline),
    candidate: reportNumber(input.candidate),
    delta: reportNumber(delta),
    deltaPct,
    direction: rule.direction,
    directionSource: rule.directionSource,
    tolerance,
    bounds: rule.bounds,
    movement: fields.movement,
    verdict: fields.verdict,
    gating,
    alert: rule.alert,
    outcome,
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

/** What the alert mode makes of the movement; without statistics at tolerance 0 a fail warns. */
function signalOf(
  movement: Movement,
  rule: ResolvedRule,
  blind: boolean
): 'fail' | 'warn' | 'none' {
  const signal = alertSignal(movement, rule)
  return blind && signal === 'fail' ? 'warn' : signal
}

function alertSignal(movement: Movement, rule: ResolvedRule): 'fail' | 'warn' | 'none' {
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

/** A signal the statistics do not back is inconclusive when it would fail, and passes otherwise. */
function outcomeOf(signal: 'fail' | 'warn' | 'none', noisy: boolean): MetricOutcome {
  if (signal === 'fail') return noisy ? 'inconclusive' : 'fail'
  return signal === 'warn' && !noisy ? 'warn' : 'pass'
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
  if (rule.bounds === undefined) return undefined
  if (Number.isNaN(candidate)) return 'NaN cannot satisfy the bounds'
  if (rule.min !== undefined && candidate < rule.min) {
    return `${formatNumber(candidate)} is below the minimum ${formatNumber(rule.min)}`
  }
  if (rule.max !== undefined && candidate > rule.max) {
    return `${formatNumber(candidate)} is above the maximum ${formatNumber(rule.max)}`
  }
  return undefined
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
