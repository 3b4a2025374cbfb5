/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Browser } from 'puppeteer-core'
import { repoRoot } from './action-metadata.js'

/**
 * A comment as GitHub shows it: GitHub's own markdown parser (Debian's cmark-gfm, the fork GitHub
 * renders with, and the extensions it enables), github-markdown-css, and mermaid drawing every
 * ```mermaid block, in headless Chromium at the width of a pull-request comment. What it reads
 * back is what a reviewer sees: the first block, each table's width against the column, each cell's
 * text, each diagram's parse result.
 */
export const COMMENT_COLUMN_PX = 860
/** Screenshots land here; CI keeps the folder as an artifact (it is not committed). */
export const SCREENSHOT_DIRECTORY = join(repoRoot, 'test-artifacts', 'screenshots')
/**
 * The screenshots docs/ shows (the README the regression), copied there by `npm run screenshots`
 * (ML_ACTIONS_DOCS_SCREENSHOTS=1), so they are made by the same checks as the artifact.
 */
export const DOCS_SCREENSHOTS: Readonly<Record<string, string>> = {
  'demo-comment': 'comment-pass.png',
  'comment-regression': 'comment-regression.png'
}
const DOCS_IMAGES = join(repoRoot, 'docs', 'images')
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const CMARK_GFM = 'cmark-gfm'
const GFM_EXTENSIONS = ['table', 'strikethrough', 'autolink', 'tagfilter', 'tasklist']

export interface RenderedTable {
  readonly scrollWidth: number
  readonly headers: readonly string[]
  readonly cells: readonly string[]
}

export interface RenderedComment {
  readonly firstBlock: { readonly tag: string; readonly text: string }
  /** The width of the comment's text column (the article's content box). */
  readonly columnWidth: number
  readonly tables: readonly RenderedTable[]
  readonly diagrams: ReadonlyArray<{ readonly source: string; readonly error?: string }>
  /** Every line of every drawn chart (SVG path strokes), to check the colours. */
  readonly chartStrokes: readonly string[]
  readonly text: string
  /** Numbers in table cells that the browser broke across lines (`1.144e-` / `5`). */
  readonly brokenNumbers: readonly string[]
  readonly hrefs: readonly string[]
  /** Elements that untrusted text must never become. */
  readonly elements: { readonly img: number; readonly script: number }
}

