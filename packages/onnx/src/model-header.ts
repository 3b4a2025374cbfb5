import { elementType } from './element-type.js'
import {
  decodeString,
  ProtobufError,
  ProtobufReader,
  readRepeatedVarints,
  int64Value,
  WireType
} from './protobuf-reader.js'
import type { ProtobufField } from './protobuf-reader.js'
import {
  DATA_LOCATION_EXTERNAL,
  elementCount,
  expectBytes,
  readStringPair,
  readTensorProto,
  TensorField
} from './tensor-proto.js'
import type { TensorProtoView } from './tensor-proto.js'

/** A static size, a symbolic name (`batch`), or null when the exporter left the dimension unnamed. */
export type Dimension = number | string | null

export interface ValueSignature {
  readonly name: string
  /** onnxruntime's name for the element type (`float32`, `int64`, …), or the kind for non-tensors. */
  readonly dtype: string
  /** null when the rank itself is unknown. */
  readonly shape: Dimension[] | null
}

export interface ExternalDataReference {
  readonly location: string
  readonly offset: number
  /** Undefined when the model omits it: the rest of the file after offset. */
  readonly length: number | undefined
}

export interface InitializerInfo {
  readonly name: string
  readonly dtype: string
  readonly dataType: number
  readonly dims: number[]
  readonly elements: number
  /** Bytes the payload occupies in the file (raw_data or typed fields), or the declared external length. */
  readonly storedBytes: number
  readonly storage: 'raw' | 'typed' | 'external' | 'empty'
  readonly rawDataBytes?: number
  readonly typedElements?: number
  readonly external?: ExternalDataReference
}

export interface NodeInfo {
  readonly opType: string
  readonly domain: string
  readonly name: string
  readonly outputs: string[]
}

export interface GraphHeader {
  readonly name: string
  /** Every graph.input, initializers included (IR ≥ 4 lets them appear there as overridable defaults). */
  readonly declaredInputs: ValueSignature[]
  readonly outputs: ValueSignature[]
  readonly nodes: NodeInfo[]
  readonly initializers: InitializerInfo[]
  readonly sparseInitializerCount: number
}

export interface ModelHeader {
  readonly irVersion: number | undefined
  readonly opsetImports: { domain: string; version: number }[]
  readonly producerName: string
  readonly producerVersion: string
  readonly domain: string
  readonly modelVersion: number
  readonly docString: string
  readonly metadata: { key: string; value: string }[]
  readonly graph: GraphHeader | undefined
  /** How many `graph` fields the file holds; protobuf merges repeats, which hides a broken writer. */
  readonly graphFieldCount: number
  readonly functionCount: number
}

const ModelField = {
  irVersion: 1,
  producerName: 2,
  producerVersion: 3,
  domain: 4,
  modelVersion: 5,
  docString: 6,
  graph: 7,
  opsetImport: 8,
  metadataProps: 14,
  functions: 25
} as const

const GraphField = {
  node: 1,
  name: 2,
  initializer: 5,
  input: 11,
  output: 12,
  sparseInitializer: 15
} as const
const NodeField = { output: 2, name: 3, opType: 4, domain: 7 } as const

/**
 * Walk a serialized ModelProto and keep only what describes it: versions, signature, op histogram,
 * initializer inventory. Tensor payloads are skipped by length. Throws ProtobufError on bytes that
 * are not a well-formed ModelProto.
 */
