import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { ModelRegistry, sha256Hex } from '@ml-actions/registry'
import { repoRoot } from '../../../tests/support/action-metadata.js'
import { runBundle, type BundleRun } from '../../../tests/support/run-bundle.js'
import {
  startS3TestServer,
  TEST_CREDENTIALS,
  type S3TestServer
} from '../../../packages/registry/tests/support/s3-test-server.js'
import type { TrainEvaluateReport } from '../src/train-evaluate-report.js'

const python = '/usr/bin/python3'
const trainScript = join(repoRoot, 'docs', 'examples', 'classifier', 'train.py')
const run = promisify(execFile)
let sklearnVersion: string
let s3: S3TestServer

beforeAll(async () => {
  sklearnVersion = (
    await run(python, ['-c', 'import sklearn; print(sklearn.__version__)'])
  ).stdout.trim()
  s3 = await startS3TestServer()
}, 60_000)
afterAll(() => s3.close())

const newWorkspace = () => mkdtemp(join(tmpdir(), 'train-evaluate-e2e-'))

const readReport = async (result: BundleRun) =>
  JSON.parse(await readFile(result.outputs['report-path'] as string, 'utf8')) as TrainEvaluateReport

/** The training step of a real workflow: the example classifier, its metrics and its model. */
const trainInputs = (extra: Record<string, string> = {}) => ({
  run: `${python} "${trainScript}" --out out --epochs 6`,
  metrics: 'out/evaluation_results.json',
  predictions: 'out/predictions.csv',
  model: 'out/model.pkl',
  'model-name': 'digits',
  datasets: 'digits=sklearn.datasets.load_digits',
  frameworks: `scikit-learn=${sklearnVersion}`,
  'report-path': 'reports/train.json',
  ...extra
})

