import { markdownTable } from 'markdown-table'
import { escapeCell } from './escape.js'
import { isTrustedMarkdown, type TrustedMarkdown } from './trusted.js'
import { countCodePoints } from './unicode.js'

export type Align = 'left' | 'right' | 'center' | 'none'
/** A plain string is untrusted and escaped; null and undefined mean "no value". */
export type Cell = string | TrustedMarkdown | null | undefined

/** Shown where a row has no value for a column. */
export const MISSING_CELL = '–'

export interface TableOptions {
  /** Pad cells so the markdown source lines up (default true); false saves characters. */
  alignDelimiters?: boolean
}

const ALIGN_CODES: Readonly<Record<Align, string>> = {
  left: 'l',
  right: 'r',
  center: 'c',
  none: ''
}

/** A GFM table. Every plain-string cell and header is escaped; short rows are filled with empty cells. */
export function table(
  headers: ReadonlyArray<string | TrustedMarkdown>,
  rows: ReadonlyArray<ReadonlyArray<Cell>>,
  align: readonly Align[] = [],
  options: TableOptions = {}
): string {
  if (headers.length === 0) throw new RangeError('A table needs at least one column')
  const matrix = [headers.map(renderCell)]
  for (const [index, row] of rows.entries()) {
    if (row.length > headers.length) {
      throw new RangeError(
        `Table row ${index} has ${row.length} cells for ${headers.length} columns`
      )
    }
    const cells = row.map(renderCell)
    while (cells.length < headers.length) cells.push('')
    matrix.push(cells)
  }
  return markdownTable(matrix, {
    align: headers.map((_, column) => ALIGN_CODES[align[column] ?? 'none']),
    alignDelimiters: options.alignDelimiters ?? true,
    stringLength: countCodePoints
  })
}

function renderCell(cell: Cell): string {
  if (cell === null || cell === undefined) return MISSING_CELL
  if (isTrustedMarkdown(cell)) return protectTableStructure(cell.trustedMarkdown)
  return escapeCell(cell)
}

/**
 * GFM splits cells on every unescaped pipe, even inside code spans, and un-escapes `\|` before
 * inline parsing; so escaping all pipes keeps trusted markdown in its cell and renders it unchanged.
 */
function protectTableStructure(markdown: string): string {
  return markdown.replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, ' ')
}
