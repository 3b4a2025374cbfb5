import { ConfigurationError } from '@ml-actions/core/errors'
import { elementType } from './element-type.js'
import { allocate, fromLittleEndianBytes, isNumericDtype } from './nd-array.js'
import type { NdArray } from './nd-array.js'
import { varints64, WireType } from './protobuf-reader.js'
import { elementCount, readTensorProto, TensorField } from './tensor-proto.js'
import type { TensorProtoView } from './tensor-proto.js'

/** A serialized TensorProto (`test_data_set_N/input_K.pb`) as a named dense array. */
export function decodeTensorProtoFile(
  bytes: Uint8Array,
  source: string
): { name: string; array: NdArray } {
  let tensor: TensorProtoView
  try {
    tensor = readTensorProto(bytes)
  } catch (error) {
    throw new ConfigurationError(`${source} is not a TensorProto: ${(error as Error).message}`)
  }
  const dtype = elementType(tensor.dataType).name
  if (!isNumericDtype(dtype))
    throw new ConfigurationError(
      `${source}: tensor type ${dtype} is not supported as reference data.`
    )
  if (tensor.externalData.size > 0)
    throw new ConfigurationError(
      `${source}: reference tensors with external data are not supported.`
    )
  const count = elementCount(tensor.dims)
  if (tensor.rawData !== undefined) {
    try {
      return { name: tensor.name, array: fromLittleEndianBytes(dtype, tensor.dims, tensor.rawData) }
    } catch (error) {
      throw new ConfigurationError(`${source}: ${(error as Error).message}`)
    }
  }
  const data = allocate(dtype, count)
  let written = 0
  for (const [number, fields] of tensor.typedData) {
    for (const field of fields) {
      if (number === TensorField.floatData || number === TensorField.doubleData) {
        written = copyFixed(field, number === TensorField.floatData ? 4 : 8, data, written)
        continue
      }
      for (const unsigned of varints64(field)) {
        if (written < count) data[written] = narrow(unsigned, number, dtype) as never
        written++
      }
    }
  }
  if (written !== count) {
    throw new ConfigurationError(
      `${source}: holds ${written} values, its shape [${tensor.dims.join(', ')}] needs ${count}.`
    )
  }
  return { name: tensor.name, array: { dtype, shape: tensor.dims, data } }
}

function copyFixed(
  field: { wireType: number; bytes: Uint8Array; value: number },
  width: 4 | 8,
  data: NdArray['data'],
  at: number
): number {
  if (field.wireType !== WireType.lengthDelimited) {
    const scratch = new DataView(new ArrayBuffer(8))
    if (width === 4) scratch.setUint32(0, field.value, true)
    else scratch.setBigUint64(0, BigInt(field.value), true)
    return store(data, at, width === 4 ? scratch.getFloat32(0, true) : scratch.getFloat64(0, true))
  }
  const view = new DataView(field.bytes.buffer, field.bytes.byteOffset, field.bytes.byteLength)
  for (let offset = 0; offset + width <= field.bytes.length; offset += width) {
    at = store(
      data,
      at,
      width === 4 ? view.getFloat32(offset, true) : view.getFloat64(offset, true)
    )
  }
  return at
}

function store(data: NdArray['data'], at: number, value: number): number {
  if (at >= data.length) return at + 1
  if (data instanceof BigInt64Array || data instanceof BigUint64Array) data[at] = BigInt(value)
  else data[at] = value
  return at + 1
}

/**
 * int64_data is signed, uint64_data unsigned; int32_data carries int8/16/32 sign-extended, the
 * unsigned small types as is and float16 as its bit pattern.
 */
function narrow(unsigned: bigint, field: number, dtype: string): number | bigint {
  if (field === TensorField.int64Data)
    return dtype === 'int64' ? BigInt.asIntN(64, unsigned) : Number(BigInt.asIntN(64, unsigned))
  if (field === TensorField.uint64Data) return dtype === 'uint64' ? unsigned : Number(unsigned)
  const signed = !(dtype === 'float16' || dtype.startsWith('uint') || dtype === 'bool')
  return Number(signed ? BigInt.asIntN(32, unsigned) : BigInt.asUintN(32, unsigned))
}
