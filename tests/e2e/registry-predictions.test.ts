import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MetricComparison, MetricsComparisonReport } from '@ml-actions/core/compare'
import { ModelRegistry, sha256Hex, type OpenRegistryOptions } from '@ml-actions/registry'
import {
  startS3TestServer,
  TEST_CREDENTIALS,
  type S3TestServer
} from '../../packages/registry/tests/support/s3-test-server.js'
import { runBundle } from '../support/run-bundle.js'

/**
 * Predictions travel with the model: train-evaluate registers the evaluation predictions with
 * the version, and compare-metrics against `model@production` pairs the candidate's predictions
 * with them (paired bootstrap, McNemar) and compares per-class cells with per-class cells, on a
 * directory registry and on S3 (s3rver), through the committed bundles.
 */
const SAMPLES = 300
const labelOf = (i: number) => String(i % 3)
/** Production: wrong on every tenth sample. */
const productionPrediction = (i: number) => (i % 10 === 0 ? String((i + 1) % 3) : labelOf(i))
/** The pull request: also calls 48 samples of class 2 class 0, a real regression of recall[2]. */
const regressedPrediction = (i: number) =>
  labelOf(i) === '2' && i % 10 !== 0 && i < 160 ? '0' : productionPrediction(i)

let s3: S3TestServer
beforeAll(async () => {
  s3 = await startS3TestServer()
}, 60_000)
afterAll(() => s3.close())

/** The predictions file and scikit-learn's own classification_report of it (output_dict=True). */
async function writeEvaluation(
  directory: string,
  name: string,
  predict: (i: number) => string
): Promise<void> {
  const rows = ['id,label,prediction']
  for (let i = 0; i < SAMPLES; i++) rows.push(`s${i},${labelOf(i)},${predict(i)}`)
  await writeFile(join(directory, `${name}.csv`), `${rows.join('\n')}\n`)
  const script =
    'import csv, json, sys\n' +
    'from sklearn.metrics import classification_report\n' +
    'rows = list(csv.DictReader(open(sys.argv[1])))\n' +
    'report = classification_report([r["label"] for r in rows], [r["prediction"] for r in rows], output_dict=True)\n' +
    'json.dump(report, open(sys.argv[2], "w"))\n'
  execFileSync('/usr/bin/python3', [
    '-c',
    script,
    join(directory, `${name}.csv`),
    join(directory, `${name}.json`)
  ])
}

interface Backend {
  readonly name: string
  readonly registry: () => string
  readonly inputs: () => Record<string, string>
  readonly env: Record<string, string>
  readonly open: () => OpenRegistryOptions
}

const backends: Backend[] = [
  {
    name: 'a directory registry',
    registry: () => 'registry',
    inputs: () => ({}),
    env: {},
    open: () => ({})
  },
  {
    name: 'S3 (s3rver)',
    registry: () => 's3://registry/e2e-predictions',
    inputs: () => ({ 's3-endpoint': s3.proxiedEndpoint, 's3-region': 'us-east-1' }),
    env: {
      AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey
    },
    open: () => ({
      s3: { endpoint: s3.proxiedEndpoint, region: 'us-east-1', credentials: TEST_CREDENTIALS }
    })
  }
]

describe.each(backends)('predictions registered with the model, on $name', (backend) => {
  it('compare-metrics takes the production version’s predictions and per-class metrics from the registry', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'registry-predictions-e2e-'))
    await writeFile(join(workspace, 'model.bin'), 'production weights')
    await writeEvaluation(workspace, 'production', productionPrediction)
    await writeEvaluation(workspace, 'regressed', regressedPrediction)
    const registryInputs = { registry: backend.registry(), ...backend.inputs() }

    const train = await runBundle('train-evaluate', {
      cwd: workspace,
      env: backend.env,
      inputs: {
        run: 'true',
        metrics: 'production.json',
        predictions: 'produc*.csv',
        model: 'model.bin',
        'model-name': 'digits',
        alias: 'production',
        ...registryInputs
      },
      timeoutMs: 60_000
    })
    expect({ exitCode: train.exitCode, errors: train.errors }).toEqual({ exitCode: 0, errors: [] })
    const registry = ModelRegistry.open(backend.registry(), {
      cwd: workspace,
      ...backend.open()
    })
    const { manifest } = await registry.resolve('digits@production')
    const predictionsBytes = await readFile(join(workspace, 'production.csv'))
    expect(manifest.predictions).toEqual({
      path: 'production.csv',
      sha256: sha256Hex(predictionsBytes),
      size: predictionsBytes.length
    })
    expect(manifest.files.map((file) => file.path)).toEqual(['model.bin'])
    // The per-class rows are kept in the manifest, not only the flat metrics.
    expect(manifest.metrics).toMatchObject({
      accuracy: 0.9,
      per_class: { '2': { support: 100 } }
    })

    const compare = await runBundle('compare-metrics', {
      cwd: workspace,
      env: backend.env,
      inputs: {
        candidate: 'regressed.json',
        'baseline-source': 'registry',
        'model-name': 'digits',
        'baseline-alias': 'production',
        'candidate-predictions': 'regressed.csv',
        resamples: '2000',
        ...registryInputs
      },
      timeoutMs: 60_000
    })
    expect(compare.warnings.filter((text) => /no predictions|disagree|differs/.test(text))).toEqual(
      []
    )
    expect(compare.exitCode).toBe(1)
    expect(compare.outputs.result).toBe('fail')
    const report = JSON.parse(
      await readFile(compare.outputs['report-path'] as string, 'utf8')
    ) as MetricsComparisonReport
    expect(report.baseline).toMatchObject({ source: 'registry', version: 1 })
    const metric = (name: string): MetricComparison | undefined =>
      [...report.metrics, ...report.groups.flatMap((group) => group.cells)].find(
        (one) => one.name === name
      )
    // 48 discordant pairs, all against the candidate: McNemar with Edwards' correction,
    // scipy.stats.chi2.sf(47**2 / 48, 1) = 1.1700213117066249e-11.
    expect(metric('accuracy')).toMatchObject({
      verdict: 'regressed',
      significant: true,
      method: 'paired-bootstrap-multinomial + mcnemar-chi-square'
    })
    expect(metric('accuracy')?.pValue).toBeCloseTo(1.1700213117066249e-11, 20)
    // Against the registry's per-class rows: a real delta with its own CI, not a "new" cell.
    const recall = metric('per_class.2.recall')
    expect(recall).toMatchObject({
      verdict: 'regressed',
      significant: true,
      statistic: 'recall[2]'
    })
    expect(recall?.delta).toBeCloseTo(-0.48, 10)
    expect(recall?.ci?.high).toBeLessThan(0)
    // A cell the regression does not touch: measured, and within noise.
    expect(metric('per_class.1.recall')).toMatchObject({ verdict: 'unchanged' })
    expect(metric('weighted avg.f1-score')?.ci).toBeDefined()
  }, 120_000)
})