export function gfmToHtml(markdown: string): string {
  const run = spawnSync(
    CMARK_GFM,
    ['--unsafe', ...GFM_EXTENSIONS.flatMap((extension) => ['-e', extension])],
    { input: markdown, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
  )
  if (run.status !== 0) throw new Error(`cmark-gfm failed: ${run.stderr || run.error?.message}`)
  return run.stdout
}

export function renderingToolsMissing(): string | undefined {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is missing (apt-get install chromium)`
  if (spawnSync(CMARK_GFM, ['--version']).status !== 0)
    return 'cmark-gfm is missing (apt-get install cmark-gfm)'
  return undefined
}

export async function launchChromium(): Promise<Browser> {
  const puppeteer = await import('puppeteer-core')
  return puppeteer.default.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--allow-file-access-from-files']
  })
}

const STYLE = readFileSync(
  join(repoRoot, 'node_modules', 'github-markdown-css', 'github-markdown-light.css'),
  'utf8'
)
const MERMAID = join(repoRoot, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js')

function page(html: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}</style>
<style>body { margin: 0; background: #fff } .markdown-body { box-sizing: border-box; width: ${COMMENT_COLUMN_PX}px; padding: 16px }</style>
</head><body><article class="markdown-body">${html}</article></body></html>`
}

export interface RenderOptions {
  /** Written as <name>.png (details closed, as a reviewer first sees it) and <name>-open.png. */
  readonly screenshot?: string
}

export async function renderComment(
  browser: Browser,
  markdown: string,
  options: RenderOptions = {}
): Promise<RenderedComment> {
  const tab = await browser.newPage()
  try {
    // Short, so a full-page screenshot is as tall as the comment and no taller.
    await tab.setViewport({ width: COMMENT_COLUMN_PX + 40, height: 200 })
    await tab.setContent(page(gfmToHtml(markdown)), { waitUntil: 'load' })
    await tab.addScriptTag({ path: MERMAID })
    const diagrams = await tab.evaluate(async () => {
      const mermaid = (globalThis as unknown as { mermaid: MermaidApi }).mermaid
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' })
      const results: Array<{ source: string; error?: string }> = []
      const blocks = [...document.querySelectorAll('pre > code.language-mermaid')]
      for (const [index, code] of blocks.entries()) {
        const source = code.textContent ?? ''
        try {
          await mermaid.parse(source)
          const { svg } = await mermaid.render(`diagram-${index}`, source)
          const figure = document.createElement('div')
          figure.className = 'mermaid-figure'
          figure.innerHTML = svg
          code.parentElement?.replaceWith(figure)
          results.push({ source })
        } catch (error) {
          results.push({ source, error: String((error as Error).message ?? error) })
        }
      }
      return results
      interface MermaidApi {
        initialize(config: object): void
        parse(source: string): Promise<unknown>
        render(id: string, source: string): Promise<{ svg: string }>
      }
    })
    if (options.screenshot) {
      mkdirSync(SCREENSHOT_DIRECTORY, { recursive: true })
      const path = join(SCREENSHOT_DIRECTORY, `${options.screenshot}.png`)
      await tab.screenshot({ path, fullPage: true })
      const docsName = DOCS_SCREENSHOTS[options.screenshot]
      if (docsName && process.env.ML_ACTIONS_DOCS_SCREENSHOTS === '1') {
        mkdirSync(DOCS_IMAGES, { recursive: true })
        copyFileSync(path, join(DOCS_IMAGES, docsName))
      }
    }
    const read = await tab.evaluate(() => {
      const article = document.querySelector('article') as HTMLElement
      const style = getComputedStyle(article)
      const columnWidth =
        article.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
      const first = article.firstElementChild as HTMLElement | null
      const tables = [...article.querySelectorAll('table')].map((table) => ({
        scrollWidth: table.scrollWidth,
        headers: [...table.querySelectorAll('th')].map((cell) => cell.textContent ?? ''),
        cells: [...table.querySelectorAll('td')].map((cell) => cell.textContent ?? '')
      }))
      const chartStrokes = [
        ...article.querySelectorAll(
          '.mermaid-figure .line-plot-0 path, .mermaid-figure [class*="line-plot"] path'
        )
      ].map((path) => path.getAttribute('stroke') ?? '')
      const brokenNumbers: string[] = []
      for (const cell of article.querySelectorAll('td')) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const text = node.textContent ?? ''
          for (const match of text.matchAll(/[-+−]?\d+(?:\.\d+)?(?:e[-+]?\d+)?/g)) {
            const range = document.createRange()
            range.setStart(node, match.index)
            range.setEnd(node, match.index + match[0].length)
            const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)))
            if (lines.size > 1) brokenNumbers.push(match[0])
          }
        }
      }
      return {
        brokenNumbers,
        firstBlock: { tag: first?.tagName ?? '', text: first?.textContent ?? '' },
        columnWidth,
        tables,
        chartStrokes,
        text: article.innerText,
        hrefs: [...article.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
        elements: {
          img: article.querySelectorAll('img').length,
          script: article.querySelectorAll('script').length
        }
      }
    })
    if (options.screenshot) {
      await tab.evaluate(() => {
        document.querySelectorAll('details').forEach((element) => (element.open = true))
      })
      await tab.screenshot({
        path: join(SCREENSHOT_DIRECTORY, `${options.screenshot}-open.png`),
        fullPage: true
      })
    }
    return { ...read, diagrams }
  } finally {
    await tab.close()
  }
}

/** Significant digits written in a decimal like `0.9481481481481482` (leading zeros not counted). */
export function significantDigitsOf(decimal: string): number {
  return decimal.replace(/^[-+]/, '').replace('.', '').replace(/^0+/, '').length
}

/** Decimals in a text with more significant digits than `limit`. */
export function overlongDecimals(text: string, limit: number): string[] {
  return (text.match(/\d+\.\d+/g) ?? []).filter((number) => significantDigitsOf(number) > limit)
}

/** Absolute file-system paths and file:// URIs in a text (runner paths mean nothing to a reader). */
export function absolutePaths(text: string): string[] {
  return (
    text.match(
      /(?:file:\/\/\/\S*|(?:^|[\s`'"(=[])\/(?:tmp|home|Users|root|var|opt|work|__w|runner|github)\/\S*)/g
    ) ?? []
  ).map((match) => match.trim())
}

export function ensureDirectory(file: string): void {
  mkdirSync(dirname(file), { recursive: true })
}
