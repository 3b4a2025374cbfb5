import { metricEntries } from '../metrics/metric-names.js'
import type { MetricsDocument } from '../metrics/model.js'
import type { StatResult } from '../stats/stat-result.js'
import { countComparisons, sumCounts } from './counts.js'
import { formatNumber } from '../markdown/number-format.js'
import { judgeMetric, type MetricToJudge } from './judge-metric.js'
import { correctForMultiplicity, type JudgedMetric } from './multiplicity.js'
import { cellName, summariseRuns, welchStatistics, type RunSummary } from './multi-run.js'
import type {
  ComparedSide,
  ComparisonReport,
  CorrectionSummary,
  GroupComparison,
  MetricComparison,
  MetricOutcome,
  OverallResult
} from './report.js'
import { ruleMatcherFor, type RuleMatcher } from './rule-matcher.js'
import { DEFAULT_RULES, type ComparisonRules, type FailOn } from './rules.js'
import { DEFAULT_CORRECTION, DEFAULT_POWER, type Correction } from './verdicts.js'

/**
 * Compare a candidate's metrics with a baseline's under the rules.
 *
 * Scalars are compared in the candidate's order, then metrics only the baseline has, then required
 * metrics neither has. Each group is compared cell by cell (`<group>.<member>.<field>`, members
 * and fields in first-seen order). Overall: fail if any metric's outcome is fail; otherwise
 * inconclusive if fail-on is inconclusive and any outcome is inconclusive; otherwise pass.
 *
 * With arrays of documents (several runs or seeds per side) each metric is compared on its mean,
 * with Welch's t-test as the evidence wherever both sides have two or more runs; statistics given
 * in the options take precedence.
 */
export interface CompareOptions {
  /** Evidence per flattened metric name (group cells: `<group>.<member>.<field>`). */
  readonly statistics?: ReadonlyMap<string, StatResult>
  /** Significance level; defaults to the rules' alpha (0.05). */
  readonly alpha?: number
  readonly failOn?: FailOn
  /** Confidence level of Welch intervals for multi-run comparisons; defaults to 1 − alpha. */
  readonly level?: number
  /** Multiplicity correction over the gated metrics with p-values; defaults to the rules' (holm). */
  readonly correction?: Correction
  /** Leave metrics named by an exact rule (the headline metrics) out of the correction. */
  readonly exemptHeadline?: boolean
  /** Power at which minimum detectable effects are stated; defaults to the rules' (0.8). */
  readonly power?: number
  /**
   * Per-sample predictions were given: every metric is labelled with whether it has statistics,
   * and one without statistics does not gate at tolerance zero.
   */
  readonly predictionsGiven?: boolean
}

type Side = MetricsDocument | readonly MetricsDocument[]

export async function compareMetrics(
  candidate: Side,
  baseline: Side | undefined,
  rules: ComparisonRules = DEFAULT_RULES,
  options: CompareOptions = {}
): Promise<ComparisonReport> {
  const settings = settingsOf(rules, options)
  const candidateSummary = summariseRuns(runsOf(candidate))
  const baselineSummary = baseline === undefined ? undefined : summariseRuns(runsOf(baseline))
  const statistics = await statisticsFor(candidateSummary, baselineSummary, options, settings)
  const context: Context = {
    matcher: await ruleMatcherFor(rules),
    groupsGate: rules.groups === 'gate',
    hasBaseline: baselineSummary !== undefined,
    alpha: settings.alpha,
    power: settings.power,
    predictionsGiven: options.predictionsGiven === true,
    statistics,
    judged: [],
    runs:
      baselineSummary !== undefined && (candidateSummary.runs > 1 || baselineSummary.runs > 1)
        ? { baseline: baselineSummary.runs, candidate: candidateSummary.runs }
        : undefined
  }
  const candidateDocument = candidateSummary.mean
  const baselineDocument = baselineSummary?.mean
  const scalars = compareScalars(candidateDocument, baselineDocument, context)
  const groupCells = compareGroups(candidateDocument, baselineDocument, context)
  const correction = correctJudged(context, settings)
  const requiredGlobs = missingRequiredGlobs(candidateDocument, context)
  return reportOf(settings, rules, {
    metrics: requiredGlobs.length === 0 ? scalars : [...scalars, ...requiredGlobs],
    groups: groupCells.map((group) => ({ ...group, counts: countComparisons(group.cells) })),
    correction,
    candidate: sideOf(candidateDocument, candidateSummary.runs),
    baseline:
      baselineDocument === undefined || baselineSummary === undefined
        ? null
        : sideOf(baselineDocument, baselineSummary.runs)
  })
}

