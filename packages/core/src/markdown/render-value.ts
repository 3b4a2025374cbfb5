import type { JsonObject, JsonValue } from '../metrics/model.js'
import { details } from './details.js'
import { escapeLineStart } from './escape.js'
import { heading } from './heading.js'
import { isJsonObject } from '../metrics/json-object.js'
import { isNumberList, isScalarList } from './json-shape.js'
import { filterKeys } from './key-filter.js'
import { type RenderOptions, type RenderSettings, resolveSettings } from './render-settings.js'
import { limitRows } from './row-limit.js'
import { EMPTY, inlineMarkdown, isInlineValue } from './value-cells.js'
import {
  gridTable,
  keyValueTable,
  listTable,
  matrixTable,
  recordsTable,
  seriesSummaryTable,
  seriesTable
} from './value-tables.js'

/** Sections this many keys deep get headings; deeper ones are collapsed in `<details>`. */
const MAX_HEADING_DEPTH = 2
/** Deeper values are previewed in one line: rendering them would only nest more sections. */
const MAX_NESTING = 32
/**
 * Objects of objects become one matrix only when the fields are mostly shared: at least this share of
 * the row × column cells must hold a value, otherwise each object gets its own section.
 */
const MATRIX_MIN_FILL = 2 / 3

/**
 * Any parsed results file as markdown, in the order the file was written: an object's scalars as a
 * key/value table, lists of objects as tables (index column first), objects of objects with shared
 * fields as matrices, equally long numeric lists as one table, everything else as sections. Keys and
 * strings are escaped. JSON objects list integer-like keys first (a JavaScript rule); that order is kept.
 */
export function renderValue(value: JsonValue, options: RenderOptions = {}): string {
  const settings = resolveSettings(options)
  const selected = filterKeys(value, options)
  const blocks: string[] = []
  if (options.title !== undefined) blocks.push(heading(settings.headingLevel, options.title))
  blocks.push(selected === undefined ? '_(no key matched)_' : renderNode(selected, [], settings))
  return `${blocks.join('\n\n')}\n`
}

function renderNode(value: JsonValue, path: readonly string[], settings: RenderSettings): string {
  if (path.length > MAX_NESTING) return escapeLineStart(inlineMarkdown(value, settings))
  if (Array.isArray(value)) return renderArray(value, path, settings)
  if (isJsonObject(value)) return renderObject(value, path, settings)
  return escapeLineStart(inlineMarkdown(value, settings))
}

function renderArray(
  items: JsonValue[],
  path: readonly string[],
  settings: RenderSettings
): string {
  const label = labelOf(path)
  if (items.length === 0) return EMPTY
  if (isScalarList(items)) {
    if (items.length <= settings.inlineListMax) {
      return escapeLineStart(inlineMarkdown(items, settings))
    }
    if (settings.longSeries === 'summary' && isNumberList(items)) {
      return seriesSummaryTable(items, settings)
    }
    return listTable(label, path.at(-1) ?? 'value', items, settings)
  }
  if (items.every(isJsonObject)) return recordsTable(label, items, settings)
  if (items.every(isScalarList)) return gridTable(label, items, settings)
  return bulletList(items, settings)
}

/** Leftovers: a list mixing scalars, lists and objects. */
function bulletList(items: readonly JsonValue[], settings: RenderSettings): string {
  const limited = limitRows(items, settings.maxTableRows)
  const bullet = (item: JsonValue) => `- ${escapeLineStart(inlineMarkdown(item, settings))}`
  const lines = limited.head.map(bullet)
  if (limited.omitted > 0) lines.push(`- _… ${limited.omitted} more items_`)
  lines.push(...limited.tail.map(bullet))
  return lines.join('\n')
}

function renderObject(
  object: JsonObject,
  path: readonly string[],
  settings: RenderSettings
): string {
  const entries = Object.entries(object)
  if (entries.length === 0) return EMPTY
  const label = labelOf(path)
  const seriesGroups = groupEqualLengthSeries(entries)
  const seriesKeys = new Set(seriesGroups.flatMap((group) => group.map(([key]) => key)))
  const inline = entries.filter(
    ([key, value]) => !seriesKeys.has(key) && isInlineValue(value, settings)
  )
  const inlineKeys = new Set(inline.map(([key]) => key))
  const matrixRows = matrixRowsOf(
    entries.filter(([key]) => !seriesKeys.has(key) && !inlineKeys.has(key)),
    settings
  )
  const matrixKeys = new Set(matrixRows.map(([key]) => key))

  const blocks: string[] = []
  if (inline.length > 0) blocks.push(keyValueTable(label, inline, settings))
  let sections = 0
  let omittedSections = 0
  for (const [key, value] of entries) {
    if (inlineKeys.has(key)) continue
    if (matrixKeys.has(key)) {
      if (key === matrixRows[0]?.[0]) blocks.push(matrixTable(label, matrixRows, settings))
      continue
    }
    const group = seriesGroups.find((candidate) => candidate[0]?.[0] === key)
    if (group !== undefined) blocks.push(seriesTable(label, group, settings))
    if (seriesKeys.has(key)) continue
    if (sections === settings.maxTableRows) {
      omittedSections++
      continue
    }
    blocks.push(renderSection([...path, key], value, settings))
    sections++
  }
  if (omittedSections > 0) blocks.push(`_${omittedSections} more keys not shown._`)
  return blocks.join('\n\n')
}

function renderSection(
  path: readonly string[],
  value: JsonValue,
  settings: RenderSettings
): string {
  const body = renderNode(value, path, settings)
  const level = settings.headingLevel + path.length
  if (path.length <= MAX_HEADING_DEPTH && level <= 6) {
    return `${heading(level, labelOf(path))}\n\n${body}`
  }
  return details(labelOf(path), body)
}

/** Numeric lists of the same length (at least two of them, two long): columns of one table. */
function groupEqualLengthSeries(
  entries: ReadonlyArray<[string, JsonValue]>
): Array<Array<[string, number[]]>> {
  const byLength = new Map<number, Array<[string, number[]]>>()
  for (const [key, value] of entries) {
    if (!isNumberList(value) || value.length < 2) continue
    const group = byLength.get(value.length) ?? []
    group.push([key, value])
    byLength.set(value.length, group)
  }
  return [...byLength.values()].filter((group) => group.length >= 2)
}

/** Members that are flat objects, when there are several and they mostly share fields. */
function matrixRowsOf(
  entries: ReadonlyArray<[string, JsonValue]>,
  settings: RenderSettings
): Array<[string, JsonObject]> {
  const rows: Array<[string, JsonObject]> = []
  for (const [key, value] of entries) {
    if (!isJsonObject(value)) continue
    const fields = Object.values(value)
    if (fields.length > 0 && fields.every((field) => isInlineValue(field, settings))) {
      rows.push([key, value])
    }
  }
  if (rows.length < 2) return []
  const columns = new Set(rows.flatMap(([, record]) => Object.keys(record)))
  const filled = rows.reduce((sum, [, record]) => sum + Object.keys(record).length, 0)
  return filled / (rows.length * columns.size) >= MATRIX_MIN_FILL ? rows : []
}

function labelOf(path: readonly string[]): string {
  return path.length === 0 ? 'values' : path.join('.')
}
