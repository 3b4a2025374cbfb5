import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cp, mkdir, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PULL_REQUEST, REPOSITORY, pullRequestOpened } from '../support/webhook-events.js'
import { repoRoot, ROOT_ACTION_BUNDLE } from '../support/action-metadata.js'
import { seededOnnxRuntimeToolCache } from '../support/onnxruntime-tool-cache.js'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js'
import { runBundle, type BundleRun } from '../support/run-bundle.js'
import { currentServer, stopServers } from '../support/local-deploy-target.js'

// The root action (`uses: org/ml-actions@v1`) through its committed bundle on a pull request: the
// example project's config, real training and ONNX export, the local registry, and the loopback
// GitHub API for the one combined comment and the gate's Deployment.
describe('the root action on a pull request', () => {
  let fake: FakeGitHub
  let workspace: string
  let run: BundleRun

  beforeAll(async () => {
    fake = await startFakeGitHub({ repository: REPOSITORY })
    workspace = await mkdtemp(join(tmpdir(), 'pipeline-e2e-'))
    await cp(join(repoRoot, 'docs', 'examples', 'classifier'), workspace, { recursive: true })
    await mkdir(join(workspace, '.github'))
    await cp(join(workspace, 'ml-actions.yml'), join(workspace, '.github', 'ml-actions.yml'))
    run = await runBundle(ROOT_ACTION_BUNDLE, {
      cwd: workspace,
      eventName: 'pull_request',
      event: pullRequestOpened(),
      token: 'ghs_job_token',
      timeoutMs: 180_000,
      env: {
        ...fake.env(),
        PYTHON: '/usr/bin/python3',
        RUNNER_TOOL_CACHE: await seededOnnxRuntimeToolCache(),
        // The example's gate deploys to `ml-actions serve` on loopback (serve-local.sh), with the
        // CLI beside the action's bundle: deploy-gate names it in ML_ACTIONS_CLI, as on a runner.
        SERVE_STATE: join(workspace, '.serve')
      }
    })
  }, 200_000)

  afterAll(async () => {
    const server = currentServer(join(workspace, '.serve'))
    if (server) await stopServers([server.pid])
    await fake.stop()
    fake.assertNoViolations()
  })

  it('runs train, compare, verify and gate, and passes', () => {
    expect({ exitCode: run.exitCode, errors: run.errors }).toEqual({ exitCode: 0, errors: [] })
    expect(run.outputs.result).toBe('pass')
    expect(run.outputs.decision).toBe('approve')
    expect(run.outputs['model-version']).toBe('1')
    const steps = JSON.parse(run.outputs['step-outputs']!) as Record<string, Record<string, string>>
    expect(Object.keys(steps)).toEqual(['train', 'compare', 'verify', 'gate'])
    expect(steps.compare!['baseline-source']).toBe('none')
    expect(steps.verify!.result).toBe('pass')
    expect(steps.gate!.deployed).toBe('true')
  })

  it('leaves the approved version serving, smoke-tested over HTTP', async () => {
    expect(run.stdout).toContain(
      'smoke test: version 1 answers 50 held-out digits as the registered model does'
    )
    const server = currentServer(join(workspace, '.serve'))
    expect(server).toMatchObject({ model: 'digits-classifier', version: '1' })
    const response = await fetch(`${server!.url}/healthz`)
    expect(((await response.json()) as { model: { version: string } }).model.version).toBe('1')
  })

  it('posts exactly one combined comment, the same markdown as the job summary', () => {
    const comments = fake.comments(PULL_REQUEST)
    expect(comments).toHaveLength(1)
    const body = comments[0]!.body
    expect(body).toContain('## ✅ ml-actions pipeline: every step passed')
    expect(body).toContain('<!-- ml-actions:ml-actions:ci/evaluate -->')
    expect(body).toContain('## ✅ Metrics comparison: pass')
    expect(run.outputs['comment-status']).toBe('created')
    expect(run.summary).toContain(run.outputs.markdown!.split('\n')[0]!)
    // No step posted a comment of its own.
    expect(body.match(/<!-- ml-actions:/g)).toHaveLength(1)
  })

  it('records the promotion as a GitHub Deployment of the PR head', () => {
    expect(fake.state.deployments).toHaveLength(1)
    const [deployment] = fake.state.deployments
    expect(deployment).toMatchObject({ environment: 'production' })
    expect(run.outputs['step-outputs']).toContain(`"deployment-id":"${deployment!.id}"`)
  })
})
