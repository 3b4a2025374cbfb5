import { describe, expect, it } from '@jest/globals'
import {
  modelSignature,
  ProtobufError,
  readModelHeader,
  summarizeStructure
} from '@ml-actions/onnx'
import { DataType, encodeModel, float32Bytes } from './support/onnx-models.js'

describe('readModelHeader', () => {
  it('reads versions, metadata, the signature with symbolic dims and the op histogram', () => {
    const bytes = encodeModel({
      irVersion: 9,
      opsets: [
        { domain: '', version: 17 },
        { domain: 'com.microsoft', version: 1 }
      ],
      metadata: { git_sha: 'abc123' },
      inputs: [
        { name: 'ids', elemType: DataType.int64, shape: ['batch', 'sequence'] },
        { name: 'half', elemType: DataType.float16, shape: [null, 8] },
        { name: 'W', elemType: DataType.float, shape: [4] }
      ],
      outputs: [
        { name: 'a', elemType: DataType.int64, shape: ['batch', 'sequence'] },
        { name: 'b', elemType: DataType.float16, shape: [null, 8] }
      ],
      nodes: [
        { opType: 'Identity', inputs: ['ids'], outputs: ['a'] },
        { opType: 'Identity', inputs: ['half'], outputs: ['b'] },
        { opType: 'FusedThing', inputs: ['W'], outputs: ['unused'], domain: 'com.microsoft' }
      ],
      initializers: [
        { name: 'W', dataType: DataType.float, dims: [4], rawData: float32Bytes([1, 2, 3, 4]) }
      ]
    })
    const header = readModelHeader(bytes)
    expect(header.irVersion).toBe(9)
    expect(header.producerName).toBe('ml-actions-tests')
    expect(header.opsetImports).toEqual([
      { domain: '', version: 17 },
      { domain: 'com.microsoft', version: 1 }
    ])
    expect(header.metadata).toEqual([{ key: 'git_sha', value: 'abc123' }])
    expect(modelSignature(header)).toEqual({
      inputs: [
        { name: 'ids', dtype: 'int64', shape: ['batch', 'sequence'] },
        { name: 'half', dtype: 'float16', shape: [null, 8] }
      ],
      outputs: [
        { name: 'a', dtype: 'int64', shape: ['batch', 'sequence'] },
        { name: 'b', dtype: 'float16', shape: [null, 8] }
      ]
    })
    const summary = summarizeStructure(header)
    expect(summary.opHistogram).toEqual({ Identity: 2, 'com.microsoft::FusedThing': 1 })
    expect(summary.initializers).toMatchObject({
      count: 1,
      parameters: 4,
      bytes: 16,
      byDtype: { float32: { count: 1, parameters: 4, bytes: 16 } }
    })
  })

  it('inventories initializers without touching their bytes: raw, typed and external', () => {
    const header = readModelHeader(
      encodeModel({
        initializers: [
          {
            name: 'raw',
            dataType: DataType.float,
            dims: [2, 3],
            rawData: float32Bytes([1, 2, 3, 4, 5, 6])
          },
          { name: 'typed', dataType: DataType.int64, dims: [3], int64Data: [1, -2, 3] },
          {
            name: 'ext',
            dataType: DataType.float,
            dims: [1000],
            external: { location: 'weights.bin', offset: '4096', length: '4000' }
          }
        ]
      })
    )
    const [raw, typed, ext] = header.graph?.initializers ?? []
    expect(raw).toMatchObject({
      name: 'raw',
      dtype: 'float32',
      dims: [2, 3],
      elements: 6,
      storage: 'raw',
      storedBytes: 24
    })
    expect(typed).toMatchObject({
      name: 'typed',
      dtype: 'int64',
      storage: 'typed',
      typedElements: 3
    })
    expect(ext).toMatchObject({
      storage: 'external',
      storedBytes: 4000,
      external: { location: 'weights.bin', offset: 4096, length: 4000 }
    })
  })

  it('counts graph fields and notices a missing graph', () => {
    const header = readModelHeader(encodeModel({ noGraph: true }))
    expect(header.graph).toBeUndefined()
    expect(header.graphFieldCount).toBe(0)
  })

  it('rejects truncated and garbage bytes with a ProtobufError', () => {
    const bytes = encodeModel()
    expect(() => readModelHeader(bytes.subarray(0, bytes.length - 5))).toThrow(ProtobufError)
    expect(() =>
      readModelHeader(new TextEncoder().encode('definitely not a model \u0007\u0007'))
    ).toThrow(ProtobufError)
  })
})