export function readModelHeader(bytes: Uint8Array): ModelHeader {
  let irVersion: number | undefined
  let producerName = ''
  let producerVersion = ''
  let domain = ''
  let modelVersion = 0
  let docString = ''
  let graph: GraphHeader | undefined
  let graphFieldCount = 0
  let functionCount = 0
  const opsetImports: { domain: string; version: number }[] = []
  const metadata: { key: string; value: string }[] = []
  for (const field of ProtobufReader.of(bytes).fields()) {
    switch (field.number) {
      case ModelField.irVersion:
        irVersion = expectVarint(field, 'ModelProto.ir_version')
        break
      case ModelField.producerName:
        producerName = text(field, 'ModelProto.producer_name')
        break
      case ModelField.producerVersion:
        producerVersion = text(field, 'ModelProto.producer_version')
        break
      case ModelField.domain:
        domain = text(field, 'ModelProto.domain')
        break
      case ModelField.modelVersion:
        modelVersion = expectVarint(field, 'ModelProto.model_version')
        break
      case ModelField.docString:
        docString = text(field, 'ModelProto.doc_string')
        break
      case ModelField.graph:
        graphFieldCount++
        graph = readGraph(expectBytes(field, 'ModelProto.graph'))
        break
      case ModelField.opsetImport:
        opsetImports.push(readOpset(expectBytes(field, 'ModelProto.opset_import')))
        break
      case ModelField.metadataProps:
        metadata.push(readStringPair(expectBytes(field, 'ModelProto.metadata_props')))
        break
      case ModelField.functions:
        functionCount++
        break
    }
  }
  return {
    irVersion,
    opsetImports,
    producerName,
    producerVersion,
    domain,
    modelVersion,
    docString,
    metadata,
    graph,
    graphFieldCount,
    functionCount
  }
}

function readGraph(bytes: Uint8Array): GraphHeader {
  let name = ''
  let sparseInitializerCount = 0
  const declaredInputs: ValueSignature[] = []
  const outputs: ValueSignature[] = []
  const nodes: NodeInfo[] = []
  const initializers: InitializerInfo[] = []
  for (const field of ProtobufReader.of(bytes).fields()) {
    switch (field.number) {
      case GraphField.node:
        nodes.push(readNode(expectBytes(field, 'GraphProto.node')))
        break
      case GraphField.name:
        name = text(field, 'GraphProto.name')
        break
      case GraphField.initializer:
        initializers.push(
          describeInitializer(readTensorProto(expectBytes(field, 'GraphProto.initializer')))
        )
        break
      case GraphField.input:
        declaredInputs.push(readValueInfo(expectBytes(field, 'GraphProto.input')))
        break
      case GraphField.output:
        outputs.push(readValueInfo(expectBytes(field, 'GraphProto.output')))
        break
      case GraphField.sparseInitializer:
        sparseInitializerCount++
        break
    }
  }
  return { name, declaredInputs, outputs, nodes, initializers, sparseInitializerCount }
}

function readNode(bytes: Uint8Array): NodeInfo {
  let opType = ''
  let domain = ''
  let name = ''
  const outputs: string[] = []
  for (const field of ProtobufReader.of(bytes).fields()) {
    if (field.number === NodeField.opType) opType = text(field, 'NodeProto.op_type')
    else if (field.number === NodeField.domain) domain = text(field, 'NodeProto.domain')
    else if (field.number === NodeField.name) name = text(field, 'NodeProto.name')
    else if (field.number === NodeField.output) outputs.push(text(field, 'NodeProto.output'))
  }
  return { opType, domain, name, outputs }
}

function readOpset(bytes: Uint8Array): { domain: string; version: number } {
  let domain = ''
  let version = 0
  for (const field of ProtobufReader.of(bytes).fields()) {
    if (field.number === 1) domain = text(field, 'OperatorSetIdProto.domain')
    else if (field.number === 2) version = expectVarint(field, 'OperatorSetIdProto.version')
  }
  return { domain, version }
}

/** ValueInfoProto → TypeProto → Tensor{elem_type, shape{dim{dim_value | dim_param}}}. */
function readValueInfo(bytes: Uint8Array): ValueSignature {
  let name = ''
  let dtype = 'unknown'
  let shape: Dimension[] | null = null
  for (const field of ProtobufReader.of(bytes).fields()) {
    if (field.number === 1) name = text(field, 'ValueInfoProto.name')
    else if (field.number === 2)
      ({ dtype, shape } = readType(expectBytes(field, 'ValueInfoProto.type')))
  }
  return { name, dtype, shape }
}

