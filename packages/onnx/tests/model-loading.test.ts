/**
 * @jest-environment ./packages/onnx/tests/support/native-typed-arrays-environment.mjs
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createSession, loadOnnxRuntime, runSession } from '@ml-actions/onnx'
import type { LoadedOnnxRuntime, LoadErrorKind } from '@ml-actions/onnx'
import {
  DataType,
  encodeModel,
  float32Bytes,
  repoRuntimeDirectory,
  scratchDirectory,
  writeModel
} from './support/onnx-models.js'
import type { ModelSpec } from './support/onnx-models.js'

let runtime: LoadedOnnxRuntime
let directory: string

beforeAll(async () => {
  runtime = await loadOnnxRuntime({ path: repoRuntimeDirectory })
  directory = await scratchDirectory('load')
  await writeFile(join(directory, 'short.bin'), new Uint8Array(8))
})

async function load(name: string, model: ModelSpec | Uint8Array) {
  return createSession(runtime.ort, await writeModel(directory, name, model))
}

describe('createSession classifies what onnxruntime rejects', () => {
  const valid = encodeModel()
  const cases: [string, ModelSpec | Uint8Array, LoadErrorKind, RegExp][] = [
    [
      'garbage',
      new TextEncoder().encode('not a model'),
      'invalid-protobuf',
      /not a valid ONNX protobuf/
    ],
    [
      'truncated',
      valid.subarray(0, valid.length - 7),
      'invalid-protobuf',
      /not a valid ONNX protobuf/
    ],
    [
      'opset',
      { opsets: [{ domain: '', version: 27 }] },
      'unsupported-opset',
      /opset is newer.*Opset 27 is under development/
    ],
    [
      'ir',
      { irVersion: 14 },
      'unsupported-ir-version',
      /IR version is newer.*Unsupported model IR version: 14/
    ],
    [
      'unknown-op',
      { nodes: [{ opType: 'FooBar', inputs: ['X'], outputs: ['Y'] }] },
      'op-not-implemented',
      /No Op registered for FooBar/
    ],
    [
      'missing-external',
      {
        nodes: [{ opType: 'Add', inputs: ['X', 'W'], outputs: ['Y'] }],
        initializers: [
          {
            name: 'W',
            dataType: DataType.float,
            dims: [4],
            external: { location: 'gone.bin', offset: '0', length: '16' }
          }
        ]
      },
      'external-data',
      /External weight data.*does not exist/
    ],
    [
      'short-external',
      {
        nodes: [{ opType: 'Add', inputs: ['X', 'W'], outputs: ['Y'] }],
        initializers: [
          {
            name: 'W',
            dataType: DataType.float,
            dims: [4],
            external: { location: 'short.bin', offset: '0', length: '16' }
          }
        ]
      },
      'external-data',
      /out of bounds/
    ],
    [
      'raw-size',
      {
        nodes: [{ opType: 'Add', inputs: ['X', 'W'], outputs: ['Y'] }],
        initializers: [
          { name: 'W', dataType: DataType.float, dims: [4], rawData: new Uint8Array(8) }
        ]
      },
      'invalid-tensor-data',
      /raw_data size \(8 bytes\)/
    ],
    [
      'shape-inference',
      {
        inputs: [
          { name: 'A', elemType: DataType.float, shape: [4, 3] },
          { name: 'B', elemType: DataType.float, shape: [5, 2] }
        ],
        outputs: [{ name: 'Y', elemType: DataType.float }],
        nodes: [{ opType: 'MatMul', inputs: ['A', 'B'], outputs: ['Y'] }]
      },
      'shape-inference',
      /Incompatible dimensions/
    ],
    [
      'dangling',
      { nodes: [{ opType: 'Relu', inputs: ['Q'], outputs: ['Y'] }] },
      'invalid-graph',
      /Node input 'Q' is not a graph input/
    ],
    [
      'output-not-produced',
      {
        outputs: [
          { name: 'Y', elemType: DataType.float, shape: ['batch', 4] },
          { name: 'Ghost', elemType: DataType.float, shape: ['batch', 4] }
        ]
      },
      'invalid-graph',
      /Ghost/
    ],
    [
      'output-type',
      { outputs: [{ name: 'Y', elemType: DataType.int64, shape: ['batch', 4] }] },
      'shape-inference',
      /Type \(tensor\(int64\)\) of output arg \(Y\)/
    ],
    ['missing-opset', { opsets: [] }, 'missing-opset', /imports no operator set/],
    [
      'bfloat16-io',
      {
        inputs: [{ name: 'X', elemType: DataType.bfloat16, shape: [4] }],
        outputs: [{ name: 'Y', elemType: DataType.bfloat16, shape: [4] }],
        nodes: [{ opType: 'Identity', inputs: ['X'], outputs: ['Y'] }]
      },
      'unsupported-io-type',
      /Unsupported data type: 16/
    ],
    [
      'int4-identity',
      {
        irVersion: 10,
        opsets: [{ domain: '', version: 21 }],
        inputs: [{ name: 'X', elemType: DataType.int4, shape: [4] }],
        outputs: [{ name: 'Y', elemType: DataType.int4, shape: [4] }],
        nodes: [{ opType: 'Identity', inputs: ['X'], outputs: ['Y'] }]
      },
      'op-not-implemented',
      /Could not find an implementation for Identity/
    ]
  ]

  it.each(cases)('%s', async (name, model, kind, message) => {
    const loaded = await load(`${name}.onnx`, model)
    expect(loaded.ok).toBe(false)
    if (loaded.ok) return
    expect(loaded.error.kind).toBe(kind)
    expect(loaded.error.message).toMatch(message)
    expect(loaded.error.message).not.toMatch(/onnxruntime_src|std::/)
  })
})

describe('valid models run', () => {
  it('feeds float16, int64 and several outputs through real inference', async () => {
    const loaded = await load('multi.onnx', {
      inputs: [
        { name: 'half', elemType: DataType.float16, shape: ['batch', 2] },
        { name: 'ids', elemType: DataType.int64, shape: ['batch'] }
      ],
      outputs: [
        { name: 'half_out', elemType: DataType.float16, shape: ['batch', 2] },
        { name: 'ids_out', elemType: DataType.int64, shape: ['batch'] }
      ],
      nodes: [
        { opType: 'Add', inputs: ['half', 'half'], outputs: ['half_out'] },
        { opType: 'Neg', inputs: ['ids'], outputs: ['ids_out'] }
      ]
    })
    if (!loaded.ok) throw new Error(loaded.error.message)
    const outputs = await runSession(
      runtime.ort,
      loaded.session,
      new Map([
        [
          'half',
          { dtype: 'float16' as const, shape: [1, 2], data: Uint16Array.from([0x3c00, 0x4000]) }
        ],
        [
          'ids',
          { dtype: 'int64' as const, shape: [1], data: BigInt64Array.from([9007199254740993n]) }
        ]
      ])
    )
    expect([...(outputs.get('half_out')?.data ?? [])]).toEqual([0x4000, 0x4400])
    expect([...(outputs.get('ids_out')?.data ?? [])]).toEqual([-9007199254740993n])
  })

  it('loads external data that sits next to the model', async () => {
    await writeFile(join(directory, 'weights.bin'), float32Bytes([1, 2, 3, 4]))
    const loaded = await load('external.onnx', {
      nodes: [{ opType: 'Add', inputs: ['X', 'W'], outputs: ['Y'] }],
      initializers: [
        {
          name: 'W',
          dataType: DataType.float,
          dims: [4],
          external: { location: 'weights.bin', offset: '0', length: '16' }
        }
      ]
    })
    if (!loaded.ok) throw new Error(loaded.error.message)
    const outputs = await runSession(
      runtime.ort,
      loaded.session,
      new Map([['X', { dtype: 'float32' as const, shape: [1, 4], data: new Float32Array(4) }]])
    )
    expect([...(outputs.get('Y')?.data ?? [])]).toEqual([1, 2, 3, 4])
  })
})
