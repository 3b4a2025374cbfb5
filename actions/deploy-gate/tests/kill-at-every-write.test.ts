import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ModelRegistry, type Manifest } from '@ml-actions/registry'
import {
  startS3TestServer,
  TEST_BUCKET,
  TEST_CREDENTIALS,
  testS3Store,
  uniquePrefix,
  type S3TestServer
} from '../../../packages/registry/tests/support/s3-test-server.js'
import { repoRoot } from '../../../tests/support/action-metadata.js'
import { runBundle, type BundleRun } from '../../../tests/support/run-bundle.js'
import { createGateWorkspace, MODEL, POLICY, type GateWorkspace } from './support/gate-fixture.js'

/**
 * The deploy flow (download, deploy, smoke test, automatic rollback; a rollback run; mode:
 * download) in a child process that SIGKILLs itself before its k-th write point: each write to the
 * registry, each file it creates, renames or removes under RUNNER_TEMP, and the start and end of
 * each command (tests/support/killed-deploy-child.ts). After each kill: `verify` finds nothing
 * half-written, the alias is at the version before or the one the run was moving to, a download
 * directory that holds its manifest holds every file verified, and the same step run again ends
 * where an unkilled run ends, with the right version serving; `gc` then leaves nothing.
 *
 * Every point of every scenario is about 130 runs of the step; CI kills at a sample of them (see
 * `sample`) and KILL_EVERY_POINT=1 at all of them (docs/registry.md has the table of such a run).
 */

const SUPPORT = join(repoRoot, 'actions', 'deploy-gate', 'tests', 'support')
const EVERY_POINT = process.env.KILL_EVERY_POINT === '1'

interface Scenario {
  /** Builds the registry, the commands and the inputs; returns what the step is given. */
  prepare(ws: GateWorkspace, served: string): Promise<Record<string, string>>
  /** Versions the alias may be at after a kill. */
  between: readonly number[]
  /** Where an unkilled run ends: its exit code, the alias, and the version serving. */
  final: { exitCode: number; alias: number; serving: number | null }
  /** The points CI kills at, when not `sample`'s. */
  sampled?: (points: readonly string[]) => number[]
}

const GOOD = 'onnx weights that serve well'
const BROKEN = 'onnx weights that are broken'

/** Deploys by replacing one file at once: its first line is the version, then the model's bytes. */
const DEPLOY = `set -euo pipefail
{ printf '%s\\n' "$ML_MODEL_VERSION"; cat "$ML_MODEL_DIR/model.onnx"; } > "$SERVED.next"
mv "$SERVED.next" "$SERVED"`
const SMOKE_TEST = `set -euo pipefail
[ "$(head -n 1 "$SERVED")" = "$ML_MODEL_VERSION" ]
! grep -q broken "$SERVED"`

async function candidate(ws: GateWorkspace, content: string): Promise<Record<string, string>> {
  const manifest = await ws.register(0.95, undefined, [{ name: 'model.onnx', content }])
  const reports = await ws.writeReports(manifest, 1)
  const policy = join(ws.dir, 'deploy-policy.yml')
  await writeFile(policy, POLICY)
  return { candidate: String(manifest.version), reports: reports.join('\n'), policy }
}

async function commands(ws: GateWorkspace): Promise<Record<string, string>> {
  await writeFile(join(ws.dir, 'deploy.sh'), DEPLOY)
  await writeFile(join(ws.dir, 'smoke-test.sh'), SMOKE_TEST)
  return { deploy: 'bash deploy.sh', 'smoke-test': 'bash smoke-test.sh' }
}

async function serve(served: string, version: number, content: string): Promise<void> {
  await writeFile(served, `${version}\n${content}`)
}

