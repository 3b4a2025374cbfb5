import { describe, expect, test } from '@jest/globals'
import type { JsonValue } from '../../src/metrics/model.js'
import { loadKeyGlobs, renderValue } from '../../src/markdown/index.js'

/** picomatch, which renderValue needs for include/exclude patterns (json-to-md loads it the same way). */
const globs = await loadKeyGlobs({ include: ['*'] })

/** As madewithml/train.py writes it (utils.dict_to_list turns the history into a list of dicts). */
const TRAINING_RESULTS = JSON.parse(`{
  "timestamp": "June 09, 2023 09:26:18 AM",
  "run_id": "6149e3fec8d24f1492d4a4cabd5c06f6",
  "params": {"dropout_p": 0.5, "lr": 1e-4, "lr_factor": 0.8, "lr_patience": 3, "num_epochs": 3},
  "metrics": [
    {"epoch": 0, "train_loss": 0.5816, "val_loss": 0.4912},
    {"epoch": 1, "train_loss": 0.4811, "val_loss": 0.4117, "note": "lr | <b>warm-up</b> @team"},
    {"train_loss": 0.3927, "epoch": 2}
  ]
}`) as JsonValue

/** As madewithml/evaluate.py writes it: per_class sorted by f1, counts as floats. */
const EVALUATION_RESULTS = JSON.parse(`{
  "timestamp": "June 09, 2023 09:30:14 AM",
  "run_id": "6149e3fec8d24f1492d4a4cabd5c06f6",
  "overall": {"precision": 0.9076, "recall": 0.9058, "f1": 0.9047, "num_samples": 191.0},
  "per_class": {
    "computer-vision": {"precision": 0.9718, "recall": 0.9324, "f1": 0.9517, "num_samples": 71.0},
    "natural-language-processing": {"precision": 0.9149, "recall": 0.9556, "f1": 0.9348, "num_samples": 90.0},
    "mlops": {"precision": 0.8125, "recall": 0.8667, "f1": 0.8387, "num_samples": 15.0},
    "other": {"precision": 0.8462, "recall": 0.7333, "f1": 0.7857, "num_samples": 15.0}
  },
  "slices": {
    "nlp_llm": {"precision": 1.0, "recall": 1.0, "f1": 1.0, "num_samples": 28},
    "short_text": {"precision": 0.8571428571428571, "recall": 0.8571428571428571, "f1": 0.8571428571428571, "num_samples": 7}
  }
}`) as JsonValue

describe('renderValue on Made-With-ML results', () => {
  test('training_results.json', () => {
    expect(renderValue(TRAINING_RESULTS, { title: 'Training results' })).toBe(
      `## Training results

| Key       | Value                            |
| --------- | -------------------------------- |
| timestamp | June 09, 2023 09:26:18 AM        |
| run_id    | 6149e3fec8d24f1492d4a4cabd5c06f6 |

### params

| Key         |  Value |
| ----------- | -----: |
| dropout_p   |    0.5 |
| lr          | 0.0001 |
| lr_factor   |    0.8 |
| lr_patience |      3 |
| num_epochs  |      3 |

### metrics

| epoch | train_loss | val_loss | note                                    |
| ----: | ---------: | -------: | --------------------------------------- |
|     0 |     0.5816 |   0.4912 | –                                       |
|     1 |     0.4811 |   0.4117 | lr \\| &lt;b&gt;warm-up&lt;/b&gt; @\u200Bteam |
|     2 |     0.3927 |        – | –                                       |
`
    )
  })

  test('evaluation_results.json', () => {
    expect(renderValue(EVALUATION_RESULTS, { title: 'Evaluation results' })).toBe(
      `## Evaluation results

| Key       | Value                            |
| --------- | -------------------------------- |
| timestamp | June 09, 2023 09:30:14 AM        |
| run_id    | 6149e3fec8d24f1492d4a4cabd5c06f6 |

### overall

| Key         |  Value |
| ----------- | -----: |
| precision   | 0.9076 |
| recall      | 0.9058 |
| f1          | 0.9047 |
| num_samples |    191 |

### per_class

|                             | precision | recall |     f1 | num_samples |
| --------------------------- | --------: | -----: | -----: | ----------: |
| computer-vision             |    0.9718 | 0.9324 | 0.9517 |          71 |
| natural-language-processing |    0.9149 | 0.9556 | 0.9348 |          90 |
| mlops                       |    0.8125 | 0.8667 | 0.8387 |          15 |
| other                       |    0.8462 | 0.7333 | 0.7857 |          15 |

### slices

|            | precision | recall |     f1 | num_samples |
| ---------- | --------: | -----: | -----: | ----------: |
| nlp_llm    |    1.0000 | 1.0000 | 1.0000 |          28 |
| short_text |    0.8571 | 0.8571 | 0.8571 |           7 |
`
    )
  })

  test('large matrices are collapsed under a summary naming the key', () => {
    const markdown = renderValue(EVALUATION_RESULTS, {
      globs,
      include: ['per_class'],
      collapseAbove: 3
    })
    expect(markdown).toBe(
      `### per_class

<details><summary>per_class (4 rows)</summary>

|                             | precision | recall |     f1 | num_samples |
| --------------------------- | --------: | -----: | -----: | ----------: |
| computer-vision             |    0.9718 | 0.9324 | 0.9517 |          71 |
| natural-language-processing |    0.9149 | 0.9556 | 0.9348 |          90 |
| mlops                       |    0.8125 | 0.8667 | 0.8387 |          15 |
| other                       |    0.8462 | 0.7333 | 0.7857 |          15 |

</details>
`
    )
  })
})

