import type { JsonValue } from '../metrics/model.js'
import { inlineCode } from './code.js'
import { columnFormat, type ColumnFormat } from './column-format.js'
import { compactJson } from './compact-json.js'
import { escapeCell } from './escape.js'
import { isEmptyContainer, isScalarList, type JsonScalar } from './json-shape.js'
import { formatNumber } from './number-format.js'
import type { RenderSettings } from './render-settings.js'
import type { Cell } from './table.js'
import { trustedMarkdown } from './trusted.js'

export const EMPTY = '_(empty)_'
/** Characters of a preview of a value that fits no table shape. */
const PREVIEW_LENGTH = 60

/** True for values shown in a single cell: scalars, empty containers and short lists of scalars. */
export function isInlineValue(value: JsonValue, settings: RenderSettings): boolean {
  if (value === null || typeof value !== 'object') return true
  if (isEmptyContainer(value)) return true
  return isScalarList(value) && value.length <= settings.inlineListMax
}

/** A value as a table cell; strings stay plain so the table escapes them. */
export function cellFor(value: JsonValue, settings: RenderSettings): Cell {
  if (typeof value === 'string') return value
  return trustedMarkdown(inlineMarkdown(value, settings))
}

/**
 * Markdown for a value inside a line (cell or paragraph). Values that fit no table shape become an
 * inline-code preview rather than a dump of the whole structure.
 */
export function inlineMarkdown(value: JsonValue, settings: RenderSettings): string {
  if (value === null || typeof value !== 'object') return scalarMarkdown(value, settings)
  if (isEmptyContainer(value)) return EMPTY
  if (isScalarList(value) && value.length <= settings.inlineListMax) {
    return value.map((item) => scalarMarkdown(item, settings)).join(', ')
  }
  return inlineCode(compactJson(value, PREVIEW_LENGTH, settings.significantDigits))
}

function scalarMarkdown(value: JsonScalar, settings: RenderSettings): string {
  if (typeof value === 'number') {
    return formatNumber(value, { significantDigits: settings.significantDigits })
  }
  if (typeof value === 'string') return escapeCell(value)
  return String(value)
}

/**
 * The cells of one table column: its numbers share their decimals (0.9750 beside 0.9286, 0.00010
 * beside 0.00008) so they line up; anything else as cellFor writes it.
 */
export function columnCells(
  values: ReadonlyArray<JsonValue | undefined>,
  settings: RenderSettings
): (value: JsonValue | undefined) => Cell {
  const numbers = values.filter(
    (value): value is number => typeof value === 'number' && Number.isFinite(value)
  )
  const format: ColumnFormat | undefined =
    numbers.length > 0 ? columnFormat(numbers, settings.significantDigits) : undefined
  return (value) => {
    if (value === undefined) return undefined
    if (format !== undefined && typeof value === 'number' && Number.isFinite(value)) {
      return trustedMarkdown(format.format(value))
    }
    return cellFor(value, settings)
  }
}
