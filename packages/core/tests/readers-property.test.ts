import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigurationError } from '../src/errors.js'
import { toMetricsDocument } from '../src/metrics/index.js'
import { readMetrics, readResultsFile } from '../src/io/index.js'
import { readPredictions } from '../src/stats/index.js'
import { parsePolicy } from '../src/policy/index.js'
import { hostileBytes, outcomeOf } from '../../../tests/support/hostile-bytes.js'
import { propertyRuns } from '../../../tests/support/property-runs.js'

/**
 * Every reader of user files, fed arbitrary and mutated bytes: it returns a result or throws a
 * ConfigurationError (which names the file), never a TypeError, a RangeError or a hang.
 */

const text = (value: string): Uint8Array => new TextEncoder().encode(value)
let directory: string
let counter = 0

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'readers-property-'))
})
afterAll(async () => {
  await rm(directory, { recursive: true, force: true })
})

async function fileWith(name: string, bytes: Uint8Array): Promise<string> {
  const folder = join(directory, String(counter++))
  await mkdir(folder)
  const path = join(folder, name)
  await writeFile(path, bytes)
  return path
}

const RESULTS_FILES: ReadonlyArray<readonly [string, string, string]> = [
  ['JSON', 'metrics.json', '{"a": {"b": [1, 2.5e3, "x", true]}, "c": null, "d": NaN}'],
  ['JSON Lines', 'runs.jsonl', '{"acc": 0.9}\n{"acc": 0.8, "seed": 2}\n'],
  ['YAML', 'metrics.yaml', 'a:\n  b: [1, 2]\n  c: &x {d: 1}\ne: *x\nf: !!str 3\n'],
  ['TOML', 'metrics.toml', '[a]\nb = 1\nc = [1, 2.5]\n[[d]]\ne = "x"\nt = 1979-05-27\n'],
  ['CSV', 'metrics.csv', 'name,acc,"f1 score"\nrun,0.9,"0,5"\nother,inf,\n'],
  ['TSV', 'metrics.tsv', 'name\tacc\nrun\t0.9\n'],
  ['no extension (sniffed)', 'metrics', '{"acc": 1}'],
  [
    'Hugging Face trainer state',
    'trainer_state.json',
    '{"log_history": [{"step": 1, "loss": 0.5, "eval_loss": 0.4}], "best_metric": 0.4, "global_step": 1}'
  ],
  [
    'Hugging Face all_results',
    'all_results.json',
    '{"eval_accuracy": 0.9, "train_runtime": 12.5, "epoch": 3.0}'
  ],
  [
    'Keras history',
    'history.json',
    '{"loss": [0.5, 0.4], "val_loss": [0.6, 0.5], "accuracy": [0.7, 0.8]}'
  ]
]

describe('results readers on hostile bytes', () => {
  test.each(RESULTS_FILES)('%s (%s)', async (_kind, name, valid) => {
    // The seed itself must read, or every mutation would be refused at the first byte.
    const seed = await fileWith(name, text(valid))
    toMetricsDocument(await readResultsFile(seed), { allowNonFinite: true })
    await fc.assert(
      fc.asyncProperty(hostileBytes(text(valid)), async (bytes) => {
        const path = await fileWith(name, bytes)
        const outcome = await outcomeOf(async () => {
          const file = await readResultsFile(path)
          toMetricsDocument(file, { allowNonFinite: true })
        }, [ConfigurationError])
        expect(['result', 'named error']).toContain(outcome)
      }),
      propertyRuns(120)
    )
  })

  test('DVC metrics (format: dvc)', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileBytes(text('train:\n  loss: 0.5\n  acc: [1, 2]\n')),
        async (bytes) => {
          const path = await fileWith('metrics.yaml', bytes)
          const read = async () => toMetricsDocument(await readResultsFile(path), { format: 'dvc' })
          expect(['result', 'named error']).toContain(await outcomeOf(read, [ConfigurationError]))
        }
      ),
      propertyRuns(80)
    )
  })

  test('MLflow run directories', async () => {
    const metric = text('1700000000000 0.5 0\n1700000000100 0.25 1\n')
    const meta = text('run_id: abc\nexperiment_id: "0"\nstart_time: 1700000000000\n')
    await fc.assert(
      fc.asyncProperty(hostileBytes(metric), hostileBytes(meta), async (metricBytes, metaBytes) => {
        const run = join(directory, String(counter++))
        await mkdir(join(run, 'metrics'), { recursive: true })
        await mkdir(join(run, 'params'))
        await writeFile(join(run, 'metrics', 'loss'), metricBytes)
        await writeFile(join(run, 'params', 'lr'), metricBytes)
        await writeFile(join(run, 'meta.yaml'), metaBytes)
        const read = () => readMetrics([run], { cwd: directory })
        expect(['result', 'named error']).toContain(await outcomeOf(read, [ConfigurationError]))
      }),
      propertyRuns(80)
    )
  })

  test('policies', async () => {
    const policy = 'rules:\n  accuracy:\n    field: metrics.accuracy\n    threshold: {min: 0.9}\n'
    await fc.assert(
      fc.asyncProperty(hostileBytes(text(policy)), async (bytes) => {
        const read = () => parsePolicy(new TextDecoder().decode(bytes), 'gate.yml')
        expect(['result', 'named error']).toContain(await outcomeOf(read, [ConfigurationError]))
      }),
      propertyRuns(120)
    )
  })
})

describe('prediction readers on hostile bytes', () => {
  const npy = (): Uint8Array => {
    const header = "{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }"
    const padded = header.padEnd(118, ' ') + '\n'
    const bytes = new Uint8Array(10 + padded.length + 16)
    bytes.set([0x93, ...text('NUMPY'), 1, 0, padded.length & 0xff, padded.length >> 8])
    bytes.set(text(padded), 10)
    new DataView(bytes.buffer).setFloat64(10 + padded.length, 0.25, true)
    return bytes
  }
  test.each([
    ['CSV', 'predictions.csv', text('label,prediction,score\n1,1,0.9\n0,1,0.4\n')],
    ['TSV', 'predictions.tsv', text('label\tprediction\n1\t1\n0\t0\n')],
    [
      'JSON Lines',
      'predictions.jsonl',
      text('{"label": 1, "prediction": 1, "scores": [0.1, 0.9]}\n')
    ],
    ['NPY', 'scores.npy', npy()]
  ])('%s', async (_kind, name, valid) => {
    expect(await outcomeOf(() => readPredictions(valid, name), [])).toBe('result')
    await fc.assert(
      fc.asyncProperty(hostileBytes(valid), async (bytes) => {
        const read = () => readPredictions(bytes, name)
        expect(['result', 'named error']).toContain(await outcomeOf(read, [ConfigurationError]))
      }),
      propertyRuns(150)
    )
  })
})
