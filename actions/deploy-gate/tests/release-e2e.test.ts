import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
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
import {
  askServer,
  currentServer,
  ML_ACTIONS_CLI,
  offsetModel,
  SERVE_LOCAL_SCRIPT,
  stopServers,
  writeSmokeTest
} from '../../../tests/support/local-deploy-target.js'
import { seededOnnxRuntimeToolCache } from '../../../tests/support/onnxruntime-tool-cache.js'
import type { BundleRunOptions } from '../../../tests/support/run-bundle.js'
import {
  raceToDeploy,
  runGateBundle,
  startGateBundleSetup,
  stopGateBundleSetup
} from './support/gate-bundle.js'
import { createGateWorkspace, MODEL, type GateWorkspace } from './support/gate-fixture.js'

const GOOD = offsetModel(1)
/** Passes every metric rule, but its served answers are off: only the smoke test can tell. */
const BAD = offsetModel(5)

let toolCache: string
let fake: FakeGitHub
let ws: GateWorkspace
let policyPath: string
let smokeTest: string
let state: string

/** Where the registry lives: a directory, or a bucket prefix on s3rver (started once per file). */
type Backend = 'local' | 's3'
let backend: Backend = 'local'
let s3: S3TestServer | undefined
/** The gate's inputs and environment that reach the backend's registry. */
let registryInputs: Record<string, string> = {}
let registryEnv: Record<string, string> = {}

beforeAll(async () => {
  toolCache = await seededOnnxRuntimeToolCache()
})

afterAll(async () => {
  await s3?.close()
})

beforeEach(async () => {
  let workspace: GateWorkspace
  if (backend === 's3') {
    s3 ??= await startS3TestServer()
    const uri = `s3://${TEST_BUCKET}/${uniquePrefix('deploy')}`
    const registry = ModelRegistry.open(uri, {
      s3: { endpoint: s3.proxiedEndpoint, region: 'us-east-1', credentials: TEST_CREDENTIALS }
    })
    workspace = await createGateWorkspace(uri, registry, [{ name: 'model.onnx', content: GOOD }])
    registryInputs = { 's3-endpoint': s3.proxiedEndpoint, 's3-region': 'us-east-1' }
    registryEnv = {
      AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey
    }
  } else {
    workspace = await createGateWorkspace(undefined, undefined, [
      { name: 'model.onnx', content: GOOD }
    ])
    registryInputs = {}
    registryEnv = {}
  }
  ;({ fake, ws, policyPath } = await startGateBundleSetup(workspace))
  smokeTest = await writeSmokeTest(ws.dir)
  state = join(ws.dir, '.serve')
})

afterEach(async () => {
  await stopServers(serversUnder(ws.dir))
  await stopGateBundleSetup(fake)
})

/** Every `ml-actions serve` this test's deploys started (found by the test's own folder). */
function serversUnder(directory: string): number[] {
  const table = execFileSync('ps', ['-A', '-o', 'pid=,args='], { encoding: 'utf8' })
  return table
    .split('\n')
    .filter((line) => line.includes(' serve ') && line.includes(directory))
    .map((line) => Number(line.trim().split(/\s+/)[0]))
}

function gate(inputs: Record<string, string>, options: BundleRunOptions = {}) {
  return runGateBundle(
    { fake, ws, policyPath },
    {
      deploy: `bash ${SERVE_LOCAL_SCRIPT}`,
      'smoke-test': `node ${smokeTest}`,
      ...registryInputs,
      ...inputs
    },
    {
      ...options,
      env: {
        RUNNER_TOOL_CACHE: toolCache,
        ML_ACTIONS_CLI,
        SERVE_STATE: state,
        ...registryEnv,
        ...options.env
      }
    }
  )
}

async function promoteRun(content: Buffer, inputs: Record<string, string> = {}) {
  const candidate = await ws.register(0.95, undefined, [{ name: 'model.onnx', content }])
  const baseline = (await ws.registry.history(MODEL, 'production'))[0]?.version ?? null
  const reports = await ws.writeReports(candidate, baseline)
  const run = await gate({
    candidate: String(candidate.version),
    reports: reports.join('\n'),
    ...inputs
  })
  return { run, candidate }
}

const aliasLog = async (registry: ModelRegistry = ws.registry) =>
  (await registry.history(MODEL, 'production')).map((entry) => [entry.action, entry.version])

