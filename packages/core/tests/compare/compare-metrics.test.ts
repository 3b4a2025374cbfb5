import { describe, expect, it } from '@jest/globals'
import {
  compareMetrics,
  parseComparisonRules,
  type ComparisonReport,
  type MetricComparison
} from '../../src/compare/index.js'
import { welchTTest } from '../../src/stats/index.js'
import { metricsDocument } from './helpers.js'

const rules = (text: string) => parseComparisonRules(text, 'rules.yml')

function metric(report: ComparisonReport, name: string): MetricComparison {
  const found = [...report.metrics, ...report.groups.flatMap((group) => group.cells)].find(
    (comparison) => comparison.name === name
  )
  if (found === undefined) throw new Error(`no comparison for ${name}`)
  return found
}

describe('compareMetrics verdicts', () => {
  const baseline = metricsDocument({
    accuracy: 0.9122,
    loss: 0.3,
    latency_ms: 100,
    epoch: 3,
    bleu: 30
  })

  it('calls changes within tolerance within-tolerance, decimal-exactly at the boundary', async () => {
    const report = await compareMetrics(
      metricsDocument({ accuracy: 0.9121, loss: 0.3, latency_ms: 110, epoch: 5, bleu: 30 }),
      baseline,
      await rules(
        'metrics:\n  accuracy: {abs-tolerance: 0.0001}\n  latency_ms: {rel-tolerance: 10%}\n'
      )
    )
    expect(metric(report, 'accuracy')).toMatchObject({
      verdict: 'within-tolerance',
      delta: -0.0001,
      outcome: 'pass'
    })
    expect(metric(report, 'latency_ms')).toMatchObject({
      verdict: 'within-tolerance',
      delta: 10,
      deltaPct: 10
    })
    expect(metric(report, 'latency_ms').tolerance).toEqual({ abs: 0, rel: 0.1, allowed: 10 })
    expect(metric(report, 'epoch')).toMatchObject({
      verdict: 'changed',
      gating: false,
      outcome: 'pass'
    })
    expect(report.overall).toBe('pass')
  })

  it('fails regressions beyond tolerance in the bad direction only', async () => {
    const report = await compareMetrics(
      metricsDocument({ accuracy: 0.9, loss: 0.25, latency_ms: 120, epoch: 3, bleu: 30.000001 }),
      baseline
    )
    expect(metric(report, 'accuracy')).toMatchObject({
      verdict: 'regressed',
      movement: 'worse',
      outcome: 'fail',
      direction: 'higher'
    })
    expect(metric(report, 'accuracy').delta).toBe(-0.0122)
    expect(metric(report, 'loss')).toMatchObject({
      verdict: 'improved',
      direction: 'lower',
      directionSource: 'inferred'
    })
    expect(metric(report, 'latency_ms')).toMatchObject({ verdict: 'regressed', direction: 'lower' })
    expect(metric(report, 'bleu')).toMatchObject({ verdict: 'improved', delta: 0.000001 })
    expect(report.overall).toBe('fail')
    expect(report.reasons[0]).toMatch(
      /^fail: accuracy regressed \(0.9122 → 0.9\): Δ -1.22 pp beyond tolerance ±0 pp/
    )
    expect(report.counts.verdicts).toMatchObject({ regressed: 2, improved: 2, unchanged: 1 })
  })

  it('ignores floating-point representation noise', async () => {
    const report = await compareMetrics(
      metricsDocument({ f1: 0.1 + 0.2 }),
      metricsDocument({ f1: 0.3 })
    )
    expect(metric(report, 'f1').verdict).toBe('unchanged')
  })

  it('treats every metric as new on a first run, failing only bounds', async () => {
    const candidate = metricsDocument({ accuracy: 0.85, loss: 0.2 })
    const first = await compareMetrics(
      candidate,
      undefined,
      await rules('metrics:\n  loss: {max: 0.5}\n')
    )
    expect(first.metrics.map((m) => m.verdict)).toEqual(['new', 'new'])
    expect(first.overall).toBe('pass')
    expect(first.baseline).toBeNull()
    const bounded = await compareMetrics(
      candidate,
      undefined,
      await rules('metrics:\n  accuracy: {min: 0.9}\n')
    )
    expect(metric(bounded, 'accuracy')).toMatchObject({ verdict: 'failed-bound', outcome: 'fail' })
    expect(metric(bounded, 'accuracy').reason).toMatch(
      /0.85 is below the minimum 0.9; no baseline \(first run\)/
    )
    expect(bounded.overall).toBe('fail')
  })

  it('fails floors and ceilings even when the metric improved', async () => {
    const report = await compareMetrics(
      metricsDocument({ latency_ms: 90 }),
      metricsDocument({ latency_ms: 100 }),
      await rules('metrics:\n  latency_ms: {max: 80}\n')
    )
    expect(metric(report, 'latency_ms')).toMatchObject({
      verdict: 'failed-bound',
      movement: 'better',
      outcome: 'fail',
      bounds: { max: 80 }
    })
  })

  it('reports missing, required and new metrics per the rules', async () => {
    const report = await compareMetrics(
      metricsDocument({ accuracy: 0.9, extra: 1 }),
      metricsDocument({ accuracy: 0.9, recall: 0.8 }),
      await rules('defaults:\n  new: warn\nmetrics:\n  f1: {required: true}\n')
    )
    expect(metric(report, 'recall')).toMatchObject({
      verdict: 'missing',
      outcome: 'warn',
      candidate: null,
      baseline: 0.8
    })
    expect(metric(report, 'f1')).toMatchObject({ verdict: 'missing', outcome: 'fail' })
    expect(metric(report, 'extra')).toMatchObject({ verdict: 'new', outcome: 'warn' })
    expect(report.overall).toBe('fail')
    const strict = await compareMetrics(
      metricsDocument({ accuracy: 0.9 }),
      metricsDocument({ accuracy: 0.9, recall: 0.8 }),
      await rules('defaults:\n  missing: fail\n')
    )
    expect(strict.overall).toBe('fail')
    const required = await compareMetrics(
      metricsDocument({ a: 1 }),
      undefined,
      await rules('metrics:\n  "per_class.*.f1": {required: true}\n')
    )
    expect(metric(required, 'per_class.*.f1')).toMatchObject({
      verdict: 'missing',
      outcome: 'fail'
    })
  })

  it('never gates report-only or neutral metrics, unless a neutral one must not move', async () => {
    const report = await compareMetrics(
      metricsDocument({ accuracy: 0.5, epoch: 9, checksum: 2 }),
      metricsDocument({ accuracy: 0.9, epoch: 3, checksum: 1 }),
      await rules(
        'metrics:\n  accuracy: {gate: false}\n  checksum: {direction: neutral, alert: both}\n'
      )
    )
    expect(metric(report, 'accuracy')).toMatchObject({
      verdict: 'regressed',
      gating: false,
      outcome: 'warn'
    })
    expect(metric(report, 'epoch')).toMatchObject({
      verdict: 'changed',
      gating: false,
      outcome: 'pass'
    })
    expect(metric(report, 'checksum')).toMatchObject({
      verdict: 'changed',
      gating: true,
      outcome: 'fail'
    })
  })

  it('signals improvements as asked: improvement-too warns, both fails', async () => {
    const report = await compareMetrics(
      metricsDocument({ a: 0.95, b: 0.95, c: 0.95 }),
      metricsDocument({ a: 0.9, b: 0.9, c: 0.9 }),
      await rules(
        'metrics:\n  a: {alert: regression}\n  b: {alert: improvement-too}\n  c: {alert: both}\n'
      )
    )
    expect(['a', 'b', 'c'].map((name) => metric(report, name).outcome)).toEqual([
      'pass',
      'warn',
      'fail'
    ])
    expect(report.overall).toBe('fail')
  })

  it('marks a regression the statistics cannot separate from noise as no significant change', async () => {
    const candidate = metricsDocument({ accuracy: 0.88, f1: 0.8, auc: 0.93 })
    const base = metricsDocument({ accuracy: 0.9, f1: 0.85, auc: 0.9 })
    const statistics = new Map([
      [
        'accuracy',
        {
          method: 'paired-bootstrap-multinomial',
          low: -0.045,
          high: 0.004,
          level: 0.95,
          pValue: 0.11
        }
      ],
      ['f1', { method: 'paired-bootstrap-multinomial', low: -0.08, high: -0.02, level: 0.95 }],
      ['auc', { method: 'delong', pValue: 0.3 }]
    ])
    const lenient = await compareMetrics(candidate, base, await rules(''), { statistics })
    expect(metric(lenient, 'accuracy')).toMatchObject({
      verdict: 'no-significant-change',
      movement: 'worse',
      outcome: 'inconclusive',
      significant: false,
      pValue: 0.11,
      ci: { low: -0.045, high: 0.004, level: 0.95 }
    })
    expect(metric(lenient, 'accuracy').reason).toMatch(
      /not significant \(adjusted p = 0.22 ≥ α 0.05; 95% CI \[-4.5 pp, \+0.4 pp\] includes 0/
    )
    expect(lenient.correction).toEqual({ method: 'holm', family: 2, exempt: [] })
    expect(metric(lenient, 'accuracy').pAdjusted).toBeCloseTo(0.22, 12)
    expect(metric(lenient, 'f1')).toMatchObject({
      verdict: 'regressed',
      significant: true,
      outcome: 'fail'
    })
    expect(metric(lenient, 'auc')).toMatchObject({
      verdict: 'no-significant-change',
      movement: 'better',
      outcome: 'pass'
    })
    expect(lenient.overall).toBe('fail')

    const onlyNoise = new Map([...statistics].filter(([name]) => name !== 'f1'))
    const noisy = await compareMetrics(
      metricsDocument({ accuracy: 0.88 }),
      metricsDocument({ accuracy: 0.9 }),
      await rules(''),
      { statistics: onlyNoise }
    )
    expect(noisy.overall).toBe('pass')
    const strict = await compareMetrics(
      metricsDocument({ accuracy: 0.88 }),
      metricsDocument({ accuracy: 0.9 }),
      await rules('fail-on: inconclusive\n'),
      { statistics: onlyNoise }
    )
    expect(strict.overall).toBe('inconclusive')
    const pOnly = new Map([['accuracy', { method: 'mcnemar-exact', pValue: 0.11 }]])
    const defaults = await rules('')
    const at = async (alpha: number) =>
      (
        await compareMetrics(
          metricsDocument({ accuracy: 0.88 }),
          metricsDocument({ accuracy: 0.9 }),
          defaults,
          { statistics: pOnly, alpha }
        )
      ).overall
    expect(await at(0.05)).toBe('pass')
    expect(await at(0.2)).toBe('fail')
  })

  it('states the numbers of a reason in significant digits, as the comment does', async () => {
    const statistics = new Map([
      [
        'accuracy',
        {
          method: 'paired-bootstrap-multinomial',
          low: -0.0351234567,
          high: 0.0001234567,
          level: 0.95,
          pValue: 0.2512345678,
          standardError: 0.0087654321
        }
      ]
    ])
    const report = await compareMetrics(
      metricsDocument({ accuracy: 0.8951234567 }),
      metricsDocument({ accuracy: 0.9102345678 }),
      await rules(''),
      { statistics }
    )
    // MDE = (z₀.₉₇₅ + z₀.₈) · SE = (1.959964 + 0.841621) · 0.0087654321 = 0.024557…
    expect(metric(report, 'accuracy').reason).toBe(
      'Δ -1.511 pp beyond tolerance ±0 pp (higher is better), but not significant (p = 0.2512 ≥ α 0.05; 95% CI [-3.512 pp, +0.01235 pp] includes 0; detectable effect ±2.456 pp; paired-bootstrap-multinomial)'
    )
    expect(report.reasons).toEqual([
      `inconclusive: accuracy no-significant-change (0.9102 → 0.8951): ${metric(report, 'accuracy').reason}`
    ])
  })

  it('handles NaN and infinite values and keeps the report JSON-serialisable', async () => {
    const report = await compareMetrics(
      metricsDocument({ loss: NaN, accuracy: 0.9, perplexity: Infinity }),
      metricsDocument({ loss: 0.3, accuracy: NaN, perplexity: 12 })
    )
    expect(metric(report, 'loss')).toMatchObject({
      verdict: 'regressed',
      candidate: 'NaN',
      delta: 'NaN'
    })
    expect(metric(report, 'accuracy')).toMatchObject({ verdict: 'new', baseline: 'NaN' })
    expect(metric(report, 'perplexity')).toMatchObject({
      verdict: 'regressed',
      candidate: 'Infinity',
      delta: 'Infinity'
    })
    const roundTrip = JSON.parse(JSON.stringify(report)) as ComparisonReport
    expect(roundTrip).toEqual(report)
    expect(roundTrip).toMatchObject({
      schemaVersion: 1,
      kind: 'metrics-comparison',
      rules: 'built-in defaults'
    })
  })
})

describe('group comparison', () => {
  const baseline = metricsDocument(
    { accuracy: 0.9 },
    {
      per_class: {
        cat: { f1: 0.8, support: 50 },
        dog: { f1: 0.7, support: 40 },
        bird: { f1: 0.6, support: 5 }
      }
    }
  )
  const candidate = metricsDocument(
    { accuracy: 0.9 },
    {
      per_class: {
        cat: { f1: 0.82, support: 50 },
        dog: { f1: 0.65, support: 40 },
        fish: { f1: 0.5, support: 3 }
      }
    }
  )

  it('compares cell by cell and reports without gating by default', async () => {
    const report = await compareMetrics(candidate, baseline)
    const group = report.groups[0]
    expect(group?.name).toBe('per_class')
    expect(group?.members).toEqual(['cat', 'dog', 'fish', 'bird'])
    expect(group?.fields).toEqual(['f1', 'support'])
    expect(metric(report, 'per_class.cat.f1')).toMatchObject({
      verdict: 'improved',
      group: { name: 'per_class', member: 'cat', field: 'f1' }
    })
    expect(metric(report, 'per_class.cat.f1').delta).toBe(0.02)
    expect(metric(report, 'per_class.dog.f1')).toMatchObject({
      verdict: 'regressed',
      gating: false,
      outcome: 'warn'
    })
    expect(metric(report, 'per_class.fish.f1').verdict).toBe('new')
    expect(metric(report, 'per_class.bird.f1').verdict).toBe('missing')
    expect(metric(report, 'per_class.dog.support')).toMatchObject({
      direction: 'neutral',
      verdict: 'unchanged'
    })
    expect(group?.counts.total).toBe(8)
    expect(report.overall).toBe('pass')
  })

  it('gates cells a rule names, or all cells with groups: gate', async () => {
    const named = await compareMetrics(
      candidate,
      baseline,
      await rules('metrics:\n  "per_class.*.f1": {abs-tolerance: 0.01}\n')
    )
    expect(metric(named, 'per_class.dog.f1')).toMatchObject({
      rule: 'per_class.*.f1',
      outcome: 'fail'
    })
    expect(named.overall).toBe('fail')
    const all = await compareMetrics(candidate, baseline, await rules('groups: gate\n'))
    expect(metric(all, 'per_class.dog.f1').outcome).toBe('fail')
  })
})

describe('several runs per side', () => {
  const runs = (values: number[], loss: number[]) =>
    values.map((value, i) =>
      metricsDocument(
        { accuracy: value, loss: loss[i] ?? 0 },
        { per_class: { cat: { f1: value - 0.1 } } },
        `seed-${i}.json`
      )
    )

  it("compares means and uses Welch's t-test for significance", async () => {
    const baselineAccuracy = [0.812, 0.815, 0.809, 0.818, 0.811]
    const candidateAccuracy = [0.821, 0.817, 0.825, 0.819, 0.823, 0.816]
    const report = await compareMetrics(
      runs(candidateAccuracy, [0.5, 0.45, 0.55, 0.4, 0.6, 0.5]),
      runs(baselineAccuracy, [0.46, 0.52, 0.49, 0.47, 0.5]),
      await rules('')
    )
    const accuracy = metric(report, 'accuracy')
    const welch = welchTTest(baselineAccuracy, candidateAccuracy)
    expect(accuracy).toMatchObject({
      verdict: 'improved',
      method: 'welch-t',
      significant: true,
      runs: { baseline: 5, candidate: 6 }
    })
    expect(accuracy.pValue).toBeCloseTo(welch.pValue, 15)
    expect(accuracy.delta as number).toBeCloseTo(welch.delta, 14)
    const loss = metric(report, 'loss')
    expect(loss).toMatchObject({
      movement: 'worse',
      verdict: 'no-significant-change',
      outcome: 'inconclusive'
    })
    expect(metric(report, 'per_class.cat.f1').method).toBe('welch-t')
    expect(report.candidate.runs).toBe(6)
    expect(report.overall).toBe('pass')
  })
})
