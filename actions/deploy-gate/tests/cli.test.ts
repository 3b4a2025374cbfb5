import { describe, expect, it } from '@jest/globals'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runDeployGateCli } from '../src/cli.js'
import { pullRequestOpened } from '../../../tests/support/webhook-events.js'
import { createGateWorkspace, MODEL, POLICY, RUN_SHA } from './support/gate-fixture.js'

describe('ml-actions deploy-gate', () => {
  it('runs the same body from the command line, without a deployment by default', async () => {
    const ws = await createGateWorkspace()
    const candidate = await ws.register(0.93)
    const reports = await ws.writeReports(candidate, 1)
    await writeFile(join(ws.dir, 'policy.yml'), POLICY)
    let stdout = ''
    let stderr = ''
    const code = await runDeployGateCli(
      [
        '--model-name',
        MODEL,
        '--candidate',
        '2',
        '--registry',
        'registry',
        '--policy',
        'policy.yml',
        ...reports.flatMap((r) => ['--reports', r])
      ],
      {
        stdout: (text) => (stdout += text),
        stderr: (text) => (stderr += text),
        env: {
          GITHUB_SHA: RUN_SHA,
          GITHUB_REF: 'refs/heads/main',
          GITHUB_EVENT_NAME: 'workflow_dispatch'
        },
        cwd: ws.dir
      }
    )
    expect({ code, stderr: stderr.split('\n').filter((line) => line.startsWith('error')) }).toEqual(
      { code: 0, stderr: [] }
    )
    expect(stdout).toContain('Promoted `classifier@production` from version 1 to 2.')
    expect(stderr).toContain('decision=approve')
    expect((await ws.registry.history(MODEL, 'production'))[0]?.version).toBe(2)
  })
})

describe('ml-actions deploy-gate --candidate reviewed', () => {
  it('promotes, off GitHub, the version a pull request review recorded for the given head', async () => {
    const ws = await createGateWorkspace()
    const candidate = await ws.register(0.93)
    const reports = await ws.writeReports(candidate, 1)
    await writeFile(join(ws.dir, 'policy.yml'), POLICY)
    const payload = pullRequestOpened()
    const pull = payload.pull_request as { head: { sha: string }; base: { ref: string } }
    pull.base.ref = 'main'
    await writeFile(join(ws.dir, 'event.json'), JSON.stringify(payload))
    const cli = async (args: string[], env: Record<string, string>) => {
      let stderr = ''
      const code = await runDeployGateCli(
        ['--model-name', MODEL, '--registry', 'registry', '--policy', 'policy.yml', ...args],
        {
          stdout: () => undefined,
          stderr: (text) => (stderr += text),
          env: { GITHUB_SHA: RUN_SHA, GITHUB_RUN_ID: '77', GITHUB_RUN_ATTEMPT: '1', ...env },
          cwd: ws.dir
        }
      )
      return { code, stderr }
    }
    const review = await cli(
      ['--mode', 'review', '--candidate', '2', ...reports.flatMap((r) => ['--reports', r])],
      {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: join(ws.dir, 'event.json'),
        GITHUB_REF: 'refs/pull/2/merge'
      }
    )
    expect(review.code).toBe(0)
    expect((await ws.registry.history(MODEL, 'production'))[0]?.version).toBe(1)

    const refused = await cli(['--candidate', 'reviewed', '--reviewed-commit', 'f'.repeat(40)], {
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_REF: 'refs/heads/main'
    })
    expect(refused.code).not.toBe(0)
    expect(refused.stderr).toContain(`no review of ${MODEL} is recorded`)

    const merged = await cli(['--candidate', 'reviewed', '--reviewed-commit', pull.head.sha], {
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_REF: 'refs/heads/main'
    })
    expect({ code: merged.code, decision: merged.stderr.includes('decision=approve') }).toEqual({
      code: 0,
      decision: true
    })
    expect((await ws.registry.history(MODEL, 'production')).map((e) => e.version)).toEqual([2, 1])
  })
})
