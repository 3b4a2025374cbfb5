import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { formatNumber } from '@ml-actions/core/markdown'
import { execFile } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { readNpy, toFloat64 } from '@ml-actions/onnx'
import type { OnnxVerificationReport } from '@ml-actions/onnx'
import { ModelRegistry } from '@ml-actions/registry'
import { repoRoot } from '../../../tests/support/action-metadata.js'
import { startFakeGitHub } from '../../../tests/support/fake-github/index.js'
import type { FakeGitHub } from '../../../tests/support/fake-github/index.js'
import { pullRequestOpened } from '../../../tests/support/webhook-events.js'
import { runBundle } from '../../../tests/support/run-bundle.js'
import {
  runtimeTarballs,
  startFakeNpmRegistry
} from '../../../packages/onnx/tests/support/fake-npm-registry.js'
import type { FakeNpmRegistry } from '../../../packages/onnx/tests/support/fake-npm-registry.js'

const exporter = join(repoRoot, 'tests', 'fixtures', 'onnx', 'export_tiny_mlp.py')
const runtimePath = join(repoRoot, 'node_modules', 'onnxruntime-node')
const ATOL = 1e-5
const RTOL = 1e-4
let workspace: string
let toolCache: string
let npmRegistry: FakeNpmRegistry
let github: FakeGitHub

/**
 * torch exports, in parallel: the faithful model in exported/, the perturbed one in perturbed/.
 * The faithful export is registered as tiny-mlp@production, the baseline the perturbed run uses.
 * onnxruntime-node is served by a loopback npm registry made from the repository's copy.
 */
beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'onnx-e2e-'))
  toolCache = join(workspace, 'tool-cache')
  const run = promisify(execFile)
  await Promise.all([
    run('/usr/bin/python3', [exporter, '--out-dir', join(workspace, 'exported')]),
    run('/usr/bin/python3', [
      exporter,
      '--out-dir',
      join(workspace, 'perturbed'),
      '--perturb',
      '0.05'
    ])
  ])
  const registry = ModelRegistry.open(join(workspace, '.ml-registry'))
  const { manifest } = await registry.register('tiny-mlp', [
    { path: join(workspace, 'exported', 'model.onnx'), name: 'model.onnx' }
  ])
  await registry.promote('tiny-mlp', 'production', manifest.version)
  npmRegistry = await startFakeNpmRegistry({
    tarballs: runtimeTarballs(join(repoRoot, 'node_modules')),
    version: '1.30.0'
  })
  github = await startFakeGitHub({ repository: 'Codertocat/Hello-World' })
}, 120_000)

afterAll(async () => {
  await npmRegistry?.close()
  await github?.stop()
  github?.assertNoViolations()
})

const verify = (
  folder: string,
  inputs: Record<string, string> = {},
  options: {
    env?: Record<string, string>
    eventName?: string
    event?: unknown
    token?: string
  } = {}
) =>
  runBundle('onnx-export-verify', {
    cwd: workspace,
    inputs: {
      model: `${folder}/model.onnx`,
      'reference-inputs': `${folder}/features.npy`,
      'reference-outputs': `${folder}/logits.npy`,
      atol: String(ATOL),
      rtol: String(RTOL),
      runs: '50',
      'warmup-runs': '5',
      'onnxruntime-path': runtimePath,
      'report-path': `${folder}/report.json`,
      ...inputs
    },
    timeoutMs: 120_000,
    ...options
  })

const readReport = async (path: string) =>
  JSON.parse(await readFile(path, 'utf8')) as OnnxVerificationReport

