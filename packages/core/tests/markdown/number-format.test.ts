import { describe, expect, test } from '@jest/globals'
import {
  formatDelta,
  formatNumber,
  formatPercentChange,
  formatPlainDecimal,
  formatSigned
} from '../../src/markdown/index.js'
import { SeededRandom } from '../../src/stats/random.js'

describe('formatNumber', () => {
  test.each([
    [1e-4, '0.0001'],
    [0.00001300000009, '1.3e-5'],
    [1.23456e-7, '1.235e-7'],
    [0.000099999, '0.0001'],
    [-0.000012346, '-1.235e-5'],
    [191.0, '191'],
    [1234567, '1234567'],
    [-42, '-42'],
    [1e21, '1e21'],
    [2 ** 53 + 2, '9.007e15'],
    [NaN, 'NaN'],
    [Infinity, '∞'],
    [-Infinity, '−∞'],
    [-0, '0'],
    [0.58, '0.58'],
    [0.58164, '0.5816'],
    [0.30000000000000004, '0.3'],
    [123.456, '123.5'],
    [12345.678, '12346'],
    [9.99996, '10'],
    [-2.5, '-2.5'],
    [1234567.5, '1.235e6'],
    [999999.99, '1e6']
  ])('%p → %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected)
  })

  test('significant digits are configurable', () => {
    expect(formatNumber(Math.PI, { significantDigits: 2 })).toBe('3.1')
    expect(formatNumber(Math.PI, { significantDigits: 6 })).toBe('3.14159')
    expect(formatNumber(1.23456e-7, { significantDigits: 1 })).toBe('1e-7')
  })

  test('integers are never rounded to significant digits', () => {
    expect(formatNumber(123456789, { significantDigits: 2 })).toBe('123456789')
  })

  test.each([0, 18, 1.5])('rejects %p significant digits', (digits) => {
    expect(() => formatNumber(0.5, { significantDigits: digits })).toThrow(RangeError)
  })
})

describe('formatPlainDecimal', () => {
  test.each([
    [1.23456e-7, '0.0000001235'],
    [1e21, '1000000000000000000000'],
    [1234567.5, '1234568'],
    [-0.5, '-0.5'],
    [0.1 + 0.2, '0.3']
  ])('%p → %s', (value, expected) => {
    expect(formatPlainDecimal(value)).toBe(expected)
  })

  test('has no text for non-finite values', () => {
    expect(() => formatPlainDecimal(NaN)).toThrow(RangeError)
  })
})

describe('deltas', () => {
  test('formatSigned marks positive values only', () => {
    expect(formatSigned(0.0123)).toBe('+0.0123')
    expect(formatSigned(-0.5)).toBe('-0.5')
    expect(formatSigned(0)).toBe('0')
    expect(formatSigned(Infinity)).toBe('+∞')
  })

  test.each([
    [0.0123, 0.8785, '+0.0123 (+1.4%)'],
    [-0.05, 0.5, '-0.05 (-10%)'],
    [0.1, -0.5, '+0.1 (+20%)'],
    [0, 0.5, '0 (0%)'],
    [0.1, 0, '+0.1'],
    [0.1, NaN, '+0.1'],
    [NaN, 1, 'NaN'],
    [1e-7, 1, '+1e-7 (+1e-5%)']
  ])('formatDelta(%p, %p) → %s', (delta, base, expected) => {
    expect(formatDelta(delta, base)).toBe(expected)
  })

  test('percent change is undefined without a usable base', () => {
    expect(formatPercentChange(1, 0)).toBeUndefined()
    expect(formatPercentChange(1, Infinity)).toBeUndefined()
    expect(formatPercentChange(1, 4, { percentSignificantDigits: 3 })).toBe('+25%')
    expect(formatPercentChange(1, 3, { percentSignificantDigits: 3 })).toBe('+33.3%')
  })
})

describe('formatNumber in positional range (the toPrecision shortcut)', () => {
  // The digits of toExponential(d − 1) written out positionally by hand: an oracle independent of
  // toPrecision, which formatNumber uses from 0.0001 up to 10^(d − 1).
  function positionalFromExponential(value: number, digits: number): string {
    const [mantissa = '', power = ''] = Math.abs(value)
      .toExponential(digits - 1)
      .split('e')
    const exponent = Number(power)
    const significant = mantissa.replace('.', '').replace(/0+$/, '') || '0'
    const text =
      exponent < 0
        ? `0.${'0'.repeat(-exponent - 1)}${significant}`
        : exponent + 1 >= significant.length
          ? significant.padEnd(exponent + 1, '0')
          : `${significant.slice(0, exponent + 1)}.${significant.slice(exponent + 1)}`
    return value < 0 ? `-${text}` : text
  }

  test.each([1, 2, 4, 6, 10, 17])(
    'writes the same text as the exponential digits at %p significant digits',
    (digits) => {
      // Seeded, so a failure names a reproducible value.
      const random = new SeededRandom(digits)
      const next = (): number => random.nextDouble()
      const mismatches: string[] = []
      for (let i = 0; i < 20_000; i++) {
        const exponent = Math.floor(next() * (digits + 3)) - 4
        // Half of the values sit on a rounding boundary of the last kept digit (…5 exactly).
        const raw = (1 + 9 * next()) * 10 ** exponent
        const value =
          i % 2 === 0
            ? raw
            : (Math.round(raw * 10 ** (digits - exponent)) + 0.5) / 10 ** (digits - exponent)
        const signed = next() < 0.5 ? -value : value
        const magnitude = Math.abs(signed)
        if (magnitude < 1e-4 || Number.isSafeInteger(signed)) continue
        const rounded = Number(magnitude.toExponential(digits - 1))
        if (rounded >= 10 ** (digits - 1)) continue // shown whole, not positionally
        const expected = positionalFromExponential(signed, digits)
        const actual = formatNumber(signed, { significantDigits: digits })
        if (actual !== expected) mismatches.push(`${signed}: ${actual} ≠ ${expected}`)
      }
      expect(mismatches.slice(0, 5)).toEqual([])
    }
  )

  test('the ends of the range', () => {
    expect(formatNumber(1e-4)).toBe('0.0001')
    expect(formatNumber(9.99949e-5)).toBe('9.999e-5')
    expect(formatNumber(-0.000099996)).toBe('-0.0001')
    expect(formatNumber(999.94)).toBe('999.9')
    expect(formatNumber(999.96)).toBe('1000')
    expect(formatNumber(99.995, { significantDigits: 2 })).toBe('100')
  })
})
