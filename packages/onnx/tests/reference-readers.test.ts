import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { ConfigurationError } from '@ml-actions/core/errors'
import {
  decodeTensorProtoFile,
  loadReferenceSamples,
  readJsonReference,
  readNpy,
  readNpz,
  toFloat64
} from '@ml-actions/onnx'
import { DataType, encodeTensor, float32Bytes, scratchDirectory } from './support/onnx-models.js'

const WRITE_ARRAYS = `
import sys, numpy as np
out = sys.argv[1]
np.save(out + '/f32.npy', np.arange(6, dtype=np.float32).reshape(2, 3))
np.save(out + '/f64.npy', np.array([[0.5, -1.25]], dtype=np.float64))
np.save(out + '/f16.npy', np.array([1.0, -2.5, 65504.0], dtype=np.float16))
np.save(out + '/i8.npy', np.array([-128, 127], dtype=np.int8))
np.save(out + '/i16.npy', np.array([-300, 300], dtype=np.int16))
np.save(out + '/i32.npy', np.array([-70000], dtype=np.int32))
np.save(out + '/i64.npy', np.array([[-(2**40), 2**40]], dtype=np.int64))
np.save(out + '/u8.npy', np.array([0, 255], dtype=np.uint8))
np.save(out + '/b.npy', np.array([True, False, True]))
np.save(out + '/scalar.npy', np.float32(3.5))
np.save(out + '/fortran.npy', np.asfortranarray(np.ones((2, 3), dtype=np.float32)))
np.save(out + '/bigendian.npy', np.array([1, 2], dtype='>f4'))
np.savez(out + '/stored.npz', x=np.array([1, 2, 3], dtype=np.int32), y=np.eye(2, dtype=np.float32))
np.savez_compressed(out + '/deflated.npz', **{'inputs/x': np.linspace(0, 1, 1000, dtype=np.float32), 'outputs/y': np.zeros((10, 10))})
`

let directory: string
const read = (name: string) => readFile(join(directory, name))

beforeAll(async () => {
  directory = await scratchDirectory('arrays')
  await promisify(execFile)('/usr/bin/python3', ['-c', WRITE_ARRAYS, directory])
})

describe('readNpy', () => {
  it.each([
    ['f32.npy', 'float32', [2, 3], [0, 1, 2, 3, 4, 5]],
    ['f64.npy', 'float64', [1, 2], [0.5, -1.25]],
    ['f16.npy', 'float16', [3], [1, -2.5, 65504]],
    ['i8.npy', 'int8', [2], [-128, 127]],
    ['i16.npy', 'int16', [2], [-300, 300]],
    ['i32.npy', 'int32', [1], [-70000]],
    ['i64.npy', 'int64', [1, 2], [-(2 ** 40), 2 ** 40]],
    ['u8.npy', 'uint8', [2], [0, 255]],
    ['b.npy', 'bool', [3], [1, 0, 1]],
    ['scalar.npy', 'float32', [], [3.5]]
  ])('reads %s', async (file, dtype, shape, values) => {
    const array = readNpy(await read(file), file)
    expect(array.dtype).toBe(dtype)
    expect(array.shape).toEqual(shape)
    expect([...toFloat64(array)]).toEqual(values)
  })

  it('explains Fortran order, big-endian data and non-npy bytes', async () => {
    expect(() => readNpy(new Uint8Array(0), 'x.npy')).toThrow(ConfigurationError)
    expect(() => readNpy(new Uint8Array(0), 'x.npy')).toThrow('x.npy is not a .npy file')
    return Promise.all([
      read('fortran.npy').then((bytes) =>
        expect(() => readNpy(bytes, 'fortran.npy')).toThrow(/Fortran order; save it in C order/)
      ),
      read('bigendian.npy').then((bytes) =>
        expect(() => readNpy(bytes, 'bigendian.npy')).toThrow(/big-endian \(>f4\)/)
      )
    ])
  })
})

describe('readNpz', () => {
  it('reads stored and deflated archives from the central directory', async () => {
    const stored = readNpz(await read('stored.npz'), 'stored.npz')
    expect([...stored.keys()]).toEqual(['x', 'y'])
    expect([...toFloat64(stored.get('y')!)]).toEqual([1, 0, 0, 1])
    const deflated = readNpz(await read('deflated.npz'), 'deflated.npz')
    const x = deflated.get('inputs/x')!
    expect(x.shape).toEqual([1000])
    expect(x.data[999]).toBe(1)
    expect(deflated.get('outputs/y')?.dtype).toBe('float64')
  })

  it('refuses a file that is not a zip and a corrupted entry', async () => {
    expect(() => readNpz(new Uint8Array(100), 'bad.npz')).toThrow(/not a zip\/.npz archive/)
    const bytes = new Uint8Array(await read('stored.npz'))
    bytes[120] = (bytes[120] as number) ^ 0xff
    expect(() => readNpz(bytes, 'corrupt.npz')).toThrow(ConfigurationError)
  })
})

