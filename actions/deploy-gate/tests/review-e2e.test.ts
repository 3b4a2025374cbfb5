import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ModelRegistry } from '@ml-actions/registry'
import {
  startS3TestServer,
  TEST_BUCKET,
  TEST_CREDENTIALS,
  uniquePrefix,
  type S3TestServer
} from '../../../packages/registry/tests/support/s3-test-server.js'
import { startFakeGitHub, type FakeGitHub } from '../../../tests/support/fake-github/index.js'
import { runBundle, type BundleRunOptions } from '../../../tests/support/run-bundle.js'
import { pullRequestFromFork, pullRequestOpened } from '../../../tests/support/webhook-events.js'
import type { DecisionRecord } from '../src/decision-record.js'
import type { ReviewRecord } from '../src/review-record.js'
import { createGateWorkspace, MODEL, POLICY, type GateWorkspace } from './support/gate-fixture.js'

const TOKEN = 'ghs_job_token'
/** What a merge of PR #2 puts on main: the push run's GITHUB_SHA. */
const MERGE_SHA = '9f1c0ffee0ddba11feedfacecafebabe12345678'
const LATER_HEAD = '1234567890abcdef1234567890abcdef12345678'

let fake: FakeGitHub
let ws: GateWorkspace
let policyPath: string

/** GitHub's own pull_request payload (PR #2), into main, from this repository. */
function pullRequestEvent(fork = false): { payload: Record<string, unknown>; headSha: string } {
  const payload = fork ? pullRequestFromFork() : pullRequestOpened()
  const pull = payload.pull_request as { head: { sha: string }; base: { ref: string } }
  pull.base.ref = 'main'
  return { payload, headSha: pull.head.sha }
}

function gate(inputs: Record<string, string>, options: BundleRunOptions = {}) {
  return runBundle('deploy-gate', {
    cwd: ws.dir,
    token: TOKEN,
    ...options,
    env: { ...fake.env(), ...options.env },
    inputs: { 'model-name': MODEL, registry: ws.registryDir, policy: policyPath, ...inputs }
  })
}

/** The pull request run: evaluates version 2 (built from the test merge) and records the review. */
async function reviewRun(extra: Record<string, string> = {}, fork = false, env = {}) {
  const candidate = await ws.register(0.93)
  const reports = await ws.writeReports(candidate, 1)
  const { payload, headSha } = pullRequestEvent(fork)
  const run = await gate(
    { mode: 'review', candidate: '2', reports: reports.join('\n'), comment: 'off', ...extra },
    { eventName: 'pull_request', event: payload, env: { GITHUB_REF: 'refs/pull/2/merge', ...env } }
  )
  return { run, headSha }
}

/** The push the merge makes: deploy-gate finds PR #2 through commits/{sha}/pulls. */
function mergeRun(extra: Record<string, string> = {}, env = {}) {
  return gate(
    { candidate: 'reviewed', comment: 'off', ...extra },
    {
      eventName: 'push',
      event: { ref: 'refs/heads/main', after: MERGE_SHA },
      env: { GITHUB_SHA: MERGE_SHA, ...env }
    }
  )
}

async function aliasVersions(registry: ModelRegistry = ws.registry): Promise<number[]> {
  return (await registry.history(MODEL, 'production')).map((entry) => entry.version)
}

beforeEach(async () => {
  fake = await startFakeGitHub()
  ws = await createGateWorkspace()
  policyPath = join(ws.dir, 'deploy-policy.yml')
  await writeFile(policyPath, POLICY)
})

afterEach(async () => {
  await fake.stop()
  fake.assertNoViolations()
})