describe('include and exclude', () => {
  test('picomatch is loaded only for a filter with patterns, and a pattern without it fails loudly', async () => {
    expect(await loadKeyGlobs({ include: [], exclude: [] })).toBeUndefined()
    expect(globs).toBeInstanceOf(Function)
    expect(renderValue({ a: 1 }, { include: [] })).toBe(renderValue({ a: 1 }))
    expect(() => renderValue({ a: 1 }, { include: ['a'] })).toThrow(/loadKeyGlobs/)
  })

  test('include selects key paths with globs, keeping the containers on the way', () => {
    const markdown = renderValue(EVALUATION_RESULTS, {
      globs,
      include: ['overall.f1', 'per_class.mlops', 'slices.*.f1'],
      headingLevel: 3
    })
    expect(markdown).toBe(
      `#### overall

| Key |  Value |
| --- | -----: |
| f1  | 0.9047 |

#### per_class

##### per_class.mlops

| Key         |  Value |
| ----------- | -----: |
| precision   | 0.8125 |
| recall      | 0.8667 |
| f1          | 0.8387 |
| num_samples |     15 |

#### slices

|            |     f1 |
| ---------- | -----: |
| nlp_llm    | 1.0000 |
| short_text | 0.8571 |
`
    )
  })

  test('exclude drops matches and everything below them', () => {
    const markdown = renderValue(EVALUATION_RESULTS, {
      globs,
      exclude: ['timestamp', 'run_id', 'per_class', '**.num_samples', 'slices']
    })
    expect(markdown).toBe(
      `### overall

| Key       |  Value |
| --------- | -----: |
| precision | 0.9076 |
| recall    | 0.9058 |
| f1        | 0.9047 |
`
    )
  })

  test('a column of a per-epoch list keeps its epoch column', () => {
    expect(renderValue(TRAINING_RESULTS, { globs, include: ['metrics.val_loss'] })).toBe(
      `### metrics

| epoch | val_loss |
| ----: | -------: |
|     0 |   0.4912 |
|     1 |   0.4117 |
`
    )
  })

  test('a slash inside a key is part of the key', () => {
    const slices = { 'nlp/llm': { f1: 1 }, nlp: { llm: { f1: 0.5 } } }
    expect(renderValue(slices, { globs, include: ['nlp/llm'] })).toBe(
      `### nlp/llm

| Key | Value |
| --- | ----: |
| f1  |     1 |
`
    )
  })

  test('says so when nothing matched', () => {
    expect(renderValue(TRAINING_RESULTS, { globs, include: ['nothing.*'] })).toBe(
      '_(no key matched)_\n'
    )
  })
})

