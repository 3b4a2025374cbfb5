import { readNpyHeader } from '@ml-actions/core/archive'
import { ConfigurationError } from '@ml-actions/core/errors'
import { fromLittleEndianBytes, shapeSize } from './nd-array.js'
import type { NdArray, NumericDtype } from './nd-array.js'

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
  const { descr, byteOrder, typeCode, fortranOrder, shape, dataStart } = readNpyHeader(
    bytes,
    source
  )
  if (fortranOrder) {
    throw new ConfigurationError(
      `${source} is stored in Fortran order; save it in C order (np.save(path, np.ascontiguousarray(array))).`
    )
  }
  if (byteOrder === '>' && !typeCode.endsWith('1')) {
    throw new ConfigurationError(
      `${source} is big-endian (${descr}); convert it with array.astype(array.dtype.newbyteorder('<')).`
    )
  }
  const dtype = DESCRIPTORS[typeCode]
  if (!dtype || !['<', '|', '=', '>'].includes(byteOrder)) {
    throw new ConfigurationError(
      `${source} has dtype ${descr}; supported are float16/32/64, int8/16/32/64, uint8/16/32/64 and bool.`
    )
  }
  const payload = bytes.subarray(dataStart)
  const expectedBytes = shapeSize(shape) * Number(typeCode.slice(1))
  if (payload.length < expectedBytes) {
    throw new ConfigurationError(
      `${source} is truncated: ${payload.length} data bytes, [${shape.join(', ')}] ${descr} needs ${expectedBytes}.`
    )
  }
  return fromLittleEndianBytes(dtype, [...shape], payload.subarray(0, expectedBytes))
}