describe('onnx-export-verify bundle on a real torch export', () => {
  it('ships no onnxruntime: no native files, no binding code, a small entry file', () => {
    const bundle = join(repoRoot, 'dist', 'onnx-export-verify')
    const files = readdirSync(bundle)
    expect(files.filter((file) => /\.(node|so|dll|dylib)$/.test(file))).toEqual([])
    for (const file of files.filter((name) => name.endsWith('.js'))) {
      const code = readFileSync(join(bundle, file), 'utf8')
      expect({ file, binding: code.includes('onnxruntime_binding') }).toEqual({
        file,
        binding: false
      })
    }
    expect(statSync(join(bundle, 'index.js')).size).toBeLessThan(3 * 1024 * 1024)
  })

  it('installs onnxruntime-node from the registry on first use, passes the faithful export and comments on the PR', async () => {
    const run = await verify(
      'exported',
      {
        'onnxruntime-path': '',
        'batch-check': '4',
        'max-p95-ms': '100',
        'max-size-mb': '1',
        'model-ref': 'tiny-mlp/1',
        comment: 'upsert'
      },
      {
        env: {
          ...github.env(),
          RUNNER_TOOL_CACHE: toolCache,
          NPM_CONFIG_REGISTRY: npmRegistry.url
        },
        eventName: 'pull_request',
        event: pullRequestOpened(),
        token: 'ghs_job_token'
      }
    )
    expect({ exitCode: run.exitCode, errors: run.errors }).toEqual({ exitCode: 0, errors: [] })
    expect(run.outputs.result).toBe('pass')
    expect(Number(run.outputs['max-abs-diff'])).toBeLessThan(ATOL)
    expect(Number(run.outputs['p95-ms'])).toBeGreaterThan(0)
    expect(run.outputs['report-path']).toBe(join(workspace, 'exported', 'report.json'))
    const report = await readReport(run.outputs['report-path']!)
    expect(report).toMatchObject({
      schemaVersion: 1,
      kind: 'onnx-verification',
      gitSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      runId: '4242',
      runAttempt: 1,
      runUrl: `${github.env().GITHUB_SERVER_URL}/Codertocat/Hello-World/actions/runs/4242/attempts/1`,
      subject: { model: 'tiny-mlp', version: 1, sha256: run.outputs['model-sha256'] },
      runtime: { version: '1.30.0', source: 'installed' },
      structure: { producer: { name: 'pytorch' }, opsetImports: [{ domain: '', version: 17 }] },
      signature: {
        inputs: [{ name: 'features', dtype: 'float32', shape: ['batch', 4] }],
        outputs: [{ name: 'logits', dtype: 'float32', shape: ['batch', 3] }]
      },
      parity: { passed: true, outputs: [{ name: 'logits', argmax: { rows: 16, rate: 1 } }] },
      batchConsistency: { passed: true }
    })
    expect(report.model.sha256).toBe(run.outputs['model-sha256'])
    expect(report.runtime.directory).toContain(join(toolCache, 'onnxruntime-node', '1.30.0'))
    expect(readdirSync(join(report.runtime.directory, 'bin', 'napi-v6'))).toEqual([
      process.platform
    ])
    expect(npmRegistry.requests.map((request) => request.path)).toEqual([
      '/onnxruntime-node/1.30.0',
      '/onnxruntime-node/-/onnxruntime-node-1.30.0.tgz',
      '/onnxruntime-common/1.30.0',
      '/onnxruntime-common/-/onnxruntime-common-1.30.0.tgz'
    ])
    expect(run.summary).toContain('## ✅ ONNX export verification: pass — ')
    const [comment, ...others] = github.comments(2)
    expect(others).toEqual([])
    expect(comment?.body).toContain('<!-- ml-actions:onnx-export-verify:ci/evaluate -->')
    expect(comment?.body).toContain('## ✅ ONNX export verification: pass — ')
    expect(run.outputs['comment-url']).toMatch(
      /\/Codertocat\/Hello-World\/pull\/2#issuecomment-\d+$/
    )
  }, 120_000)

  it('reuses the runtime from the tool cache on the next run, without the registry', async () => {
    const before = npmRegistry.requests.length
    const run = await verify(
      'exported',
      { 'onnxruntime-path': '', runs: '0' },
      { env: { RUNNER_TOOL_CACHE: toolCache, NPM_CONFIG_REGISTRY: 'http://127.0.0.1:9/' } }
    )
    expect(run.outputs.result).toBe('pass')
    expect(run.stdout).toMatch(/onnxruntime-node 1\.30\.0 from tool-cache: /)
    expect(npmRegistry.requests.length).toBe(before)
  })

  it('fails the perturbed export against the registry baseline with the statistics torch implies', async () => {
    const run = await verify('perturbed', { 'baseline-ref': 'tiny-mlp@production' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('fail')

    // What the action must find, worked out from torch's own outputs of the perturbed weights.
    const expected = toFloat64(
      readNpy(await readFile(join(workspace, 'perturbed', 'logits.npy')), 'logits.npy')
    )
    const perturbed = toFloat64(
      readNpy(
        await readFile(join(workspace, 'perturbed', 'perturbed_logits.npy')),
        'perturbed_logits.npy'
      )
    )
    const differences = expected.map((value, i) => Math.abs((perturbed[i] as number) - value))
    const maxAbs = Math.max(...differences)
    const mismatches = differences.filter(
      (difference, i) => difference > ATOL + RTOL * Math.abs(expected[i] as number)
    ).length
    const argmax = (values: Float64Array, row: number) => {
      const slice = [...values.subarray(row * 3, row * 3 + 3)]
      return slice.indexOf(Math.max(...slice))
    }
    const agreeing = [...Array(16).keys()].filter(
      (row) => argmax(expected, row) === argmax(perturbed, row)
    ).length

    expect(maxAbs).toBeGreaterThan(0.01)
    expect(Number(run.outputs['max-abs-diff'])).toBeCloseTo(maxAbs, 5)
    expect(run.errors[0]).toBe(
      `ONNX verification fail: parity: output "logits": ${mismatches} of 48 elements exceed the tolerance (max abs error ${formatNumber(Number(run.outputs['max-abs-diff']))})`
    )
    const report = await readReport(run.outputs['report-path']!)
    const parity = report.parity as Extract<OnnxVerificationReport['parity'], { outputs: unknown }>
    const [logits] = parity.outputs
    expect(logits).toMatchObject({
      name: 'logits',
      passed: false,
      elements: 48,
      mismatches,
      nanMismatches: 0,
      infMismatches: 0,
      atol: ATOL,
      rtol: RTOL,
      argmax: { rows: 16, agreeing, rate: agreeing / 16 }
    })
    expect(logits!.meanAbsError).toBeCloseTo(
      differences.reduce((sum, value) => sum + value, 0) / 48,
      5
    )
    expect(logits!.minPassingAtol).toBeGreaterThan(ATOL)
    expect(logits!.worst).toHaveLength(5)
    expect(logits!.worst[0]!.absError).toBe(logits!.maxAbsError)
    expect(report.baseline).toEqual({
      source: 'registry',
      model: 'tiny-mlp',
      version: 1,
      alias: 'production',
      path: 'tiny-mlp/1:model.onnx',
      sha256: report.baselineModel?.sha256
    })
    expect(report.contract).toEqual({
      source: 'baseline model tiny-mlp/1:model.onnx',
      findings: []
    })
    expect(report.latency?.comparison?.verdict).toMatch(/^(pass|inconclusive|fail)$/)
    expect(run.summary).toContain('## ❌ ONNX export verification: fail — ')
    expect(run.summary).toContain('`tiny-mlp/1` (alias `production`) from the registry')
  }, 120_000)

  it('runs the export command with its output kept inert, and fails when it fails', async () => {
    const command = 'echo "::warning::from the export"; cp exported/model.onnx copied.onnx'
    const run = await runBundle('onnx-export-verify', {
      cwd: workspace,
      inputs: {
        'export-command': command,
        model: 'copied.onnx',
        runs: '0',
        'onnxruntime-path': runtimePath
      }
    })
    expect(run.outputs.result).toBe('pass')
    expect(run.warnings).toEqual([])
    expect(run.stdout).toContain('::warning::from the export')
    const failed = await runBundle('onnx-export-verify', {
      cwd: workspace,
      inputs: {
        'export-command': 'false | cat',
        model: 'copied.onnx',
        'onnxruntime-path': runtimePath
      }
    })
    expect(failed.exitCode).toBe(1)
    expect(failed.errors).toEqual(['The export command exited with code 1; no model was verified.'])
  })

  it('names the input when the model, a registry reference or a tolerance is wrong', async () => {
    const missing = await runBundle('onnx-export-verify', {
      cwd: workspace,
      inputs: { model: 'nope.onnx', 'onnxruntime-path': runtimePath }
    })
    expect(missing.exitCode).toBe(1)
    expect(missing.errors).toEqual(['model "nope.onnx" cannot be read: no such file.'])
    const alias = await verify('exported', { 'baseline-ref': 'tiny-mlp@staging', runs: '0' })
    expect(alias.errors).toEqual([
      `baseline-ref "tiny-mlp@staging": Alias tiny-mlp@staging is not set in the registry ${pathToFileURL(join(workspace, '.ml-registry')).href}`
    ])
    const notRegistered = await verify('perturbed', {
      'model-ref': 'tiny-mlp@production',
      runs: '0'
    })
    expect(notRegistered.errors).toEqual([
      expect.stringMatching(
        /^model-ref "tiny-mlp@production": model "perturbed\/model\.onnx" \(sha256 [0-9a-f]{12}…\) is not a file of tiny-mlp\/1\.$/
      )
    ])
    const tolerance = await verify('exported', { atol: '1e-5 logit:1e-3', runs: '0' })
    expect(tolerance.errors).toEqual([
      'atol/rtol name the output "logit", which the model does not have (logits).'
    ])
  })
})
