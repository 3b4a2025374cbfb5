import { afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
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
import {
  createGateWorkspace,
  MODEL,
  POLICY,
  RUN_SHA,
  type GateWorkspace
} from './support/gate-fixture.js'

const run = promisify(execFile)

// `ml-actions deploy-gate … --deploy … --smoke-test …` as a user runs it off GitHub (the committed
// CLI bundle in a child process): the same release flow as the action, with the same rollback.
describe('ml-actions deploy-gate --deploy --smoke-test', () => {
  let toolCache: string
  let ws: GateWorkspace

  beforeAll(async () => {
    toolCache = await seededOnnxRuntimeToolCache()
  })

  afterEach(async () => {
    const server = currentServer(join(ws.dir, '.serve'))
    if (server) await stopServers([server.pid])
  })

  async function gateCli(model: Buffer): Promise<{ code: number; stdout: string; stderr: string }> {
    ws = await createGateWorkspace(undefined, undefined, [
      { name: 'model.onnx', content: offsetModel(1) }
    ])
    await writeFile(join(ws.dir, 'policy.yml'), POLICY)
    const smokeTest = await writeSmokeTest(ws.dir)
    const candidate = await ws.register(0.95, undefined, [{ name: 'model.onnx', content: model }])
    const reports = await ws.writeReports(candidate, 1)
    const argv = [
      ML_ACTIONS_CLI,
      'deploy-gate',
      '--model-name',
      MODEL,
      '--candidate',
      String(candidate.version),
      '--registry',
      'registry',
      '--policy',
      'policy.yml',
      ...reports.flatMap((report) => ['--reports', report]),
      '--deploy',
      `bash ${SERVE_LOCAL_SCRIPT}`,
      '--smoke-test',
      `node ${smokeTest}`,
      '--smoke-test-timeout',
      '30'
    ]
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_SHA: RUN_SHA,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      RUNNER_TOOL_CACHE: toolCache,
      // No ML_ACTIONS_CLI: deploy-gate names the CLI it runs from (dist/cli beside bin/) for serve-local.sh.
      SERVE_STATE: join(ws.dir, '.serve')
    }
    try {
      const { stdout, stderr } = await run(process.execPath, argv, { cwd: ws.dir, env })
      return { code: 0, stdout, stderr }
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string }
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
    }
  }

  it('deploys the approved version and smoke-tests it; the promotion stands', async () => {
    const result = await gateCli(offsetModel(1, 'v2'))
    expect({ code: result.code, errors: result.stderr.match(/^error.*$/gm) }).toEqual({
      code: 0,
      errors: null
    })
    expect(result.stdout).toContain('Deployed and smoke-tested: version 2')
    expect(result.stderr).toContain('version 2 answers correctly')
    expect(await askServer(join(ws.dir, '.serve'))).toEqual({ version: '2', outputs: [[2, 3]] })
    expect((await ws.registry.history(MODEL, 'production'))[0]).toMatchObject({
      action: 'promote',
      version: 2
    })
  })

  it('a failing smoke test fails the command and puts the previous version back, serving', async () => {
    const result = await gateCli(offsetModel(5, 'wrong answers'))
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('wrong prediction: [[6,7]] for [[1,2]]')
    expect(result.stderr).toContain(
      'classifier@production rolled back to version 1, which was deployed and smoke-tested again'
    )
    expect(await askServer(join(ws.dir, '.serve'))).toEqual({ version: '1', outputs: [[2, 3]] })
    expect(
      (await ws.registry.history(MODEL, 'production')).map((entry) => [entry.action, entry.version])
    ).toEqual([
      ['rollback', 1],
      ['promote', 2],
      ['promote', 1]
    ])
  })
})
