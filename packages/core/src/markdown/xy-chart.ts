import { formatPlainDecimal } from './number-format.js'
import { toPrintable } from './unicode.js'

export interface ChartSeries {
  name: string
  values: readonly number[]
  /** xychart-beta draws `line` and `bar` plots (default line). */
  kind?: 'line' | 'bar'
}

export interface XyChartOptions {
  title?: string
  xLabels: ReadonlyArray<string | number>
  series: readonly ChartSeries[]
  xLabel?: string
  yLabel?: string
  significantDigits?: number
  /** Long histories are thinned to this many evenly spaced points, first and last kept (default 100). */
  maxPoints?: number
  /** A fixed y-axis range, so that a small change is drawn small (mermaid fits the data otherwise). */
  yRange?: { readonly min: number; readonly max: number }
}

/**
 * Line colours that read on GitHub's light and dark themes alike (mid-tones of its own palette):
 * mermaid's default first colour, #ECECFF, is nearly invisible on white.
 */
export const CHART_COLORS: readonly string[] = [
  '#2f81f7',
  '#e5534b',
  '#3fb950',
  '#d29922',
  '#a371f7'
]

const DEFAULT_MAX_POINTS = 100

/**
 * A mermaid `xychart-beta` block, which GitHub renders itself (no image host needed).
 * The grammar has no exponent notation and no missing-value marker, so values are plain decimals and
 * an x position where any series is NaN or infinite is left out. Mermaid 11 draws no legend: series
 * names are written into the source but not shown, so a caller with several lines names them
 * (colours in CHART_COLORS order) in the text around the chart. Returns '' when no point is left.
 */
export function xyChart(options: XyChartOptions): string {
  const { xLabels, series } = options
  for (const each of series) {
    if (each.values.length !== xLabels.length) {
      throw new RangeError(
        `Series ${each.name} has ${each.values.length} values for ${xLabels.length} x labels`
      )
    }
  }
  const drawable = xLabels
    .map((_, position) => position)
    .filter((position) => series.every((each) => Number.isFinite(each.values[position])))
  const positions = thin(drawable, options.maxPoints ?? DEFAULT_MAX_POINTS)
  if (series.length === 0 || positions.length === 0) return ''

  const format = (value: number) =>
    formatPlainDecimal(value, { significantDigits: options.significantDigits })
  const palette = CHART_COLORS.join(', ')
  const lines = [
    '```mermaid',
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
    'xychart-beta'
  ]
  if (options.title) lines.push(`  title ${quote(options.title)}`)
  const xTitle = options.xLabel ? `${quote(options.xLabel)} ` : ''
  const labels = positions.map((position) => quote(String(xLabels[position])))
  lines.push(`  x-axis ${xTitle}[${labels.join(', ')}]`)
  const range = options.yRange
    ? ` ${format(options.yRange.min)} --> ${format(options.yRange.max)}`
    : ''
  if (options.yLabel || range)
    lines.push(`  y-axis${options.yLabel ? ` ${quote(options.yLabel)}` : ''}${range}`)
  for (const each of series) {
    const values = positions.map((position) => format(each.values[position] ?? NaN))
    lines.push(`  ${each.kind ?? 'line'} ${quote(each.name)} [${values.join(', ')}]`)
  }
  lines.push('```')
  return lines.join('\n')
}

/**
 * Mermaid strings have no escapes: a `"` would end the string, a leading backtick would switch to a
 * markdown string, `%%` right after the opening quote is read as a comment, and a line break would end
 * the statement (and could end the code fence). Those characters are replaced.
 */
function quote(text: string): string {
  const safe = toPrintable(text)
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/["`]/g, "'")
    .replace(/%(?=%)/g, '% ')
  return `"${safe}"`
}

function thin(positions: readonly number[], maxPoints: number): number[] {
  if (!Number.isInteger(maxPoints) || maxPoints < 2) {
    throw new RangeError(`maxPoints must be an integer of at least 2, got ${maxPoints}`)
  }
  if (positions.length <= maxPoints) return [...positions]
  const step = (positions.length - 1) / (maxPoints - 1)
  const picked = new Set<number>()
  for (let index = 0; index < maxPoints; index++) {
    picked.add(positions[Math.round(index * step)] ?? 0)
  }
  return [...picked]
}
