import { afterAll, beforeAll, expect } from '@jest/globals'
import type { Browser } from 'puppeteer-core'
import {
  absolutePaths,
  launchChromium,
  overlongDecimals,
  renderingToolsMissing,
  type RenderedComment
} from './github-render.js'

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

/**
 * One Chromium for the test file, launched before its tests and closed after them. The tools are
 * a requirement, not an option: a machine without them fails here instead of skipping the checks.
 */
export function chromiumForTests(): () => Browser {
  const missing = renderingToolsMissing()
  if (missing) throw new Error(`rendered-comment checks need ${missing}`)
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchChromium()
  }, 30_000)
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('Chromium is not running yet (use it inside a test or hook)')
    return browser
  }
}
