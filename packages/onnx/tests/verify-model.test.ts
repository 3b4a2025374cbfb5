/**
 * @jest-environment ./packages/onnx/tests/support/native-typed-arrays-environment.mjs
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { loadOnnxRuntime, renderReportMarkdown, verifyModel } from '@ml-actions/onnx'
import type { LoadedOnnxRuntime, VerifyModelOptions } from '@ml-actions/onnx'
import {
  DataType,
  float32Bytes,
  repoRuntimeDirectory,
  scratchDirectory,
  writeModel
} from './support/onnx-models.js'

let runtime: LoadedOnnxRuntime
let directory: string

beforeAll(async () => {
  runtime = await loadOnnxRuntime({ path: repoRuntimeDirectory })
  directory = await scratchDirectory('verify')
})

function options(model: string, extra: Partial<VerifyModelOptions> = {}): VerifyModelOptions {
  return {
    model: { path: join(directory, model), display: model },
    runtime,
    resolvePath: (path) => join(directory, path),
    tolerance: { atol: 1e-5, rtol: 1e-3, mode: 'allclose' },
    batchCheck: 0,
    warmupRuns: 1,
    runs: 0,
    latencyTolerance: 0.1,
    now: () => new Date('2026-01-01T00:00:00Z'),
    ...extra
  }
}

/** Y = X + W with W = [1, 2, 3, 4]: easy to predict, easy to break. */
const addWeights = (weights: number[], outputName = 'Y') => ({
  outputs: [{ name: outputName, elemType: DataType.float, shape: ['batch', 4] }],
  nodes: [{ opType: 'Add', inputs: ['X', 'W'], outputs: [outputName] }],
  initializers: [
    { name: 'W', dataType: DataType.float, dims: [4], rawData: float32Bytes(weights) }
  ],
  metadata: { git_sha: 'abc123' }
})

