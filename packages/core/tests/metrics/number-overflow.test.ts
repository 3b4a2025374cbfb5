import { describe, expect, it } from '@jest/globals'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readResultsFile } from '../../src/io/index.js'
import { overflowingNumbers } from '../../src/metrics/number-overflow.js'

describe('numbers that overflow to ±∞', () => {
  it('finds literals beyond the largest float, not those within it or written as Infinity', () => {
    const text = '{"a": 1e309, "b": -2.5E+400, "c": 1.7e308, "d": Infinity, "e": 1e-400, "f": 1e30}'
    expect(overflowingNumbers(text)).toEqual(['1e309', '-2.5E+400'])
    expect(overflowingNumbers(`x,${'9'.repeat(310)}\n`)).toEqual(['9'.repeat(310)])
  })

  it.each([
    ['metrics.json', '{"loss": 1e309}'],
    ['metrics.yaml', 'loss: 1e309\n'],
    ['metrics.csv', 'name,loss\nrun,1e309\n']
  ])('warns when %s says 1e309, and still reads it as ∞', async (name, text) => {
    const path = join(await mkdtemp(join(tmpdir(), 'overflow-')), name)
    await writeFile(path, text)
    const warnings: string[] = []
    const file = await readResultsFile(path, { warn: (message) => warnings.push(message) })
    expect(warnings).toEqual([
      `${path}: 1e309 is beyond the largest 64-bit float (1.8e308) and is read as ∞`
    ])
    expect(
      JSON.stringify(file.data, (_key, value: unknown) => (value === Infinity ? 'inf' : value))
    ).toContain('inf')
  })
})