describe('deploy-gate bundle: promote what the pull request reviewed', () => {
  it('records the review on the PR, then promotes exactly that version with its reports on merge', async () => {
    const { run: pr, headSha } = await reviewRun()
    expect({ exitCode: pr.exitCode, errors: pr.errors }).toEqual({ exitCode: 0, errors: [] })
    expect(pr.outputs).toMatchObject({ decision: 'approve', promoted: 'false' })
    expect(pr.summary).toContain('recorded for the merge to promote')
    expect(await aliasVersions()).toEqual([1])
    const review = await ws.registry.getRecord<ReviewRecord>(pr.outputs['review-ref'] as string)
    expect(review).toMatchObject({
      model: MODEL,
      version: 2,
      pullRequest: 2,
      headSha,
      evaluatedSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      baseRef: 'main',
      verdict: 'approve'
    })
    expect(review.reports.map((r) => r.kind).sort()).toEqual([
      'metrics-comparison',
      'onnx-verification',
      'train-evaluate'
    ])

    fake.seedPullRequest({ number: 2, headSha, mergeCommitSha: MERGE_SHA })
    const registered = (await ws.registry.listVersions(MODEL)).length
    const merge = await mergeRun()

    expect({ exitCode: merge.exitCode, errors: merge.errors }).toEqual({ exitCode: 0, errors: [] })
    expect(merge.outputs).toMatchObject({
      decision: 'approve',
      promoted: 'true',
      'model-version': '2',
      'previous-version': '1',
      'review-ref': pr.outputs['review-ref']
    })
    expect(await aliasVersions()).toEqual([2, 1])
    expect((await ws.registry.listVersions(MODEL)).length).toBe(registered) // no retrain
    const decision = await ws.registry.getRecord<DecisionRecord>(
      merge.outputs['decision-ref'] as string
    )
    expect(decision.review).toEqual({
      ref: pr.outputs['review-ref'],
      pullRequest: 2,
      headSha,
      evaluatedSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'
    })
    expect(decision.inputs.map((i) => i.sha256).sort()).toEqual(
      review.reports.map((r) => r.sha256).sort()
    )
    expect(fake.state.deployments.map((d) => d.ref)).toEqual([MERGE_SHA])
  })

  it('refuses a merge whose pull request has no review, moving nothing', async () => {
    fake.seedPullRequest({ number: 2, headSha: LATER_HEAD, mergeCommitSha: MERGE_SHA })
    const merge = await mergeRun()
    expect(merge.exitCode).toBe(1)
    expect(merge.errors.join('\n')).toContain(
      `no review of ${MODEL} is recorded for pull request #2 at head ${LATER_HEAD}`
    )
    expect(await aliasVersions()).toEqual([1])
    expect(fake.state.deployments).toEqual([])
  })

  it('refuses when the pull request head moved after the evaluation', async () => {
    const { run: pr, headSha } = await reviewRun()
    expect(pr.exitCode).toBe(0)
    fake.seedPullRequest({ number: 2, headSha: LATER_HEAD, mergeCommitSha: MERGE_SHA })
    const merge = await mergeRun()
    expect(merge.exitCode).toBe(1)
    expect(merge.errors.join('\n')).toContain(
      `pull request #2 was merged at head ${LATER_HEAD}, but its last review evaluated head ${headSha}`
    )
    expect(await aliasVersions()).toEqual([1])
    expect(fake.state.deployments).toEqual([])
  })

  it('refuses a recorded report changed after the review (sha256 mismatch)', async () => {
    const { run: pr, headSha } = await reviewRun()
    const review = await ws.registry.getRecord<ReviewRecord>(pr.outputs['review-ref'] as string)
    const comparison = review.reports.find((r) => r.kind === 'metrics-comparison')!
    const file = join(ws.registryDir, comparison.ref)
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('"overall":"pass"', '"overall":"pass","x":1')
    )

    const merge = await mergeRun({ 'reviewed-commit': headSha })
    expect(merge.exitCode).toBe(1)
    expect(merge.outputs).toMatchObject({ decision: 'reject', promoted: 'false' })
    expect(merge.outputs.reasons).toContain('it was changed after the review')
    expect(await aliasVersions()).toEqual([1])
  })

  it('re-judges the recorded reports: a baseline that moved since the review is named, not passed', async () => {
    const { headSha } = await reviewRun()
    const other = await ws.register(0.95)
    await ws.registry.promote(MODEL, 'production', other.version, { expect: 1, actor: 'someone' })
    const merge = await mergeRun({ 'reviewed-commit': headSha })
    expect(merge.exitCode).toBe(1)
    expect(merge.outputs.reasons).toMatch(
      /metrics-comparison.json compared with version 1, but classifier@production = 3 now/
    )
    expect(await aliasVersions()).toEqual([3, 1])
  })

  it('never records a review from a fork pull request', async () => {
    const { run: pr } = await reviewRun({ 'allow-untrusted-events': 'true' }, true)
    expect(pr.exitCode).toBe(1)
    expect(pr.outputs.decision).toBe('reject')
    expect(pr.outputs.reasons).toContain('comes from a fork')
    expect(pr.outputs['review-ref']).toBeUndefined()
    expect(existsSync(join(ws.registryDir, 'records', 'deploy-review'))).toBe(false)
  })
})

describe('deploy-gate bundle: reviewed promotion on an S3 registry (s3rver)', () => {
  let s3: S3TestServer
  beforeAll(async () => {
    s3 = await startS3TestServer()
  })
  afterAll(async () => {
    await s3.close()
  })

  it('records the review and promotes it on merge', async () => {
    const uri = `s3://${TEST_BUCKET}/${uniquePrefix('review')}`
    const registry = ModelRegistry.open(uri, {
      s3: { endpoint: s3.proxiedEndpoint, region: 'us-east-1', credentials: TEST_CREDENTIALS }
    })
    ws = await createGateWorkspace(uri, registry)
    await writeFile(policyPath, POLICY)
    const s3Inputs = { 's3-endpoint': s3.proxiedEndpoint, 's3-region': 'us-east-1' }
    const awsEnv = {
      AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey
    }
    const { run: pr, headSha } = await reviewRun(s3Inputs, false, awsEnv)
    expect({ exitCode: pr.exitCode, errors: pr.errors }).toEqual({ exitCode: 0, errors: [] })
    fake.seedPullRequest({ number: 2, headSha, mergeCommitSha: MERGE_SHA })
    const merge = await mergeRun(s3Inputs, awsEnv)
    expect({ exitCode: merge.exitCode, errors: merge.errors }).toEqual({ exitCode: 0, errors: [] })
    expect(merge.outputs).toMatchObject({ promoted: 'true', 'model-version': '2' })
    expect(await aliasVersions(registry)).toEqual([2, 1])
  })
})
