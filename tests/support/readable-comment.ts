import { expect } from '@jest/globals'
import { absolutePaths, overlongDecimals, type RenderedComment } from './github-render.js'

/** The formatter's 4 significant digits, plus the two a value ≥ 10 in a 4-decimal column adds. */
export const MAX_SIGNIFICANT_DIGITS = 6
/** The one heading convention: the status emoji first. */
export const STATUS_EMOJI = /^(✅|❌|⚠️|🆕|⏭️)/u

/**
 * What every rendered comment must hold for a reviewer: the verdict heading first, every table
 * inside the 860 px column, no cell number longer than the formatter writes or broken across
 * lines, no runner path or file link, every mermaid block parsed.
 */
export function expectReadable(rendered: RenderedComment): void {
  expect(rendered.firstBlock.tag).toMatch(/^H[1-3]$/)
  expect(rendered.firstBlock.text).toMatch(STATUS_EMOJI)
  for (const table of rendered.tables) {
    expect({ headers: table.headers, width: table.scrollWidth }).toEqual({
      headers: table.headers,
      width: Math.min(table.scrollWidth, rendered.columnWidth)
    })
    expect(overlongDecimals(table.cells.join(' '), MAX_SIGNIFICANT_DIGITS)).toEqual([])
  }
  expect(rendered.brokenNumbers).toEqual([])
  expect(absolutePaths(rendered.text)).toEqual([])
  expect(rendered.hrefs.filter((href) => href.startsWith('file:'))).toEqual([])
  expect(rendered.diagrams.filter((diagram) => diagram.error !== undefined)).toEqual([])
}
