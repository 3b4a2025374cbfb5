import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startFakeGitHub, type FakeGitHub } from '../../../tests/support/fake-github/index.js'
import { runBundle } from '../../../tests/support/run-bundle.js'
import { pullRequestOpened, webhookExample } from '../../../tests/support/webhook-events.js'

const MARKER = '<!-- ml-actions:compare-metrics-alert:churn-model -->'
let workspace: string
let fake: FakeGitHub

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'compare-metrics-alert-'))
  const write = (name: string, value: unknown) =>
    writeFile(join(workspace, name), JSON.stringify(value))
  await write('baseline.json', { accuracy: 0.91, loss: 0.3 })
  await write('worse.json', { accuracy: 0.85, loss: 0.3 })
  await write('same.json', { accuracy: 0.912, loss: 0.3 })
})

beforeEach(async () => {
  fake = await startFakeGitHub({ repository: 'octo-org/models' })
})

afterEach(async () => {
  await fake.stop()
  fake.assertNoViolations()
})

/** GitHub's own workflow_dispatch example payload; a schedule run's payload names only the cron. */
function retrain(candidate: string, eventName: 'workflow_dispatch' | 'schedule' | 'pull_request') {
  const event =
    eventName === 'workflow_dispatch'
      ? webhookExample('workflow_dispatch', () => true)
      : eventName === 'schedule'
        ? { schedule: '17 3 * * 1' }
        : pullRequestOpened()
  return runBundle('compare-metrics', {
    cwd: workspace,
    eventName,
    event,
    token: 'ghs_job_token',
    env: { ...fake.env(), GITHUB_WORKFLOW: 'nightly retrain' },
    inputs: {
      candidate,
      baseline: 'baseline.json',
      'model-name': 'churn-model',
      alert: 'issue',
      'upload-artifact': 'false',
      'pr-number': eventName === 'pull_request' ? '2' : ''
    }
  })
}

describe('compare-metrics bundle: alert issue for a scheduled retrain', () => {
  it('a regression on a schedule opens one issue, the next regression updates it, a pass closes it', async () => {
    const first = await retrain('worse.json', 'schedule')
    expect(first.exitCode).toBe(1)
    const [issue, ...others] = fake.issues()
    expect(others).toEqual([])
    expect(first.outputs['alert-issue']).toBe(
      `https://github.com/octo-org/models/issues/${issue!.number}`
    )
    expect(issue!.title).toBe(
      'compare-metrics: the scheduled retrain of churn-model regressed (accuracy)'
    )
    expect(issue!.body).toContain('**The scheduled retrain of `churn-model` regressed')
    expect(issue!.body).toContain('- Run: https://github.com/octo-org/models/actions/runs/4242')
    expect(issue!.body).toContain('accuracy')
    expect(issue!.body.endsWith(MARKER)).toBe(true)

    const again = await retrain('worse.json', 'workflow_dispatch')
    expect(again.exitCode).toBe(1)
    expect(fake.issues()).toHaveLength(1)
    expect(fake.count('POST', /\/issues$/)).toBe(1)

    const good = await retrain('same.json', 'schedule')
    expect(good.exitCode).toBe(0)
    expect(fake.issues()[0]).toMatchObject({ number: issue!.number, state: 'closed' })
    expect(fake.comments(issue!.number)[0]!.body).toContain(
      'Resolved: the scheduled retrain of `churn-model` passes its comparison again.'
    )
  })

  it('a regression on a pull request opens no issue: the PR comment shows it', async () => {
    const run = await retrain('worse.json', 'pull_request')
    expect(run.exitCode).toBe(1)
    expect(fake.comments(2)).toHaveLength(1)
    expect(fake.requests.filter((r) => /\/issues$/.test(r.path))).toEqual([])
  })
})
