import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { ConfigurationError } from '@ml-actions/core/errors'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readMlflowRun } from '../../src/io/index.js'
import { fixture } from './fixture-paths.js'

const RUN = fixture('mlflow/mlruns/0/4f2c1e5a9b8d4c7e8f0a1b2c3d4e5f60')

let scratch: string

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'metrics-mlflow-'))
})

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

async function runWithMetric(name: string, content: string): Promise<string> {
  const run = await mkdtemp(join(scratch, 'run-'))
  await mkdir(join(run, 'metrics'))
  await writeFile(join(run, 'metrics', name), content)
  return run
}

describe('readMlflowRun', () => {
  test('latest value per metric, nested metric names, params as labels, metadata', async () => {
    const document = await readMlflowRun(RUN)
    expect(document.format).toBe('mlflow-run')
    expect(document.sources).toEqual([RUN])
    // accuracy's lines are out of order: the latest is the highest step, not the last line.
    expect(document.metrics).toEqual({ accuracy: 0.84, 'eval/f1': 0.9047, loss: 0.3307 })
    expect(document.labels).toEqual({
      'params.empty_param': '',
      'params.lr': '0.0001',
      'params.optimizer': 'adam'
    })
    expect(document.metadata).toEqual({
      gitSha: 'abc123def4567890abc123def4567890abc12345',
      runName: 'sleepy-owl-42',
      runId: '4f2c1e5a9b8d4c7e8f0a1b2c3d4e5f60',
      timestamp: '2023-06-09T09:26:18.000Z'
    })
  })

  test('full history as series indexed by step, in file order', async () => {
    const document = await readMlflowRun(RUN)
    expect(document.series['loss']).toEqual({
      name: 'loss',
      index: 'step',
      points: [
        { step: 0, value: 0.6931 },
        { step: 1, value: 0.4512 },
        { step: 2, value: 0.3307 }
      ]
    })
    expect(document.series['accuracy']?.points).toEqual([
      { step: 2, value: 0.84 },
      { step: 1, value: 0.8 }
    ])
  })

  test('params become metrics with coerceNumericStrings', async () => {
    const document = await readMlflowRun(RUN, { coerceNumericStrings: true })
    expect(document.metrics['params.lr']).toBe(0.0001)
    expect(document.labels).toEqual({ 'params.empty_param': '', 'params.optimizer': 'adam' })
  })

  test('on a tie in step the later timestamp wins', async () => {
    const run = await runWithMetric('loss', '200 0.5 3\n300 0.4 3\n100 0.9 3\n')
    expect((await readMlflowRun(run)).metrics).toEqual({ loss: 0.4 })
  })

  test('old two-column lines count as step 0', async () => {
    const run = await runWithMetric('auc', '100 0.7\n200 0.8\n')
    expect((await readMlflowRun(run)).metrics).toEqual({ auc: 0.8 })
  })

  test('a latest value of nan is refused unless allowed; nan earlier is history', async () => {
    const run = await runWithMetric('loss', '100 nan 0\n200 0.5 1\n300 nan 2\n')
    await expect(readMlflowRun(run)).rejects.toThrow(
      new ConfigurationError(
        `${run}: metric metrics/loss line 3 is NaN; fix the run that wrote it, or allow non-finite values explicitly`
      )
    )
    const allowed = await readMlflowRun(run, { allowNonFinite: true })
    expect(allowed.metrics['loss']).toBeNaN()
    const healthy = await readMlflowRun(await runWithMetric('loss', '100 nan 0\n200 0.5 1\n'))
    expect(healthy.metrics).toEqual({ loss: 0.5 })
    expect(healthy.series['loss']?.points[0]?.['value']).toBeNaN()
  })

  test('a malformed metric line names the file and line', async () => {
    const run = await runWithMetric('loss', '100 0.5 0\n100 zero 1\n')
    await expect(readMlflowRun(run)).rejects.toThrow(
      new ConfigurationError(
        `${join(run, 'metrics', 'loss')}: line 2 is not "timestamp value step": "100 zero 1"`
      )
    )
  })

  test('an empty metric file is refused', async () => {
    const run = await runWithMetric('loss', '')
    await expect(readMlflowRun(run)).rejects.toThrow(`${join(run, 'metrics', 'loss')} is empty`)
  })

  test('a directory without metrics/ is not a run', async () => {
    await expect(readMlflowRun(scratch)).rejects.toThrow(
      new ConfigurationError(`${scratch} is not an MLflow run directory (no metrics/ folder)`)
    )
  })

  test('without meta.yaml the run id is the folder name', async () => {
    const run = await runWithMetric('loss', '100 0.5 0\n')
    expect((await readMlflowRun(run)).metadata).toEqual({ runId: run.split('/').pop() })
  })
})
