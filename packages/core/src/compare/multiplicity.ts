import { adjustPValues } from '../stats/multiple-testing.js'
import type { MetricToJudge } from './judge-metric.js'
import type { CorrectionSummary, MetricComparison } from './report.js'
import type { Correction } from './verdicts.js'

/**
 * The family of one comparison is every gating metric (scalar or group cell) whose statistics
 * carry a finite p-value and that has a baseline value to differ from: the tests that can fail
 * the check. Their p-values are adjusted together and each is judged again on its adjusted p,
 * so ten classes × three metrics of a PR that changes nothing do not show a "significant" cell
 * one time in ten.
 */
export interface JudgedMetric {
  readonly input: MetricToJudge
  readonly list: MetricComparison[]
  readonly index: number
}

export interface CorrectionHooks {
  readonly exempt: (name: string) => boolean
  readonly rejudge: (input: MetricToJudge, adjustedPValue: number) => MetricComparison
}

export function correctForMultiplicity(
  judged: readonly JudgedMetric[],
  method: Correction,
  hooks: CorrectionHooks
): CorrectionSummary {
  const exempt: string[] = []
  const family: JudgedMetric[] = []
  for (const entry of judged) {
    const comparison = entry.list[entry.index]
    const pValue = entry.input.statistics?.pValue
    if (comparison === undefined || !comparison.gating) continue
    if (pValue === undefined || !Number.isFinite(pValue)) continue
    if (comparison.verdict === 'missing' || comparison.verdict === 'new') continue
    if (hooks.exempt(entry.input.name)) exempt.push(entry.input.name)
    else family.push(entry)
  }
  if (method !== 'none' && family.length > 1) {
    const adjusted = adjustPValues(
      family.map((entry) => entry.input.statistics?.pValue ?? NaN),
      method
    )
    family.forEach((entry, position) => {
      entry.list[entry.index] = hooks.rejudge(entry.input, adjusted[position] ?? NaN)
    })
  }
  return { method, family: family.length, exempt }
}
