import { describe, expect, it } from '@jest/globals'
import {
  candidateDocumentOf,
  compareMetrics,
  parseComparisonRules,
  parseMetricsComparisonReport,
  renderComparisonMarkdown,
  withReportEnvelope,
  type BaselineProvenance,
  type MetricsComparisonReport
} from '../../src/compare/index.js'
import { COMMENT_LIMIT_CODE_POINTS, fitMarkdown } from '../../src/markdown/index.js'
import { metricsDocument } from './helpers.js'

const ENVELOPE = {
  gitSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
  runId: '42',
  runAttempt: 1,
  runUrl: 'https://github.com/o/r/actions/runs/42',
  createdAt: '2026-12-01T12:00:00.000Z',
  subject: { model: 'clf' }
}

async function report(
  candidate: Record<string, number>,
  baseline: Record<string, number> | undefined,
  provenance: BaselineProvenance = { source: 'file', path: 'base.json' },
  rules = '',
  groups: Parameters<typeof metricsDocument>[1] = {}
): Promise<MetricsComparisonReport> {
  const comparison = await compareMetrics(
    metricsDocument(candidate, groups, 'cand.json'),
    baseline && metricsDocument(baseline, groups, 'base.json'),
    await parseComparisonRules(rules, 'rules.yml')
  )
  return withReportEnvelope(comparison, ENVELOPE, provenance)
}