describe('verifyModel', () => {
  it('passes a faithful export and fills every section of the report', async () => {
    await writeModel(directory, 'good.onnx', addWeights([1, 2, 3, 4]))
    await writeModel(directory, 'baseline.onnx', addWeights([1, 2, 3, 4]))
    await writeFile(
      join(directory, 'ref.json'),
      JSON.stringify({
        inputs: {
          X: [
            [0, 0, 0, 0],
            [1, 1, 1, 1]
          ]
        },
        outputs: {
          Y: [
            [1, 2, 3, 4],
            [2, 3, 4, 5]
          ]
        }
      })
    )
    const report = await verifyModel(
      options('good.onnx', {
        references: { inputs: [], outputs: [], data: ['ref.json'] },
        baselineModel: { path: join(directory, 'baseline.onnx'), display: 'baseline.onnx' },
        batchCheck: 3,
        runs: 20,
        maxP95Ms: 1000,
        maxSizeMb: 1,
        gitSha: 'ec26c3e5'
      })
    )
    expect(report).toMatchObject({
      schemaVersion: 1,
      kind: 'onnx-verification',
      gitSha: 'ec26c3e5',
      load: { ok: true },
      structure: { metadata: { git_sha: 'abc123' }, opHistogram: { Add: 1 } },
      contract: { findings: [] },
      parity: {
        passed: true,
        casts: ['X: float64 → float32'],
        semantics:
          'allclose: an element fails where |a − b| > atol + rtol·|b| (a = ONNX, b = reference; relative errors divide by max(|b|, 2.2e-16); NaN must match NaN, ±Inf the same infinity)'
      },
      batchConsistency: { status: 'checked', passed: true, batchSize: 3, batchDimension: 'batch' },
      latency: { candidate: { runs: 20 }, baseline: { runs: 20 }, inputs: 'reference' },
      verdict: { result: expect.stringMatching(/pass|inconclusive/) }
    })
    expect(report.model.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.parse(JSON.stringify(report))).toMatchObject({
      latency: { candidate: expect.not.objectContaining({ samplesMs: expect.anything() }) }
    })
  })

  it('fails a drifted, renamed export with statistics and breaking findings', async () => {
    await writeModel(directory, 'drift.onnx', addWeights([1, 2, 3, 4.5], 'Z'))
    await writeModel(directory, 'baseline.onnx', addWeights([1, 2, 3, 4]))
    await writeFile(
      join(directory, 'ref-z.json'),
      JSON.stringify({ inputs: { X: [[0, 0, 0, 0]] }, outputs: { Z: [[1, 2, 3, 4]] } })
    )
    const report = await verifyModel(
      options('drift.onnx', {
        references: { inputs: [], outputs: [], data: ['ref-z.json'] },
        baselineModel: { path: join(directory, 'baseline.onnx'), display: 'baseline.onnx' },
        maxSizeMb: 0.0000001
      })
    )
    expect(report.verdict.result).toBe('fail')
    expect(report.verdict.reasons).toEqual([
      'contract: Output "Y" is gone; "Z" has its type and shape (renamed?).',
      'parity: output "Z": 1 of 4 elements exceed the tolerance (max abs error 0.5)',
      expect.stringMatching(/^size: .* MB exceeds the budget of 1e-7 MB$/)
    ])
    const parity = report.parity as {
      outputs: { worst: { index: number[] }[]; minPassingAtol: number }[]
    }
    expect(parity.outputs[0]?.worst[0]?.index).toEqual([0, 3])
    expect(parity.outputs[0]?.minPassingAtol).toBeCloseTo(0.5 - 1e-3 * 4)
  })

  it('checks several outputs (float16, int64) with per-output tolerances and fills the envelope', async () => {
    await writeModel(directory, 'multi.onnx', {
      inputs: [
        { name: 'half', elemType: DataType.float16, shape: ['batch', 2] },
        { name: 'ids', elemType: DataType.int64, shape: ['batch'] }
      ],
      outputs: [
        { name: 'half_out', elemType: DataType.float16, shape: ['batch', 2] },
        { name: 'ids_out', elemType: DataType.int64, shape: ['batch'] }
      ],
      nodes: [
        { opType: 'Add', inputs: ['half', 'half'], outputs: ['half_out'] },
        { opType: 'Neg', inputs: ['ids'], outputs: ['ids_out'] }
      ]
    })
    // float16 doubles 0.1 to 0.19995117…; the reference says 0.2: 4.9e-5 away.
    await writeFile(
      join(directory, 'multi.json'),
      JSON.stringify({
        inputs: { half: [[0.1, 1]], ids: [7] },
        outputs: { half_out: [[0.2, 2]], ids_out: [-7] }
      })
    )
    const verify = (atol: number, perOutput?: Record<string, { atol: number }>) =>
      verifyModel(
        options('multi.onnx', {
          references: { inputs: [], outputs: [], data: ['multi.json'] },
          tolerance: { atol, rtol: 0, mode: 'allclose', ...(perOutput ? { perOutput } : {}) },
          gitSha: 'ec26c3e5',
          run: {
            runId: '4242',
            runAttempt: 2,
            runUrl: 'https://github.com/o/r/actions/runs/4242/attempts/2'
          },
          subject: { model: 'classifier', version: 3 }
        })
      )
    const strict = await verify(1e-6)
    expect(strict.verdict.reasons).toEqual([
      'parity: output "half_out": 1 of 2 elements exceed the tolerance (max abs error 4.883e-5)'
    ])
    const parity = strict.parity as {
      outputs: { name: string; passed: boolean; maxAbsError: number; minPassingAtol: number }[]
    }
    expect(parity.outputs.map((output) => [output.name, output.passed])).toEqual([
      ['half_out', false],
      ['ids_out', true]
    ])
    expect(parity.outputs[0]?.minPassingAtol).toBeCloseTo(4.8828125e-5, 12)
    expect(parity.outputs[1]?.maxAbsError).toBe(0)

    const relaxed = await verify(1e-6, { half_out: { atol: 1e-4 } })
    expect(relaxed).toMatchObject({
      schemaVersion: 1,
      kind: 'onnx-verification',
      gitSha: 'ec26c3e5',
      runId: '4242',
      runAttempt: 2,
      runUrl: 'https://github.com/o/r/actions/runs/4242/attempts/2',
      subject: { model: 'classifier', version: 3, sha256: relaxed.model.sha256 },
      parity: {
        passed: true,
        outputs: [
          { name: 'half_out', atol: 1e-4, rtol: 0 },
          { name: 'ids_out', atol: 1e-6, rtol: 0 }
        ]
      },
      verdict: { result: 'pass' }
    })
    await expect(verify(1e-6, { logits: { atol: 1 } })).rejects.toThrow(
      'atol/rtol name the output "logits", which the model does not have (half_out, ids_out).'
    )
  })

  it('never hands a model with escaping external data to onnxruntime', async () => {
    await writeModel(directory, 'escape.onnx', {
      nodes: [{ opType: 'Add', inputs: ['X', 'W'], outputs: ['Y'] }],
      initializers: [
        {
          name: 'W',
          dataType: DataType.float,
          dims: [4],
          external: { location: '../../etc/passwd', offset: '0', length: '16' }
        }
      ]
    })
    const report = await verifyModel(options('escape.onnx', { runs: 10 }))
    expect(report.load).toEqual({
      ok: false,
      skipped: 'not handed to onnxruntime: external data points outside the model folder'
    })
    expect(report.latency).toBeUndefined()
    expect(report.verdict.reasons[0]).toMatch(
      /external data location "..\/..\/etc\/passwd" contains ".."/
    )
  })

  it('reports a load failure with its class, and escapes names in the markdown', async () => {
    const hostile = 'out|<img src=x>@here'
    await writeModel(directory, 'hostile.onnx', {
      outputs: [{ name: hostile, elemType: DataType.float, shape: ['batch', 4] }],
      nodes: [{ opType: 'NoSuchOp', inputs: ['X'], outputs: [hostile] }]
    })
    const report = await verifyModel(options('hostile.onnx'))
    expect(report.load.error?.kind).toBe('op-not-implemented')
    const markdown = renderReportMarkdown(report)
    expect(markdown).toContain('## ❌ ONNX export verification: fail — load: ')
    const outsideCodeSpans = markdown.replace(/`[^`]*`/g, '')
    expect(outsideCodeSpans).not.toContain('<img')
    expect(outsideCodeSpans).not.toContain('@here')
    expect(outsideCodeSpans).toContain('&lt;img')
    expect(markdown).toContain('**op-not-implemented**')
  })
})
