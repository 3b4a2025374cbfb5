import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ModelRegistry } from '@ml-actions/registry'
import {
  startS3TestServer,
  TEST_BUCKET,
  TEST_CREDENTIALS,
  uniquePrefix,
  type S3TestServer
} from '../../../packages/registry/tests/support/s3-test-server.js'
import type { FakeGitHub } from '../../../tests/support/fake-github/index.js'
import type { BundleRunOptions } from '../../../tests/support/run-bundle.js'
import { pullRequestFromFork, pullRequestOpened } from '../../../tests/support/webhook-events.js'
import type { DecisionRecord } from '../src/decision-record.js'
import type { ReviewRecord } from '../src/review-record.js'
import { runGateBundle, startGateBundleSetup, stopGateBundleSetup } from './support/gate-bundle.js'
import { createGateWorkspace, MODEL, POLICY, type GateWorkspace } from './support/gate-fixture.js'

/** What a merge of PR #2 puts on main: the push run's GITHUB_SHA. */
const MERGE_SHA = '9f1c0ffee0ddba11feedfacecafebabe12345678'
const LATER_HEAD = '1234567890abcdef1234567890abcdef12345678'
/** The PR run's GITHUB_SHA (run-bundle's default): the test merge that was built and evaluated. */
const EVALUATED_SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'
/** Its tree, which a squash merge of the up-to-date branch gives again. */
const EVALUATED_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904'
/** A merge made after main gained a commit: same head, another tree. */
const LATE_MERGE_SHA = 'b0b0b0b0cafe0000111122223333444455556666'
const LATE_MERGE_TREE = '7f3a1f1e2d3c4b5a69788796a5b4c3d2e1f00112'

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
  return runGateBundle({ fake, ws, policyPath }, inputs, options)
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
function mergeRun(extra: Record<string, string> = {}, env = {}, sha = MERGE_SHA) {
  return gate(
    { candidate: 'reviewed', comment: 'off', ...extra },
    {
      eventName: 'push',
      event: { ref: 'refs/heads/main', after: sha },
      env: { GITHUB_SHA: sha, ...env }
    }
  )
}

async function aliasVersions(registry: ModelRegistry = ws.registry): Promise<number[]> {
  return (await registry.history(MODEL, 'production')).map((entry) => entry.version)
}

beforeEach(async () => {
  ;({ fake, ws, policyPath } = await startGateBundleSetup())
  // The checkout is not a git repository here, so both trees come from GET git/commits/{sha}.
  fake.seedCommit({ sha: EVALUATED_SHA, treeSha: EVALUATED_TREE })
  fake.seedCommit({ sha: MERGE_SHA, treeSha: EVALUATED_TREE, message: 'Retune alpha (#2)' })
  fake.seedCommit({ sha: LATE_MERGE_SHA, treeSha: LATE_MERGE_TREE, message: 'Retune alpha (#2)' })
})

afterEach(() => stopGateBundleSetup(fake))

