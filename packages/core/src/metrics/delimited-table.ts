import { ConfigurationError } from '../errors.js'
import { rememberKeyOrder, setEntry } from './json-object.js'
import type { JsonObject, JsonValue } from './model.js'
import { parseNumericText } from './numeric-text.js'

interface Row {
  readonly cells: string[]
  readonly line: number
}

/**
 * Parses CSV or TSV with a header row (RFC 4180 quoting: fields in double quotes may hold the
 * delimiter, line breaks and doubled quotes) into one object per data row. Numeric cells become
 * numbers, empty cells become null, everything else stays text.
 */
export function parseDelimitedTable(text: string, delimiter: string, source: string): JsonObject[] {
  const rows = splitRows(text, delimiter, source)
  const header = rows[0]
  if (header === undefined) return []
  const columns = header.cells.map((cell, index) => cell.trim() || `column_${index + 1}`)
  const seen = new Set<string>()
  for (const column of columns) {
    if (seen.has(column)) {
      throw new ConfigurationError(`${source}: the header names column "${column}" twice`)
    }
    seen.add(column)
  }
  return rows.slice(1).map((row) => {
    if (row.cells.length > columns.length) {
      throw new ConfigurationError(
        `${source}: line ${row.line} has ${row.cells.length} cells but the header has ${columns.length}`
      )
    }
    const record: JsonObject = {}
    columns.forEach((column, index) => setEntry(record, column, cellValue(row.cells[index])))
    rememberKeyOrder(record, columns)
    return record
  })
}

function cellValue(cell: string | undefined): JsonValue {
  if (cell === undefined || cell.trim() === '') return null
  return parseNumericText(cell) ?? cell
}

function splitRows(text: string, delimiter: string, source: string): Row[] {
  const rows: Row[] = []
  let cells: string[] = []
  let cell = ''
  let line = 1
  let rowLine = 1
  let position = 0
  let rowHasContent = false

  const endCell = (): void => {
    cells.push(cell)
    cell = ''
  }
  const endRow = (): void => {
    endCell()
    // Blank lines (including the usual trailing newline) are not rows.
    if (rowHasContent || cells.length > 1) rows.push({ cells, line: rowLine })
    cells = []
    rowHasContent = false
  }

  while (position < text.length) {
    const char = text[position]
    if (char === '"' && cell === '') {
      const quoteLine = line
      position++
      for (;;) {
        const inner = text[position]
        if (inner === undefined) {
          throw new ConfigurationError(
            `${source}: the quoted field that starts on line ${quoteLine} is never closed`
          )
        }
        if (inner === '"') {
          if (text[position + 1] === '"') {
            cell += '"'
            position += 2
            continue
          }
          position++
          break
        }
        if (inner === '\n') line++
        cell += inner
        position++
      }
      rowHasContent = true
      const next = text[position]
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
        throw new ConfigurationError(
          `${source}: line ${line}: unexpected ${JSON.stringify(next)} after a closing quote`
        )
      }
      continue
    }
    if (char === delimiter) {
      endCell()
      position++
      continue
    }
    if (char === '\r' || char === '\n') {
      endRow()
      position += char === '\r' && text[position + 1] === '\n' ? 2 : 1
      line++
      rowLine = line
      continue
    }
    cell += char
    rowHasContent = true
    position++
  }
  if (cell !== '' || cells.length > 0 || rowHasContent) endRow()
  return rows
}
