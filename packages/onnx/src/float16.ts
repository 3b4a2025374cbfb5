/** IEEE 754 half precision ↔ double, for float16 tensors that onnxruntime-node passes as raw bits. */
export function halfBitsToNumber(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1
  const exponent = (bits >> 10) & 0x1f
  const fraction = bits & 0x3ff
  if (exponent === 0) return sign * fraction * 2 ** -24
  if (exponent === 0x1f) return fraction === 0 ? sign * Infinity : NaN
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15)
}

const scratch = new DataView(new ArrayBuffer(8))
const SMALLEST_NORMAL = 2 ** -14
/** Adding and taking away 2^52 rounds a double below 2^52 to an integer, ties to even. */
const ROUNDER = 2 ** 52

/**
 * Round-to-nearest-even from the double itself, as numpy's float16 does. Going through float32
 * first rounds twice: a double just above a midpoint of two halves becomes that midpoint in float32,
 * whose tie then goes to the even neighbour, below the double (63 of 1M random doubles).
 */
export function numberToHalfBits(value: number): number {
  if (Number.isNaN(value)) return 0x7e00
  const sign = value < 0 || Object.is(value, -0) ? 0x8000 : 0
  const magnitude = Math.abs(value)
  // Subnormal halves count units of 2^-24; 1024 of them is the smallest normal's bit pattern.
  if (magnitude < SMALLEST_NORMAL) return sign | (magnitude * 2 ** 24 + ROUNDER - ROUNDER)
  scratch.setFloat64(0, magnitude)
  const exponent = (scratch.getUint16(0) >>> 4) - 1023
  if (exponent > 15) return sign | 0x7c00
  // The significand scaled to [1024, 2048) and rounded; 2048 carries into the exponent (to ∞ at
  // the top).
  const significand = magnitude * 2 ** (10 - exponent) + ROUNDER - ROUNDER
  return sign | (((exponent + 15) << 10) + significand - 1024)
}
