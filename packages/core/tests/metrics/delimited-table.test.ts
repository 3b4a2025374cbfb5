import { describe, expect, test } from '@jest/globals'
import { ConfigurationError } from '@ml-actions/core/errors'
import { parseDelimitedTable } from '../../src/metrics/delimited-table.js'
import { orderedKeys } from '../../src/metrics/index.js'
import { readResultsFile } from '../../src/io/index.js'
import { fixture } from './fixture-paths.js'

function failure(text: string): string {
  try {
    parseDelimitedTable(text, ',', 'table.csv')
  } catch (error) {
    if (error instanceof ConfigurationError) return error.message
    throw error
  }
  throw new Error('expected a ConfigurationError')
}

describe('parseDelimitedTable', () => {
  test('quoted commas, line breaks and doubled quotes (RFC 4180)', async () => {
    const file = await readResultsFile(fixture('csv/quoted.csv'))
    expect(file.data).toEqual([
      { id: 'a', comment: 'has, a comma', score: 0.5 },
      { id: 'b', comment: 'spans\ntwo lines', score: 0.25 },
      { id: 'c', comment: 'say "hi"', score: -1.5 },
      { id: 'd', comment: 'plain', score: null }
    ])
  })

  test('CRLF line endings and nan cells', async () => {
    const file = await readResultsFile(fixture('csv/training_log.csv'))
    const rows = file.data as Array<Record<string, number>>
    expect(rows).toHaveLength(3)
    expect(rows[2]).toEqual({
      epoch: 2,
      accuracy: 0.875,
      loss: 0.3307,
      val_accuracy: 0.84,
      val_loss: Number.NaN
    })
  })

  test.each([
    ['1e-4', 0.0001],
    [' 0.5 ', 0.5],
    ['-3', -3],
    ['+.25', 0.25],
    ['inf', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['NaN', Number.NaN],
    ['0x10', '0x10'],
    ['1,000', '1,000'],
    ['12ms', '12ms'],
    ['', null]
  ])('cell %j reads as %p', (cell, expected) => {
    const quoted = `"${cell}"`
    expect(parseDelimitedTable(`v\n${quoted}\n`, ',', 't.csv')).toEqual([{ v: expected }])
  })

  test('short rows leave the missing cells null; blank lines are skipped', () => {
    expect(parseDelimitedTable('a,b,c\n1\n\n2,3\n', ',', 't.csv')).toEqual([
      { a: 1, b: null, c: null },
      { a: 2, b: 3, c: null }
    ])
  })

  test('an unnamed first column (pandas index) is named column_1', () => {
    expect(parseDelimitedTable(',f1\ncat,0.9\n', ',', 't.csv')).toEqual([
      { column_1: 'cat', f1: 0.9 }
    ])
  })

  test('integer-like column names keep their file order', () => {
    const [row] = parseDelimitedTable('name,10,2\nx,1,2\n', ',', 't.csv')
    expect(orderedKeys(row as object)).toEqual(['name', '10', '2'])
  })

  test('a file with only a header has no rows', () => {
    expect(parseDelimitedTable('a,b\n', ',', 't.csv')).toEqual([])
  })

  test('a row longer than the header names its line', () => {
    expect(failure('a,b\n1,2\n1,2,3\n')).toBe('table.csv: line 3 has 3 cells but the header has 2')
  })

  test('line numbers count line breaks inside quoted fields', () => {
    expect(failure('a,b\n"x\ny",2\n1,2,3\n')).toBe(
      'table.csv: line 4 has 3 cells but the header has 2'
    )
  })

  test('an unclosed quote names the line it opened on', () => {
    expect(failure('a,b\n1,"open\n2,3\n')).toBe(
      'table.csv: the quoted field that starts on line 2 is never closed'
    )
  })

  test('text after a closing quote', () => {
    expect(failure('a\n"x"y\n')).toBe('table.csv: line 2: unexpected "y" after a closing quote')
  })

  test('a repeated column name', () => {
    expect(failure('f1,f1\n1,2\n')).toBe('table.csv: the header names column "f1" twice')
  })
})
