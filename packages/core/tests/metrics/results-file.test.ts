import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { ConfigurationError } from '@ml-actions/core/errors'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { orderedKeys } from '../../src/metrics/index.js'
import { readResultsFile } from '../../src/io/index.js'
import { fixture } from './fixture-paths.js'

let scratch: string

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'metrics-read-'))
})

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

async function scratchFile(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(scratch, name)
  await writeFile(path, content)
  return path
}

async function readFailure(path: string, maxBytes?: number): Promise<string> {
  const error: unknown = await readResultsFile(
    path,
    maxBytes === undefined ? {} : { maxBytes }
  ).then(
    () => undefined,
    (thrown: unknown) => thrown
  )
  expect(error).toBeInstanceOf(ConfigurationError)
  return (error as ConfigurationError).message
}

describe('readResultsFile by extension', () => {
  test('JSON keeps exact floats and reports syntax json', async () => {
    const file = await readResultsFile(fixture('made-with-ml/training_results.json'))
    expect(file.syntax).toBe('json')
    expect(file.path).toBe(fixture('made-with-ml/training_results.json'))
    expect((file.data as { params: { lr: number } }).params.lr).toBe(0.0001)
  })

  test('JSON Lines become a list, blank lines skipped', async () => {
    const file = await readResultsFile(fixture('lines.jsonl'))
    expect(file).toEqual({
      path: fixture('lines.jsonl'),
      syntax: 'json',
      data: [
        { epoch: 0, loss: 0.9 },
        { epoch: 1, loss: 0.7 },
        { epoch: 2, loss: 0.5 }
      ]
    })
  })

  test('JSON Lines errors name the line of the file', async () => {
    const path = await scratchFile('bad.jsonl', '{"a": 1}\n{"a": 2,}\n')
    expect(await readFailure(path)).toBe(
      `${path}: invalid JSON at line 2, column 9: expected a key in double quotes`
    )
  })

  test('YAML with comments, keeping nested maps', async () => {
    const file = await readResultsFile(fixture('dvc/metrics.yaml'))
    expect(file.syntax).toBe('yaml')
    expect(file.data).toEqual({
      step: 9,
      eval: { loss: 0.2104, accuracy: 0.9333 },
      train: { loss: 0.1101 }
    })
  })

  test('YAML duplicate keys are an error with the line', async () => {
    const path = fixture('hostile/duplicate_keys.yaml')
    expect(await readFailure(path)).toBe(
      `${path}: invalid YAML at line 3, column 3: Map keys must be unique`
    )
  })

  test('YAML syntax errors carry line and column', async () => {
    const path = await scratchFile('bad.yml', 'a: [1, 2\nb: 3\n')
    expect(await readFailure(path)).toMatch(
      new RegExp(`^${escape(path)}: invalid YAML at line \\d+, column \\d+: `)
    )
  })

  test('YAML keeps integer-like keys in file order and .nan/.inf as numbers', async () => {
    const path = await scratchFile('order.yaml', '10: {f1: .nan}\n2: {f1: .inf}\n0: {f1: -.inf}\n')
    const file = await readResultsFile(path)
    expect(orderedKeys(file.data as object)).toEqual(['10', '2', '0'])
    expect(file.data).toEqual({
      '10': { f1: Number.NaN },
      '2': { f1: Number.POSITIVE_INFINITY },
      '0': { f1: Number.NEGATIVE_INFINITY }
    })
  })

  test('TOML tables, 1e-4 and nan', async () => {
    const file = await readResultsFile(fixture('toml/metrics.toml'))
    expect(file.syntax).toBe('toml')
    expect(file.data).toEqual({
      model: 'resnet50',
      git_sha: '0123456789abcdef0123456789abcdef01234567',
      eval: { top1: 0.7613, top5: 0.9293, lr: 0.0001, not_a_number: Number.NaN }
    })
  })

  test('TOML dates become ISO text', async () => {
    const path = await scratchFile('dated.toml', 'finished = 2024-05-01T10:00:00Z\n')
    expect((await readResultsFile(path)).data).toEqual({ finished: '2024-05-01T10:00:00.000Z' })
  })

  test('TOML errors carry line and column', async () => {
    const path = await scratchFile('bad.toml', 'a = 1\nb = = 2\n')
    expect(await readFailure(path)).toMatch(
      new RegExp(`^${escape(path)}: invalid TOML at line 2, column \\d+: `)
    )
  })

  test('CSV rows become records with numbers, text and nulls', async () => {
    const file = await readResultsFile(fixture('csv/per_class.csv'))
    expect(file.syntax).toBe('csv')
    expect(file.data).toEqual([
      { class: 'cat', precision: 0.91, recall: 0.88, f1: 0.8947, support: 120 },
      { class: 'dog', precision: 0.85, recall: 0.9, f1: 0.8743, support: 98 },
      { class: 'bird, small', precision: 0.7, recall: null, f1: 0.7, support: 14 }
    ])
  })

  test('TSV uses tabs', async () => {
    const file = await readResultsFile(fixture('csv/metrics.tsv'))
    expect(file).toEqual({
      path: fixture('csv/metrics.tsv'),
      syntax: 'tsv',
      data: [
        { metric: 'recall', value: 0.88 },
        { metric: 'precision', value: 0.91 }
      ]
    })
  })

  test('the syntax option overrides the extension', async () => {
    const path = await scratchFile('metrics.txt', 'a,b\n1,2\n')
    expect((await readResultsFile(path, { syntax: 'csv' })).data).toEqual([{ a: 1, b: 2 }])
  })
})