describe('other shapes', () => {
  test('scalars of mixed kinds, empty containers, short lists and hostile keys', () => {
    const markdown = renderValue({
      'a|b': { '<x>': 1, '@team': 'hi' },
      missing: null,
      empty_object: {},
      empty_list: [],
      flag: true,
      deltas: [-0.5, 2e-7]
    })
    expect(markdown).toBe(
      `| Key          | Value      |
| ------------ | ---------- |
| missing      | null       |
| empty_object | _(empty)_  |
| empty_list   | _(empty)_  |
| flag         | true       |
| deltas       | -0.5, 2e-7 |

### a\\|b

| Key       | Value |
| --------- | ----- |
| &lt;x&gt; | 1     |
| @\u200Bteam    | hi    |
`
    )
  })

  test('equally long numeric lists (a Keras history) become one table', () => {
    expect(renderValue({ loss: [0.5, 0.4, 0.3], val_loss: [0.6, 0.5, 0.45], lr: [1e-3] })).toBe(
      `| Key | Value |
| --- | ----: |
| lr  | 0.001 |

|  # | loss | val_loss |
| -: | ---: | -------: |
|  0 |  0.5 |     0.60 |
|  1 |  0.4 |     0.50 |
|  2 |  0.3 |     0.45 |
`
    )
  })

  test('a list of lists becomes a grid, leftovers a bullet list with inline-code previews', () => {
    expect(
      renderValue({
        confusion: [
          [5, 1],
          [0, 7]
        ],
        mixed: [1, 'x', { a: 1 }]
      })
    ).toBe(
      `### confusion

|    |  0 |  1 |
| -: | -: | -: |
|  0 |  5 |  1 |
|  1 |  0 |  7 |

### mixed

- 1
- x
- \`{"a": 1}\`
`
    )
  })

  test('deep nesting goes into <details> named by the key path', () => {
    expect(renderValue({ a: { b: { c: { d: 1, e: { f: 'x' } } } } })).toBe(
      `### a

#### a.b

<details><summary>a.b.c</summary>

| Key | Value |
| --- | ----: |
| d   |     1 |

<details><summary>a.b.c.e</summary>

| Key | Value |
| --- | ----- |
| f   | x     |

</details>

</details>
`
    )
  })

  test('long numeric series as a summary when asked', () => {
    const values = Array.from({ length: 50 }, (_, index) => 1 / (index + 1))
    expect(renderValue({ loss: values }, { longSeries: 'summary' })).toBe(
      `### loss

| length |  min | max | last |
| -----: | ---: | --: | ---: |
|     50 | 0.02 |   1 | 0.02 |
`
    )
  })

  test('a scalar or a string at the top cannot start a block', () => {
    expect(renderValue('# not a heading')).toBe('\\# not a heading\n')
    expect(renderValue(-0.5)).toBe('-0.5\n')
    expect(renderValue(['- a', 'b'])).toBe('\\- a, b\n')
  })
})

describe('bounded output', () => {
  test('10,000 rows: first and last rows kept, the middle counted', () => {
    const metrics = Array.from({ length: 10_000 }, (_, epoch) => ({ epoch, loss: 1 / (epoch + 1) }))
    const markdown = renderValue({ metrics }, { maxTableRows: 4, collapseAbove: 1_000_000 })
    expect(markdown).toBe(
      `### metrics

| epoch |   loss |
| ----: | -----: |
|     0 | 1.0000 |
|     1 | 0.5000 |
|     … |      … |
|  9998 | 0.0001 |
|  9999 | 0.0001 |

_9996 of 10000 rows not shown._
`
    )
  })

  test('10,000 columns: the first columns kept, the rest counted', () => {
    const wide = Object.fromEntries(
      Array.from({ length: 10_000 }, (_, index) => [`c${index}`, index])
    )
    const markdown = renderValue({ rows: [wide, wide] }, { maxTableColumns: 3 })
    expect(markdown).toBe(
      `### rows

| c0 | c1 | c2 |
| -: | -: | -: |
|  0 |  1 |  2 |
|  0 |  1 |  2 |

_9997 more columns not shown._
`
    )
  })

  test.each([
    ['10,000 keys', Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i]))],
    [
      '10,000 sections',
      Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, { x: [i, { y: i }] }]))
    ],
    [
      '10,000 matrix rows',
      Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, { f1: i }]))
    ],
    [
      'a 10,000-column row',
      [Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`c${i}`, 'x']))]
    ],
    ['a 10,000-item list', Array.from({ length: 10_000 }, (_, i) => (i % 2 ? i : { i }))],
    [
      '10,000 levels',
      Array.from({ length: 10_000 }).reduce<JsonValue>((inner) => ({ a: inner }), 1)
    ]
  ])('%s stay under 60,000 characters with the defaults', (_, value) => {
    expect(renderValue(value as JsonValue).length).toBeLessThan(60_000)
  })
})

describe('options', () => {
  test('precision sets the significant digits', () => {
    expect(renderValue({ pi: Math.PI }, { precision: 2 })).toContain('| pi  |   3.1 |')
  })

  test('rejects unusable numbers', () => {
    expect(() => renderValue({}, { maxTableRows: 1 })).toThrow(RangeError)
    expect(() => renderValue({}, { headingLevel: 7 })).toThrow(RangeError)
    expect(() => renderValue({}, { precision: 0 })).toThrow(RangeError)
  })

  test('empty values render as (empty)', () => {
    expect(renderValue({})).toBe('_(empty)_\n')
    expect(renderValue([], { title: 'Nothing' })).toBe('## Nothing\n\n_(empty)_\n')
  })
})