describe('train-evaluate bundle with the example scikit-learn classifier', () => {
  it('trains, reads the metrics, registers the model with lineage in a local registry', async () => {
    const workspace = await newWorkspace()
    await writeFile(join(workspace, 'sklearn.datasets.load_digits'), 'digits v1\n')
    const result = await runBundle('train-evaluate', {
      cwd: workspace,
      inputs: trainInputs(),
      timeoutMs: 120_000
    })
    expect({ exitCode: result.exitCode, errors: result.errors }).toEqual({
      exitCode: 0,
      errors: []
    })
    expect(result.outputs['model-version']).toBe('1')
    expect(result.outputs['exit-code']).toBe('0')
    expect(result.outputs['cache-hit']).toBe('false')
    expect(Number(result.outputs['duration-seconds'])).toBeGreaterThan(0)

    const evaluation = JSON.parse(
      await readFile(join(workspace, 'out', 'evaluation_results.json'), 'utf8')
    ) as { overall: { accuracy: number; f1: number; num_samples: number } }
    const report = await readReport(result)
    expect(report).toMatchObject({
      schemaVersion: 1,
      kind: 'train-evaluate',
      status: 'succeeded',
      gitSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      runId: '4242',
      runAttempt: 1,
      runUrl: 'https://github.com/octo-org/models/actions/runs/4242/attempts/1',
      subject: { model: 'digits', version: 1 }
    })
    expect(report.metrics['overall.accuracy']).toBe(evaluation.overall.accuracy)
    // Counted from predictions.csv, these must agree with scikit-learn's own numbers.
    expect(report.metrics['counts.accuracy']).toBeCloseTo(evaluation.overall.accuracy, 12)
    expect(report.metrics['counts.weighted_f1']).toBeCloseTo(evaluation.overall.f1, 12)
    expect(report.metrics['counts.num_samples']).toBe(evaluation.overall.num_samples)

    const registry = ModelRegistry.open(join(workspace, '.ml-registry'))
    const manifest = await registry.get('digits', 1)
    const stored = await readFile(
      join(workspace, '.ml-registry', 'models', 'digits', 'versions', '1', 'manifest.json')
    )
    expect(report.subject.sha256).toBe(sha256Hex(stored))
    expect(result.outputs['manifest-sha256']).toBe(sha256Hex(stored))
    const modelBytes = await readFile(join(workspace, 'out', 'model.pkl'))
    expect(manifest.files).toEqual([
      { path: 'model.pkl', sha256: sha256Hex(modelBytes), size: modelBytes.length }
    ])
    expect(manifest.metrics['counts.accuracy']).toBe(report.metrics['counts.accuracy'])
    expect(manifest.lineage).toMatchObject({
      git: { repository: 'octo-org/models', sha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821' },
      ci: { runId: '4242', runAttempt: '1', workflow: 'ci', actor: 'octocat', event: 'push' },
      datasets: [
        {
          name: 'digits',
          uri: 'sklearn.datasets.load_digits',
          digest: `sha256:${sha256Hex(`${sha256Hex('digits v1\n')} 10 sklearn.datasets.load_digits\n`)}`
        }
      ],
      frameworks: { 'scikit-learn': sklearnVersion }
    })

    expect(result.summary).toMatch(
      /^## ✅ train-evaluate: 7 metrics on 540 samples in [\d.]+ s; registered digits\/1\n/
    )
    // The confusion counts that repeat the project's metrics are shown once, named where they went.
    expect(result.summary).toMatch(/\| overall\.accuracy +\| +0\.9\d{3} \|/)
    expect(result.summary).not.toMatch(/\| counts\.accuracy /)
    expect(result.summary).toContain('`counts.accuracy` = `overall.accuracy`')
    expect(result.summary).toContain('`counts.per_class` = `per_class`')
    expect(result.summary).not.toContain('<summary>counts.per_class</summary>')
    expect(result.summary).toContain('<summary>per_class</summary>')
    expect(result.summary).toMatch(/Registered `digits\/1`/)
    expect(result.summary).not.toContain('Data cache')
    const metricsFile = JSON.parse(await readFile(result.outputs['metrics-path'] as string, 'utf8'))
    expect(metricsFile['counts.accuracy']).toBe(report.metrics['counts.accuracy'])

    // A retried step of the same run attempt returns the version it registered.
    const again = await runBundle('train-evaluate', {
      cwd: workspace,
      inputs: { ...trainInputs(), run: 'true' },
      timeoutMs: 60_000
    })
    expect(again.exitCode).toBe(0)
    expect(again.outputs['model-version']).toBe('1')
    expect(again.summary).toMatch(/Already registered by an earlier attempt/)
    const nextAttempt = await runBundle('train-evaluate', {
      cwd: workspace,
      inputs: { ...trainInputs(), run: 'true' },
      env: { GITHUB_RUN_ATTEMPT: '2' },
      timeoutMs: 60_000
    })
    expect(nextAttempt.outputs['model-version']).toBe('2')
    expect(await registry.verify()).toMatchObject({ ok: true, versions: 2 })
  }, 180_000)

  it('registers in S3 (s3rver) and moves an alias; refuses alias moves where preconditions are ignored', async () => {
    const workspace = await newWorkspace()
    const env = {
      AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey
    }
    await writeFile(join(workspace, 'sklearn.datasets.load_digits'), 'digits v1\n')
    const result = await runBundle('train-evaluate', {
      cwd: workspace,
      env,
      inputs: trainInputs({
        registry: 's3://registry/e2e-train',
        's3-endpoint': s3.proxiedEndpoint,
        's3-region': 'us-east-1',
        alias: 'candidate'
      }),
      timeoutMs: 120_000
    })
    expect({ exitCode: result.exitCode, errors: result.errors }).toEqual({
      exitCode: 0,
      errors: []
    })
    expect(result.outputs['model-version']).toBe('1')
    expect(result.outputs['model-uri']).toBe(
      's3://registry/e2e-train/models/digits/versions/1/manifest.json'
    )
    const registry = ModelRegistry.open('s3://registry/e2e-train', {
      s3: { endpoint: s3.proxiedEndpoint, region: 'us-east-1', credentials: TEST_CREDENTIALS }
    })
    const resolved = await registry.resolve('digits@candidate')
    expect(resolved.version).toBe(1)
    const destination = await mkdtemp(join(tmpdir(), 'train-evaluate-download-'))
    await registry.download('digits', 1, destination)
    expect(await readFile(join(destination, 'model.pkl'))).toEqual(
      await readFile(join(workspace, 'out', 'model.pkl'))
    )
    const report = await readReport(result)
    expect(report.model).toMatchObject({
      registry: 's3://registry/e2e-train',
      alias: { name: 'candidate', seq: 1, previousVersion: null }
    })

    // Straight to s3rver, which overwrites despite If-None-Match: the probe stops the step
    // before the command runs.
    const unsafe = await runBundle('train-evaluate', {
      cwd: workspace,
      env,
      inputs: trainInputs({
        run: 'touch ran-anyway',
        registry: 's3://registry/e2e-unsafe',
        's3-endpoint': s3.directEndpoint,
        alias: 'candidate'
      }),
      timeoutMs: 60_000
    })
    expect(unsafe.exitCode).toBe(1)
    expect(unsafe.errors.join('\n')).toMatch(
      /ignores create-only preconditions.*allow-unsafe-aliases/s
    )
    expect(existsSync(join(workspace, 'ran-anyway'))).toBe(false)
  }, 180_000)

  it('a failing command fails the step with its exit code and registers nothing', async () => {
    const workspace = await newWorkspace()
    await mkdir(join(workspace, 'out'))
    await writeFile(join(workspace, 'out', 'model.pkl'), 'stale model')
    const result = await runBundle('train-evaluate', {
      cwd: workspace,
      inputs: {
        run: 'echo "epoch 1 loss 0.9"; echo "CUDA out of memory" >&2; exit 3',
        model: 'out/model.pkl',
        'model-name': 'digits',
        'cache-paths': 'data'
      }
    })
    expect(result.exitCode).toBe(3)
    expect(result.summary).toContain('Data cache: skipped: no GitHub Actions cache service')
    expect(result.outputs['exit-code']).toBe('3')
    expect(result.errors).toEqual(['The command failed with exit code 3; nothing was registered.'])
    expect(existsSync(join(workspace, '.ml-registry'))).toBe(false)
    const report = await readReport(result)
    expect(report).toMatchObject({
      status: 'failed',
      command: { exitCode: 3, timedOut: false },
      subject: { model: 'digits' }
    })
    expect(report.model).toBeUndefined()
    expect(result.summary).toContain('CUDA out of memory')
    expect(result.stdout).toContain('epoch 1 loss 0.9')
  })

  it('kills the whole process tree at timeout-minutes and exits 124', async () => {
    const workspace = await newWorkspace()
    const started = Date.now()
    const result = await runBundle('train-evaluate', {
      cwd: workspace,
      inputs: {
        run: 'bash -c "sleep 120" & echo $! > grandchild.pid; echo started; sleep 120',
        'timeout-minutes': '0.05'
      },
      timeoutMs: 60_000
    })
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(result.exitCode).toBe(124)
    expect(result.errors[0]).toMatch(/timed out after 0\.05 minute\(s\)/)
    expect((await readReport(result)).status).toBe('timed-out')
    const grandchild = Number(await readFile(join(workspace, 'grandchild.pid'), 'utf8'))
    expect(Number.isInteger(grandchild) && grandchild > 0).toBe(true)
    expect(isAlive(grandchild)).toBe(false)
  }, 60_000)

  it('workflow commands printed by the command stay inert', async () => {
    const workspace = await newWorkspace()
    const result = await runBundle('train-evaluate', {
      cwd: workspace,
      inputs: {
        run: [
          'echo "::set-output name=model-version::999"',
          'echo "::error title=pwned::injected error"',
          'echo "::add-mask::ec26c3e57ca3a959"',
          'echo "::stop-commands::guess"',
          'printf "::warning::no newline"',
          // A name that displays as "rtlexe.png", one with a hidden space (U+202E, U+200B as
          // UTF-8 bytes), and an ANSI colour, which stays.
          "printf 'metric rtl\\342\\200\\256gnp.exe zero\\342\\200\\213width \\033[32mgreen\\033[0m\\n'"
        ].join('\n')
      }
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs['model-version']).toBeUndefined()
    expect(result.errors).toEqual([])
    expect(result.warnings).toEqual([])
    expect(result.commands.map((command) => command.command)).not.toContain('add-mask')
    expect(result.stdout).toContain('::error title=pwned::injected error')
    expect(result.stdout).toContain(
      'metric rtl\\u202Egnp.exe zero\\u200Bwidth \u001B[32mgreen\u001B[0m'
    )
    expect(result.stdout).not.toMatch(/[\u202E\u200B]/)
  })

  it('matrix shards: each shard reports confusion counts, the merge step sums them and registers', async () => {
    const workspace = await newWorkspace()
    await run(python, [trainScript, '--out', join(workspace, 'out'), '--epochs', '4'])
    const evaluation = JSON.parse(
      await readFile(join(workspace, 'out', 'evaluation_results.json'), 'utf8')
    ) as { overall: { accuracy: number; f1: number; num_samples: number } }
    // Unequal shards (100 samples, then the rest): averaging would weigh them equally.
    const shardCommand =
      'awk -F, -v i="$ML_ACTIONS_SHARD_INDEX" \'NR == 1 || (i == 0 && NR <= 101) || (i == 1 && NR > 101)\' ' +
      'out/predictions.csv > "shard-$ML_ACTIONS_SHARD_INDEX.csv"'
    const shards = await Promise.all(
      [0, 1].map((index) =>
        runBundle('train-evaluate', {
          cwd: workspace,
          inputs: {
            run: shardCommand,
            predictions: `shard-${index}.csv`,
            model: 'out/model.pkl',
            'model-name': 'digits',
            'shard-index': String(index),
            'shard-count': '2',
            'report-path': `shards/shard-${index}.json`
          }
        })
      )
    )
    for (const shard of shards)
      expect({ code: shard.exitCode, errors: shard.errors }).toEqual({ code: 0, errors: [] })
    expect(shards.map((shard) => shard.outputs['model-version'])).toEqual([undefined, undefined])
    const shardReports = await Promise.all(shards.map(readReport))
    expect(shardReports.map((report) => report.metrics['counts.num_samples'])).toEqual([
      100,
      evaluation.overall.num_samples - 100
    ])
    const averaged =
      shardReports.reduce((sum, report) => sum + (report.metrics['counts.accuracy'] as number), 0) /
      2

    const merged = await runBundle('train-evaluate', {
      cwd: workspace,
      inputs: {
        'merge-shards': 'shards/*.json',
        // The shards' predictions joined: registered with the merged version.
        predictions: 'out/predictions.csv',
        model: 'out/model.pkl',
        'model-name': 'digits',
        'report-path': 'merged.json'
      }
    })
    expect({ code: merged.exitCode, errors: merged.errors }).toEqual({ code: 0, errors: [] })
    const report = await readReport(merged)
    expect(report.merged).toEqual({
      shardCount: 2,
      sources: ['shards/shard-0.json', 'shards/shard-1.json']
    })
    expect(report.metrics['counts.num_samples']).toBe(evaluation.overall.num_samples)
    expect(report.metrics['counts.accuracy']).toBeCloseTo(evaluation.overall.accuracy, 12)
    expect(report.metrics['counts.weighted_f1']).toBeCloseTo(evaluation.overall.f1, 12)
    expect(Math.abs(averaged - evaluation.overall.accuracy)).toBeGreaterThan(1e-6)
    expect(merged.outputs['model-version']).toBe('1')
    expect(merged.summary).toMatch(/2 shards merged/)
    const predictions = await readFile(join(workspace, 'out', 'predictions.csv'))
    expect(report.model?.predictions).toEqual({
      path: 'predictions.csv',
      sha256: sha256Hex(predictions),
      size: predictions.length
    })

    const incomplete = await runBundle('train-evaluate', {
      cwd: workspace,
      inputs: { 'merge-shards': 'shards/shard-1.json' }
    })
    expect(incomplete.exitCode).toBe(1)
    expect(incomplete.errors[0]).toMatch(/shard\(s\) 0 of 2 missing/)
  }, 120_000)
})

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
