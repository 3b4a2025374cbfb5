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
import type { FakeGitHub } from '../../../tests/support/fake-github/index.js'
import type { BundleRunOptions } from '../../../tests/support/run-bundle.js'
import type { DecisionRecord } from '../src/decision-record.js'
import {
  raceToDeploy,
  runGateBundle,
  startGateBundleSetup,
  stopGateBundleSetup
} from './support/gate-bundle.js'
import {
  createGateWorkspace,
  MODEL,
  OLD_SHA,
  POLICY,
  RUN_SHA,
  sha256Of,
  type GateWorkspace
} from './support/gate-fixture.js'

const RUN_URL = 'https://github.com/octo-org/models/actions/runs/4242'

let fake: FakeGitHub
let ws: GateWorkspace
let policyPath: string

beforeEach(async () => {
  ;({ fake, ws, policyPath } = await startGateBundleSetup())
})

afterEach(() => stopGateBundleSetup(fake))

function gate(inputs: Record<string, string>, options: BundleRunOptions = {}) {
  return runGateBundle({ fake, ws, policyPath }, inputs, options)
}

const head = async (registry: ModelRegistry = ws.registry) =>
  (await registry.history(MODEL, 'production'))[0]

async function expectNothingMoved(registry: ModelRegistry = ws.registry) {
  expect((await registry.history(MODEL, 'production')).map((e) => e.version)).toEqual([1])
  expect(fake.state.deployments).toEqual([])
}

describe('deploy-gate bundle: approve', () => {
  it('records the decision, creates the deployment and moves the alias', async () => {
    const candidate = await ws.register(0.93)
    const reports = await ws.writeReports(candidate, 1)

    const run = await gate({ candidate: '2', reports: reports.join('\n') })

    expect({ exitCode: run.exitCode, errors: run.errors }).toEqual({ exitCode: 0, errors: [] })
    expect(run.outputs).toMatchObject({
      decision: 'approve',
      reasons: '',
      promoted: 'true',
      'model-version': '2',
      'previous-version': '1',
      'model-uri': `file://${ws.registryDir}/models/classifier/versions/2/manifest.json`
    })
    const entry = await head()
    expect(entry).toMatchObject({
      version: 2,
      previousVersion: 1,
      action: 'promote',
      actor: 'octocat'
    })
    expect(entry?.decisionRef).toBe(run.outputs['decision-ref'])
    expect(entry?.decisionRef).toMatch(/^records\/deploy-decision\/sha256-[0-9a-f]{64}\.json$/)

    const record = await ws.registry.getRecord<DecisionRecord>(entry!.decisionRef!)
    expect(record).toMatchObject({
      kind: 'deploy-decision',
      verdict: 'approve',
      mode: 'promote',
      gitSha: RUN_SHA,
      runUrl: `${RUN_URL}`,
      candidate: {
        model: MODEL,
        version: 2,
        contentDigest: candidate.contentDigest,
        gitSha: RUN_SHA
      },
      baseline: { alias: 'production', version: 1 },
      policy: { source: policyPath, sha256: sha256Of(POLICY) },
      actor: 'octocat',
      event: 'push'
    })
    expect(record.inputs).toEqual(
      await Promise.all(
        reports.map(async (path) => ({
          path,
          kind: JSON.parse(await readFile(path, 'utf8')).kind,
          sha256: sha256Of(await readFile(path))
        }))
      )
    )
    expect(record.rules.map((rule) => [rule.name, rule.status])).toEqual([
      ['trusted event', 'pass'],
      ['fresh (train-evaluate)', 'pass'],
      ['subject (train-evaluate)', 'pass'],
      ['fresh (metrics-comparison)', 'pass'],
      ['subject (metrics-comparison)', 'pass'],
      ['baseline (metrics-comparison)', 'pass'],
      ['fresh (onnx-verification)', 'pass'],
      ['subject (onnx-verification)', 'pass'],
      ['reports present', 'pass'],
      ['comparison passed', 'pass'],
      ['accuracy floor', 'pass'],
      ['accuracy vs production', 'pass'],
      ['onnx parity', 'pass'],
      ['lineage', 'pass'],
      ['release branch', 'pass']
    ])

    const [deployment] = fake.state.deployments
    expect(fake.state.deployments).toHaveLength(1)
    expect(run.outputs['deployment-id']).toBe(String(deployment!.id))
    expect(deployment).toMatchObject({
      sha: RUN_SHA,
      ref: RUN_SHA,
      environment: 'production',
      payload: {
        model: MODEL,
        version: 2,
        alias: 'production',
        previousVersion: 1,
        mode: 'promote',
        decision: 'approve',
        decisionRef: entry!.decisionRef
      }
    })
    expect(deployment!.statuses.map((s) => [s.state, s.logUrl])).toEqual([
      ['in_progress', RUN_URL],
      ['success', RUN_URL]
    ])
    const decisionFile = JSON.parse(await readFile(run.outputs['decision-path']!, 'utf8'))
    expect(decisionFile.outcome).toMatchObject({
      decision: 'approve',
      action: { kind: 'promoted', from: 1, to: 2 }
    })

    expect(run.summary).toMatch(
      /^## ✅ Deploy gate: approve — all \d+ checks passed; `classifier@production` → version 2$/m
    )
    expect(run.summary).toContain('Promoted `classifier@production` from version 1 to 2.')
    expect(run.summary).toMatch(/\| accuracy floor +\| +0\.93 \| ≥ 0\.9 +\| ✅\u00A0pass/)
  })

  it('is idempotent when the alias already is the candidate', async () => {
    const candidate = await ws.register(0.93)
    const reports = await ws.writeReports(candidate, 1)
    await ws.registry.promote(MODEL, 'production', 2, { expect: 1 })
    // A re-run: the comparison's baseline (1) is what the candidate replaced, so it still holds.
    const run = await gate({ candidate: `${MODEL}/2`, reports: reports.join('\n') })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      decision: 'approve',
      promoted: 'false',
      'model-version': '2'
    })
    expect(fake.state.deployments).toEqual([])
    expect(run.summary).toContain('already is version 2; nothing was moved')
  })
})