describe('deploy-gate bundle: promote what the pull request reviewed', () => {
  it('records the review on the PR, then promotes exactly that version with its reports on merge', async () => {
    const { run: pr, headSha } = await reviewRun()
    expect({ exitCode: pr.exitCode, errors: pr.errors }).toEqual({ exitCode: 0, errors: [] })
    expect(pr.outputs).toMatchObject({ decision: 'approve', promoted: 'false' })
    expect(pr.summary).toContain('recorded for the merge to promote')
    expect(await aliasVersions()).toEqual([1])
    const review = await ws.registry.getRecord<ReviewRecord>(pr.outputs['review-ref'] as string)
    expect(review).toMatchObject({
      schemaVersion: 2,
      model: MODEL,
      version: 2,
      pullRequest: 2,
      headSha,
      evaluatedSha: EVALUATED_SHA,
      evaluatedTree: EVALUATED_TREE,
      baseSha: (pullRequestOpened().pull_request as { base: { sha: string } }).base.sha,
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
    expect(merge.summary).toMatch(
      new RegExp(`\\| reviewed tree .*\\| ${EVALUATED_TREE}\\s*\\| ✅.pass \\|`)
    )
  })

  it('refuses a merge made after the base moved: same head, another tree; nothing moves', async () => {
    const { run: pr, headSha } = await reviewRun()
    expect(pr.exitCode).toBe(0)
    fake.seedPullRequest({ number: 2, headSha, mergeCommitSha: LATE_MERGE_SHA })
    const merge = await mergeRun({}, {}, LATE_MERGE_SHA)
    expect(merge.exitCode).toBe(1)
    expect(merge.outputs).toMatchObject({ decision: 'reject', promoted: 'false' })
    expect(merge.outputs.reasons).toContain(
      `the merged commit ${LATE_MERGE_SHA} has tree ${LATE_MERGE_TREE}, but the review evaluated tree ${EVALUATED_TREE}`
    )
    expect(merge.outputs.reasons).toContain('the base moved after the review')
    expect(await aliasVersions()).toEqual([1])
    expect(fake.state.deployments).toEqual([])

    const anyTree = await mergeRun({ 'reviewed-tree': 'any' }, {}, LATE_MERGE_SHA)
    expect({ exitCode: anyTree.exitCode, errors: anyTree.errors }).toEqual({
      exitCode: 0,
      errors: []
    })
    expect(await aliasVersions()).toEqual([2, 1])
  })

  it('refuses a review recorded before trees were (schemaVersion 1) unless reviewed-tree: any', async () => {
    const { run: pr, headSha } = await reviewRun()
    const file = join(ws.registryDir, pr.outputs['review-ref'] as string)
    const current = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>
    const { evaluatedTree: _tree, baseSha: _base, ...older } = current
    await writeFile(file, JSON.stringify({ ...older, schemaVersion: 1 }))
    fake.seedPullRequest({ number: 2, headSha, mergeCommitSha: MERGE_SHA })

    const refused = await mergeRun()
    expect(refused.exitCode).toBe(1)
    expect(refused.outputs.reasons).toContain(
      'the review (schemaVersion 1) recorded no evaluated tree'
    )
    expect(await aliasVersions()).toEqual([1])

    const accepted = await mergeRun({ 'reviewed-tree': 'any' })
    expect({ exitCode: accepted.exitCode, errors: accepted.errors }).toEqual({
      exitCode: 0,
      errors: []
    })
    expect(await aliasVersions()).toEqual([2, 1])
  })

  it('records no review when the evaluated commit is known neither to git nor to GitHub', async () => {
    const candidate = await ws.register(0.93)
    const reports = await ws.writeReports(candidate, 1)
    const { payload } = pullRequestEvent()
    const run = await gate(
      { mode: 'review', candidate: '2', reports: reports.join('\n'), comment: 'off' },
      { eventName: 'pull_request', event: payload, env: { GITHUB_SHA: LATER_HEAD } }
    )
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain(
      `mode: review records the tree of the evaluated commit ${LATER_HEAD}`
    )
    expect(existsSync(join(ws.registryDir, 'records', 'deploy-review'))).toBe(false)
  })

  it('records a review off the pull_request event only for a pull request named explicitly', async () => {
    const candidate = await ws.register(0.93)
    const reports = await ws.writeReports(candidate, 1)
    const { headSha } = pullRequestEvent()
    const push = { eventName: 'push', event: { ref: 'refs/heads/ci', after: EVALUATED_SHA } }
    const inputs = { mode: 'review', candidate: '2', reports: reports.join('\n'), comment: 'off' }

    const unnamed = await gate(inputs, push)
    expect(unnamed.exitCode).toBe(1)
    expect(unnamed.errors.join('\n')).toContain(
      'mode: review on a push event records a review only for a pull request named explicitly'
    )
    expect(existsSync(join(ws.registryDir, 'records', 'deploy-review'))).toBe(false)

    const named = await gate(
      { ...inputs, 'pull-request': '2', 'reviewed-commit': headSha, 'base-sha': MERGE_SHA },
      push
    )
    expect({ exitCode: named.exitCode, errors: named.errors }).toEqual({ exitCode: 0, errors: [] })
    const review = await ws.registry.getRecord<ReviewRecord>(named.outputs['review-ref'] as string)
    expect(review).toMatchObject({
      pullRequest: 2,
      headSha,
      baseSha: MERGE_SHA,
      evaluatedSha: EVALUATED_SHA,
      evaluatedTree: EVALUATED_TREE
    })

    fake.seedPullRequest({ number: 2, headSha, mergeCommitSha: MERGE_SHA })
    const merge = await mergeRun()
    expect({ exitCode: merge.exitCode, errors: merge.errors }).toEqual({ exitCode: 0, errors: [] })
    expect(await aliasVersions()).toEqual([2, 1])
  })

  it('on a pull_request event the event names the pull request: an input that disagrees is refused', async () => {
    const { run } = await reviewRun({ 'pull-request': '5' })
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toContain(
      "records the review for the event's pull request #2: pull-request 5 disagrees with the event"
    )
    expect(existsSync(join(ws.registryDir, 'records', 'deploy-review'))).toBe(false)
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

    // That diagnosis reads the pull request's own index entries, not every review in the registry:
    // without them the review is still there, and only a missing review is reported.
    const index = join(ws.registryDir, 'records', 'deploy-review-pull')
    const [entry] = await readdir(index)
    expect(entry).toMatch(new RegExp(`^pr2\\.[0-9a-f]{16}\\.${headSha}\\.\\d+-\\d+\\.json$`))
    expect(JSON.parse(await readFile(join(index, entry!), 'utf8'))).toMatchObject({
      pullRequest: 2,
      headSha,
      reviewRef: pr.outputs['review-ref']
    })
    await rm(index, { recursive: true })
    const unindexed = await mergeRun()
    expect(unindexed.errors.join('\n')).toContain(
      `no review of ${MODEL} is recorded for pull request #2 at head ${LATER_HEAD}`
    )
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
