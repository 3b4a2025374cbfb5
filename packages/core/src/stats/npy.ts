import { ConfigurationError } from '../errors.js'

/**
 * Reader for NumPy's .npy format (format versions 1.0, 2.0, 3.0; see numpy.lib.format):
 * the magic "\x93NUMPY", a version, a little-endian header length, then a Python dict literal
 * {'descr': '<f8', 'fortran_order': False, 'shape': (n, k), } padded with spaces, then raw data.
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

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]

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
  if (bytes.length < 10 || MAGIC.some((byte, i) => bytes[i] !== byte)) {
    fail('missing the \\x93NUMPY magic')
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const major = bytes[6] ?? 0
  let headerLength: number
  let headerStart: number
  if (major === 1) {
    headerLength = view.getUint16(8, true)
    headerStart = 10
  } else if (major === 2 || major === 3) {
    if (bytes.length < 12) fail('truncated header')
    headerLength = view.getUint32(8, true)
    headerStart = 12
  } else {
    return fail(`format version ${major} is not supported (1, 2 and 3 are)`)
  }
  const dataStart = headerStart + headerLength
  if (dataStart > bytes.length) fail('truncated header')
  const header = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(
    bytes.subarray(headerStart, dataStart)
  )
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(header)?.[1]
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(header)?.[1]
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(header)?.[1]
  if (descr === undefined || fortran === undefined || shapeText === undefined) {
    return fail(`header ${JSON.stringify(header.trim())} lacks descr, fortran_order or shape`)
  }
  const byteOrder = descr.charAt(0)
  const kind = DTYPES[descr.slice(1)]
  if (kind === undefined || !['<', '|', '='].includes(byteOrder)) {
    return fail(
      byteOrder === '>'
        ? `big-endian data ('${descr}') is not supported; save with arr.astype(arr.dtype.newbyteorder('<'))`
        : `dtype '${descr}' is not supported (bool, integers, float32, float64)`
    )
  }
  const shape = shapeText
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => Number(part.replace(/L$/, '')))
  if (
    shape.length < 1 ||
    shape.length > 2 ||
    shape.some((size) => !Number.isSafeInteger(size) || size < 0)
  ) {
    return fail(`shape (${shapeText}) is not 1-D or 2-D`)
  }
  if (fortran === 'True' && shape.length === 2 && (shape[0] ?? 0) > 1 && (shape[1] ?? 0) > 1) {
    fail('Fortran-ordered 2-D arrays are not supported; save with np.ascontiguousarray(arr)')
  }
  const count = shape.reduce((product, size) => product * size, 1)
  const needed = count * kind.size
  if (bytes.length - dataStart < needed) {
    fail(
      `data is truncated: shape (${shape.join(', ')}) needs ${needed} bytes, found ${bytes.length - dataStart}`
    )
  }
  return { dtype: kind.dtype, shape, data: decode(view, dataStart, count, kind.dtype, fail) }
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
