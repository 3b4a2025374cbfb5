import { toFloat64 } from './nd-array.js'
import type { NdArray } from './nd-array.js'

export interface ArgmaxAgreement {
  readonly rows: number
  readonly agreeing: number
  readonly rate: number
}

/**
 * For classifier-shaped outputs ([batch, classes] of floats): how often the exported model picks
 * the same class as the reference. Small numeric drift matters less than a changed prediction.
 */
export function argmaxAgreement(
  pairs: readonly { actual: NdArray; expected: NdArray }[]
): ArgmaxAgreement | undefined {
  let rows = 0
  let agreeing = 0
  for (const { actual, expected } of pairs) {
    const [batch, classes] = expected.shape
    if (expected.shape.length !== 2 || batch === undefined || classes === undefined || classes < 2)
      return undefined
    if (!expected.dtype.startsWith('float')) return undefined
    const a = toFloat64(actual)
    const b = toFloat64(expected)
    for (let row = 0; row < batch; row++) {
      rows++
      if (argmax(a, row * classes, classes) === argmax(b, row * classes, classes)) agreeing++
    }
  }
  return rows === 0 ? undefined : { rows, agreeing, rate: agreeing / rows }
}

function argmax(values: Float64Array, start: number, length: number): number {
  let best = 0
  for (let i = 1; i < length; i++) {
    if ((values[start + i] as number) > (values[start + best] as number)) best = i
  }
  return best
}