/** α, power, fail-on and the correction: the options' over the rules' over the defaults. */
interface Settings {
  readonly alpha: number
  readonly failOn: FailOn
  readonly power: number
  readonly correction: Correction
  readonly exemptHeadline: boolean
}

function settingsOf(rules: ComparisonRules, options: CompareOptions): Settings {
  const alpha = options.alpha ?? rules.alpha
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`)
  const failOn = options.failOn ?? rules.failOn
  const power = options.power ?? rules.power ?? DEFAULT_POWER
  if (!(power > 0 && power < 1)) throw new RangeError(`power must be in (0, 1), got ${power}`)
  return {
    alpha,
    failOn,
    power,
    correction: options.correction ?? rules.correction ?? DEFAULT_CORRECTION,
    exemptHeadline: options.exemptHeadline ?? rules.exemptHeadline ?? false
  }
}

/**
 * The evidence per metric: the given statistics, or with several runs on both sides Welch's
 * t-test on every metric, the given statistics taking precedence.
 */
async function statisticsFor(
  candidate: RunSummary,
  baseline: RunSummary | undefined,
  options: CompareOptions,
  settings: Settings
): Promise<ReadonlyMap<string, StatResult> | undefined> {
  if (baseline === undefined || candidate.runs <= 1 || baseline.runs <= 1) return options.statistics
  const welch = await welchStatistics(candidate, baseline, options.level ?? 1 - settings.alpha)
  for (const [name, result] of options.statistics ?? [])
    welch.set(name, { ...result, runs: { baseline: baseline.runs, candidate: candidate.runs } })
  return welch
}

/** The multiplicity correction over the judgements with p-values, judging those again. */
function correctJudged(context: Context, settings: Settings): CorrectionSummary {
  return correctForMultiplicity(context.judged, settings.correction, {
    exempt: settings.exemptHeadline
      ? (name) => context.matcher.exactRules().some((rule) => rule.pattern === name)
      : () => false,
    rejudge: (input, adjustedPValue) => judgeMetric({ ...input, adjustedPValue })
  })
}

interface Judged {
  readonly metrics: readonly MetricComparison[]
  readonly groups: readonly GroupComparison[]
  readonly correction: CorrectionSummary
  readonly candidate: ComparedSide
  readonly baseline: ComparedSide | null
}

function reportOf(settings: Settings, rules: ComparisonRules, judged: Judged): ComparisonReport {
  // The scalars and every group's cells, in report order, walked in place: with 10^5 metrics a
  // joined copy, and counting it again where each group is counted already, cost a pass each.
  const lists = [judged.metrics, ...judged.groups.map((group) => group.cells)]
  return {
    schemaVersion: 1,
    kind: 'metrics-comparison',
    overall: overallOf(lists, settings.failOn),
    reasons: reasonsOf(lists),
    failOn: settings.failOn,
    alpha: settings.alpha,
    power: settings.power,
    correction: judged.correction,
    rules: rules.source,
    candidate: judged.candidate,
    baseline: judged.baseline,
    counts: sumCounts([
      countComparisons(judged.metrics),
      ...judged.groups.map((group) => group.counts)
    ]),
    metrics: judged.metrics,
    groups: judged.groups
  }
}

interface Context {
  readonly matcher: RuleMatcher
  readonly groupsGate: boolean
  readonly hasBaseline: boolean
  readonly alpha: number
  readonly power: number
  readonly predictionsGiven: boolean
  readonly statistics: ReadonlyMap<string, StatResult> | undefined
  /** Judgements with statistics, where they sit, so the correction can judge them again. */
  readonly judged: JudgedMetric[]
  readonly runs: { baseline: number; candidate: number } | undefined
}

/** Judge one metric, remembering where a judgement with statistics went. */
function judgeInto(list: MetricComparison[], input: MetricToJudge, context: Context): void {
  const index = list.push(judgeMetric(input)) - 1
  if (input.statistics !== undefined) context.judged.push({ input, list, index })
}

function runsOf(side: Side): readonly MetricsDocument[] {
  if (Array.isArray(side)) {
    if (side.length === 0) throw new RangeError('an empty list of runs cannot be compared')
    return side as readonly MetricsDocument[]
  }
  return [side as MetricsDocument]
}

function sideOf(document: MetricsDocument, runs: number): ComparedSide {
  return { sources: document.sources, metadata: document.metadata, runs }
}

function compareScalars(
  candidate: MetricsDocument,
  baseline: MetricsDocument | undefined,
  context: Context
): MetricComparison[] {
  const results: MetricComparison[] = []
  const judge = (name: string, candidateValue?: number, baselineValue?: number): void =>
    judgeInto(results, scalarToJudge(name, candidateValue, baselineValue, context), context)
  const candidateMetrics = candidate.metrics
  const baselineMetrics = baseline?.metrics ?? {}
  // Names and values as their producer kept them (enumerating and looking up 10^5 keys per side is
  // the costly part, see metric-names.ts): where both files list the same name at the same place,
  // as two runs of one script do, the baseline's value is read by position; else it is looked up.
  const { names, values } = metricEntries(candidateMetrics)
  const { names: baselineNames, values: baselineValues } = metricEntries(baselineMetrics)
  let inBoth = 0
  for (let index = 0; index < names.length; index++) {
    const name = names[index] as string
    const baselineValue =
      baselineValues !== undefined && baselineNames[index] === name
        ? baselineValues[index]
        : metricValue(baselineMetrics, name)
    if (baselineValue !== undefined) inBoth += 1
    judge(name, values !== undefined ? values[index] : candidateMetrics[name], baselineValue)
  }
  if (baselineNames.length > inBoth) {
    for (const name of baselineNames)
      if (!Object.hasOwn(candidateMetrics, name)) judge(name, undefined, baselineMetrics[name])
  }
  for (const rule of context.matcher.exactRules()) {
    if (
      !rule.required ||
      Object.hasOwn(candidateMetrics, rule.pattern) ||
      Object.hasOwn(baselineMetrics, rule.pattern)
    )
      continue
    if (isGroupCell(rule.pattern, candidate) || isGroupCell(rule.pattern, baseline)) continue
    judge(rule.pattern, undefined, undefined)
  }
  return results
}

/** A metric's value, one lookup: a number is never inherited, so no own-property check. */
function metricValue(metrics: Readonly<Record<string, number>>, name: string): number | undefined {
  const value = metrics[name]
  return typeof value === 'number' ? value : undefined
}

function scalarToJudge(
  name: string,
  candidate: number | undefined,
  baseline: number | undefined,
  context: Context
): MetricToJudge {
  return {
    name,
    candidate,
    baseline,
    hasBaseline: context.hasBaseline,
    rule: context.matcher.resolve(name),
    gateAllowed: true,
    alpha: context.alpha,
    power: context.power,
    predictionsGiven: context.predictionsGiven,
    statistics: context.statistics?.get(name),
    runs: context.runs
  }
}

function isGroupCell(name: string, document: MetricsDocument | undefined): boolean {
  if (document === undefined) return false
  for (const [groupName, group] of Object.entries(document.groups)) {
    if (!name.startsWith(`${groupName}.`)) continue
    for (const [member, row] of Object.entries(group.rows)) {
      for (const field of Object.keys(row))
        if (cellName(groupName, member, field) === name) return true
    }
  }
  return false
}

function compareGroups(
  candidate: MetricsDocument,
  baseline: MetricsDocument | undefined,
  context: Context
): Omit<GroupComparison, 'counts'>[] {
  const names = unionOrdered(Object.keys(candidate.groups), Object.keys(baseline?.groups ?? {}))
  return names.map((groupName) => {
    const candidateRows = candidate.groups[groupName]?.rows ?? {}
    const baselineRows = baseline?.groups[groupName]?.rows ?? {}
    const members = unionOrdered(Object.keys(candidateRows), Object.keys(baselineRows))
    const fields = unionOrdered(
      ...members.flatMap((member) => [
        Object.keys(candidateRows[member] ?? {}),
        Object.keys(baselineRows[member] ?? {})
      ])
    )
    const cells: MetricComparison[] = []
    for (const member of members) {
      const candidateRow = candidateRows[member]
      const baselineRow = baselineRows[member]
      for (const field of fields) {
        const candidateValue =
          candidateRow !== undefined && Object.hasOwn(candidateRow, field)
            ? candidateRow[field]
            : undefined
        const baselineValue =
          baselineRow !== undefined && Object.hasOwn(baselineRow, field)
            ? baselineRow[field]
            : undefined
        if (candidateValue === undefined && baselineValue === undefined) continue
        const name = cellName(groupName, member, field)
        const rule = context.matcher.resolve(name)
        const statistics = context.statistics?.get(name)
        judgeInto(
          cells,
          {
            name,
            group: { name: groupName, member, field },
            candidate: candidateValue,
            baseline: baselineValue,
            hasBaseline: context.hasBaseline,
            rule,
            gateAllowed: context.groupsGate || rule.pattern !== null,
            alpha: context.alpha,
            power: context.power,
            predictionsGiven: context.predictionsGiven,
            statistics,
            runs: context.runs
          },
          context
        )
      }
    }
    return { name: groupName, members, fields, cells }
  })
}

/** A required glob that matches nothing the candidate reports is itself a missing metric. */
function missingRequiredGlobs(candidate: MetricsDocument, context: Context): MetricComparison[] {
  const required = context.matcher.globRules().filter((rule) => rule.required)
  if (required.length === 0) return []
  const names = [
    ...Object.keys(candidate.metrics),
    ...Object.entries(candidate.groups).flatMap(([groupName, group]) =>
      Object.entries(group.rows).flatMap(([member, row]) =>
        Object.keys(row).map((field) => cellName(groupName, member, field))
      )
    )
  ]
  return required
    .filter((rule) => !names.some((name) => context.matcher.globMatches(rule, name)))
    .map((rule) => {
      const judged = judgeMetric({
        name: rule.pattern,
        candidate: undefined,
        baseline: undefined,
        hasBaseline: context.hasBaseline,
        rule: context.matcher.resolve(rule.pattern),
        gateAllowed: true,
        alpha: context.alpha,
        power: context.power
      })
      return {
        ...judged,
        rule: rule.pattern,
        reason: 'required pattern matches no candidate metric'
      }
    })
}

function unionOrdered(...lists: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>()
  for (const list of lists) for (const item of list) seen.add(item)
  return [...seen]
}

function overallOf(lists: readonly (readonly MetricComparison[])[], failOn: FailOn): OverallResult {
  let inconclusive = false
  for (const comparisons of lists) {
    for (const comparison of comparisons) {
      if (comparison.outcome === 'fail') return 'fail'
      if (comparison.outcome === 'inconclusive') inconclusive = true
    }
  }
  return inconclusive && failOn === 'inconclusive' ? 'inconclusive' : 'pass'
}

const SEVERITY: Readonly<Record<MetricOutcome, number>> = {
  fail: 0,
  inconclusive: 1,
  warn: 2,
  pass: 3
}

function reasonsOf(lists: readonly (readonly MetricComparison[])[]): string[] {
  return lists
    .flatMap((comparisons) => comparisons.filter((comparison) => comparison.outcome !== 'pass'))
    .sort((left, right) => SEVERITY[left.outcome] - SEVERITY[right.outcome])
    .map((comparison) => {
      const values =
        typeof comparison.candidate === 'number' && typeof comparison.baseline === 'number'
          ? ` (${formatNumber(comparison.baseline)} → ${formatNumber(comparison.candidate)})`
          : ''
      return `${comparison.outcome}: ${comparison.name} ${comparison.verdict}${values}: ${comparison.reason}`
    })
}
