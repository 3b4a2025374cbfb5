import {
  decodeString,
  ProtobufError,
  ProtobufReader,
  readRepeatedInt64,
  WireType
} from './protobuf-reader.js'
import type { ProtobufField } from './protobuf-reader.js'

/** TensorProto field numbers (onnx.proto3). */
export const TensorField = {
  dims: 1,
  dataType: 2,
  floatData: 4,
  int32Data: 5,
  stringData: 6,
  int64Data: 7,
  name: 8,
  rawData: 9,
  doubleData: 10,
  uint64Data: 11,
  externalData: 13,
  dataLocation: 14
} as const

export const DATA_LOCATION_EXTERNAL = 1

/** A TensorProto seen without decoding its payload: the data fields stay views on the file bytes. */
export interface TensorProtoView {
  readonly name: string
  readonly dataType: number
  readonly dims: number[]
  readonly rawData?: Uint8Array
  /** Typed payload fields (float_data, int32_data, …) by field number, each a list of occurrences. */
  readonly typedData: Map<number, ProtobufField[]>
  readonly externalData: Map<string, string>
  readonly dataLocation: number
}

const TYPED_FIELDS = new Set<number>([
  TensorField.floatData,
  TensorField.int32Data,
  TensorField.stringData,
  TensorField.int64Data,
  TensorField.doubleData,
  TensorField.uint64Data
])

export function readTensorProto(bytes: Uint8Array): TensorProtoView {
  let name = ''
  let dataType = 0
  let dataLocation = 0
  let rawData: Uint8Array | undefined
  const dims: number[] = []
  const typedData = new Map<number, ProtobufField[]>()
  const externalData = new Map<string, string>()
  for (const field of ProtobufReader.of(bytes).fields()) {
    switch (field.number) {
      case TensorField.dims:
        readRepeatedInt64(field, dims)
        break
      case TensorField.dataType:
        dataType = field.value
        break
      case TensorField.name:
        name = decodeString(expectBytes(field, 'TensorProto.name'))
        break
      case TensorField.rawData:
        rawData = expectBytes(field, 'TensorProto.raw_data')
        break
      case TensorField.externalData: {
        const entry = readStringPair(expectBytes(field, 'TensorProto.external_data'))
        externalData.set(entry.key, entry.value)
        break
      }
      case TensorField.dataLocation:
        dataLocation = field.value
        break
      default:
        if (TYPED_FIELDS.has(field.number)) {
          const list = typedData.get(field.number) ?? []
          list.push(field)
          typedData.set(field.number, list)
        }
    }
  }
  return { name, dataType, dims, rawData, typedData, externalData, dataLocation }
}

export function expectBytes(field: ProtobufField, what: string): Uint8Array {
  if (field.wireType !== WireType.lengthDelimited) {
    throw new ProtobufError(`${what} has wire type ${field.wireType}, expected length-delimited`)
  }
  return field.bytes
}

/** StringStringEntryProto: key = 1, value = 2 (metadata_props, external_data). */
export function readStringPair(bytes: Uint8Array): { key: string; value: string } {
  let key = ''
  let value = ''
  for (const field of ProtobufReader.of(bytes).fields()) {
    if (field.number === 1) key = decodeString(expectBytes(field, 'entry key'))
    else if (field.number === 2) value = decodeString(expectBytes(field, 'entry value'))
  }
  return { key, value }
}

export function elementCount(dims: readonly number[]): number {
  return dims.reduce((product, dim) => product * dim, 1)
}
