import { describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli, type CliIo } from '@ml-actions/action-kit/cli'
import { COMMENT_LIMIT_CODE_POINTS, fitMarkdown } from '@ml-actions/core/markdown'
import { compareMetricsBody } from '../../actions/compare-metrics/src/compare-body.js'
import { compareMetricsAction } from '../../actions/compare-metrics/src/definition.js'
import { absolutePaths, overlongDecimals, renderComment } from '../support/github-render.js'
import {
  chromiumForTests,
  expectReadable,
  MAX_SIGNIFICANT_DIGITS
} from '../support/readable-comment.js'

// The comments users read, rendered as GitHub renders them (cmark-gfm + github-markdown-css +
// mermaid in Chromium at 860 px), each produced by the compare-metrics body the action and the CLI
// run, from files in a scratch workspace under the temp directory (so a leaked runner path shows).
const chromium = chromiumForTests()

async function workspace(files: Record<string, string>): Promise<string> {
  const cwd = await mkdtemp(join(tmpdir(), 'rendered-comment-'))
  for (const [name, text] of Object.entries(files)) await writeFile(join(cwd, name), text)
  return cwd
}

/** The markdown compare-metrics prints for these files (the same renderer as comment and summary). */
async function compareComment(cwd: string, argv: string[]): Promise<string> {
  const out: string[] = []
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: () => undefined,
    env: { RUNNER_TEMP: cwd },
    cwd
  }
  await runCli(compareMetricsAction, compareMetricsBody, argv, { positional: 'candidate', io })
  return out.join('')
}

/** Predictions of `n` samples, the first `correct` of them right: the test gets real counts. */
function predictions(n: number, correct: number, flipFrom = 0): string {
  const lines = ['id,label,prediction']
  for (let i = 0; i < n; i++) {
    const label = i % 3 === 0 ? 'cat' : i % 3 === 1 ? 'dog' : 'bird'
    const right = i >= flipFrom && i < flipFrom + correct ? true : i < flipFrom ? true : false
    lines.push(`s${i},${label},${right ? label : label === 'cat' ? 'dog' : 'cat'}`)
  }
  return `${lines.join('\n')}\n`
}

function reportOf(baseline: number, candidate: number): Record<string, unknown> {
  const perClass = (shift: number) => ({
    cat: { precision: 0.93 + shift, recall: 0.91 + shift, 'f1-score': 0.92 + shift, support: 134 },
    dog: { precision: 0.9 + shift, recall: 0.94 + shift, 'f1-score': 0.919 + shift, support: 133 },
    bird: { precision: 0.95 + shift, recall: 0.92 + shift, 'f1-score': 0.935 + shift, support: 133 }
  })
  return { accuracy: candidate, per_class: perClass(candidate - baseline), loss: 0.22 }
}

