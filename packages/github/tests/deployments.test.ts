import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  readOnlyTokenResponse,
  startFakeGitHub,
  type FakeGitHub
} from '../../../tests/support/fake-github/index.js'
import {
  createDeployment,
  createOctokit,
  DeploymentError,
  FAST_TIMING,
  setDeploymentStatus,
  type GitHubClient
} from '../src/index.js'

const SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'
const REPO = { owner: 'octo-org', repo: 'models' }

describe('deployments against fake-github', () => {
  let fake: FakeGitHub
  let octokit: GitHubClient

  beforeEach(async () => {
    fake = await startFakeGitHub()
    octokit = await createOctokit('ghs_job_token', {
      baseUrl: fake.apiUrl,
      timing: FAST_TIMING,
      logger: { info: () => {}, warning: () => {}, debug: () => {} }
    })
  })

  afterEach(async () => {
    await fake.stop()
    fake.assertNoViolations()
  })

  it('creates a deployment of the exact commit and records its statuses', async () => {
    const created = await createDeployment(octokit, {
      ...REPO,
      ref: SHA,
      environment: 'production',
      description: 'x'.repeat(200),
      payload: { model: 'classifier', version: 7 },
      requiredContexts: []
    })
    expect(created).toMatchObject({ outcome: 'created', sha: SHA })
    const id = (created as { id: number }).id
    await setDeploymentStatus(octokit, {
      ...REPO,
      deploymentId: id,
      state: 'in_progress',
      logUrl: 'https://github.com/octo-org/models/actions/runs/1'
    })
    await setDeploymentStatus(octokit, { ...REPO, deploymentId: id, state: 'success' })
    const [deployment] = fake.state.deployments
    expect(deployment).toMatchObject({ payload: { model: 'classifier', version: 7 } })
    expect([...(deployment!.description ?? '')]).toHaveLength(140)
    expect(deployment!.statuses.map((s) => [s.state, s.logUrl])).toEqual([
      ['in_progress', 'https://github.com/octo-org/models/actions/runs/1'],
      ['success', '']
    ])
    expect(fake.requests.find((r) => r.method === 'POST')?.body).toMatchObject({
      auto_merge: false,
      required_contexts: []
    })
  })

  it('reports 202 (auto-merge) and 409 (failing contexts) as outcomes, not errors', async () => {
    fake.state.deploymentRules.behindDefaultBranch = true
    expect(
      await createDeployment(octokit, {
        ...REPO,
        ref: 'topic',
        environment: 'staging',
        autoMerge: true
      })
    ).toEqual({ outcome: 'merged', message: 'Auto-merged main into topic on deployment.' })
    fake.state.deploymentRules.behindDefaultBranch = false
    fake.state.deploymentRules.failingContexts = ['ci/test', 'lint']
    expect(
      await createDeployment(octokit, {
        ...REPO,
        ref: SHA,
        environment: 'staging',
        requiredContexts: ['lint']
      })
    ).toEqual({
      outcome: 'conflict',
      message: `Conflict: Commit status checks failed for ${SHA}.`,
      failingContexts: ['lint']
    })
  })

  it('turns a read-only token into a DeploymentError naming deployments: write', async () => {
    fake.failNext({
      method: 'POST',
      path: /\/deployments$/,
      ...readOnlyTokenResponse('deployments=write', 'https://docs.github.com/rest/deployments')
    })
    const error = await createDeployment(octokit, {
      ...REPO,
      ref: SHA,
      environment: 'production'
    }).catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(DeploymentError)
    expect((error as DeploymentError).failure.code).toBe('read-only-token')
    expect((error as Error).message).toMatch(
      /^Could not create a deployment of ec26c3e5\w+ to production: GitHub answered 403 "Resource not accessible by integration": the token lacks `deployments: write`\..* Grant `deployments: write` to the job\.$/
    )
  })
})
