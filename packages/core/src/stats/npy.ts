import { readNpyHeader } from '../archive/npy-header.js'
import { ConfigurationError } from '../errors.js'

/**
 * The .npy reader of prediction files (the header is read by archive/npy-header.ts).
 * Supported: little-endian (or byte-order-free) bool, signed/unsigned integers up to 64 bits and
 * float32/float64, C order, 1-D or 2-D. Values are returned as float64; 64-bit integers beyond
 * ±2^53 are refused rather than rounded.
 */
export type NpyDtype =
  | 'bool'
  | 'int8'
  | 'uint8'
  | 'int16'
  | 'uint16'
  | 'int32'
  | 'uint32'
  | 'int64'
  | 'uint64'
  | 'float32'
  | 'float64'

export interface NpyArray {
  readonly dtype: NpyDtype
  readonly shape: readonly number[]
  /** Row-major values. */
  readonly data: Float64Array
}

const DTYPES: Readonly<Record<string, { dtype: NpyDtype; size: number }>> = {
  b1: { dtype: 'bool', size: 1 },
  i1: { dtype: 'int8', size: 1 },
  u1: { dtype: 'uint8', size: 1 },
  i2: { dtype: 'int16', size: 2 },
  u2: { dtype: 'uint16', size: 2 },
  i4: { dtype: 'int32', size: 4 },
  u4: { dtype: 'uint32', size: 4 },
  i8: { dtype: 'int64', size: 8 },
  u8: { dtype: 'uint64', size: 8 },
  f4: { dtype: 'float32', size: 4 },
  f8: { dtype: 'float64', size: 8 }
}

export function parseNpy(bytes: Uint8Array, source: string): NpyArray {
  const fail = (problem: string): never => {
    throw new ConfigurationError(`${source}: not a readable .npy file: ${problem}`)
  }
  const { descr, byteOrder, typeCode, fortranOrder, shape, dataStart } = readNpyHeader(
    bytes,
    source
  )
  const kind = DTYPES[typeCode]
  if (kind === undefined || !['<', '|', '='].includes(byteOrder)) {
    return fail(
      byteOrder === '>'
        ? `big-endian data ('${descr}') is not supported; save with arr.astype(arr.dtype.newbyteorder('<'))`
        : `dtype '${descr}' is not supported (bool, integers, float32, float64)`
    )
  }
  if (shape.length < 1 || shape.length > 2) {
    return fail(`shape (${shape.join(', ')}) is not 1-D or 2-D`)
  }
  if (fortranOrder && shape.length === 2 && (shape[0] ?? 0) > 1 && (shape[1] ?? 0) > 1) {
    fail('Fortran-ordered 2-D arrays are not supported; save with np.ascontiguousarray(arr)')
  }
  const count = shape.reduce((product, size) => product * size, 1)
  const needed = count * kind.size
  if (bytes.length - dataStart < needed) {
    fail(
      `data is truncated: shape (${shape.join(', ')}) needs ${needed} bytes, found ${bytes.length - dataStart}`
    )
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return {
    dtype: kind.dtype,
    shape: [...shape],
    data: decode(view, dataStart, count, kind.dtype, fail)
  }
}

function decode(
  view: DataView,
  offset: number,
  count: number,
  dtype: NpyDtype,
  fail: (problem: string) => never
): Float64Array {
  const data = new Float64Array(count)
  switch (dtype) {
    case 'bool':
    case 'uint8':
      for (let i = 0; i < count; i++) data[i] = view.getUint8(offset + i)
      if (dtype === 'bool') for (let i = 0; i < count; i++) data[i] = data[i] === 0 ? 0 : 1
      break
    case 'int8':
      for (let i = 0; i < count; i++) data[i] = view.getInt8(offset + i)
      break
    case 'int16':
      for (let i = 0; i < count; i++) data[i] = view.getInt16(offset + 2 * i, true)
      break
    case 'uint16':
      for (let i = 0; i < count; i++) data[i] = view.getUint16(offset + 2 * i, true)
      break
    case 'int32':
      for (let i = 0; i < count; i++) data[i] = view.getInt32(offset + 4 * i, true)
      break
    case 'uint32':
      for (let i = 0; i < count; i++) data[i] = view.getUint32(offset + 4 * i, true)
      break
    case 'int64':
    case 'uint64':
      for (let i = 0; i < count; i++) {
        const value =
          dtype === 'int64'
            ? view.getBigInt64(offset + 8 * i, true)
            : view.getBigUint64(offset + 8 * i, true)
        if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
          fail(`element ${i} (${value}) is beyond ±2^53 and cannot be represented exactly`)
        }
        data[i] = Number(value)
      }
      break
    case 'float32':
      for (let i = 0; i < count; i++) data[i] = view.getFloat32(offset + 4 * i, true)
      break
    case 'float64':
      for (let i = 0; i < count; i++) data[i] = view.getFloat64(offset + 8 * i, true)
      break
  }
  return data
}
