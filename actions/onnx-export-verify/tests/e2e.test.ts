import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { OnnxVerificationReport } from '@ml-actions/onnx'
import { repoRoot } from '../../../tests/support/action-metadata.js'
import { runBundle } from '../../../tests/support/run-bundle.js'

const exporter = join(repoRoot, 'tests', 'fixtures', 'onnx', 'export_tiny_mlp.py')
const runtimePath = join(repoRoot, 'node_modules', 'onnxruntime-node')
let workspace: string

/** torch exports, in parallel: the faithful model in exported/, the perturbed one in perturbed/. */
beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'onnx-e2e-'))
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
}, 60_000)

const verify = (folder: string, inputs: Record<string, string> = {}) =>
  runBundle('onnx-export-verify', {
    cwd: workspace,
    inputs: {
      model: `${folder}/model.onnx`,
      'reference-inputs': `${folder}/features.npy`,
      'reference-outputs': `${folder}/logits.npy`,
      atol: '1e-5',
      rtol: '1e-4',
      runs: '50',
      'warmup-runs': '5',
      'onnxruntime-path': runtimePath,
      'report-path': `${folder}/report.json`,
      ...inputs
    }
  })

const readReport = async (path: string) =>
  JSON.parse(await readFile(path, 'utf8')) as OnnxVerificationReport

describe('onnx-export-verify bundle on a real torch export', () => {
  it('passes the faithful export with a tiny max-abs-diff', async () => {
    const run = await verify('exported', {
      'batch-check': '4',
      'max-p95-ms': '100',
      'max-size-mb': '1'
    })
    expect({ exitCode: run.exitCode, errors: run.errors }).toEqual({ exitCode: 0, errors: [] })
    expect(run.outputs.result).toBe('pass')
    expect(Number(run.outputs['max-abs-diff'])).toBeLessThan(1e-5)
    expect(Number(run.outputs['p95-ms'])).toBeGreaterThan(0)
    expect(run.outputs['report-path']).toBe(join(workspace, 'exported', 'report.json'))
    const report = await readReport(run.outputs['report-path']!)
    expect(report).toMatchObject({
      gitSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      runtime: { version: '1.30.0', source: 'path-input' },
      structure: { producer: { name: 'pytorch' }, opsetImports: [{ domain: '', version: 17 }] },
      signature: {
        inputs: [{ name: 'features', dtype: 'float32', shape: ['batch', 4] }],
        outputs: [{ name: 'logits', dtype: 'float32', shape: ['batch', 3] }]
      },
      parity: { passed: true, outputs: [{ name: 'logits', argmax: { rows: 16, rate: 1 } }] },
      batchConsistency: { passed: true }
    })
    expect(report.model.sha256).toBe(run.outputs['model-sha256'])
    expect(run.summary).toContain('## ONNX export verification: ✅ pass')
  })

  it('fails the perturbed export with the statistics that show why', async () => {
    const run = await verify('perturbed', { 'baseline-model': 'exported/model.onnx' })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('fail')
    expect(Number(run.outputs['max-abs-diff'])).toBeGreaterThan(0.01)
    expect(run.errors[0]).toMatch(
      /^ONNX verification fail: parity: output "logits": \d+ of 48 elements exceed the tolerance/
    )
    const report = await readReport(run.outputs['report-path']!)
    const parity = report.parity as Extract<OnnxVerificationReport['parity'], { outputs: unknown }>
    const [logits] = parity.outputs
    expect(logits!.maxAbsError).toBeCloseTo(Number(run.outputs['max-abs-diff']), 12)
    expect(logits!.minPassingAtol).toBeGreaterThan(1e-5)
    expect(logits!.worst).toHaveLength(5)
    expect(logits!.worst[0]!.absError).toBe(logits!.maxAbsError)
    expect(report.contract?.findings).toEqual([])
    expect(report.latency?.comparison?.verdict).toMatch(/pass|inconclusive|fail/)
    expect(run.summary).toContain('❌')
  })

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

  it('names the input when the model is missing', async () => {
    const run = await runBundle('onnx-export-verify', {
      cwd: workspace,
      inputs: { model: 'nope.onnx', 'onnxruntime-path': runtimePath }
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual(['model "nope.onnx" cannot be read: no such file.'])
  })
})