const SCENARIOS: Record<string, Scenario> = {
  'promote: deploy and smoke test pass': {
    async prepare(ws, served) {
      await serve(served, 1, GOOD)
      return { ...(await candidate(ws, GOOD)), ...(await commands(ws)) }
    },
    between: [1, 2],
    final: { exitCode: 0, alias: 2, serving: 2 }
  },
  'promote: the smoke test fails, the previous version comes back': {
    async prepare(ws, served) {
      await serve(served, 1, GOOD)
      return { ...(await candidate(ws, BROKEN)), ...(await commands(ws)) }
    },
    between: [1, 2],
    final: { exitCode: 1, alias: 1, serving: 1 },
    sampled: afterTheFailure
  },
  'rollback: back to the previous version, deployed again': {
    async prepare(ws, served) {
      const second = await ws.register(0.95, undefined, [{ name: 'model.onnx', content: GOOD }])
      await ws.registry.promote(MODEL, 'production', second.version, { actor: 'release-bot' })
      await serve(served, 2, GOOD)
      return { mode: 'rollback', ...(await commands(ws)) }
    },
    between: [2, 1],
    final: { exitCode: 0, alias: 1, serving: 1 }
  },
  'download: the version into its directory': {
    async prepare(ws) {
      await ws.register(0.95, undefined, [
        { name: 'model.onnx', content: GOOD },
        { name: 'labels.json', content: '["cat","dog"]' }
      ])
      return { mode: 'download', candidate: '2' }
    },
    between: [1],
    final: { exitCode: 0, alias: 1, serving: null }
  }
}

interface Trial {
  ws: GateWorkspace
  served: string
  runnerTemp: string
  inputs: Record<string, string>
  /** Set when the registry is a prefix of the s3rver bucket. */
  s3Endpoint?: string
}

/** A fresh registry (a directory, or an s3rver prefix through the create-only proxy) for one run. */
async function trial(scenario: Scenario, s3?: S3TestServer): Promise<Trial> {
  const files = [{ name: 'model.onnx', content: GOOD }]
  const prefix = uniquePrefix('kill-deploy')
  const ws = s3
    ? await createGateWorkspace(
        `s3://${TEST_BUCKET}/${prefix}`,
        new ModelRegistry(testS3Store(s3.proxiedEndpoint, prefix)),
        files
      )
    : await createGateWorkspace(undefined, undefined, files)
  const served = join(ws.dir, 'served')
  const runnerTemp = await mkdtemp(join(tmpdir(), 'kill-deploy-runner-temp-'))
  const inputs = await scenario.prepare(ws, served)
  return { ws, served, runnerTemp, inputs, ...(s3 ? { s3Endpoint: s3.proxiedEndpoint } : {}) }
}

function gate(t: Trial, extraEnv: Record<string, string> = {}): Promise<BundleRun> {
  const s3: { env: Record<string, string>; inputs: Record<string, string> } = t.s3Endpoint
    ? {
        env: {
          AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
          AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
          AWS_REGION: 'us-east-1'
        },
        inputs: { 's3-endpoint': t.s3Endpoint }
      }
    : { env: {}, inputs: {} }
  return runBundle('deploy-gate', {
    cwd: t.ws.dir,
    nodeArgs: [
      '--import',
      join(repoRoot, 'scripts', 'ts-loader.mjs'),
      join(SUPPORT, 'killed-deploy-child.ts')
    ],
    env: { RUNNER_TEMP: t.runnerTemp, SERVED: t.served, ...s3.env, ...extraEnv },
    inputs: {
      'model-name': MODEL,
      registry: t.ws.registryDir,
      'create-deployment': 'false',
      comment: 'off',
      ...s3.inputs,
      ...t.inputs
    }
  })
}

async function alias(registry: ModelRegistry): Promise<number | undefined> {
  return (await registry.aliases(MODEL)).production
}

async function serving(served: string): Promise<number | null> {
  if (!existsSync(served)) return null
  return Number((await readFile(served, 'utf8')).split('\n')[0])
}

