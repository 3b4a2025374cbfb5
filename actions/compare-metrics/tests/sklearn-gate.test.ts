import { describe, expect, it } from '@jest/globals'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { allComparisons, compareMetrics, parseComparisonRules } from '@ml-actions/core/compare'
import { readMetrics } from '@ml-actions/core/io'
import { predictionEvidence } from '../src/prediction-evidence.js'

// Two pairs of real scikit-learn classifiers on the digits test split (450 samples, 10 classes):
// LogisticRegression(C=1) and (C=0.05) on the full training split, and C=1 on its first 60 rows.
// Made by /usr/bin/python3 (scikit-learn 1.2, statsmodels 0.14) with load_digits,
// train_test_split(test_size=0.25, random_state=0, stratify=y), classification_report(
// output_dict=True, zero_division=0); McNemar from statsmodels mcnemar(table, exact=True):
// - C=0.05 → C=1: accuracy 0.97111 → 0.96444, table [[433, 4], [1, 12]], p = 0.375;
// - C=1 → 60 rows: accuracy 0.96444 → 0.84222, table [[372, 62], [7, 9]], p = 7.987483701935843e-11.
const FIXTURES = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../tests/fixtures/compare/sklearn-gate'
)
const STATSMODELS_P_NOT_SIGNIFICANT = 0.375
const STATSMODELS_P_SIGNIFICANT = 7.987483701935843e-11

async function compare(baseline: string, candidate: string, rulesText = '') {
  const document = (name: string) =>
    readMetrics([join(FIXTURES, `${name}-report.json`)], { cwd: FIXTURES })
  const candidateDocument = await document(candidate)
  const evidence = await predictionEvidence({
    baselinePath: `${baseline}-predictions.csv`,
    candidatePath: `${candidate}-predictions.csv`,
    explicit: [],
    candidate: candidateDocument,
    resamples: 2000,
    level: 0.95,
    cwd: FIXTURES
  })
  return compareMetrics(
    candidateDocument,
    await document(baseline),
    await parseComparisonRules(rulesText, 'rules.yml'),
    { statistics: evidence.statistics, predictionsGiven: true }
  )
}

describe('the gate on two real scikit-learn classifiers, tolerance zero', () => {
  it('passes a drop the predictions show is not significant, on every metric of the report', async () => {
    const report = await compare('similar', 'baseline', 'groups: gate\n')
    expect(report.overall).toBe('pass')
    const accuracy = report.metrics.find((metric) => metric.name === 'accuracy')
    expect(accuracy).toMatchObject({ verdict: 'no-significant-change', movement: 'worse' })
    expect(accuracy?.pValue).toBeCloseTo(STATSMODELS_P_NOT_SIGNIFICANT, 12)
    expect(accuracy?.mde).toBeGreaterThan(0)
    for (const name of ['weighted avg.precision', 'weighted avg.f1-score', 'macro avg.recall']) {
      expect(report.metrics.find((metric) => metric.name === name)).toMatchObject({
        evidence: 'statistics',
        movement: 'worse',
        significant: false
      })
    }
    const cells = report.groups.find((group) => group.name === 'per_class')?.cells ?? []
    expect(
      cells
        .filter((cell) => cell.group?.field !== 'support')
        .every((cell) => cell.evidence === 'statistics')
    ).toBe(true)
    expect(report.correction.method).toBe('holm')
    expect(report.correction.family).toBeGreaterThan(30)
    expect(allComparisons(report).some((metric) => metric.disagreement !== undefined)).toBe(false)
  })

  it('fails a model trained on 60 rows, with the evidence in the reasons', async () => {
    const report = await compare('baseline', 'subset')
    expect(report.overall).toBe('fail')
    const accuracy = report.metrics.find((metric) => metric.name === 'accuracy')
    expect(accuracy).toMatchObject({ verdict: 'regressed', outcome: 'fail', significant: true })
    expect((accuracy?.pValue ?? NaN) / STATSMODELS_P_SIGNIFICANT).toBeCloseTo(1, 9)
    expect(report.metrics.find((metric) => metric.name === 'weighted avg.f1-score')).toMatchObject({
      verdict: 'regressed',
      outcome: 'fail'
    })
    expect(report.reasons[0]).toMatch(/^fail: .* regressed/)
  })

  it('says when the metrics file is not from these predictions', async () => {
    const candidateDocument = await readMetrics([join(FIXTURES, 'subset-report.json')], {
      cwd: FIXTURES
    })
    const evidence = await predictionEvidence({
      baselinePath: 'similar-predictions.csv',
      candidatePath: 'baseline-predictions.csv',
      explicit: [],
      candidate: candidateDocument,
      resamples: 200,
      level: 0.95,
      cwd: FIXTURES
    })
    const report = await compareMetrics(candidateDocument, undefined, undefined, {
      statistics: evidence.statistics,
      predictionsGiven: true
    })
    expect(report.metrics.find((metric) => metric.name === 'accuracy')?.verdict).toBe('new')
    const withBaseline = await compareMetrics(
      candidateDocument,
      await readMetrics([join(FIXTURES, 'similar-report.json')], { cwd: FIXTURES }),
      undefined,
      { statistics: evidence.statistics, predictionsGiven: true }
    )
    const accuracy = withBaseline.metrics.find((metric) => metric.name === 'accuracy')
    expect(accuracy?.disagreement?.candidate).toBeCloseTo(0.9644444444444444, 12)
    expect(accuracy?.reason).toMatch(/not the predictions that produced the metrics file/)
  })
})
