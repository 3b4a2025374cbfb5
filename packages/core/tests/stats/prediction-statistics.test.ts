import { describe, expect, it } from '@jest/globals'
import {
  alignPredictions,
  mcnemarTest,
  readPredictions,
  statisticsFromPredictions
} from '../../src/stats/index.js'

function csv(rows: [string, string, string, number][]): string {
  return ['id,label,prediction,score', ...rows.map((row) => row.join(','))].join('\n')
}

describe('statisticsFromPredictions', () => {
  const rows = Array.from({ length: 200 }, (_, i) => i)
  const label = (i: number): string => (i % 3 === 0 ? '1' : '0')
  const baseline = readPredictions(
    csv(
      rows.map((i) => [
        `r${i}`,
        label(i),
        i % 5 === 0 ? '0' : label(i),
        ((i * 37) % 100) / 100 + (label(i) === '1' ? 0.3 : 0)
      ])
    ),
    'baseline.csv'
  )
  const candidate = readPredictions(
    csv(
      rows.map((i) => [
        `r${i}`,
        label(i),
        i % 11 === 0 ? '0' : label(i),
        ((i * 53) % 100) / 100 + (label(i) === '1' ? 0.5 : 0)
      ])
    ),
    'candidate.csv'
  )
  const aligned = alignPredictions(baseline, candidate)

  it('combines the multinomial bootstrap with McNemar for accuracy', () => {
    const results = statisticsFromPredictions(
      aligned,
      [
        { metric: 'overall.accuracy', statistic: 'accuracy' },
        { metric: 'overall.f1', statistic: 'f1' },
        { metric: 'overall.auc', statistic: 'roc-auc' }
      ],
      { resamples: 2000 }
    )
    const accuracy = results.get('overall.accuracy')
    expect(accuracy?.method).toMatch(/^paired-bootstrap-multinomial \+ mcnemar-(exact|chi-square)$/)
    let baselineOnly = 0
    let candidateOnly = 0
    for (const i of rows) {
      const b = !(i % 5 === 0 && label(i) === '1')
      const c = !(i % 11 === 0 && label(i) === '1')
      if (b && !c) baselineOnly += 1
      if (c && !b) candidateOnly += 1
    }
    expect(accuracy?.delta).toBeCloseTo((candidateOnly - baselineOnly) / 200, 15)
    expect(accuracy?.pValue).toBe(
      mcnemarTest({ baselineOnlyCorrect: baselineOnly, candidateOnlyCorrect: candidateOnly }).pValue
    )
    expect(results.get('overall.f1')?.method).toBe('paired-bootstrap-multinomial')
    expect(results.get('overall.auc')?.method).toBe('delong')
    expect(results.get('overall.auc')?.candidate).toBeGreaterThan(
      results.get('overall.auc')?.baseline ?? 1
    )
  })

  it('explains what is missing, naming both files', () => {
    const unlabeled = alignPredictions(
      readPredictions('id,prediction\na,1\nb,0\n', 'b.csv'),
      readPredictions('id,prediction\na,1\nb,1\n', 'c.csv')
    )
    expect(() =>
      statisticsFromPredictions(unlabeled, [{ metric: 'acc', statistic: 'accuracy' }])
    ).toThrow(/'acc' need true labels, but neither b.csv nor c.csv has a label column/)
  })
})