/** The gate's download directories and mode: download's default one, those that exist. */
async function downloadDirectories(t: Trial): Promise<string[]> {
  const deployRoot = join(t.runnerTemp, 'ml-actions-deploy', MODEL)
  const versions = existsSync(deployRoot) ? await readdir(deployRoot) : []
  const downloaded = join(t.runnerTemp, 'ml-actions-model', MODEL)
  return [...versions.map((version) => join(deployRoot, version)), downloaded].filter((directory) =>
    existsSync(directory)
  )
}

async function expectCompleteWhenVisible(directory: string): Promise<'complete' | 'incomplete'> {
  const manifestPath = join(directory, 'manifest.json')
  if (!existsSync(manifestPath)) return 'incomplete'
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest
  for (const file of manifest.files) {
    const bytes = await readFile(join(directory, file.path))
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256)
  }
  return 'complete'
}

async function expectConsistent(registry: ModelRegistry, between: readonly number[]) {
  const report = await registry.verify()
  expect(report.problems).toEqual([])
  const version = await alias(registry)
  expect(between).toContain(version)
  expect((await registry.get(MODEL, version as number)).files.length).toBeGreaterThan(0)
}

/**
 * Each kill costs two runs of the step (about 2.5 s on a loaded 2-core runner), so CI kills where
 * the outcome can differ: before the first file renamed into a download directory, the first
 * command of each purpose (deploy, restore, rollback: the alias has moved, nothing serves it yet),
 * every command end that failed (before the automatic rollback), and a last rename (the manifest's).
 */
