import { createHash } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import { BENCH_RULES, syntheticDocuments } from '../../bench/compare.js'
import {
  compareMetrics,
  parseComparisonRules,
  renderComparisonMarkdown,
  withReportEnvelope
} from '../../src/compare/index.js'
import { fitMarkdown } from '../../src/markdown/index.js'
import type { StatResult } from '../../src/stats/stat-result.js'

/**
 * The outputs of the 100,000-metric benchmark comparison, pinned by hash before its speed-ups
 * (the hashes were taken at 48f1a02, before any of them): an optimisation of compare or render
 * must not change a byte of the JSON report or of the comment's markdown.
 */
const METRICS = 100_000

async function outputs(withStatistics: boolean): Promise<{ json: string; markdown: string }> {
  const { candidate, baseline } = syntheticDocuments(METRICS)
  const rules = await parseComparisonRules(BENCH_RULES, 'bench-rules.yml')
  const statistics = new Map<string, StatResult>()
  if (withStatistics) {
    // Every 7th metric has evidence: some significant, some not, some recomputed off the file.
    Object.keys(candidate.metrics).forEach((name, i) => {
      if (i % 7 !== 0) return
      const delta = (candidate.metrics[name] ?? 0) - (baseline.metrics[name] ?? 0)
      statistics.set(name, {
        method: 'paired bootstrap',
        low: delta - (i % 3) * 1e-3,
        high: delta + 1e-3,
        level: 0.95,
        pValue: (i % 100) / 100,
        standardError: 5e-4 + (i % 11) * 1e-4,
        ...(i % 5 === 0
          ? { recomputed: { baseline: baseline.metrics[name] ?? 0, candidate: 0.123 } }
          : {})
      })
    })
  }
  const report = withReportEnvelope(
    await compareMetrics(
      candidate,
      baseline,
      rules,
      withStatistics ? { statistics, predictionsGiven: true } : {}
    ),
    { createdAt: '2026-12-03T00:00:00.000Z', subject: {} },
    { source: 'file', path: 'baseline.json' }
  )
  const markdown = fitMarkdown(renderComparisonMarkdown(report), {
    notice: 'truncated',
    keepTail: '<!-- marker -->'
  }).text
  return { json: JSON.stringify(report), markdown }
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

describe('the 100,000-metric comparison', () => {
  it('gives the pinned report and markdown without statistics (the benchmark fixture)', async () => {
    const { json, markdown } = await outputs(false)
    expect({ json: sha256(json), markdown: sha256(markdown) }).toEqual(PINNED.plain)
  })

  it('gives the pinned report and markdown with statistics on every 7th metric', async () => {
    const { json, markdown } = await outputs(true)
    expect({ json: sha256(json), markdown: sha256(markdown) }).toEqual(PINNED.statistics)
  })
})

const PINNED = {
  plain: {
    json: '67a56b9e807fb494a5b3e12a8bdd74d6dcd1de871550b6467d63909113d3f662',
    markdown: '1385b24e05fc6c535b9a758e8133f50294b7e28d165190dd0cff36daa3264928'
  },
  statistics: {
    json: 'f9edf42ea46bed04d7361cecd5ddb343e51c613d2e2199f851040b53e6bdebeb',
    markdown: '84eb14e92383bb9ff1bf131f47d0bb9ca5cadce0e9eeb24f166deba81f24db4d'
  }
}
