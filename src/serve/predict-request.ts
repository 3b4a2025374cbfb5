import type { NdArray, NumericDtype } from '@ml-actions/onnx'

/** A tensor input of the served model, as onnxruntime describes it. */
export interface ServedInput {
  readonly name: string
  readonly type: string
  /** Numbers are fixed sizes; strings (or -1) are symbolic, such as the batch dimension. */
  readonly shape: ReadonlyArray<number | string>
}

/** A request the client can fix: answered 400 with this message. */
export class BadRequestError extends Error {}

/**
 * `{"inputs": {"<name>": nested arrays}}`, or `{"instances": nested arrays}` for a model with one
 * input, into typed tensors checked against the model's input signature.
 */
export function parsePredictRequest(
  body: unknown,
  inputs: readonly ServedInput[]
): Map<string, NdArray> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new BadRequestError('the body must be a JSON object with "inputs" or "instances"')
  }
  const request = body as { inputs?: unknown; instances?: unknown }
  let given: Record<string, unknown>
  if (request.instances !== undefined) {
    if (inputs.length !== 1) {
      throw new BadRequestError(
        `"instances" needs a model with one input; this one has ${inputs.map((i) => i.name).join(', ')}: use "inputs"`
      )
    }
    given = { [(inputs[0] as ServedInput).name]: request.instances }
  } else if (typeof request.inputs === 'object' && request.inputs !== null) {
    given = request.inputs as Record<string, unknown>
  } else {
    throw new BadRequestError(
      'the body must have "inputs" (an object by input name) or "instances"'
    )
  }
  const unknown = Object.keys(given).filter((name) => !inputs.some((i) => i.name === name))
  if (unknown.length > 0) {
    throw new BadRequestError(
      `unknown input ${unknown.map((n) => JSON.stringify(n)).join(', ')}; the model takes ${inputs.map((i) => i.name).join(', ')}`
    )
  }
  const feeds = new Map<string, NdArray>()
  for (const input of inputs) {
    if (!(input.name in given)) throw new BadRequestError(`input "${input.name}" is missing`)
    feeds.set(input.name, toNdArray(given[input.name], input))
  }
  return feeds
}

function toNdArray(value: unknown, input: ServedInput): NdArray {
  const shape: number[] = []
  for (let level: unknown = value; Array.isArray(level); level = level[0]) shape.push(level.length)
  if (shape.length !== input.shape.length) {
    throw new BadRequestError(
      `input "${input.name}" must have ${input.shape.length} dimension(s) [${input.shape.join(', ')}], got ${shape.length}`
    )
  }
  input.shape.forEach((dim, axis) => {
    if (typeof dim === 'number' && dim >= 0 && shape[axis] !== dim) {
      throw new BadRequestError(
        `input "${input.name}" dimension ${axis} must be ${dim}, got ${shape[axis]}`
      )
    }
  })
  const flat: number[] = []
  const walk = (node: unknown, depth: number): void => {
    if (depth === shape.length) {
      if (typeof node !== 'number' || !Number.isFinite(node)) {
        throw new BadRequestError(`input "${input.name}" holds a value that is not a finite number`)
      }
      flat.push(node)
      return
    }
    if (!Array.isArray(node) || node.length !== shape[depth]) {
      throw new BadRequestError(`input "${input.name}" is not a rectangular array`)
    }
    for (const child of node) walk(child, depth + 1)
  }
  walk(value, 0)
  return { dtype: input.type as NumericDtype, shape, data: typedData(flat, input) }
}

function typedData(values: number[], input: ServedInput): NdArray['data'] {
  switch (input.type) {
    case 'float32':
      return Float32Array.from(values)
    case 'float64':
      return Float64Array.from(values)
    case 'int32':
      return Int32Array.from(integers(values, input))
    case 'uint8':
      return Uint8Array.from(integers(values, input))
    case 'int8':
      return Int8Array.from(integers(values, input))
    case 'int16':
      return Int16Array.from(integers(values, input))
    case 'uint16':
      return Uint16Array.from(integers(values, input))
    case 'uint32':
      return Uint32Array.from(integers(values, input))
    case 'int64':
      return BigInt64Array.from(integers(values, input), (v) => BigInt(v))
    case 'uint64':
      return BigUint64Array.from(integers(values, input), (v) => BigInt(v))
    default:
      throw new BadRequestError(
        `input "${input.name}" has type ${input.type}, which JSON cannot carry`
      )
  }
}

function integers(values: number[], input: ServedInput): number[] {
  if (values.some((v) => !Number.isInteger(v))) {
    throw new BadRequestError(`input "${input.name}" (${input.type}) takes integers`)
  }
  return values
}

/** Output tensors as nested JSON arrays; 64-bit integers as numbers when they fit exactly. */
export function outputsToJson(outputs: ReadonlyMap<string, NdArray>): Record<string, unknown> {
  const json: Record<string, unknown> = {}
  for (const [name, array] of outputs) {
    const flat = Array.from(array.data as ArrayLike<number | bigint>, (v) =>
      typeof v === 'bigint' ? Number(v) : v
    )
    json[name] = nest(flat, array.shape)
  }
  return json
}

function nest(flat: readonly (number | boolean)[], shape: readonly number[]): unknown {
  if (shape.length === 0) return flat[0]
  const [size, ...rest] = shape as [number, ...number[]]
  const stride = rest.reduce((product, dim) => product * dim, 1)
  return Array.from({ length: size }, (_, i) =>
    nest(flat.slice(i * stride, (i + 1) * stride), rest)
  )
}