function sample(points: readonly string[]): number[] {
  const ks = points.map((_, i) => i + 1)
  if (EVERY_POINT) return ks
  const seen = new Set<string>()
  const firstOf = (kind: string) => !seen.has(kind) && Boolean(seen.add(kind))
  return ks.filter((k) => {
    const point = points[k - 1] as string
    const purpose = /^command start (\w+)/.exec(point)?.[1]
    return (
      (/^file rename /.test(point) && (firstOf('rename') || k === points.length)) ||
      (purpose !== undefined && firstOf(purpose)) ||
      /^command end .*\(exit [^0]/.test(point)
    )
  })
}

/** Kills at the points `pick` chooses of one scenario; prints one line per kill. */
async function killCampaign(
  title: string,
  scenario: Scenario,
  pick: (points: readonly string[]) => number[],
  s3?: S3TestServer
): Promise<void> {
  const counting = await trial(scenario, s3)
  const pointsFile = `${counting.runnerTemp}.points`
  const unkilled = await gate(counting, { KILL_POINTS_FILE: pointsFile })
  expect({ exitCode: unkilled.exitCode, stderr: unkilled.stderr }).toMatchObject({
    exitCode: scenario.final.exitCode
  })
  const points = (await readFile(pointsFile, 'utf8')).trim().split('\n')
  await rm(pointsFile)
  expect(await alias(counting.ws.registry)).toBe(scenario.final.alias)
  expect(await serving(counting.served)).toBe(scenario.final.serving)

  const outcomes: string[] = []
  for (const killAt of pick(points)) {
    const t = await trial(scenario, s3)
    const killed = await gate(t, { KILL_AT_WRITE: String(killAt) })
    const where = `killed before point ${killAt} (${points[killAt - 1]})`
    expect({ where, signal: killed.signal }).toEqual({ where, signal: 'SIGKILL' })
    await expectConsistent(t.ws.registry, scenario.between)
    const visible: string[] = []
    for (const directory of await downloadDirectories(t)) {
      visible.push(await expectCompleteWhenVisible(directory))
    }
    const afterKill = `alias ${await alias(t.ws.registry)}, serving ${await serving(t.served)}`

    const rerun = await gate(t, { GITHUB_RUN_ATTEMPT: '2' })
    expect({ where, exitCode: rerun.exitCode, errors: rerun.errors }).toMatchObject({
      where,
      exitCode: scenario.final.exitCode
    })
    expect({ where, alias: await alias(t.ws.registry) }).toEqual({
      where,
      alias: scenario.final.alias
    })
    expect({ where, serving: await serving(t.served) }).toEqual({
      where,
      serving: scenario.final.serving
    })
    for (const directory of await downloadDirectories(t)) {
      expect({ where, directory: await expectCompleteWhenVisible(directory) }).toEqual({
        where,
        directory: 'complete'
      })
      // Nothing an interrupted download left: only the manifest's files and the manifest.
      const manifest = JSON.parse(
        await readFile(join(directory, 'manifest.json'), 'utf8')
      ) as Manifest
      expect({ where, files: (await readdir(directory, { recursive: true })).sort() }).toEqual({
        where,
        files: [...manifest.files.map((file) => file.path), 'manifest.json'].sort()
      })
    }
    await t.ws.registry.gc({ gracePeriodMs: 0 })
    await expectConsistent(t.ws.registry, [scenario.final.alias])
    const again = await t.ws.registry.gc({ gracePeriodMs: 0 })
    expect([...again.removedBlobs, ...again.removedClaims, ...again.removedPartials]).toEqual([])
    outcomes.push(`${killAt} ${points[killAt - 1]}: ${afterKill}; ${visible.join(', ') || '-'}`)
  }
  process.stderr.write(`${title}: ${points.length} points\n${outcomes.join('\n')}\n`)
}

/** The points only a failing smoke test has (the ones before it are the passing scenario's). */
function afterTheFailure(points: readonly string[]): number[] {
  return sample(points).filter((k) =>
    /^command (end .*\(exit [^0]|start restore)/.test(points[k - 1] as string)
  )
}

describe('SIGKILL at every write point of the deploy flow', () => {
  it.each(Object.entries(SCENARIOS))(
    '%s',
    (title, scenario) =>
      killCampaign(title, scenario, EVERY_POINT ? sample : (scenario.sampled ?? sample)),
    300_000
  )
})

/**
 * The failing candidate on an S3 registry (s3rver behind the create-only proxy): killed after the
 * failed smoke test and before the restore's deploy, the re-run reads the head entry and its
 * decision record back from S3 and still puts the previous version back.
 */
describe('SIGKILL in the deploy flow on an S3 registry (s3rver)', () => {
  let server: S3TestServer | undefined
  beforeAll(async () => {
    server = await startS3TestServer()
  })
  afterAll(async () => {
    await server?.close()
  })

  it('promote: the smoke test fails, the previous version comes back', async () => {
    const title = 'promote: the smoke test fails, the previous version comes back'
    await killCampaign(`s3 ${title}`, SCENARIOS[title] as Scenario, afterTheFailure, server)
  }, 300_000)

  // The whole campaign on S3 is minutes long: run with KILL_EVERY_POINT=1 (docs/registry.md has it).
  if (EVERY_POINT) {
    it.each(Object.entries(SCENARIOS))(
      's3, every point: %s',
      (title, scenario) => killCampaign(`s3 ${title}`, scenario, sample, server),
      900_000
    )
  }
})

describe("a re-run finishes only its own run's move", () => {
  it('another run finding the failing candidate on the alias deploys it again and leaves it', async () => {
    const scenario = SCENARIOS['promote: the smoke test fails, the previous version comes back']!
    const counting = await trial(scenario)
    const pointsFile = `${counting.runnerTemp}.points`
    await gate(counting, { KILL_POINTS_FILE: pointsFile })
    const points = (await readFile(pointsFile, 'utf8')).trim().split('\n')
    await rm(pointsFile)
    // Killed after the failed smoke test, before the automatic rollback's alias move.
    const beforeRestore = points.findIndex((point) => /^command end .*\(exit 1\)/.test(point)) + 2
    const t = await trial(scenario)
    expect((await gate(t, { KILL_AT_WRITE: String(beforeRestore) })).signal).toBe('SIGKILL')
    expect(await alias(t.ws.registry)).toBe(2)

    const other = await gate(t, { GITHUB_RUN_ID: '5151' })
    expect(other.exitCode).toBe(1)
    expect(other.outputs.reasons).toMatch(/already pointed to it and stays/)
    expect(await alias(t.ws.registry)).toBe(2)
  }, 60_000)
})
