import { describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli, type CliIo } from '@ml-actions/action-kit/cli'
import { compareMetricsBody } from '../src/compare-body.js'
import { compareMetricsAction } from '../src/definition.js'
import { loadRules } from '../src/metrics-sides.js'
import { workflowFileOf } from '../src/run-artifacts.js'

async function workspace(): Promise<string> {
  const cwd = await mkdtemp(join(tmpdir(), 'compare-cli-'))
  await writeFile(join(cwd, 'base.json'), JSON.stringify({ accuracy: 0.9, loss: 0.3 }))
  await writeFile(join(cwd, 'cand.json'), JSON.stringify({ accuracy: 0.85, loss: 0.3 }))
  return cwd
}

function io(cwd: string): CliIo & { out: string[]; err: string[] } {
  const out: string[] = []
  const err: string[] = []
  return {
    out,
    err,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    env: { RUNNER_TEMP: cwd },
    cwd
  }
}

const cli = (argv: string[], streams: CliIo) =>
  runCli(compareMetricsAction, compareMetricsBody, argv, { positional: 'candidate', io: streams })

describe('ml-actions compare-metrics', () => {
  it('prints the markdown and exits 1 on a regression', async () => {
    const cwd = await workspace()
    const streams = io(cwd)
    const code = await cli(['cand.json', '--baseline', 'base.json'], streams)
    expect(code).toBe(1)
    const markdown = streams.out.join('')
    expect(markdown).toMatch(
      /^## ❌ Metrics comparison: fail — 1 metric regressed: accuracy -5\u00A0pp \(0\.90 → 0\.85\)\n/
    )
    expect(markdown).toContain('**Baseline:** `base.json`.')
    expect(markdown).toContain(
      '| accuracy |     0.90 |      0.85 | -5\u00A0pp | ❌\u00A0regressed |'
    )
    expect(streams.err.join('')).toContain('regressed=["accuracy"]')
    // The last line says what failed once, in the words of the comment's first line.
    expect(streams.err.join('').trim().split('\n').at(-1)).toBe(
      'error: Metrics comparison failed: 1 metric regressed: accuracy -5\u00A0pp (0.90 → 0.85)'
    )
  })

  it('exits 0 with --fail-on never and 2 on a bad input', async () => {
    const cwd = await workspace()
    expect(await cli(['cand.json', '--baseline', 'base.json', '--fail-on', 'never'], io(cwd))).toBe(
      0
    )
    const streams = io(cwd)
    expect(await cli(['cand.json', '--rules', 'missing.yml'], streams)).toBe(2)
    expect(streams.err.join('')).toContain('rules file "missing.yml" does not exist')
  })
})

describe('inputs', () => {
  it('reads rules from a file or inline', async () => {
    const cwd = await workspace()
    await writeFile(join(cwd, 'rules.yml'), 'metrics:\n  accuracy: {abs-tolerance: 0.1}\n')
    expect((await loadRules('rules.yml', cwd)).metrics).toEqual([
      { pattern: 'accuracy', absTolerance: 0.1 }
    ])
    const inline = await loadRules('metrics:\n  loss: lower\n', cwd)
    expect(inline).toMatchObject({
      source: 'the rules input',
      metrics: [{ pattern: 'loss', direction: 'lower' }]
    })
    expect((await loadRules('', cwd)).source).toBe('built-in defaults')
  })

  it('finds the workflow file of GITHUB_WORKFLOW_REF', () => {
    expect(workflowFileOf('octo-org/models/.github/workflows/ci.yml@refs/pull/2/merge')).toBe(
      'ci.yml'
    )
    expect(workflowFileOf('octo-org/models/.github/workflows/nested/x.yml@refs/heads/main')).toBe(
      undefined
    )
    expect(workflowFileOf(undefined)).toBeUndefined()
  })
})
