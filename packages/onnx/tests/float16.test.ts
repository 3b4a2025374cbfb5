import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { halfBitsToNumber, numberToHalfBits } from '../src/float16.js'

// numpy's float16 (Debian's python3) is the independent source: its half → double is exact and its
// double → half rounds to nearest, ties to even, from the double itself.
const PYTHON = '/usr/bin/python3'

/** numpy's `expression` of the bytes `b` given, as the bytes of the array it makes. */
function numpy(expression: string, input: ArrayBufferView): ArrayBuffer {
  const script =
    'import sys, warnings, numpy as np\nwarnings.simplefilter("ignore")\n' +
    `b = sys.stdin.buffer.read()\nsys.stdout.buffer.write((${expression}).tobytes())`
  const out = execFileSync(PYTHON, ['-c', script], {
    input: Buffer.from(input.buffer, input.byteOffset, input.byteLength),
    maxBuffer: 1 << 26
  })
  return out.buffer.slice(out.byteOffset, out.byteOffset + out.length)
}

const numpyHalfToDouble = (bits: Uint16Array): Float64Array =>
  new Float64Array(numpy('np.frombuffer(b, "<u2").view("<f2").astype("<f8")', bits))
const numpyDoubleToHalfBits = (values: Float64Array): Uint16Array =>
  new Uint16Array(numpy('np.frombuffer(b, "<f8").astype("<f2").view("<u2")', values))

const ALL_HALVES = Uint16Array.from({ length: 65536 }, (_, bits) => bits)
const isNaNBits = (bits: number): boolean => (bits & 0x7c00) === 0x7c00 && (bits & 0x3ff) !== 0

/** The first five indices below `length` where `differs` holds. */
function mismatches(length: number, differs: (index: number) => boolean): number[] {
  const found: number[] = []
  for (let index = 0; index < length && found.length < 5; index++) {
    if (differs(index)) found.push(index)
  }
  return found
}

describe('float16 against numpy, exhaustively', () => {
  it('decodes all 65,536 half bit patterns to numpy’s doubles (±0, subnormals, ±∞, NaN)', () => {
    const expected = numpyHalfToDouble(ALL_HALVES)
    const wrong = mismatches(65536, (bits) => !Object.is(halfBitsToNumber(bits), expected[bits]))
    expect(
      wrong.map((bits) => [bits.toString(16), halfBitsToNumber(bits), expected[bits]])
    ).toEqual([])
    // The test itself covers the special values it names.
    expect(Object.is(expected[0x8000], -0)).toBe(true)
    expect(expected[0x0001]).toBe(2 ** -24)
    expect(expected[0xfc00]).toBe(-Infinity)
    expect(expected[0x7e00]).toBeNaN()
  })

  it('round-trips every half: numberToHalfBits(halfBitsToNumber(b)) is b, a NaN stays a NaN', () => {
    const wrong = mismatches(65536, (bits) => {
      const back = numberToHalfBits(halfBitsToNumber(bits))
      return isNaNBits(bits) ? !isNaNBits(back) : back !== bits
    })
    expect(wrong.map((bits) => bits.toString(16))).toEqual([])
  })

  it('rounds doubles as numpy does: each midpoint, and a hair above and below it', () => {
    // Every pair of adjacent finite halves of both signs: the tie goes to the even one, and a double
    // 2^-40 off the tie (which float32 cannot tell from the tie) goes to the nearer one.
    const values: number[] = []
    for (let bits = 0; bits < 0x7c00; bits++) {
      const midpoint = (halfBitsToNumber(bits) + halfBitsToNumber(bits + 1)) / 2
      for (const value of [midpoint, midpoint * (1 + 2 ** -40), midpoint * (1 - 2 ** -40)]) {
        values.push(value, -value)
      }
    }
    values.push(65519.99, 65520, 1e300, -1e300, Infinity, -Infinity, 2 ** -25, 1e-310, -0)
    const doubles = Float64Array.from(values)
    const expected = numpyDoubleToHalfBits(doubles)
    const wrong = mismatches(doubles.length, (index) => {
      return numberToHalfBits(doubles[index] as number) !== expected[index]
    })
    expect(
      wrong.map((index) => [
        doubles[index],
        numberToHalfBits(doubles[index] as number),
        expected[index]
      ])
    ).toEqual([])
    expect(isNaNBits(numberToHalfBits(Number.NaN))).toBe(true)
  })
})
