import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { FakeGitHub } from '../../../tests/support/fake-github/index.js'
import type { BundleRunOptions } from '../../../tests/support/run-bundle.js'
import { runGateBundle, startGateBundleSetup, stopGateBundleSetup } from './support/gate-bundle.js'
import { MODEL, type GateWorkspace } from './support/gate-fixture.js'

const MARKER = '<!-- ml-actions:deploy-gate-alert:classifier@production -->'

let fake: FakeGitHub
let ws: GateWorkspace
let policyPath: string
/** While this file exists the smoke test fails, as a deployed model that answers wrongly would. */
let brokenFlag: string

beforeEach(async () => {
  ;({ fake, ws, policyPath } = await startGateBundleSetup())
  brokenFlag = join(ws.dir, 'smoke-test-fails')
})

afterEach(() => stopGateBundleSetup(fake))

async function promoteRun(inputs: Record<string, string> = {}, options: BundleRunOptions = {}) {
  const candidate = await ws.register(0.95)
  const baseline = (await ws.registry.history(MODEL, 'production'))[0]?.version ?? null
  const reports = await ws.writeReports(candidate, baseline)
  return runGateBundle(
    { fake, ws, policyPath },
    {
      candidate: String(candidate.version),
      reports: reports.join('\n'),
      deploy: 'test -f "$ML_MODEL_DIR/model.onnx"',
      'smoke-test': `test ! -e ${JSON.stringify(brokenFlag)}`,
      alert: 'issue',
      ...inputs
    },
    options
  )
}

describe('deploy-gate bundle: alert issue on a failed deploy', () => {
  it('opens one issue on a failed smoke test, updates it on the next failure, closes it on the next good deploy', async () => {
    await writeFile(brokenFlag, '')
    const first = await promoteRun()
    expect(first.exitCode).toBe(1)
    expect(first.outputs.decision).toBe('reject')
    const [issue] = fake.issues()
    expect(fake.issues()).toHaveLength(1)
    expect(first.outputs['alert-issue']).toBe(
      `https://github.com/octo-org/models/issues/${issue!.number}`
    )
    expect(issue).toMatchObject({
      state: 'open',
      title: 'deploy-gate: deploying classifier@production version 2 failed'
    })
    expect(issue!.author.login).toBe('github-actions[bot]')
    expect(issue!.body).toContain('the smoke-test of version 2 exited with code 1')
    expect(issue!.body).toContain('rolled back to version 1')
    expect(issue!.body).toContain('- Run: https://github.com/octo-org/models/actions/runs/4242')
    expect(issue!.body).toContain('Decision record: `records/deploy-decision/sha256-')
    expect(issue!.body.endsWith(MARKER)).toBe(true)

    // The next candidate fails too: the same issue says so, no second one.
    const second = await promoteRun()
    expect(second.exitCode).toBe(1)
    expect(fake.issues()).toHaveLength(1)
    expect(fake.issues()[0]).toMatchObject({
      number: issue!.number,
      state: 'open',
      title: 'deploy-gate: deploying classifier@production version 3 failed'
    })
    expect(fake.count('POST', /\/issues$/)).toBe(1)

    await rm(brokenFlag)
    const good = await promoteRun()
    expect(good.exitCode).toBe(0)
    expect(good.outputs).toMatchObject({ decision: 'approve', deployed: 'true' })
    expect(fake.issues()[0]).toMatchObject({ number: issue!.number, state: 'closed' })
    expect(fake.issues()[0]!.stateReason).toBe('completed')
    const [closing] = fake.comments(issue!.number)
    expect(closing!.body).toContain('Resolved: `classifier@production` is version 4')

    // Later good deploys find nothing open and change no issue.
    const issueWrites = () =>
      fake.requests.filter((r) => r.method !== 'GET' && r.path.includes('/issues')).length
    const before = issueWrites()
    expect((await promoteRun()).exitCode).toBe(0)
    expect(issueWrites()).toBe(before)
    expect(fake.issues()).toHaveLength(1)
  })

  it('a re-run of the same failed gate updates the issue instead of opening another', async () => {
    await writeFile(brokenFlag, '')
    const candidate = await ws.register(0.95)
    const reports = await ws.writeReports(candidate, 1)
    const inputs = {
      candidate: String(candidate.version),
      reports: reports.join('\n'),
      deploy: 'true',
      'smoke-test': `test ! -e ${JSON.stringify(brokenFlag)}`,
      alert: 'issue'
    }
    const run = () => runGateBundle({ fake, ws, policyPath }, inputs)
    expect((await run()).exitCode).toBe(1)
    expect((await run()).exitCode).toBe(1)
    expect(fake.issues().map((i) => i.state)).toEqual(['open'])
    expect(fake.count('POST', /\/issues$/)).toBe(1)
  })

  it('escapes what the pull request controls (a report file name) in the issue body', async () => {
    await writeFile(brokenFlag, '')
    const candidate = await ws.register(0.95)
    const reports = await ws.writeReports(candidate, 1)
    const hostile = join(ws.dir, '@octo-org-team #1 <img src=x>.json')
    await rename(reports[0]!, hostile)
    const run = await runGateBundle(
      { fake, ws, policyPath },
      {
        candidate: String(candidate.version),
        reports: [hostile, ...reports.slice(1)].join('\n'),
        deploy: 'true',
        'smoke-test': `test ! -e ${JSON.stringify(brokenFlag)}`,
        alert: 'issue',
        'create-deployment': 'false'
      }
    )
    expect(run.exitCode).toBe(1)
    const [issue] = fake.issues()
    expect(issue!.body).toContain('&lt;img src=x&gt;')
    expect(issue!.body).not.toMatch(/<img/)
    expect(issue!.body).not.toMatch(/(^|[^\w])@octo-org-team/)
    expect(issue!.body).not.toMatch(/#1\b/)
    expect(issue!.body.match(/<!-- ml-actions/g)).toHaveLength(1)
  })

  it('off by default: a failed deploy sends no issue request', async () => {
    await writeFile(brokenFlag, '')
    const run = await promoteRun({ alert: 'off' })
    expect(run.exitCode).toBe(1)
    expect(fake.requests.filter((r) => r.path.includes('/issues'))).toEqual([])
  })

  it('without a token: one warning saying the alert issue was not opened and why', async () => {
    await writeFile(brokenFlag, '')
    const run = await promoteRun({ 'github-token': '', 'create-deployment': 'false' })
    expect(run.exitCode).toBe(1)
    expect(run.warnings.filter((w) => /alert issue/.test(w))).toEqual([
      'Did not open or update the alert issue for classifier@production: no github-token was given.'
    ])
    expect(fake.issues()).toEqual([])
  })
})
