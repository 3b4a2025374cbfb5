import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { startFakeGitHub, type FakeGitHub } from '../../../../tests/support/fake-github/index.js'
import {
  runBundle,
  type BundleRun,
  type BundleRunOptions
} from '../../../../tests/support/run-bundle.js'
import { BarrierProxy } from './barrier-proxy.js'
import { createGateWorkspace, MODEL, POLICY, type GateWorkspace } from './gate-fixture.js'

/** The job's GITHUB_TOKEN in every bundle run of the gate. */
export const JOB_TOKEN = 'ghs_job_token'

/** What the gate's bundle tests stand on: the fake GitHub, a workspace and its policy file. */
export interface GateBundleSetup {
  readonly fake: FakeGitHub
  readonly ws: GateWorkspace
  readonly policyPath: string
}

/** Starts the fake GitHub and writes POLICY into `ws` (a local-registry workspace unless given). */
export async function startGateBundleSetup(ws?: GateWorkspace): Promise<GateBundleSetup> {
  const fake = await startFakeGitHub()
  const workspace = ws ?? (await createGateWorkspace())
  const policyPath = join(workspace.dir, 'deploy-policy.yml')
  await writeFile(policyPath, POLICY)
  return { fake, ws: workspace, policyPath }
}

/** Stops the fake GitHub; a request or response outside GitHub's OpenAPI description fails the test. */
export async function stopGateBundleSetup(fake: FakeGitHub): Promise<void> {
  await fake.stop()
  fake.assertNoViolations()
}

/** The committed deploy-gate bundle as the runner starts it, on the setup's registry and policy. */
export function runGateBundle(
  { fake, ws, policyPath }: GateBundleSetup,
  inputs: Record<string, string>,
  options: BundleRunOptions = {}
): Promise<BundleRun> {
  return runBundle('deploy-gate', {
    cwd: ws.dir,
    token: JOB_TOKEN,
    ...options,
    env: { ...fake.env(), ...options.env },
    inputs: { 'model-name': MODEL, registry: ws.registryDir, policy: policyPath, ...inputs }
  })
}

/**
 * Starts `runs` at once behind a BarrierProxy that holds each POST /deployments until all have
 * sent theirs, so every run has read the alias before any moves it, and tells the run that
 * promoted from the one that did not.
 */
export async function raceToDeploy(
  fake: FakeGitHub,
  runs: ReadonlyArray<(env: Record<string, string>) => Promise<BundleRun>>
): Promise<{ winner: BundleRun | undefined; loser: BundleRun | undefined }> {
  const proxy = new BarrierProxy(
    fake.apiUrl,
    (method, path) => method === 'POST' && path.endsWith('/deployments'),
    runs.length
  )
  const proxyUrl = await proxy.start()
  try {
    const finished = await Promise.all(runs.map((run) => run({ GITHUB_API_URL: proxyUrl })))
    return {
      winner: finished.find((run) => run.outputs.promoted === 'true'),
      loser: finished.find((run) => run.outputs.promoted === 'false')
    }
  } finally {
    await proxy.stop()
  }
}
