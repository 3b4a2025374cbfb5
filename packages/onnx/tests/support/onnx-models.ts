import onnxProto from 'onnx-proto'
import type { onnx as OnnxTypes } from 'onnx-proto'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const { onnx } = onnxProto

export const DataType = {
  float: 1,
  uint8: 2,
  int32: 6,
  int64: 7,
  bool: 9,
  float16: 10,
  double: 11,
  bfloat16: 16,
  int4: 22
} as const

type Dim = number | string | null

export interface TensorSpec {
  name: string
  elemType: number
  shape?: Dim[]
}

export interface InitializerSpec {
  name: string
  dataType: number
  dims: number[]
  rawData?: Uint8Array
  floatData?: number[]
  int64Data?: number[]
  external?: Record<string, string>
}

export interface NodeSpec {
  opType: string
  inputs: string[]
  outputs: string[]
  domain?: string
  name?: string
}

export interface ModelSpec {
  irVersion?: number
  opsets?: { domain: string; version: number }[]
  inputs?: TensorSpec[]
  outputs?: TensorSpec[]
  nodes?: NodeSpec[]
  initializers?: InitializerSpec[]
  metadata?: Record<string, string> | [string, string][]
  producer?: string
  noGraph?: boolean
}

export function valueInfo(spec: TensorSpec): OnnxTypes.IValueInfoProto {
  const tensorType: OnnxTypes.TypeProto.ITensor = { elemType: spec.elemType }
  if (spec.shape) {
    tensorType.shape = {
      dim: spec.shape.map((dim) =>
        typeof dim === 'number' ? { dimValue: dim } : dim === null ? {} : { dimParam: dim }
      )
    }
  }
  return { name: spec.name, type: { tensorType } }
}

function initializer(spec: InitializerSpec): OnnxTypes.ITensorProto {
  const tensor: OnnxTypes.ITensorProto = {
    name: spec.name,
    dataType: spec.dataType,
    dims: spec.dims
  }
  if (spec.rawData) tensor.rawData = spec.rawData
  if (spec.floatData) tensor.floatData = spec.floatData
  if (spec.int64Data) tensor.int64Data = spec.int64Data
  if (spec.external) {
    tensor.dataLocation = onnx.TensorProto.DataLocation.EXTERNAL
    tensor.externalData = Object.entries(spec.external).map(([key, value]) => ({ key, value }))
  }
  return tensor
}

/** Encode a ModelProto; defaults make a valid `Y = X + X` float model with a symbolic batch. */
export function encodeModel(spec: ModelSpec = {}): Uint8Array {
  const inputs = spec.inputs ?? [{ name: 'X', elemType: DataType.float, shape: ['batch', 4] }]
  const outputs = spec.outputs ?? [{ name: 'Y', elemType: DataType.float, shape: ['batch', 4] }]
  const nodes = spec.nodes ?? [{ opType: 'Add', inputs: ['X', 'X'], outputs: ['Y'] }]
  const metadata = Array.isArray(spec.metadata)
    ? spec.metadata
    : Object.entries(spec.metadata ?? {})
  return onnx.ModelProto.encode({
    irVersion: spec.irVersion ?? 8,
    producerName: spec.producer ?? 'ml-actions-tests',
    producerVersion: '1',
    opsetImport: spec.opsets ?? [{ domain: '', version: 17 }],
    metadataProps: metadata.map(([key, value]) => ({ key, value })),
    ...(spec.noGraph
      ? {}
      : {
          graph: {
            name: 'test-graph',
            node: nodes.map((node) => ({
              opType: node.opType,
              input: node.inputs,
              output: node.outputs,
              domain: node.domain ?? '',
              name: node.name ?? ''
            })),
            initializer: (spec.initializers ?? []).map(initializer),
            input: inputs.map(valueInfo),
            output: outputs.map(valueInfo)
          }
        })
  }).finish()
}

export function float32Bytes(values: number[]): Uint8Array {
  return new Uint8Array(Float32Array.from(values).buffer)
}

export function encodeTensor(
  spec: InitializerSpec & { int32Data?: number[]; doubleData?: number[] }
): Uint8Array {
  return onnx.TensorProto.encode({
    ...initializer(spec),
    ...(spec.int32Data ? { int32Data: spec.int32Data } : {}),
    ...(spec.doubleData ? { doubleData: spec.doubleData } : {})
  }).finish()
}

export async function scratchDirectory(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `onnx-${prefix}-`))
}

export async function writeModel(
  directory: string,
  name: string,
  spec: ModelSpec | Uint8Array
): Promise<string> {
  const path = join(directory, name)
  await writeFile(path, spec instanceof Uint8Array ? spec : encodeModel(spec))
  return path
}

export const repoRuntimeDirectory = new URL(
  '../../../../node_modules/onnxruntime-node',
  import.meta.url
).pathname
