import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { ConfigurationError } from '@ml-actions/core/errors'
import { loadKeyGlobs } from '@ml-actions/core/markdown'
import { repoRoot } from '../../../tests/support/action-metadata.js'
import { collectResults } from '../src/collect-results.js'
import { renderResultsMarkdown, type ResultsMarkdownOptions } from '../src/results-markdown.js'

const metricsFixtures = join(repoRoot, 'tests', 'fixtures', 'metrics')
const DEFAULTS: ResultsMarkdownOptions = {
  precision: 4,
  include: [],
  exclude: [],
  maxTableRows: 50
}

async function render(files: string[], options: Partial<ResultsMarkdownOptions> = {}) {
  return renderResultsMarkdown(await collectResults(files, metricsFixtures), {
    ...DEFAULTS,
    ...options,
    globs: await loadKeyGlobs(options)
  })
}

describe('renderResultsMarkdown on the real Made-With-ML shapes', () => {
  it('renders training_results.json with lr 1e-4 written out (0.00010 in a column with 8e-5) and the epochs as one table', async () => {
    expect(await render(['made-with-ml/training_results.json'], { title: 'Training' })).toBe(
      [
        '## Training',
        '',
        '| Key       | Value                            |',
        '| --------- | -------------------------------- |',
        '| timestamp | June 09, 2023 09:26:18 AM        |',
        '| run_id    | 6149e3fec8d24f1492d4a4cabd5c06f6 |',
        '',
        '### params',
        '',
        '| Key         |  Value |',
        '| ----------- | -----: |',
        '| dropout_p   |    0.5 |',
        '| lr          | 0.0001 |',
        '| lr_factor   |    0.8 |',
        '| lr_patience |      3 |',
        '| num_epochs  |      3 |',
        '| batch_size  |    256 |',
        '| num_classes |      4 |',
        '',
        '### metrics',
        '',
        '| epoch |      lr | train_loss | val_loss |',
        '| ----: | ------: | ---------: | -------: |',
        '|     0 | 0.00010 |     0.5816 |   0.4911 |',
        '|     1 | 0.00010 |     0.4723 |   0.4218 |',
        '|     2 | 0.00008 |     0.3987 |   0.4012 |',
        ''
      ].join('\n')
    )
  })

  it('renders per_class and slices of evaluation_results.json as matrices, rows in file order', async () => {
    const lines = (await render(['made-with-ml/evaluation_results.json'])).split('\n')
    const perClass = lines.indexOf('### per_class')
    expect(lines.slice(perClass, perClass + 8)).toEqual([
      '### per_class',
      '',
      '|                             | precision | recall |     f1 | num_samples |',
      '| --------------------------- | --------: | -----: | -----: | ----------: |',
      '| computer-vision             |    0.9750 | 0.9286 | 0.9512 |          71 |',
      '| natural-language-processing |    0.9167 | 0.9429 | 0.9296 |          70 |',
      '| mlops                       |    0.8235 | 0.9333 | 0.8750 |          15 |',
      '| other                       |    0.8000 | 0.6857 | 0.7385 |          35 |'
    ])
    expect(lines).toContain('| nlp_llm    |    1.0000 | 1.0000 | 1.0000 |          28 |')
    expect(lines).toContain('| num_samples |    191 |')
    expect(lines.join('\n')).not.toContain('{')
  })
})

describe('renderResultsMarkdown on awkward files', () => {
  it('shows strings inside per-epoch lists and per-class groups instead of crashing', async () => {
    const markdown = await render(['hostile/ragged_records.json', 'hostile/strings_in_groups.json'])
    const lines = markdown.split('\n')
    expect(lines).toContain('### hostile/ragged_records.json')
    expect(lines).toContain('|     2 | n/a        |      0.6 | –      |')
    expect(lines).toContain('### hostile/strings_in_groups.json')
    expect(lines).toContain('| dog |       0.7 | n/a    | –          |')
  })

  it('applies include, precision and max-table-rows, keeping the epoch column', async () => {
    const markdown = await render(['made-with-ml/training_results.json'], {
      precision: 2,
      include: ['params.lr', 'metrics.val_loss'],
      maxTableRows: 2
    })
    expect(markdown).toBe(
      [
        '### params',
        '',
        '| Key |  Value |',
        '| --- | -----: |',
        '| lr  | 0.0001 |',
        '',
        '### metrics',
        '',
        '| epoch | val_loss |',
        '| ----: | -------: |',
        '|     0 |     0.49 |',
        '|     … |        … |',
        '|     2 |     0.40 |',
        '',
        '_1 of 3 rows not shown._',
        ''
      ].join('\n')
    )
  })

  it('drops excluded keys and everything below them', async () => {
    const markdown = await render(['made-with-ml/evaluation_results.json'], {
      exclude: ['timestamp', 'run_id', 'per_class', 'slices.*.num_samples']
    })
    expect(markdown).not.toMatch(/timestamp|run_id|per_class|computer-vision/)
    expect(markdown).toContain('|            | precision | recall |     f1 |')
  })

  it('fails naming the include input when no key of any file is left', async () => {
    const rendering = render(['made-with-ml/training_results.json'], { include: ['overall.*'] })
    await expect(rendering).rejects.toThrow(ConfigurationError)
    await expect(rendering).rejects.toMatchObject({
      input: 'include',
      message:
        'include: no key of made-with-ml/training_results.json is left by overall.*; ' +
        'the top-level keys are timestamp, run_id, params, metrics'
    })
  })

  it('escapes a hostile title and file name', () => {
    const markdown = renderResultsMarkdown(
      [
        { name: 'a|<b>.json', data: { f1: 0.5 } },
        { name: '@team.json', data: [1, 2] }
      ],
      { ...DEFAULTS, title: '# @everyone <img src=x>' }
    )
    expect(markdown.split('\n').filter((line) => line.startsWith('#'))).toEqual([
      '## \\# @\u200Beveryone &lt;img src=x&gt;',
      '### a\\|&lt;b&gt;.json',
      '### @\u200Bteam.json'
    ])
  })
})
