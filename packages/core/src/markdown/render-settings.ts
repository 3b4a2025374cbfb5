import type { KeyFilter } from './key-filter.js'
import { DEFAULT_SIGNIFICANT_DIGITS } from './number-format.js'

export interface RenderOptions extends KeyFilter {
  /** A heading above everything, at `headingLevel`. */
  title?: string
  /** Level of the title (default 2); sections go one level deeper per key, down to level 6. */
  headingLevel?: number
  /** Significant digits of non-integers (default 4). */
  precision?: number
  /** Rows shown per table, and items or sections per list (default 100); the middle is left out. */
  maxTableRows?: number
  /** Columns shown per table (default 20); later columns are left out with a note. */
  maxTableColumns?: number
  /** Tables with more rows than this are collapsed in `<details>` (default 10). */
  collapseAbove?: number
  /** Arrays of scalars up to this length are written inline, `a, b, c` (default 8). */
  inlineListMax?: number
  /** A long numeric array as a one-column `table` (default) or as a length/min/max/last `summary`. */
  longSeries?: 'table' | 'summary'
}

export interface RenderSettings {
  readonly headingLevel: number
  readonly significantDigits: number
  readonly maxTableRows: number
  readonly maxTableColumns: number
  readonly collapseAbove: number
  readonly inlineListMax: number
  readonly longSeries: 'table' | 'summary'
}

export function resolveSettings(options: RenderOptions): RenderSettings {
  return {
    headingLevel: checkedInteger('headingLevel', options.headingLevel ?? 2, 1, 6),
    significantDigits: checkedInteger(
      'precision',
      options.precision ?? DEFAULT_SIGNIFICANT_DIGITS,
      1,
      17
    ),
    maxTableRows: checkedInteger('maxTableRows', options.maxTableRows ?? 100, 2),
    maxTableColumns: checkedInteger('maxTableColumns', options.maxTableColumns ?? 20, 2),
    collapseAbove: checkedInteger('collapseAbove', options.collapseAbove ?? 10, 0),
    inlineListMax: checkedInteger('inlineListMax', options.inlineListMax ?? 8, 0),
    longSeries: options.longSeries ?? 'table'
  }
}

function checkedInteger(name: string, value: number, min: number, max = Infinity): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Infinity ? `at least ${min}` : `from ${min} to ${max}`
    throw new RangeError(`${name} must be an integer ${range}, got ${value}`)
  }
  return value
}
