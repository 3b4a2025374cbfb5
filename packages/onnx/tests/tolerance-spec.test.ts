import { describe, expect, it } from '@jest/globals'
import { ConfigurationError } from '@ml-actions/core/errors'
import { parseToleranceList, toleranceFor, toleranceSpec } from '@ml-actions/onnx'

describe('per-output tolerances', () => {
  it('reads a default and name:value overrides, keeping colons inside names', () => {
    expect(parseToleranceList('1e-5 logits:1e-4, output:0:0.5', 'atol', 1)).toEqual({
      value: 1e-5,
      perOutput: { logits: 1e-4, 'output:0': 0.5 }
    })
    expect(parseToleranceList('probs:1e-2', 'rtol', 1e-3)).toEqual({
      value: 1e-3,
      perOutput: { probs: 1e-2 }
    })
  })

  it('combines atol and rtol lists and resolves each output', () => {
    const spec = toleranceSpec(
      parseToleranceList('1e-5 logits:1e-4', 'atol', 0),
      parseToleranceList('1e-3 probs:0.1', 'rtol', 0),
      'both-exceed'
    )
    expect(toleranceFor(spec, 'logits')).toEqual({ atol: 1e-4, rtol: 1e-3, mode: 'both-exceed' })
    expect(toleranceFor(spec, 'probs')).toEqual({ atol: 1e-5, rtol: 0.1, mode: 'both-exceed' })
    expect(toleranceFor(spec, 'other')).toEqual({ atol: 1e-5, rtol: 1e-3, mode: 'both-exceed' })
  })

  it.each([
    ['-1', 'atol entry "-1" is not a non-negative number'],
    ['logits:', 'atol entry "logits:" is not a non-negative number'],
    [':1e-4', 'atol entry ":1e-4" has no output name'],
    ['1e-5 1e-4', 'atol has two default values']
  ])('names the input for %s', (text, message) => {
    const parse = () => parseToleranceList(text, 'atol', 0)
    expect(parse).toThrow(ConfigurationError)
    expect(parse).toThrow(message)
  })
})
