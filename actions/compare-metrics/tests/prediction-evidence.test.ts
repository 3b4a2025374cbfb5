import { describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { compareMetrics } from '@ml-actions/core/compare'
import type { MetricsDocument } from '@ml-actions/core/metrics'
import { predictionEvidence } from '../src/prediction-evidence.js'

// 60 paired samples: 35 both right, 4 only the baseline right, 13 only the candidate right, 8 both
// wrong. Exact McNemar p-value: scipy 1.10.1 scipy.stats.binomtest(4, 17, 0.5).pvalue
// = 0.049041748046875 (two-sided), the same as statsmodels' mcnemar(exact=True).
const MCNEMAR_EXACT_P = 0.049041748046875

function predictionsCsv(model: 'baseline' | 'candidate'): string {
  const rows = ['id,label,prediction']
  for (let i = 0; i < 60; i++) {
    const label = i % 3 === 0 ? 'cat' : 'dog'
    const wrong = label === 'cat' ? 'dog' : 'cat'
    const baselineRight = i < 35 || (i >= 35 && i < 39)
    const candidateRight = i < 35 || (i >= 39 && i < 52)
    const right = model === 'baseline' ? baselineRight : candidateRight
    rows.push(`s${i},${label},${right ? label : wrong}`)
  }
  return `${rows.join('\n')}\n`
}

function document(metrics: Record<string, number>): MetricsDocument {
  return {
    sources: ['m.json'],
    format: 'json',
    metrics,
    groups: {},
    series: {},
    labels: {},
    metadata: {}
  }
}

describe('statistics from paired predictions', () => {
  it('gives the exact McNemar p-value of scipy and a seeded bootstrap interval', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'evidence-'))
    await writeFile(join(cwd, 'baseline.csv'), predictionsCsv('baseline'))
    await writeFile(join(cwd, 'candidate.csv'), predictionsCsv('candidate'))
    const candidate = document({ 'overall.accuracy': 0.8, 'overall.loss': 0.4 })
    const request = {
      candidatePath: 'candidate.csv',
      baselinePath: 'baseline.csv',
      explicit: [],
      candidate,
      seed: 7,
      resamples: 4000,
      level: 0.95,
      cwd
    }
    const evidence = await predictionEvidence(request)
    expect([...evidence.statistics.keys()]).toEqual(['overall.accuracy'])
    const accuracy = evidence.statistics.get('overall.accuracy')!
    expect(accuracy).toMatchObject({ baseline: 0.65, candidate: 0.8, samples: 60 })
    expect(accuracy.delta).toBeCloseTo(0.15, 12)
    expect(accuracy.pValue).toBeCloseTo(MCNEMAR_EXACT_P, 12)
    expect(accuracy.method).toBe('paired-bootstrap-multinomial + mcnemar-exact')
    expect(accuracy.low).toBeGreaterThan(0)
    expect(accuracy.high).toBeGreaterThan(accuracy.low!)
    expect(accuracy.recomputed).toEqual({
      baseline: accuracy.baseline,
      candidate: accuracy.candidate
    })
    const again = await predictionEvidence(request)
    expect(again.statistics.get('overall.accuracy')).toEqual(accuracy)

    const baseline = document({ 'overall.accuracy': 0.65, 'overall.loss': 0.4 })
    const at = async (alpha: number) =>
      (
        await compareMetrics(candidate, baseline, undefined, {
          alpha,
          statistics: evidence.statistics
        })
      ).metrics[0]
    expect(await at(0.05)).toMatchObject({ verdict: 'improved', significant: true })
    expect(await at(0.01)).toMatchObject({ verdict: 'no-significant-change', significant: false })
  })
})
