import { describe, expect, it } from '@jest/globals'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runDeployGateCli } from '../src/cli.js'
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
