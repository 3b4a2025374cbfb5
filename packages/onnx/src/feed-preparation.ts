import { ConfigurationError } from '@ml-actions/core/errors'
import type { ModelSignature } from './model-signature.js'
import { castNdArray, isNumericDtype } from './nd-array.js'
import type { NdArray } from './nd-array.js'

export interface PreparedFeeds {
  readonly feeds: Map<string, NdArray>
  /** Type conversions applied, e.g. `x: float64 → float32` (numpy defaults to float64). */
  readonly casts: string[]
}

/** Match reference arrays to the model's inputs by name, converting to the declared element type. */
export function prepareFeeds(
  arrays: ReadonlyMap<string, NdArray>,
  signature: ModelSignature,
  sample: string
): PreparedFeeds {
  const feeds = new Map<string, NdArray>()
  const casts: string[] = []
  for (const input of signature.inputs) {
    const array = arrays.get(input.name)
    if (!array) {
      throw new ConfigurationError(
        `Reference data "${sample}" has no array for model input "${input.name}" (it has: ${[...arrays.keys()].join(', ') || 'nothing'}).`,
        'reference-inputs'
      )
    }
    if (!isNumericDtype(input.dtype) || array.dtype === input.dtype) {
      feeds.set(input.name, array)
      continue
    }
    casts.push(`${input.name}: ${array.dtype} → ${input.dtype}`)
    feeds.set(input.name, castNdArray(array, input.dtype))
  }
  const unknown = [...arrays.keys()].filter(
    (name) => !signature.inputs.some((input) => input.name === name)
  )
  if (unknown.length > 0) {
    throw new ConfigurationError(
      `Reference data "${sample}" has arrays for ${unknown.map((name) => `"${name}"`).join(', ')}, which are not model inputs (${signature.inputs.map((input) => input.name).join(', ')}).`,
      'reference-inputs'
    )
  }
  return { feeds, casts }
}
