import { describe, expect, it } from '@jest/globals'
import { columnFormat, displayPath } from '../../src/markdown/index.js'

describe('columnFormat', () => {
  it('gives a column of proportions one count of decimals, 1 included', () => {
    const format = columnFormat([1, 0.963, 0.9815])
    expect([1, 0.963, 0.9815].map((value) => format.format(value))).toEqual([
      '1.0000',
      '0.9630',
      '0.9815'
    ])
  })

  it('adds no digits that no value has, and keeps integers whole', () => {
    const format = columnFormat([0.9, 0.87])
    expect([0.9, 0.87].map((value) => format.format(value))).toEqual(['0.90', '0.87'])
    expect(columnFormat([540, 30]).format(540)).toBe('540')
  })

  it('lines up 0.0001 and 8e-5, and never shows a non-zero value as 0', () => {
    const format = columnFormat([0.0001, 0.00008])
    expect([format.format(0.0001), format.format(0.00008)]).toEqual(['0.00010', '0.00008'])
    const coarse = columnFormat([250.5, 0.5])
    expect(coarse.format(1e-9)).toBe('1e-9')
    expect(coarse.format(-0.004, true)).toBe('-0.004')
    expect(coarse.format(12.25, true)).toBe('+12.3')
  })
})

describe('displayPath', () => {
  it('shows workspace paths relative, other absolute paths by their last segment', () => {
    expect(displayPath('/home/runner/work/r/r/results/m.json', '/home/runner/work/r/r')).toBe(
      'results/m.json'
    )
    expect(displayPath('file:///home/runner/work/r/r/.ml-registry', '/home/runner/work/r/r/')).toBe(
      '.ml-registry'
    )
    expect(displayPath('/home/runner/work/_temp/metrics-comparison.json', '/w')).toBe(
      '…/metrics-comparison.json'
    )
    expect(displayPath('s3://bucket/models', '/w')).toBe('s3://bucket/models')
    expect(displayPath('results/m.json', '/w')).toBe('results/m.json')
  })
})
