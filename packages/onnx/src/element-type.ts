/** ONNX TensorProto.DataType codes, their byte widths and the names onnxruntime-node uses. */
export interface ElementType {
  readonly code: number
  readonly name: string
  /** Bits per element; 4 for the packed int4 types, 0 for strings (no fixed size). */
  readonly bits: number
}

const TYPES: readonly ElementType[] = [
  { code: 1, name: 'float32', bits: 32 },
  { code: 2, name: 'uint8', bits: 8 },
  { code: 3, name: 'int8', bits: 8 },
  { code: 4, name: 'uint16', bits: 16 },
  { code: 5, name: 'int16', bits: 16 },
  { code: 6, name: 'int32', bits: 32 },
  { code: 7, name: 'int64', bits: 64 },
  { code: 8, name: 'string', bits: 0 },
  { code: 9, name: 'bool', bits: 8 },
  { code: 10, name: 'float16', bits: 16 },
  { code: 11, name: 'float64', bits: 64 },
  { code: 12, name: 'uint32', bits: 32 },
  { code: 13, name: 'uint64', bits: 64 },
  { code: 14, name: 'complex64', bits: 64 },
  { code: 15, name: 'complex128', bits: 128 },
  { code: 16, name: 'bfloat16', bits: 16 },
  { code: 17, name: 'float8e4m3fn', bits: 8 },
  { code: 18, name: 'float8e4m3fnuz', bits: 8 },
  { code: 19, name: 'float8e5m2', bits: 8 },
  { code: 20, name: 'float8e5m2fnuz', bits: 8 },
  { code: 21, name: 'uint4', bits: 4 },
  { code: 22, name: 'int4', bits: 4 },
  { code: 23, name: 'float4e2m1', bits: 4 }
]

const BY_CODE = new Map(TYPES.map((type) => [type.code, type]))

export function elementType(code: number): ElementType {
  return BY_CODE.get(code) ?? { code, name: `unknown(${code})`, bits: 0 }
}

/** Types onnxruntime-node 1.30 cannot expose as graph inputs/outputs (its type table has holes there). */
export function isFeedableByNode(name: string): boolean {
  return !/^(bfloat16|float8|complex|float4|unknown)/.test(name)
}

/** Bytes a dense tensor of this type and element count occupies; undefined when not fixed-size. */
export function denseByteSize(code: number, elements: number): number | undefined {
  const { bits } = elementType(code)
  if (bits === 0) return undefined
  return Math.ceil((elements * bits) / 8)
}