describe('comments rendered as GitHub renders them', () => {
  it('a passing comparison with history: verdict first, charts that parse, drawn in theme colours', async () => {
    const history = ['v1', 'v2', 'v3']
      .map((label, index) =>
        JSON.stringify({
          label,
          metrics: { accuracy: 0.9 + index * 0.004, loss: 0.222 - index * 0.001 }
        })
      )
      .join('\n')
    const cwd = await workspace({
      'base.json': JSON.stringify(reportOf(0.908, 0.908)),
      'cand.json': JSON.stringify(reportOf(0.908, 0.9101)),
      'history.jsonl': `${history}\n`
    })
    const markdown = await compareComment(cwd, [
      'cand.json',
      '--baseline',
      'base.json',
      '--history',
      'history.jsonl'
    ])
    const rendered = await renderComment(chromium(), markdown, { screenshot: 'comment-pass' })
    expectReadable(rendered)
    expect(rendered.firstBlock.text).toMatch(
      /^✅ Metrics comparison: pass — no gated metric regressed/
    )
    expect(rendered.diagrams.length).toBeGreaterThan(0)
    // The first line is GitHub's blue, not mermaid's default #ECECFF.
    expect(rendered.chartStrokes[0]?.toLowerCase()).toBe('#2f81f7')
  })

  it('a regression with per-sample evidence: one sentence names the metric, change and CI', async () => {
    const cwd = await workspace({
      'base.json': JSON.stringify(reportOf(0.92, 0.92)),
      'cand.json': JSON.stringify(reportOf(0.92, 0.88)),
      'base.csv': predictions(400, 368),
      'cand.csv': predictions(400, 352)
    })
    const markdown = await compareComment(cwd, [
      'cand.json',
      '--baseline',
      'base.json',
      '--baseline-predictions',
      'base.csv',
      '--candidate-predictions',
      'cand.csv'
    ])
    const rendered = await renderComment(chromium(), markdown, { screenshot: 'comment-regression' })
    expectReadable(rendered)
    // 16 samples right before and wrong now, none the other way: exact McNemar p = 3.05e-5
    // (scipy.stats.binomtest(0, 16).pvalue), shown as p < 0.001.
    expect(rendered.firstBlock.text).toMatch(
      /^❌ Metrics comparison: fail — 1 metric regressed significantly: accuracy -4\.00\spp \(95% CI -\d\.\d\d\sto\s-\d\.\d\d\spp, p\s<\s0\.001\)$/
    )
  })

  it('a first run, hostile metric names, and a comment cut at 65,536 characters', async () => {
    const hostile = {
      '<img src=x onerror=alert(1)> | @org/team': 0.5,
      '[x](javascript:alert(1)).accuracy': 0.75,
      '```mermaid': 0.1
    }
    const first = await compareComment(
      await workspace({ 'cand.json': JSON.stringify({ ...reportOf(0.9, 0.9), ...hostile }) }),
      ['cand.json']
    )
    const firstRendered = await renderComment(chromium(), first, {
      screenshot: 'comment-first-run'
    })
    expect(firstRendered.firstBlock.text).toMatch(/^✅ Metrics comparison: pass — first run/)
    expectReadable(firstRendered)
    // Shown as the text it is: no element, no link, no diagram made of it.
    expect(firstRendered.text).toContain('<img src=x onerror=alert(1)> | @\u200Borg/team')
    expect(firstRendered.elements).toEqual({ img: 0, script: 0 })
    expect(firstRendered.hrefs).toEqual([])
    expect(firstRendered.diagrams).toEqual([])

    const many: Record<string, number> = {}
    for (let i = 0; i < 3_000; i++) many[`task_${i}.accuracy`] = 0.5 + (i % 97) / 200
    const changed = Object.fromEntries(
      Object.entries(many).map(([name, value], i) => [name, i % 5 === 0 ? value - 0.01 : value])
    )
    const full = await compareComment(
      await workspace({ 'base.json': JSON.stringify(many), 'cand.json': JSON.stringify(changed) }),
      ['cand.json', '--baseline', 'base.json', '--max-rows', '3000']
    )
    const cut = fitMarkdown(full, { maxCodePoints: COMMENT_LIMIT_CODE_POINTS, notice: '_cut_' })
    expect(cut.truncated).toBe(true)
    const cutRendered = await renderComment(chromium(), cut.text, {
      screenshot: 'comment-truncated'
    })
    expectReadable(cutRendered)
    expect(cutRendered.firstBlock.text).toMatch(
      /^❌ Metrics comparison: fail — 600 metrics regressed/
    )
  })

  it('reads back a float with too many digits and a runner path (the checks can fail)', async () => {
    const rendered = await renderComment(
      chromium(),
      '## ✅ x\n\n| a | b |\n| - | - |\n| 0.9481481481481482 | `/tmp/runner/report.json` |\n'
    )
    expect(overlongDecimals(rendered.tables[0]!.cells.join(' '), MAX_SIGNIFICANT_DIGITS)).toEqual([
      '0.9481481481481482'
    ])
    expect(absolutePaths(rendered.text)).toEqual(['/tmp/runner/report.json'])
    const broken = await renderComment(
      chromium(),
      '```mermaid\nxychart-beta\n  line [1, oops]\n```\n'
    )
    expect(broken.diagrams[0]?.error).toBeDefined()
  })
})