describe('renderComparisonMarkdown', () => {
  it('writes the summary, the baseline, the table with deltas and the links', async () => {
    const markdown = renderComparisonMarkdown(
      await report(
        { accuracy: 0.87, loss: 0.3, lr: 0.0001 },
        { accuracy: 0.9, loss: 0.31, lr: 0.0001 },
        {
          source: 'registry',
          model: 'clf',
          alias: 'production',
          version: 7,
          gitSha: 'abcdef1234567890'
        }
      ),
      { reportUrl: 'https://github.com/o/r/actions/runs/42/artifacts/9' }
    )
    const nbsp = '\u00A0'
    expect(markdown).toBe(
      [
        '## ❌ Metrics comparison: fail — 1 metric regressed: accuracy -3\u00A0pp (0.90 → 0.87)',
        '',
        '| Metric   | Baseline | Candidate |             Δ | Status      |',
        '| :------- | -------: | --------: | ------------: | :---------- |',
        '| accuracy |     0.90 |      0.87 |         -3\u00A0pp | ❌\u00A0regressed |',
        '| loss     |     0.31 |      0.30 | -0.01\u00A0(-3.2%) | 🟢\u00A0improved  |',
        '| lr       |   0.0001 |    0.0001 |             0 | ✅\u00A0unchanged |',
        '',
        '<details><summary>Method and provenance</summary>',
        '',
        '**Baseline:** registry `clf@production` → version 7 at commit <code title="abcdef1234567890">abcdef1</code>.',
        '',
        '**Candidate:** `cand.json` at commit <code title="ec26c3e57ca3a959ca5aad62de7213c562f8c821">ec26c3e</code>.',
        '',
        '**Method:** 3 comparisons; a metric fails when it moves the wrong way beyond its tolerance and, where per-sample predictions allow a test, the change is significant at α = 0.05; fail-on regression. Changes of proportions are in percentage points (pp); MDE is the minimum detectable effect at 80% power.',
        '',
        '**Reasons:**',
        '',
        '- fail: accuracy regressed (0.9 → 0.87): Δ -3 pp beyond tolerance ±0 pp (higher is better)',
        '',
        '</details>',
        '',
        '<sub>[workflow run](https://github.com/o/r/actions/runs/42) · [full report](https://github.com/o/r/actions/runs/42/artifacts/9)</sub>',
        ''
      ].join('\n')
    )
    expect(nbsp).toHaveLength(1)
  })

  it('shows the candidate alone on a first run', async () => {
    const markdown = renderComparisonMarkdown(await report({ accuracy: 0.9 }, undefined))
    expect(markdown).toContain('**Baseline:** none yet (first run)')
    expect(markdown).toContain('| Metric   | Candidate | Status |')
    expect(markdown).toMatch(/^## ✅ Metrics comparison: pass — first run, 1 metric recorded;/)
    expect(markdown).toContain('| accuracy |       0.9 | 🆕\u00A0new  |')
  })

  it('escapes untrusted metric names and sources', async () => {
    const hostile = '<!-- ml-actions:x --> @org/team | ![x](https://evil/x.png) </details>'
    const markdown = renderComparisonMarkdown(await report({ [hostile]: 1 }, { [hostile]: 1 }))
    expect(markdown).not.toContain('<!--')
    expect(markdown.match(/<\/details>/g)?.length).toBe(markdown.match(/<details>/g)?.length)
    expect(markdown).not.toContain('@org')
    expect(markdown).toContain(
      '&lt;!-- ml-actions:x --&gt; @\u200Borg/team \\| !\\[x\\](https:\u200B//evil/x.png)'
    )
  })

  it('keeps links named by the report only under the trusted prefix', async () => {
    const forged = {
      ...(await report(
        { a: 1 },
        { a: 1 },
        { source: 'artifact', url: 'https://evil.example/run' }
      )),
      runUrl: 'https://evil.example/phish'
    }
    const markdown = renderComparisonMarkdown(forged, {
      trustedLinkPrefix: 'https://github.com/o/r/'
    })
    expect(markdown).not.toContain('evil.example')
    const trusted = renderComparisonMarkdown(
      { ...forged, runUrl: 'https://github.com/o/r/actions/runs/1' },
      { trustedLinkPrefix: 'https://github.com/o/r/' }
    )
    expect(trusted).toContain('[workflow run](https://github.com/o/r/actions/runs/1)')
  })

  it('puts groups in details with per-cell deltas, open when a cell fails', async () => {
    const markdown = renderComparisonMarkdown(
      await report(
        { accuracy: 0.9 },
        { accuracy: 0.9 },
        undefined,
        'metrics:\n  "per_class.*.f1": {}',
        {
          per_class: { cat: { f1: 0.8, support: 50 }, dog: { f1: 0.7, support: 40 } }
        }
      )
    )
    expect(markdown).toContain('<details><summary>per_class: 2 × 2</summary>')
    const failing = await compareMetrics(
      metricsDocument({}, { per_class: { cat: { f1: 0.75 }, dog: { f1: 0.72 } } }),
      metricsDocument({}, { per_class: { cat: { f1: 0.8 }, dog: { f1: 0.7 } } }),
      await parseComparisonRules('metrics:\n  "per_class.*.f1": {}', 'r')
    )
    const rendered = renderComparisonMarkdown(
      withReportEnvelope(failing, ENVELOPE, { source: 'file' })
    )
    expect(rendered).toContain(
      '<details open><summary>per_class: 2 × 1 (1 failing, 1 regressed, 1 improved)</summary>'
    )
    expect(rendered).toContain('| cat | ❌ 0.75<br>(-5\u00A0pp) |')
    expect(rendered).toContain('| dog | 🔼 0.72<br>(+2\u00A0pp) |')
    // The failing cell is also in the headline table, and named in the verdict line.
    expect(rendered).toMatch(
      /^## ❌ Metrics comparison: fail — 1 metric regressed: per_class\.cat\.f1 -5\u00A0pp \(0\.80 → 0\.75\)\n/
    )
  })

  it('draws related proportions as lines of one chart on a sensible y range, with a table', async () => {
    const markdown = renderComparisonMarkdown(
      await report({ f1: 0.9, accuracy: 0.8 }, { f1: 0.9, accuracy: 0.85 }),
      {
        history: [
          { label: 'v1', metrics: { accuracy: 0.81, f1: 0.88 } },
          { label: 'v2', metrics: { accuracy: 0.85, f1: 0.9 } }
        ],
        maxCharts: 1
      }
    )
    expect(markdown).toContain(
      [
        '<details><summary>History (2 earlier points)</summary>',
        '',
        '```mermaid',
        '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#2f81f7, #e5534b, #3fb950, #d29922, #a371f7"}}}}%%',
        'xychart-beta',
        '  title "accuracy, f1"',
        '  x-axis ["v1", "v2", "candidate"]',
        '  y-axis 0.79 --> 0.92',
        '  line "accuracy" [0.81, 0.85, 0.8]',
        '  line "f1" [0.88, 0.9, 0.9]',
        '```',
        '',
        '<b>blue</b> accuracy · <b>red</b> f1',
        '',
        '|           | accuracy |   f1 |',
        '| :-------- | -------: | ---: |',
        '| v1        |     0.81 | 0.88 |',
        '| v2        |     0.85 | 0.90 |',
        '| candidate |     0.80 | 0.90 |',
        '',
        '</details>'
      ].join('\n')
    )
  })

  it('keeps a small change small on the y axis and marks the baseline version', async () => {
    const markdown = renderComparisonMarkdown(
      await report(
        { accuracy: 0.9481 },
        { accuracy: 0.9444 },
        { source: 'registry', model: 'clf', alias: 'production', version: 2 }
      ),
      {
        history: [1, 2].map((v) => ({ label: `v${v}`, metrics: { accuracy: 0.944 + v / 10_000 } }))
      }
    )
    expect(markdown).toContain('  x-axis ["v1", "v2 (base)", "candidate"]')
    // A 0.4 pp change drawn across at least 5 pp of the scale, not across the whole plot.
    expect(markdown).toContain('  y-axis 0.916 --> 0.977')
  })

  it('keeps failing rows when it leaves rows out, and counts the rest', async () => {
    const candidate: Record<string, number> = {}
    const baseline: Record<string, number> = {}
    for (let i = 0; i < 500; i++) {
      candidate[`task_${i}.accuracy`] = i === 321 ? 0.5 : 0.9
      baseline[`task_${i}.accuracy`] = 0.9
    }
    const markdown = renderComparisonMarkdown(await report(candidate, baseline), { maxRows: 10 })
    const rows = markdown.split('\n').filter((line) => line.startsWith('| task_'))
    expect(rows).toHaveLength(10)
    expect(rows[0]).toBe(
      '| task_321.accuracy |      0.9 |       0.5 | -40\u00A0pp | ❌\u00A0regressed |'
    )
    expect(markdown).toContain('<details><summary>492 more metrics</summary>')
    expect(markdown).toContain('_490 more metrics (490 unchanged) are in the full report._')
  })

  it('fits a comment of 5,000 metric rows under 65,536 code points with the verdict on top', async () => {
    const candidate: Record<string, number> = {}
    for (let i = 0; i < 5_000; i++) candidate[`m${i}`] = i / 7
    const full = renderComparisonMarkdown(await report(candidate, candidate), { maxRows: 5_000 })
    const fitted = fitMarkdown(full, { maxCodePoints: COMMENT_LIMIT_CODE_POINTS, notice: 'cut' })
    expect(fitted.truncated).toBe(true)
    expect([...fitted.text].length).toBeLessThanOrEqual(COMMENT_LIMIT_CODE_POINTS)
    expect(fitted.text.startsWith('## ✅ Metrics comparison: pass')).toBe(true)
  })
})

describe('reading a report back', () => {
  it('round-trips through JSON and gives the candidate side as the next baseline', async () => {
    const written = await report(
      { accuracy: 0.9, loss: Number.NaN },
      { accuracy: 0.8, loss: 0.2 },
      undefined,
      '',
      {
        per_class: { cat: { f1: 0.8 } }
      }
    )
    const read = parseMetricsComparisonReport(JSON.stringify(written), 'r.json')
    expect(read).toEqual(JSON.parse(JSON.stringify(written)))
    const document = candidateDocumentOf(read, 'artifact')
    expect(document.metrics.accuracy).toBe(0.9)
    expect(document.metrics.loss).toBeNaN()
    expect(document.groups.per_class?.rows).toEqual({ cat: { f1: 0.8 } })
    expect(document.metadata.gitSha).toBe(ENVELOPE.gitSha)
  })

  it('refuses what is not a metrics-comparison report, naming the problems', async () => {
    expect(() =>
      parseMetricsComparisonReport('{"schemaVersion": 1, "kind": "onnx-verification"}', 'a.json')
    ).toThrow(
      /^a\.json is not a compare-metrics report \(schemaVersion 1, kind metrics-comparison\): kind is onnx-verification; overall is not pass\/fail\/inconclusive/
    )
    const forged = JSON.parse(JSON.stringify(await report({ a: 1 }, { a: 1 }))) as {
      metrics: Array<Record<string, unknown>>
    }
    forged.metrics[0]!.candidate = { toString: 'x' }
    expect(() => parseMetricsComparisonReport(JSON.stringify(forged), 'f.json')).toThrow(
      'metrics[0].candidate is not a number or null'
    )
  })
})
