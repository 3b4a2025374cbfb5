import { ConfigurationError } from '@ml-actions/core/errors'
import { fromLittleEndianBytes, shapeSize } from './nd-array.js'
import type { NdArray, NumericDtype } from './nd-array.js'

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59] // \x93NUMPY

const DESCRIPTORS: Record<string, NumericDtype> = {
  f2: 'float16',
  f4: 'float32',
  f8: 'float64',
  i1: 'int8',
  i2: 'int16',
  i4: 'int32',
  i8: 'int64',
  u1: 'uint8',
  u2: 'uint16',
  u4: 'uint32',
  u8: 'uint64',
  b1: 'bool'
}

/** Parse a NumPy `.npy` file (format 1.0–3.0). `source` names the file in error messages. */
export function readNpy(bytes: Uint8Array, source: string): NdArray {
  if (bytes.length < 10 || MAGIC.some((byte, i) => bytes[i] !== byte)) {
    throw new ConfigurationError(`${source} is not a .npy file (no \\x93NUMPY magic).`)
  }
  const major = bytes[6] as number
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const headerLengthSize = major === 1 ? 2 : 4
  if (major < 1 || major > 3)
    throw new ConfigurationError(`${source}: unsupported .npy format version ${major}.`)
  const headerLength = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true)
  const dataStart = 8 + headerLengthSize + headerLength
  if (dataStart > bytes.length) throw new ConfigurationError(`${source}: truncated .npy header.`)
  const header = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(
    bytes.subarray(8 + headerLengthSize, dataStart)
  )
  const { descr, fortranOrder, shape } = parseHeader(header, source)
  if (fortranOrder) {
    throw new ConfigurationError(
      `${source} is stored in Fortran order; save it in C order (np.save(path, np.ascontiguousarray(array))).`
    )
  }
  const byteOrder = descr[0]
  const code = descr.slice(1)
  if (byteOrder === '>' && !code.endsWith('1')) {
    throw new ConfigurationError(
      `${source} is big-endian (${descr}); convert it with array.astype(array.dtype.newbyteorder('<')).`
    )
  }
  const dtype = DESCRIPTORS[code]
  if (!dtype || !['<', '|', '=', '>'].includes(byteOrder ?? '')) {
    throw new ConfigurationError(
      `${source} has dtype ${descr}; supported are float16/32/64, int8/16/32/64, uint8/16/32/64 and bool.`
    )
  }
  const payload = bytes.subarray(dataStart)
  const expectedBytes = shapeSize(shape) * Number(code.slice(1))
  if (payload.length < expectedBytes) {
    throw new ConfigurationError(
      `${source} is truncated: ${payload.length} data bytes, [${shape.join(', ')}] ${descr} needs ${expectedBytes}.`
    )
  }
  return fromLittleEndianBytes(dtype, shape, payload.subarray(0, expectedBytes))
}

function parseHeader(
  header: string,
  source: string
): { descr: string; fortranOrder: boolean; shape: number[] } {
  const descr = /'descr':\s*'([^']+)'/.exec(header)?.[1]
  const fortran = /'fortran_order':\s*(True|False)/.exec(header)?.[1]
  const shapeText = /'shape':\s*\(([^)]*)\)/.exec(header)?.[1]
  if (descr === undefined || fortran === undefined || shapeText === undefined) {
    throw new ConfigurationError(
      `${source}: cannot read the .npy header ${JSON.stringify(header.trim())} (structured dtypes are not supported).`
    )
  }
  const shape = shapeText
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(Number)
  if (shape.some((dim) => !Number.isSafeInteger(dim) || dim < 0)) {
    throw new ConfigurationError(`${source}: invalid shape (${shapeText}) in the .npy header.`)
  }
  return { descr, fortranOrder: fortran === 'True', shape }
}
