// The shapes of JSON that read best as one table each.
import type { JsonObject, JsonValue } from '../metrics/model.js'
import { details } from './details.js'
import { findIndexKey, type JsonScalar, unionOfKeys } from './json-shape.js'
import { formatNumber } from './number-format.js'
import type { RenderSettings } from './render-settings.js'
import { limitRows } from './row-limit.js'
import { type Align, type Cell, table } from './table.js'
import { trustedMarkdown } from './trusted.js'
import { cellFor, columnCells } from './value-cells.js'

/** Scalars of an object: one row per key. */
export function keyValueTable(
  label: string,
  entries: ReadonlyArray<readonly [string, JsonValue]>,
  settings: RenderSettings
): string {
  return renderRows(label, ['Key', 'Value'], entries, settings, ([key, value]) => [
    key,
    cellFor(value, settings)
  ])
}

/** A list of objects such as per-epoch metrics: one row per object, columns in first-seen order. */
export function recordsTable(
  label: string,
  records: readonly JsonObject[],
  settings: RenderSettings
): string {
  const columns = withIndexFirst(unionOfKeys(records))
  const shown = columns.slice(0, settings.maxTableColumns)
  const cells = shown.map((column) =>
    columnCells(
      records.map((record) => record[column]),
      settings
    )
  )
  return renderRows(
    label,
    shown,
    records,
    settings,
    (record) => shown.map((column, index) => cells[index]!(record[column])),
    columns.length - shown.length
  )
}

/** An object of objects with shared fields (per-class, per-slice): rows in file order, fields as columns. */
export function matrixTable(
  label: string,
  rows: ReadonlyArray<readonly [string, JsonObject]>,
  settings: RenderSettings
): string {
  const columns = unionOfKeys(rows.map(([, record]) => record))
  const shown = columns.slice(0, settings.maxTableColumns - 1)
  const cells = shown.map((column) =>
    columnCells(
      rows.map(([, record]) => record[column]),
      settings
    )
  )
  return renderRows(
    label,
    ['', ...shown],
    rows,
    settings,
    ([key, record]) => [key, ...shown.map((column, index) => cells[index]!(record[column]))],
    columns.length - shown.length
  )
}

/** Equally long numeric lists (a Keras-style history): one row per position. */
export function seriesTable(
  label: string,
  series: ReadonlyArray<readonly [string, readonly number[]]>,
  settings: RenderSettings
): string {
  const shown = series.slice(0, settings.maxTableColumns - 1)
  const length = Math.max(...shown.map(([, values]) => values.length))
  const positions = Array.from({ length }, (_, position) => position)
  const cells = shown.map(([, values]) => columnCells(values, settings))
  return renderRows(
    label,
    ['#', ...shown.map(([name]) => name)],
    positions,
    settings,
    (position) => [
      trustedMarkdown(String(position)),
      ...shown.map(([, values], index) => cells[index]!(values[position] ?? null))
    ],
    series.length - shown.length
  )
}

/** A long list of scalars: one row per item. */
export function listTable(
  label: string,
  header: string,
  items: readonly JsonScalar[],
  settings: RenderSettings
): string {
  const positions = items.map((_, position) => position)
  const cell = columnCells(items, settings)
  return renderRows(label, ['#', header], positions, settings, (position) => [
    trustedMarkdown(String(position)),
    cell(items[position] ?? null)
  ])
}

/** A list of lists (a confusion matrix): row and column positions as labels. */
export function gridTable(
  label: string,
  grid: ReadonlyArray<readonly JsonScalar[]>,
  settings: RenderSettings
): string {
  const width = Math.max(0, ...grid.map((row) => row.length))
  const shown = Math.min(width, settings.maxTableColumns - 1)
  const headers = ['', ...Array.from({ length: shown }, (_, column) => String(column))]
  const positions = grid.map((_, position) => position)
  const cells = Array.from({ length: shown }, (_, column) =>
    columnCells(
      grid.map((row) => row[column]),
      settings
    )
  )
  return renderRows(
    label,
    headers,
    positions,
    settings,
    (position) => [
      trustedMarkdown(String(position)),
      ...(grid[position] ?? []).slice(0, shown).map((value, column) => cells[column]!(value))
    ],
    width - shown
  )
}

/** A long numeric series in one row: length, min, max (of the finite values) and last value. */
export function seriesSummaryTable(values: readonly number[], settings: RenderSettings): string {
  const finite = values.filter(Number.isFinite)
  const format = (value: number | undefined) =>
    trustedMarkdown(formatNumber(value ?? NaN, { significantDigits: settings.significantDigits }))
  const min = finite.reduce((low, value) => Math.min(low, value), Infinity)
  const max = finite.reduce((high, value) => Math.max(high, value), -Infinity)
  return table(
    ['length', 'min', 'max', 'last'],
    [
      [
        trustedMarkdown(String(values.length)),
        format(finite.length > 0 ? min : NaN),
        format(finite.length > 0 ? max : NaN),
        format(values.at(-1))
      ]
    ],
    ['right', 'right', 'right', 'right']
  )
}

function withIndexFirst(columns: readonly string[]): string[] {
  const indexKey = findIndexKey(columns)
  if (indexKey === undefined) return [...columns]
  return [indexKey, ...columns.filter((column) => column !== indexKey)]
}

/**
 * Shared by every shape: keeps the first and last rows within maxTableRows, right-aligns columns
 * that hold only numbers, notes what was left out, and collapses tables longer than collapseAbove.
 */
function renderRows<T>(
  label: string,
  headers: readonly string[],
  items: readonly T[],
  settings: RenderSettings,
  toRow: (item: T) => Cell[],
  omittedColumns = 0
): string {
  const limited = limitRows(items, settings.maxTableRows)
  const head = limited.head.map(toRow)
  const tail = limited.tail.map(toRow)
  const align = headers.map((_, column) => alignmentOf([...head, ...tail], column))
  const gap: Cell[][] = limited.omitted > 0 ? [headers.map(() => trustedMarkdown('…'))] : []
  const blocks = [table(headers, [...head, ...gap, ...tail], align)]
  if (limited.omitted > 0) {
    blocks.push(`_${limited.omitted} of ${items.length} rows not shown._`)
  }
  if (omittedColumns > 0) blocks.push(`_${omittedColumns} more columns not shown._`)
  const markdown = blocks.join('\n\n')
  if (items.length <= settings.collapseAbove) return markdown
  return details(`${label} (${items.length} rows)`, markdown)
}

function alignmentOf(rows: ReadonlyArray<readonly Cell[]>, column: number): Align {
  let sawNumber = false
  for (const row of rows) {
    const cell = row[column]
    if (cell === undefined || cell === null) continue
    if (typeof cell === 'string') return 'none'
    if (cell.trustedMarkdown === 'null') continue
    if (!FORMATTED_NUMBER.test(cell.trustedMarkdown)) return 'none'
    sawNumber = true
  }
  return sawNumber ? 'right' : 'none'
}

/** What formatNumber writes; cells reach this point already formatted. */
const FORMATTED_NUMBER = /^(NaN|-?\d+(\.\d+)?(e-?\d+)?|∞|−∞)$/
