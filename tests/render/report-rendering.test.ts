import { describe, expect, it } from '@jest/globals'
import { copyFile, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RuleResult } from '@ml-actions/core/policy'
import { runCommand as jsonToMd } from '../../actions/json-to-md/src/index.js'
import { renderDecision } from '../../actions/deploy-gate/src/decision-markdown.js'
import { repoRoot } from '../support/action-metadata.js'
import { absolutePaths, overlongDecimals, renderComment } from '../support/github-render.js'
import {
  chromiumForTests,
  expectReadable,
  MAX_SIGNIFICANT_DIGITS
} from '../support/readable-comment.js'

// json-to-md and deploy-gate comments rendered as GitHub renders them (the demo's comment, with
// the real ONNX report, is in demo-comment.test.ts).
const chromium = chromiumForTests()

const FIXTURES = join(repoRoot, 'tests', 'fixtures', 'metrics')

describe('json-to-md as GitHub renders it', () => {
  it('names files by their workspace path and lines up each column on fixed decimals', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'rendered-json-to-md-'))
    for (const name of ['evaluation_results.json', 'training_results.json']) {
      await copyFile(join(FIXTURES, 'made-with-ml', name), join(cwd, name))
    }
    const out: string[] = []
    const exitCode = await jsonToMd(
      [join(cwd, 'evaluation_results.json'), join(cwd, 'training_results.json')],
      { stdout: (text) => out.push(text), stderr: () => undefined, env: {}, cwd }
    )
    expect(exitCode).toBe(0)
    const markdown = out.join('')
    const rendered = await renderComment(chromium(), markdown, { screenshot: 'json-to-md' })
    for (const table of rendered.tables) {
      expect(table.scrollWidth).toBeLessThanOrEqual(rendered.columnWidth)
      expect(overlongDecimals(table.cells.join(' '), MAX_SIGNIFICANT_DIGITS)).toEqual([])
    }
    expect(rendered.brokenNumbers).toEqual([])
    expect(absolutePaths(rendered.text)).toEqual([])
    expect(markdown).toContain('### evaluation_results.json')
    // Made-With-ML's per-class precision: 0.975 and 0.8 among four-decimal values.
    expect(markdown).toMatch(/\| computer-vision +\| +0\.9750 \|/)
    expect(markdown).toMatch(/\| other +\| +0\.8000 \|/)
    // The learning rate column: 1e-4 twice, then 8e-5, in one notation.
    expect(markdown).toMatch(/\| +2 \| +0\.00008 \|/)
  })
})

const rule = (overrides: Partial<RuleResult>): RuleResult => ({
  name: 'accuracy floor',
  type: 'threshold',
  subject: 'candidate-model: metrics["overall.accuracy"]',
  observed: 0.9481481481481482,
  expected: '≥ 0.95',
  status: 'fail',
  effect: 'reject',
  reportOnly: false,
  detail: '0.9481 is below the minimum 0.95',
  ...overrides
})

describe('deploy-gate as GitHub renders it', () => {
  it('a rejection with hostile report text: the verdict and the first reason on line 1, every cell in view', async () => {
    const report = join(tmpdir(), 'runner', '_temp', 'metrics-comparison.json')
    const sha = '493d66588cb07da2be4059a8af66fafc99a750e1'
    const markdown = renderDecision({
      mode: 'promote',
      verdict: 'reject',
      model: 'digits-classifier',
      alias: 'production',
      version: 3,
      action: { kind: 'held', from: 2 },
      reasons: [
        'accuracy floor: 0.9481 is below the minimum 0.95',
        `subject (metrics-comparison): ${report} judged model <img src=x onerror=alert(1)> @org/team, not digits-classifier`
      ],
      results: [
        rule({}),
        rule({
          name: 'p95 latency budget (ms)',
          observed: 12.291895999998815,
          expected: '0 ≤ x ≤ 50',
          status: 'pass',
          effect: 'none',
          detail: '12.29 is within 0 ≤ x ≤ 50'
        }),
        rule({
          name: 'subject (metrics-comparison)',
          type: 'provenance',
          subject: report,
          observed: 'x'.repeat(300),
          expected: 'digits-classifier/3, digest as in the registry'
        }),
        rule({
          name: 'fresh (metrics-comparison)',
          type: 'provenance',
          subject: report,
          observed: sha,
          expected: `${sha.slice(0, 12)} (candidate commit)`,
          status: 'pass',
          effect: 'none'
        })
      ],
      environment: 'production',
      workspace: join(tmpdir(), 'runner', 'work'),
      decisionRef: `records/deploy-decision/sha256-${'a'.repeat(64)}.json`,
      policySource: '.github/deploy-policy.yml',
      policySha256: 'f'.repeat(64)
    })
    const rendered = await renderComment(chromium(), markdown, { screenshot: 'deploy-gate-reject' })
    expectReadable(rendered)
    expect(rendered.firstBlock.text).toBe(
      '❌ Deploy gate: reject — accuracy floor: 0.9481 is below the minimum 0.95 (and 1 more); digits-classifier@production → version 3'
    )
    expect(rendered.text).toContain('<img src=x onerror=alert(1)> @\u200Borg/team')
    expect(rendered.elements).toEqual({ img: 0, script: 0 })
  })
})
