/** IEEE 754 half precision ↔ double, for float16 tensors that onnxruntime-node passes as raw bits. */
export function halfBitsToNumber(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1
  const exponent = (bits >> 10) & 0x1f
  const fraction = bits & 0x3ff
  if (exponent === 0) return sign * fraction * 2 ** -24
  if (exponent === 0x1f) return fraction === 0 ? sign * Infinity : NaN
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15)
}

const scratch = new DataView(new ArrayBuffer(4))

/** Round-to-nearest-even conversion through the float32 bit pattern. */
export function numberToHalfBits(value: number): number {
  scratch.setFloat32(0, value)
  const bits = scratch.getUint32(0)
  const sign = (bits >>> 16) & 0x8000
  const exponent = (bits >>> 23) & 0xff
  const mantissa = bits & 0x7fffff
  if (exponent === 0xff) return sign | 0x7c00 | (mantissa ? 0x200 : 0)
  const halfExponent = exponent - 127 + 15
  if (halfExponent >= 0x1f) return sign | 0x7c00
  if (halfExponent <= 0) {
    if (halfExponent < -10) return sign
    const full = mantissa | 0x800000
    const shift = 14 - halfExponent
    const rounded = (full >> shift) + roundBit(full, shift)
    return sign | rounded
  }
  const base = sign | (halfExponent << 10) | (mantissa >> 13)
  return base + roundBit(mantissa, 13)
}

function roundBit(value: number, shift: number): number {
  const remainder = value & ((1 << shift) - 1)
  const half = 1 << (shift - 1)
  if (remainder > half) return 1
  if (remainder < half) return 0
  return (value >> shift) & 1
}
