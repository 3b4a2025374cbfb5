import { allocate, isNumericDtype, shapeSize } from './nd-array.js'
import type { NdArray } from './nd-array.js'
import type { Dimension, ValueSignature } from './model-header.js'
import { numberToHalfBits } from './float16.js'

/**
 * Concrete sizes for symbolic dimensions. onnxruntime-node ignores `freeDimensionOverrides`
 * (research §2.5-1), so the caller binds them by shaping the feeds; unnamed and unbound dims get 1.
 */
export type DimensionBindings = Readonly<Record<string, number>>

export function concreteShape(
  shape: readonly Dimension[] | null,
  bindings: DimensionBindings
): number[] {
  return (shape ?? []).map((dim) =>
    typeof dim === 'number' ? dim : dim === null ? 1 : (bindings[dim] ?? 1)
  )
}

/** Deterministic inputs for timing and batch checks: floats in [-1, 1), integers in [0, 10), bools. */
export function syntheticInputs(
  inputs: readonly ValueSignature[],
  bindings: DimensionBindings,
  seed = 1
): Map<string, NdArray> {
  const random = mulberry32(seed)
  const feeds = new Map<string, NdArray>()
  for (const input of inputs) {
    if (!isNumericDtype(input.dtype))
      throw new Error(
        `input "${input.name}" has type ${input.dtype}; synthetic data needs a numeric tensor`
      )
    const shape = concreteShape(input.shape, bindings)
    const data = allocate(input.dtype, shapeSize(shape))
    for (let i = 0; i < data.length; i++) {
      const unit = random()
      if (data instanceof BigInt64Array || data instanceof BigUint64Array)
        data[i] = BigInt(Math.floor(unit * 10))
      else if (input.dtype === 'float16') data[i] = numberToHalfBits(unit * 2 - 1)
      else if (input.dtype === 'bool') data[i] = unit < 0.5 ? 0 : 1
      else if (input.dtype.startsWith('float')) data[i] = unit * 2 - 1
      else data[i] = Math.floor(unit * 10)
    }
    feeds.set(input.name, { dtype: input.dtype, shape, data })
  }
  return feeds
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