describe('readResultsFile sniffing files without a known extension', () => {
  test('no extension: JSON', async () => {
    const file = await readResultsFile(fixture('sniff/results'))
    expect(file.syntax).toBe('json')
    expect(file.data).toEqual({ accuracy: 0.875, model: 'tiny' })
  })

  test('unknown extension: YAML when it is not JSON', async () => {
    const file = await readResultsFile(fixture('sniff/metrics.out'))
    expect(file.syntax).toBe('yaml')
    expect(file.data).toEqual({
      accuracy: 0.875,
      per_class: { cat: { f1: 0.9, support: 10 }, dog: { f1: 0.8, support: 12 } }
    })
  })

  test('plain prose is neither JSON nor a YAML mapping', async () => {
    const path = fixture('sniff/notes.txt')
    expect(await readFailure(path)).toBe(
      `${path} is neither JSON nor a YAML mapping or list; give it a .json, .yaml, .toml, .csv or .tsv extension`
    )
  })

  test('broken JSON-looking content reports the JSON error', async () => {
    const path = await scratchFile('results.out', '{"a": 1,, "b": 2}')
    expect(await readFailure(path)).toBe(
      `${path}: invalid JSON at line 1, column 9: expected a key in double quotes`
    )
  })
})

describe('readResultsFile refusing files it cannot use', () => {
  test('a file over the size limit is refused before reading, naming the limit', async () => {
    const path = await scratchFile('huge.json', `{"a": "${'x'.repeat(5000)}"}`)
    expect(await readFailure(path, 1024)).toBe(
      `${path} is 4.9 KiB, over the 1 KiB limit for results files`
    )
  })

  test('the default limit is 50 MiB', async () => {
    const path = await scratchFile('big.json', Buffer.alloc(50 * 1024 * 1024 + 1, 0x20))
    expect(await readFailure(path)).toBe(
      `${path} is 50 MiB, over the 50 MiB limit for results files`
    )
  })

  test('a missing file', async () => {
    const path = join(scratch, 'nope.json')
    expect(await readFailure(path)).toBe(`${path} does not exist`)
  })

  test('a directory', async () => {
    expect(await readFailure(scratch)).toBe(`${scratch} is a directory, not a results file`)
  })

  test('an empty file', async () => {
    const path = fixture('hostile/empty.json')
    expect(await readFailure(path)).toBe(`${path} is empty`)
  })

  test('a whitespace-only file', async () => {
    const path = fixture('hostile/whitespace_only.yaml')
    expect(await readFailure(path)).toBe(`${path} is empty`)
  })

  test('binary garbage', async () => {
    // The start of a PNG: signature, then the IHDR chunk length with its zero bytes.
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000001000000010008060000005c72a866',
      'hex'
    )
    const path = await scratchFile('confusion_matrix.json', png)
    expect(await readFailure(path)).toBe(`${path} is not a text file (binary data at byte 8)`)
  })

  test('invalid UTF-8 without zero bytes', async () => {
    const path = await scratchFile(
      'latin1.json',
      Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d])
    )
    expect(await readFailure(path)).toBe(`${path} is not UTF-8 text`)
  })

  test('malformed JSON names file, line and column', async () => {
    const path = fixture('hostile/malformed.json')
    expect(await readFailure(path)).toBe(
      `${path}: invalid JSON at line 4, column 1: expected a key in double quotes`
    )
  })

  test('duplicate JSON keys name file, key path and line', async () => {
    const path = fixture('hostile/duplicate_keys.json')
    expect(await readFailure(path)).toBe(
      `${path}: duplicate key per_class.dog.f1 at line 6. JSON keeps only the last value, so the file is ambiguous; remove one of them.`
    )
  })
})

describe('readResultsFile text encodings', () => {
  test('a UTF-8 byte order mark is dropped', async () => {
    expect((await readResultsFile(fixture('hostile/bom.json'))).data).toEqual({ accuracy: 0.93 })
  })

  test('UTF-16 with a byte order mark (PowerShell output) is decoded', async () => {
    const text = '{"accuracy": 0.93, "model": "é"}'
    const path = await scratchFile(
      'ps.json',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    )
    expect((await readResultsFile(path)).data).toEqual({ accuracy: 0.93, model: 'é' })
  })

  test('a byte order mark before CSV does not end up in the first column name', async () => {
    const path = await scratchFile('bom.csv', '\ufeffname,value\nf1,0.5\n')
    expect((await readResultsFile(path)).data).toEqual([{ name: 'f1', value: 0.5 }])
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