const NON_TENSOR_KINDS: Record<number, string> = {
  4: 'sequence',
  5: 'map',
  8: 'sparse_tensor',
  9: 'optional'
}

function readType(bytes: Uint8Array): { dtype: string; shape: Dimension[] | null } {
  for (const field of ProtobufReader.of(bytes).fields()) {
    if (field.number === 1) return readTensorType(expectBytes(field, 'TypeProto.tensor_type'))
    const kind = NON_TENSOR_KINDS[field.number]
    if (kind) return { dtype: kind, shape: null }
  }
  return { dtype: 'unknown', shape: null }
}

function readTensorType(bytes: Uint8Array): { dtype: string; shape: Dimension[] | null } {
  let dtype = 'unknown'
  let shape: Dimension[] | null = null
  for (const field of ProtobufReader.of(bytes).fields()) {
    if (field.number === 1)
      dtype = elementType(expectVarint(field, 'TypeProto.Tensor.elem_type')).name
    else if (field.number === 2) shape = readShape(expectBytes(field, 'TypeProto.Tensor.shape'))
  }
  return { dtype, shape }
}

function readShape(bytes: Uint8Array): Dimension[] {
  const dims: Dimension[] = []
  for (const field of ProtobufReader.of(bytes).fields()) {
    if (field.number !== 1) continue
    let dim: Dimension = null
    for (const part of ProtobufReader.of(expectBytes(field, 'TensorShapeProto.dim')).fields()) {
      if (part.number === 1) {
        expectVarint(part, 'Dimension.dim_value')
        dim = int64Value(part)
      } else if (part.number === 2) dim = text(part, 'Dimension.dim_param') || null
    }
    dims.push(dim)
  }
  return dims
}

function describeInitializer(tensor: TensorProtoView): InitializerInfo {
  const type = elementType(tensor.dataType)
  const elements = elementCount(tensor.dims)
  const base = {
    name: tensor.name,
    dtype: type.name,
    dataType: tensor.dataType,
    dims: tensor.dims,
    elements
  }
  if (tensor.dataLocation === DATA_LOCATION_EXTERNAL || tensor.externalData.size > 0) {
    const external: ExternalDataReference = {
      location: tensor.externalData.get('location') ?? '',
      offset: Number(tensor.externalData.get('offset') ?? '0'),
      length: tensor.externalData.has('length')
        ? Number(tensor.externalData.get('length'))
        : undefined
    }
    return { ...base, storage: 'external', storedBytes: external.length ?? 0, external }
  }
  if (tensor.rawData !== undefined) {
    return {
      ...base,
      storage: 'raw',
      storedBytes: tensor.rawData.length,
      rawDataBytes: tensor.rawData.length
    }
  }
  if (tensor.typedData.size > 0) {
    let typedElements = 0
    let storedBytes = 0
    for (const [number, fields] of tensor.typedData) {
      for (const field of fields) {
        storedBytes += field.wireType === WireType.lengthDelimited ? field.bytes.length : 8
        typedElements += countTypedElements(number, field)
      }
    }
    return { ...base, storage: 'typed', storedBytes, typedElements }
  }
  return { ...base, storage: 'empty', storedBytes: 0 }
}

function countTypedElements(number: number, field: ProtobufField): number {
  if (field.wireType !== WireType.lengthDelimited) return 1
  if (number === TensorField.floatData) return field.bytes.length / 4
  if (number === TensorField.doubleData) return field.bytes.length / 8
  if (number === TensorField.stringData) return 1
  const values: number[] = []
  readRepeatedVarints(field, values)
  return values.length
}

function expectVarint(field: ProtobufField, what: string): number {
  if (field.wireType !== WireType.varint) {
    throw new ProtobufError(`${what} has wire type ${field.wireType}, expected varint`)
  }
  return field.value
}

function text(field: ProtobufField, what: string): string {
  return decodeString(expectBytes(field, what))
}
