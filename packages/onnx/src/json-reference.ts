import { ConfigurationError } from '@ml-actions/core/errors'
import type { NdArray } from './nd-array.js'
import { isRecord } from '@ml-actions/core/metrics'

export interface JsonReference {
  readonly inputs: Map<string, NdArray>
  readonly outputs: Map<string, NdArray>
}

/**
 * `{"inputs": {name: nested arrays}, "outputs": {...}}`. Numbers arrive as float64 and are cast to
 * the model's types when fed; `null` stands for NaN and the strings "Infinity"/"-Infinity"/"NaN" are accepted.
 */
export function readJsonReference(text: string, source: string): JsonReference {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new ConfigurationError(`${source} is not valid JSON: ${(error as Error).message}`)
  }
  if (!isRecord(parsed))
    throw new ConfigurationError(`${source} must hold an object with "inputs" and/or "outputs".`)
  return {
    inputs: readGroup(parsed.inputs, `${source}: inputs`),
    outputs: readGroup(parsed.outputs, `${source}: outputs`)
  }
}

function readGroup(value: unknown, where: string): Map<string, NdArray> {
  const arrays = new Map<string, NdArray>()
  if (value === undefined) return arrays
  if (!isRecord(value))
    throw new ConfigurationError(`${where} must be an object of name → nested arrays.`)
  for (const [name, nested] of Object.entries(value))
    arrays.set(name, nestedToArray(nested, `${where}.${name}`))
  return arrays
}

function nestedToArray(value: unknown, where: string): NdArray {
  const shape: number[] = []
  let probe = value
  while (Array.isArray(probe)) {
    shape.push(probe.length)
    probe = probe[0]
  }
  const flat: number[] = []
  flatten(value, 0, shape, flat, where)
  return { dtype: 'float64', shape, data: Float64Array.from(flat) }
}

function flatten(
  value: unknown,
  depth: number,
  shape: number[],
  into: number[],
  where: string
): void {
  if (depth === shape.length) {
    into.push(toNumber(value, where))
    return
  }
  if (!Array.isArray(value) || value.length !== shape[depth]) {
    throw new ConfigurationError(
      `${where} is ragged: every level must have the same length (shape [${shape.join(', ')}]).`
    )
  }
  for (const item of value) flatten(item, depth + 1, shape, into, where)
}

function toNumber(value: unknown, where: string): number {
  if (typeof value === 'number') return value
  if (typeof value === 'boolean') return value ? 1 : 0
  if (value === null || value === 'NaN') return NaN
  if (value === 'Infinity') return Infinity
  if (value === '-Infinity') return -Infinity
  throw new ConfigurationError(`${where} holds ${JSON.stringify(value)}, which is not a number.`)
}