describe.each<Backend>(['local', 's3'])(
  'deploy-gate bundle on a %s registry: deploy and smoke test through ml-actions serve',
  (kind) => {
    beforeAll(() => {
      backend = kind
    })

    it('approve → deploy → smoke test → promoted, and the new version answers HTTP requests', async () => {
      const { run } = await promoteRun(offsetModel(1, 'v2'))
      expect({ exitCode: run.exitCode, errors: run.errors }).toEqual({ exitCode: 0, errors: [] })
      expect(run.outputs).toMatchObject({
        decision: 'approve',
        promoted: 'true',
        deployed: 'true',
        'model-version': '2',
        'model-directory': join(run.workDir, 'ml-actions-deploy', MODEL, '2')
      })
      expect(await askServer(state)).toEqual({ version: '2', outputs: [[2, 3]] })
      expect(await aliasLog()).toEqual([
        ['promote', 2],
        ['promote', 1]
      ])
      const [deployment] = fake.state.deployments
      expect(deployment!.statuses.map((s) => s.state)).toEqual(['in_progress', 'success'])
      expect(run.summary).toContain('Deployed and smoke-tested: version 2')
      expect(run.stdout).toContain('version 2 answers correctly')
    })

    it('smoke test fails → alias rolled back by compare-and-swap, the previous version serves again', async () => {
      expect((await promoteRun(offsetModel(1, 'v2'))).run.exitCode).toBe(0)
      const { run } = await promoteRun(BAD)

      expect(run.exitCode).toBe(1)
      expect(run.outputs).toMatchObject({
        decision: 'reject',
        promoted: 'false',
        deployed: 'true',
        'model-version': '2',
        'candidate-version': '3'
      })
      expect(run.outputs.reasons).toBe(
        'the smoke-test of version 3 exited with code 1\n' +
          'classifier@production rolled back to version 2, which was deployed and smoke-tested again'
      )
      expect(run.stderr + run.stdout).toContain('wrong prediction: [[6,7]] for [[1,2]]')
      expect(await askServer(state)).toEqual({ version: '2', outputs: [[2, 3]] })
      const history = await ws.registry.history(MODEL, 'production')
      expect(history[0]).toMatchObject({
        action: 'rollback',
        version: 2,
        previousVersion: 3,
        reason: 'automatic rollback: smoke-test of version 3 exited with code 1',
        decisionRef: run.outputs['decision-ref']
      })
      expect(await aliasLog()).toEqual([
        ['rollback', 2],
        ['promote', 3],
        ['promote', 2],
        ['promote', 1]
      ])
      const failed = fake.state.deployments.at(-1)!
      expect(failed.payload).toMatchObject({ version: 3, previousVersion: 2 })
      expect(failed.statuses.map((s) => s.state)).toEqual(['in_progress', 'failure'])
      const decision = JSON.parse(await readFile(run.outputs['decision-path']!, 'utf8'))
      expect(decision.outcome).toMatchObject({
        decision: 'reject',
        action: { kind: 'deploy-failed', from: 2, to: 3 },
        releases: [
          {
            ok: false,
            version: 3,
            steps: [
              { step: 'deploy', exitCode: 0 },
              { step: 'smoke-test', exitCode: 1, timedOut: false }
            ],
            restoration: { kind: 'restored', version: 2, redeployed: true }
          },
          { ok: true, version: 2 }
        ]
      })
      expect(run.summary).toContain(
        'Moved `classifier@production` from version 2 to 3, then the smoke-test of version 3 exited with code 1; classifier@\u200bproduction rolled back to version 2'
      )
    })

    it('a deploy killed by its timeout rolls back; the previous version keeps serving', async () => {
      expect((await promoteRun(offsetModel(1, 'v2'))).run.exitCode).toBe(0)
      const slow = join(ws.dir, 'slow-deploy.sh')
      // Deploys version 2 again as the restore, hangs for the candidate.
      await writeFile(
        slow,
        `if [ "$ML_DEPLOY_PURPOSE" = deploy ]; then sleep 60; fi\nexec bash ${SERVE_LOCAL_SCRIPT}\n`
      )
      const started = Date.now()
      const { run } = await promoteRun(offsetModel(1, 'v3'), {
        deploy: `bash ${slow}`,
        'deploy-timeout': '1'
      })
      expect(Date.now() - started).toBeLessThan(30_000)
      expect(run.exitCode).toBe(1)
      expect(run.outputs.reasons).toMatch(
        /^the deploy of version 3 was killed after its 1 s timeout\n/
      )
      expect(await aliasLog()).toEqual([
        ['rollback', 2],
        ['promote', 3],
        ['promote', 2],
        ['promote', 1]
      ])
      expect(await askServer(state)).toEqual({ version: '2', outputs: [[2, 3]] })
    })

    it('of two concurrent deploys of one alias exactly one stands, and only it was deployed', async () => {
      const deployed = join(ws.dir, 'deployed.txt')
      const [a, b] = [
        await ws.register(0.95, undefined, [{ name: 'model.onnx', content: offsetModel(1, 'a') }]),
        await ws.register(0.96, undefined, [{ name: 'model.onnx', content: offsetModel(1, 'b') }])
      ]
      const { winner, loser } = await raceToDeploy(
        fake,
        [a, b].map(
          (candidate) => async (env) =>
            gate(
              {
                candidate: String(candidate.version),
                reports: (await ws.writeReports(candidate, 1)).join('\n'),
                deploy: `echo "$ML_MODEL_VERSION" >> ${deployed}`,
                'smoke-test': ''
              },
              { env }
            )
        )
      )
      expect(winner?.exitCode).toBe(0)
      expect(loser?.exitCode).toBe(1)
      const won = winner!.outputs['model-version']
      expect(await readFile(deployed, 'utf8')).toBe(`${won}\n`)
      expect((await aliasLog())[0]).toEqual(['promote', Number(won)])
      expect(loser?.outputs.reasons).toMatch(/^lost the race/)
    })
  }
)

describe('deploy-gate bundle: dry run and rollback mode (local registry)', () => {
  beforeAll(() => {
    backend = 'local'
  })

  it('a dry run shows what would run and runs nothing', async () => {
    const { run } = await promoteRun(offsetModel(1, 'v2'), { 'dry-run': 'true' })
    expect(run.exitCode).toBe(0)
    expect(run.summary).toContain(
      `Would download version 2 and run deploy \`bash ${SERVE_LOCAL_SCRIPT}\`, then smoke test \`node ${smokeTest}\`.`
    )
    expect(currentServer(state)).toBeUndefined()
  })

  it('a rollback run re-deploys the previous version through the same commands', async () => {
    expect((await promoteRun(offsetModel(1, 'v2'))).run.exitCode).toBe(0)
    const run = await gate({ mode: 'rollback', policy: '' })
    expect({ exitCode: run.exitCode, errors: run.errors }).toEqual({ exitCode: 0, errors: [] })
    expect(run.outputs).toMatchObject({ 'model-version': '1', deployed: 'true' })
    expect(await askServer(state)).toEqual({ version: '1', outputs: [[2, 3]] })
  })
})
