import { describe, expect, it } from '@jest/globals'
import { checkSignatureContract, parseSignatureContract } from '@ml-actions/onnx'
import type { ModelSignature } from '@ml-actions/onnx'

const baseline: ModelSignature = {
  inputs: [{ name: 'x', dtype: 'float32', shape: ['batch', 4] }],
  outputs: [
    { name: 'logits', dtype: 'float32', shape: ['batch', 3] },
    { name: 'probs', dtype: 'float32', shape: ['batch', 3] }
  ]
}

describe('checkSignatureContract', () => {
  it('accepts an identical signature', () => {
    expect(checkSignatureContract(baseline, baseline)).toEqual([])
  })

  it('reports renames, dtype, rank and static↔dynamic changes as breaking, new outputs as info', () => {
    const candidate: ModelSignature = {
      inputs: [{ name: 'x', dtype: 'float16', shape: [1, 4] }],
      outputs: [
        { name: 'scores', dtype: 'float32', shape: ['batch', 3] },
        { name: 'probs', dtype: 'float32', shape: ['batch', 3, 1] },
        { name: 'embedding', dtype: 'float32', shape: ['batch', 16] }
      ]
    }
    const findings = checkSignatureContract(baseline, candidate)
    expect(findings.map((entry) => [entry.code, entry.severity])).toEqual([
      ['input-dtype-changed', 'error'],
      ['input-dynamic-to-static', 'error'],
      ['output-renamed', 'error'],
      ['output-rank-changed', 'error'],
      ['output-added', 'info'],
      ['output-added', 'info']
    ])
    const renamed = checkSignatureContract(
      { inputs: [], outputs: [{ name: 'logits', dtype: 'float32', shape: ['batch', 3] }] },
      { inputs: [], outputs: [{ name: 'scores', dtype: 'float32', shape: ['batch', 3] }] }
    )
    expect(renamed.map((entry) => entry.message)).toEqual([
      'Output "logits" is gone; "scores" has its type and shape (renamed?).',
      'New output "scores" (float32 [batch, 3]); existing clients can ignore it.'
    ])
    expect(
      checkSignatureContract(
        { inputs: [{ name: 'x', dtype: 'float32', shape: [4] }], outputs: [] },
        { inputs: [{ name: 'x', dtype: 'float32', shape: ['n'] }], outputs: [] }
      )[0]?.code
    ).toBe('input-static-to-dynamic')
  })

  it('reads a contract file or the signature section of an earlier report', () => {
    const text = JSON.stringify(baseline)
    expect(parseSignatureContract(text, 'c.json')).toEqual(baseline)
    expect(
      parseSignatureContract(JSON.stringify({ structure: { signature: baseline } }), 'r.json')
    ).toEqual(baseline)
    expect(() => parseSignatureContract('{"inputs": 3}', 'bad.json')).toThrow(
      'contract bad.json: inputs must be a list'
    )
  })
})