describe('deploy-gate bundle: reject', () => {
  it.each([
    [
      'a rule fails',
      {},
      `${POLICY}  - {name: strict accuracy, report: train-evaluate, field: metrics.accuracy, min: 0.95}`,
      /^strict accuracy: 0\.93 is below the minimum 0\.95$/
    ],
    [
      'a report is missing',
      { drop: 'onnx-verification' },
      POLICY,
      /^reports present: missing report: onnx-verification$/
    ],
    [
      'a report is stale (another commit)',
      { edit: 'train-evaluate', gitSha: OLD_SHA },
      POLICY,
      /^fresh \(train-evaluate\): .*train-evaluate\.json is stale: made from 6dcb09b5b578, the candidate is ec26c3e57ca3$/
    ],
    [
      'a report was tampered with (digest mismatch)',
      { edit: 'onnx-verification', sha256: 'f'.repeat(64) },
      POLICY,
      /^subject \(onnx-verification\): .* judged sha256 ffffffffffff, which is not in classifier\/2: the report or the model was changed$/
    ],
    [
      'a report judged another version',
      { edit: 'metrics-comparison', version: 1 },
      POLICY,
      /judged version 1, not the candidate 2$/
    ],
    [
      'the run is on another branch',
      { ref: 'refs/heads/experiment' },
      POLICY,
      /^release branch: refs\/heads\/experiment is not an allowed ref$/
    ]
  ] as const)('when %s', async (_title, change, policy, reason) => {
    const candidate = await ws.register(0.93)
    await writeFile(policyPath, policy)
    const reports = await ws.writeReports(candidate, 1, {
      ...('edit' in change
        ? {
            [change.edit]: (report: Record<string, unknown>) => {
              const subject = report.subject as Record<string, unknown>
              if ('gitSha' in change) report.gitSha = change.gitSha
              if ('sha256' in change) subject.sha256 = change.sha256
              if ('version' in change) subject.version = change.version
            }
          }
        : {})
    })
    const given =
      'drop' in change ? reports.filter((path) => !path.endsWith(`${change.drop}.json`)) : reports
    const run = await gate(
      { candidate: '2', reports: given.join('\n') },
      'ref' in change ? { env: { GITHUB_REF: change.ref } } : {}
    )

    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({
      decision: 'reject',
      promoted: 'false',
      'candidate-version': '2',
      'model-version': '1'
    })
    expect(run.outputs.reasons!.split('\n')[0]).toMatch(reason)
    expect(run.errors).toEqual([expect.stringMatching(/^deploy-gate: reject: /)])
    expect(run.outputs['decision-ref']).toBeUndefined()
    expect(existsSync(join(ws.registryDir, 'records'))).toBe(false)
    await expectNothingMoved()
    expect(run.summary).toContain('## ❌ Deploy gate: reject — ')
    expect(run.summary).toContain('stays at version 1')
  })

  it('rejects a comparison against a baseline that is no longer current', async () => {
    const candidate = await ws.register(0.93)
    const reports = await ws.writeReports(candidate, 1)
    const hotfix = await ws.register(0.92)
    await ws.registry.promote(MODEL, 'production', hotfix.version, { expect: 1 })

    const run = await gate({ candidate: '2', reports: reports.join('\n') })

    expect(run.outputs.decision).toBe('reject')
    expect(run.outputs.reasons).toMatch(
      /^baseline \(metrics-comparison\): .* compared with version 1, but classifier@production = 3 now: re-run the comparison$/
    )
    expect((await head())?.version).toBe(3)
    expect(fake.state.deployments).toEqual([])
  })

  it('leaves the decision to a human when a rule says inconclusive', async () => {
    const candidate = await ws.register(0.93)
    await writeFile(
      policyPath,
      `${POLICY}  - {name: recall, report: train-evaluate, field: metrics.recall, min: 0.8, on-missing: inconclusive}`
    )
    const run = await gate({
      candidate: '2',
      reports: (await ws.writeReports(candidate, 1)).join('\n')
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({
      decision: 'inconclusive',
      reasons: 'recall: metrics.recall is absent'
    })
    await expectNothingMoved()
  })

  it('refuses a pull request from a fork and shows the table in the PR comment', async () => {
    const candidate = await ws.register(0.93)
    fake.seedPullRequest({ number: 7, headSha: RUN_SHA, forkOwner: 'mallory' })
    const repo = { id: 700_000_000, full_name: 'octo-org/models' }
    const run = await gate(
      { candidate: '2', reports: (await ws.writeReports(candidate, 1)).join('\n') },
      {
        eventName: 'pull_request',
        event: {
          repository: repo,
          pull_request: {
            number: 7,
            head: {
              sha: RUN_SHA,
              ref: 'feature',
              repo: { id: 700_000_001, full_name: 'mallory/models' }
            },
            base: { ref: 'main', repo }
          }
        },
        env: { GITHUB_REF: 'refs/pull/7/merge' }
      }
    )
    expect(run.outputs.decision).toBe('reject')
    expect(run.outputs.reasons!.split('\n')[0]).toBe(
      'trusted event: pull request #7 comes from a fork (mallory/models); untrusted events never promote (allow-untrusted-events)'
    )
    await expectNothingMoved()
    const [comment] = fake.comments(7)
    expect(comment?.body).toContain('## ❌ Deploy gate: reject — ')
    expect(comment?.body).toMatch(
      /\| trusted event +\| +`pull_request` \| not from a fork +\| ❌\u00A0fail/
    )
    expect(comment?.body).toContain('<!-- ml-actions:deploy-gate:')
  })

  it('refuses pull_request_target even from the same repository', async () => {
    const candidate = await ws.register(0.93)
    const run = await gate(
      { candidate: '2', reports: (await ws.writeReports(candidate, 1)).join('\n'), comment: 'off' },
      { eventName: 'pull_request_target' }
    )
    expect(run.outputs.reasons).toContain(
      'trusted event: pull_request_target runs on behalf of any fork'
    )
    await expectNothingMoved()
  })

  it('keeps the alias when GitHub refuses the deployment (409 and 202)', async () => {
    const candidate = await ws.register(0.93)
    const reports = (await ws.writeReports(candidate, 1)).join('\n')
    fake.state.deploymentRules.failingContexts = ['ci/test']
    const conflict = await gate({ candidate: '2', reports, 'required-contexts': 'ci/test' })
    expect(conflict.outputs.decision).toBe('reject')
    expect(conflict.outputs.reasons).toBe(
      'GitHub refused the deployment with 409 "Conflict: Commit status checks failed for ec26c3e57ca3a959ca5aad62de7213c562f8c821."; failing contexts: ci/test'
    )
    // The policy approved, so the decision record exists; the alias log never points to it.
    expect(conflict.outputs['decision-ref']).toMatch(/^records\/deploy-decision\//)

    fake.failNext({
      method: 'POST',
      path: /\/deployments$/,
      status: 202,
      body: { message: 'Auto-merged main into feature on deployment.' }
    })
    const merged = await gate({ candidate: '2', reports })
    expect(merged.outputs.reasons).toMatch(
      /^GitHub answered 202 and merged the default branch into ec26c3e5\w+ instead of creating a deployment/
    )
    await expectNothingMoved()
  })
})

describe('deploy-gate bundle: races, rollback, dry run', () => {
  it('lets exactly one of two concurrent promotions win; the other reports and overwrites nothing', async () => {
    const [a, b] = [await ws.register(0.93), await ws.register(0.94)]
    const { winner, loser } = await raceToDeploy(
      fake,
      [a, b].map(
        (candidate) => async (env) =>
          gate(
            {
              candidate: String(candidate.version),
              reports: (await ws.writeReports(candidate, 1)).join('\n')
            },
            { env }
          )
      )
    )
    expect(winner?.outputs.decision).toBe('approve')
    expect(loser?.exitCode).toBe(1)
    expect(loser?.outputs.decision).toBe('reject')
    const won = Number(winner?.outputs['model-version'])
    expect(loser?.outputs.reasons).toBe(
      `lost the race: another run moved the alias to version ${won} first; nothing was overwritten`
    )
    expect(loser?.summary).toContain(
      `another run moved \`classifier@production\` to version ${won}`
    )
    const history = await ws.registry.history(MODEL, 'production')
    expect(history.map((entry) => [entry.version, entry.previousVersion])).toEqual([
      [won, 1],
      [1, null]
    ])
    const states = fake.state.deployments
      .map((deployment) => deployment.statuses.map((status) => status.state).join(' → '))
      .sort()
    expect(states).toEqual(['in_progress → failure', 'in_progress → success'])
  })

  it('rolls back to the previous entry with its own record and deployment', async () => {
    await ws.register(0.93)
    await ws.registry.promote(MODEL, 'production', 2, { expect: 1, actor: 'release-bot' })

    const run = await gate({ mode: 'rollback', policy: '', reason: 'error-rate alarm' })

    expect({ exitCode: run.exitCode, errors: run.errors }).toEqual({ exitCode: 0, errors: [] })
    expect(run.outputs).toMatchObject({
      decision: 'approve',
      promoted: 'true',
      'model-version': '1',
      'previous-version': '2'
    })
    const entry = await head()
    expect(entry).toMatchObject({
      version: 1,
      previousVersion: 2,
      action: 'rollback',
      reason: 'error-rate alarm'
    })
    const record = await ws.registry.getRecord<DecisionRecord>(entry!.decisionRef!)
    expect(record).toMatchObject({
      mode: 'rollback',
      verdict: 'approve',
      subject: { version: 1 },
      baseline: { version: 2 }
    })
    const [deployment] = fake.state.deployments
    expect(deployment).toMatchObject({
      ref: OLD_SHA,
      payload: { mode: 'rollback', version: 1, previousVersion: 2 }
    })
    expect(deployment!.statuses.map((s) => s.state)).toEqual(['in_progress', 'success'])
    expect(run.summary).toContain('Rolled `classifier@production` back from version 2 to 1.')

    const explicit = await gate({
      mode: 'rollback',
      policy: '',
      'rollback-to': '2',
      'create-deployment': 'false'
    })
    expect(explicit.outputs).toMatchObject({ 'model-version': '2', 'previous-version': '1' })
    const again = await gate({ mode: 'rollback', policy: '', 'rollback-to': '2' })
    expect(again.errors).toEqual(['classifier@production already is version 2'])
  })

  it('changes nothing in a dry run', async () => {
    const candidate = await ws.register(0.93)
    const run = await gate({
      candidate: '2',
      reports: (await ws.writeReports(candidate, 1)).join('\n'),
      'dry-run': 'true'
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      decision: 'approve',
      promoted: 'false',
      'candidate-version': '2',
      'model-version': '1',
      'previous-version': '1'
    })
    expect(run.outputs['decision-ref']).toBeUndefined()
    expect(existsSync(join(ws.registryDir, 'records'))).toBe(false)
    await expectNothingMoved()
    expect(run.summary).toContain(
      'Dry run: would move `classifier@production` from version 1 to 2; nothing was changed.'
    )
    expect(JSON.parse(await readFile(run.outputs['decision-path']!, 'utf8'))).toMatchObject({
      dryRun: true,
      verdict: 'approve'
    })
  })
})

describe('deploy-gate bundle on an S3 registry (s3rver)', () => {
  let s3: S3TestServer
  let uri: string
  let registry: ModelRegistry
  const awsEnv = {
    AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey
  }

  beforeAll(async () => {
    s3 = await startS3TestServer()
  })
  afterAll(async () => {
    await s3.close()
  })
  beforeEach(async () => {
    uri = `s3://${TEST_BUCKET}/${uniquePrefix('gate')}`
    registry = ModelRegistry.open(uri, {
      s3: { endpoint: s3.proxiedEndpoint, region: 'us-east-1', credentials: TEST_CREDENTIALS }
    })
    ws = await createGateWorkspace(uri, registry)
    await writeFile(policyPath, POLICY)
    s3.proxy.injectFault = () => undefined
  })

  const s3Gate = async (endpoint: string) => {
    const candidate = await ws.register(0.93)
    return gate(
      {
        reports: (await ws.writeReports(candidate, 1)).join('\n'),
        's3-endpoint': endpoint,
        's3-region': 'us-east-1'
      },
      { env: awsEnv }
    )
  }

  it('promotes, taking the candidate from the reports', async () => {
    const run = await s3Gate(s3.proxiedEndpoint)
    expect({ exitCode: run.exitCode, errors: run.errors }).toEqual({ exitCode: 0, errors: [] })
    expect(run.outputs['model-uri']).toBe(`${uri}/models/classifier/versions/2/manifest.json`)
    const entry = (await registry.history(MODEL, 'production'))[0]
    expect(entry).toMatchObject({ version: 2, previousVersion: 1 })
    expect(await registry.getRecord(entry!.decisionRef!)).toMatchObject({ verdict: 'approve' })
  })

  it('refuses a store that ignores create-only writes before writing anything', async () => {
    const run = await s3Gate(s3.directEndpoint)
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(
      /^The registry s3:\/\/registry\/gate-\S+ ignores create-only preconditions .* set allow-unsafe-aliases if only one writer can ever move aliases\.$/
    )
    await expectNothingMoved(registry)
    expect(await registry.verify()).toMatchObject({ ok: true })
  })

  it('marks the deployment as error when the registry fails during the move', async () => {
    s3.proxy.injectFault = (request) =>
      request.method === 'PUT' && request.path.includes('/aliases/production/')
        ? 'slowdown'
        : undefined
    const run = await s3Gate(s3.proxiedEndpoint)
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(/^deploy-gate failed unexpectedly: /)
    expect((await registry.history(MODEL, 'production')).map((e) => e.version)).toEqual([1])
    const [deployment] = fake.state.deployments
    expect(deployment!.statuses.map((status) => status.state)).toEqual(['in_progress', 'error'])
  })
})

describe('deploy-gate bundle: configuration errors', () => {
  it('names the policy file and rule of a bad policy, and the missing inputs', async () => {
    const candidate = await ws.register(0.93)
    const reports = (await ws.writeReports(candidate, 1)).join('\n')
    await writeFile(
      policyPath,
      'rules:\n  - {name: floor, report: train-evaluate, field: metrics.accuracy, minimum: 0.9}\n'
    )
    const bad = await gate({ candidate: '2', reports })
    expect(bad.errors).toEqual([
      `Policy ${policyPath}: rule "floor" (rules[0]): has no check: give min/max, range, equals, in, compare-to, require-reports, require-lineage, allowed-refs or allowed-events`
    ])
    const inline = await gate({
      candidate: '2',
      reports,
      policy: 'rules:\n  floor: {report: train-evaluate, field: metrics.accuracy, min: 0.99}'
    })
    expect(inline.outputs).toMatchObject({
      decision: 'reject',
      reasons: 'floor: 0.93 is below the minimum 0.99'
    })
    const none = await gate({ candidate: '2', reports, policy: '' })
    expect(none.errors).toEqual([
      'Input "policy" is required in promote mode: give a policy file or inline YAML'
    ])
    const missing = await gate({
      candidate: '2',
      reports: join(ws.dir, 'nope.json'),
      policy: POLICY
    })
    expect(missing.errors).toEqual([
      `reports: "${join(ws.dir, 'nope.json')}" cannot be read: no such file`
    ])
    expect(fake.state.deployments).toEqual([])
  })
})
