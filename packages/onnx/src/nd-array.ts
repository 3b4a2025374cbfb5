import { halfBitsToNumber, numberToHalfBits } from './float16.js'

export type NumericDtype =
  | 'float32'
  | 'float64'
  | 'float16'
  | 'int8'
  | 'int16'
  | 'int32'
  | 'int64'
  | 'uint8'
  | 'uint16'
  | 'uint32'
  | 'uint64'
  | 'bool'

export type NdData =
  | Float32Array
  | Float64Array
  | Int8Array
  | Int16Array
  | Int32Array
  | BigInt64Array
  | Uint8Array
  | Uint16Array
  | Uint32Array
  | BigUint64Array

/** A dense C-order tensor in the representation onnxruntime-node takes (float16 as raw bits, bool as bytes). */
export interface NdArray {
  readonly dtype: NumericDtype
  readonly shape: number[]
  readonly data: NdData
}

const CONSTRUCTORS: Record<
  NumericDtype,
  { new (length: number): NdData; BYTES_PER_ELEMENT: number }
> = {
  float32: Float32Array,
  float64: Float64Array,
  float16: Uint16Array,
  int8: Int8Array,
  int16: Int16Array,
  int32: Int32Array,
  int64: BigInt64Array,
  uint8: Uint8Array,
  uint16: Uint16Array,
  uint32: Uint32Array,
  uint64: BigUint64Array,
  bool: Uint8Array
}

export function isNumericDtype(name: string): name is NumericDtype {
  return name in CONSTRUCTORS
}

export function bytesPerElement(dtype: NumericDtype): number {
  return CONSTRUCTORS[dtype].BYTES_PER_ELEMENT
}

export function allocate(dtype: NumericDtype, length: number): NdData {
  return new CONSTRUCTORS[dtype](length)
}

export function shapeSize(shape: readonly number[]): number {
  return shape.reduce((product, dim) => product * dim, 1)
}

/** Copy little-endian bytes into a fresh (aligned) typed array of the dtype. */
export function fromLittleEndianBytes(
  dtype: NumericDtype,
  shape: number[],
  bytes: Uint8Array
): NdArray {
  const length = shapeSize(shape)
  const expected = length * bytesPerElement(dtype)
  if (bytes.length !== expected) {
    throw new RangeError(
      `${dtype} [${shape.join(', ')}] needs ${expected} bytes, got ${bytes.length}`
    )
  }
  const data = allocate(dtype, length)
  new Uint8Array(data.buffer, data.byteOffset, data.byteLength).set(bytes)
  return { dtype, shape, data }
}

/** Values as doubles for comparison: float16 decoded, int64 rounded to the nearest double. */
export function toFloat64(array: NdArray): Float64Array {
  const result = new Float64Array(array.data.length)
  const { data } = array
  if (array.dtype === 'float16') {
    for (let i = 0; i < data.length; i++) result[i] = halfBitsToNumber(data[i] as number)
  } else if (data instanceof BigInt64Array || data instanceof BigUint64Array) {
    for (let i = 0; i < data.length; i++) result[i] = Number(data[i])
  } else {
    result.set(data)
  }
  return result
}

/** Convert to another dtype (JSON numbers, float64 `.npy` files fed to a float32 model). */
export function castNdArray(array: NdArray, dtype: NumericDtype): NdArray {
  if (array.dtype === dtype) return array
  const values = toFloat64(array)
  const data = allocate(dtype, values.length)
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number
    if (data instanceof BigInt64Array || data instanceof BigUint64Array)
      data[i] = BigInt(Math.round(value))
    else if (dtype === 'float16') data[i] = numberToHalfBits(value)
    else if (dtype === 'bool') data[i] = value !== 0 ? 1 : 0
    else data[i] = value
  }
  return { dtype, shape: array.shape, data }
}

/** Rows [start, end) along the first axis, sharing no memory with the source. */
export function sliceFirstAxis(array: NdArray, start: number, end: number): NdArray {
  const rowSize = shapeSize(array.shape.slice(1))
  const data = array.data.slice(start * rowSize, end * rowSize)
  return { dtype: array.dtype, shape: [end - start, ...array.shape.slice(1)], data }
}