describe('TensorProto files', () => {
  it('decodes raw_data and typed fields', () => {
    const raw = decodeTensorProtoFile(
      encodeTensor({
        name: 'x',
        dataType: DataType.float,
        dims: [2, 2],
        rawData: float32Bytes([1, 2, 3, 4])
      }),
      'input_0.pb'
    )
    expect(raw).toEqual({
      name: 'x',
      array: { dtype: 'float32', shape: [2, 2], data: Float32Array.from([1, 2, 3, 4]) }
    })
    const floats = decodeTensorProtoFile(
      encodeTensor({ name: '', dataType: DataType.float, dims: [3], floatData: [0.5, -1, 2] }),
      'f.pb'
    )
    expect([...floats.array.data]).toEqual([0.5, -1, 2])
    const ints = decodeTensorProtoFile(
      encodeTensor({ name: 'i', dataType: DataType.int64, dims: [2], int64Data: [-5, 7] }),
      'i.pb'
    )
    expect([...ints.array.data]).toEqual([-5n, 7n])
    const small = decodeTensorProtoFile(
      encodeTensor({ name: 's', dataType: DataType.int32, dims: [2], int32Data: [-3, 4] }),
      's.pb'
    )
    expect([...small.array.data]).toEqual([-3, 4])
    const doubles = decodeTensorProtoFile(
      encodeTensor({ name: 'd', dataType: DataType.double, dims: [1], doubleData: [1e-300] }),
      'd.pb'
    )
    expect([...doubles.array.data]).toEqual([1e-300])
  })

  it('names the file when the element count is wrong', () => {
    expect(() =>
      decodeTensorProtoFile(
        encodeTensor({ name: 'x', dataType: DataType.float, dims: [3], floatData: [1] }),
        'output_0.pb'
      )
    ).toThrow('output_0.pb: holds 1 values, its shape [3] needs 3.')
  })
})

describe('JSON references', () => {
  it('reads nested arrays and non-finite spellings, rejects ragged ones', () => {
    const reference = readJsonReference(
      '{"inputs": {"x": [[1, 2], [3, 4]]}, "outputs": {"y": [null, "Infinity", 1]}}',
      'ref.json'
    )
    expect(reference.inputs.get('x')?.shape).toEqual([2, 2])
    expect([...(reference.outputs.get('y')?.data ?? [])]).toEqual([NaN, Infinity, 1])
    expect(() => readJsonReference('{"inputs": {"x": [[1, 2], [3]]}}', 'ref.json')).toThrow(
      /ref.json: inputs.x is ragged/
    )
  })
})

describe('loadReferenceSamples', () => {
  const signature = {
    inputs: [{ name: 'x', dtype: 'float32', shape: [null, 2] }],
    outputs: [{ name: 'y', dtype: 'float32', shape: [null, 2] }]
  }

  it('reads test_data_set_N folders, binding unnamed tensors by position', async () => {
    const root = await scratchDirectory('datasets')
    for (const index of [0, 1]) {
      const set = join(root, `test_data_set_${index}`)
      await mkdir(set)
      await writeFile(
        join(set, 'input_0.pb'),
        encodeTensor({ name: '', dataType: DataType.float, dims: [1, 2], floatData: [index, 1] })
      )
      await writeFile(
        join(set, 'output_0.pb'),
        encodeTensor({ name: 'y', dataType: DataType.float, dims: [1, 2], floatData: [index, 2] })
      )
    }
    const samples = await loadReferenceSamples(
      { inputs: [], outputs: [], data: [root] },
      signature,
      (path) => path
    )
    expect(
      samples.map((sample) => [sample.label, [...sample.inputs.keys()], [...sample.outputs.keys()]])
    ).toEqual([
      [expect.stringMatching(/test_data_set_0$/), ['x'], ['y']],
      [expect.stringMatching(/test_data_set_1$/), ['x'], ['y']]
    ])
  })

  it('binds .npy files by name=path, by file name, or asks for a name', async () => {
    const resolve = (path: string) => join(directory, path)
    const bound = await loadReferenceSamples(
      { inputs: ['x=f64.npy'], outputs: ['y=f32.npy'], data: [] },
      signature,
      resolve
    )
    expect(bound[0]?.inputs.get('x')?.dtype).toBe('float64')
    const twoInputs = {
      ...signature,
      inputs: [...signature.inputs, { name: 'z', dtype: 'float32', shape: [2] }]
    }
    await expect(
      loadReferenceSamples({ inputs: ['f64.npy'], outputs: [], data: [] }, twoInputs, resolve)
    ).rejects.toThrow(
      'reference-inputs: cannot tell which of x, z "f64.npy" holds; write it as name=f64.npy.'
    )
  })
})
