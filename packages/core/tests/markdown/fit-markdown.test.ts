import { describe, expect, test } from '@jest/globals'
import {
  COMMENT_LIMIT_CODE_POINTS,
  fitMarkdown,
  JOB_SUMMARY_LIMIT
} from '../../src/markdown/index.js'

const NOTICE = '> ✂️ Cut to fit GitHub’s limit; the full report is in the `report` artifact.'
const MARKER = '<!-- ml-actions:compare -->'
/** GitHub's byte limit for comment bodies; 65,536 code points always fit it. */
const COMMENT_LIMIT_BYTES = 262_144
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

function expectWithin(text: string, maxCodePoints: number, maxBytes: number): void {
  expect([...text].length).toBeLessThanOrEqual(maxCodePoints)
  expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(maxBytes)
  expect(text).not.toMatch(LONE_SURROGATE)
}

function linesOf(count: number, line: (index: number) => string): string {
  return Array.from({ length: count }, (_, index) => line(index)).join('\n')
}

describe('fitMarkdown', () => {
  test('keeps exactly 65,536 ASCII characters untouched', () => {
    const body = 'a'.repeat(65_536)
    const fitted = fitMarkdown(body, { notice: NOTICE })
    expect(fitted).toEqual({ text: body, truncated: false, droppedLines: 0 })
  })

  test('cuts 65,537 ASCII characters on one line, keeping most of the line', () => {
    const fitted = fitMarkdown('a'.repeat(65_537), { notice: NOTICE, keepTail: MARKER })
    expect(fitted.truncated).toBe(true)
    expect(fitted.droppedLines).toBe(1)
    expectWithin(fitted.text, COMMENT_LIMIT_CODE_POINTS, COMMENT_LIMIT_BYTES)
    expect(fitted.text).toMatch(/^a{65000,}…\n\n/)
    expect(fitted.text.endsWith(`\n\n${NOTICE}\n\n${MARKER}`)).toBe(true)
  })

  test('cuts between lines, so no table row is split', () => {
    const rows = linesOf(2_000, (index) => `| ${index} | ${'x'.repeat(40)} |`)
    const body = `| step | value |\n| ---: | --- |\n${rows}`
    const fitted = fitMarkdown(body, { maxCodePoints: 10_000, notice: NOTICE })
    expectWithin(fitted.text, 10_000, Infinity)
    const [kept = ''] = fitted.text.split(`\n\n${NOTICE}`)
    const keptLines = kept.split('\n')
    for (const line of keptLines) expect(line).toMatch(/^\|.*\|$/)
    expect(fitted.droppedLines).toBe(2_002 - keptLines.length)
    expect(keptLines.length).toBeGreaterThan(150)
  })

  test('counts 40,000 × 🔴 as 40,000 code points, not 80,000 UTF-16 units', () => {
    const body = '🔴'.repeat(40_000)
    expect(fitMarkdown(body, { notice: NOTICE }).truncated).toBe(false)
  })

  test('cuts 40,000 × 🔴 by bytes without splitting a surrogate pair', () => {
    const body = '🔴'.repeat(40_000)
    const fitted = fitMarkdown(body, { maxBytes: 100_001, notice: NOTICE, keepTail: MARKER })
    expect(fitted.truncated).toBe(true)
    expectWithin(fitted.text, Infinity, 100_001)
    expect(Buffer.byteLength(fitted.text)).toBeGreaterThan(99_000)
    expect(fitted.text.endsWith(MARKER)).toBe(true)
  })

  test.each([
    ['one line', '中'.repeat(70_000)],
    ['lines of 100', linesOf(700, () => '中'.repeat(99))]
  ])('cuts 70,000 CJK characters (%s) under both limits', (_, body) => {
    const comment = fitMarkdown(body, { notice: NOTICE, keepTail: MARKER })
    expect(comment.truncated).toBe(true)
    expectWithin(comment.text, COMMENT_LIMIT_CODE_POINTS, COMMENT_LIMIT_BYTES)
    expect([...comment.text].length).toBeGreaterThan(COMMENT_LIMIT_CODE_POINTS - 200)

    const bytes = fitMarkdown(body, { maxBytes: 65_536, notice: NOTICE, keepTail: MARKER })
    expectWithin(bytes.text, Infinity, 65_536)
    expect(bytes.text.endsWith(`${NOTICE}\n\n${MARKER}`)).toBe(true)
  })

  test('closes a code fence that was cut, with a fence as long as the opening one', () => {
    const log = linesOf(5_000, (index) => `log line ${index} \`\`\` not a fence`)
    const body = `## Training log\n\n\`\`\`\`text\n\`\`\`\n${log}\n\`\`\`\`\n\nafter`
    const fitted = fitMarkdown(body, { maxCodePoints: 20_000, notice: NOTICE, keepTail: MARKER })
    expectWithin(fitted.text, 20_000, Infinity)
    expect(fitted.text).toMatch(/\nlog line \d+ ``` not a fence\n````\n\n> ✂️/)
    expect(fitted.text).not.toContain('after')
    expect(fitted.text.endsWith(`${NOTICE}\n\n${MARKER}`)).toBe(true)
  })

  test('closes <details> blocks and HTML comments that were cut', () => {
    const rows = linesOf(3_000, (index) => `| class-${index} | 0.9 |`)
    const body = `<details><summary>per_class</summary>\n\n<details open><summary>inner</summary>\n\n| class | f1 |\n| --- | --: |\n${rows}\n\n</details>\n\n</details>`
    const fitted = fitMarkdown(body, { maxCodePoints: 5_000, notice: NOTICE })
    expectWithin(fitted.text, 5_000, Infinity)
    expect(fitted.text).toMatch(/\| 0\.9 \|\n\n<\/details>\n\n<\/details>\n\n> ✂️/)

    const comment = fitMarkdown(`<!-- hidden\n${rows}\n-->\nvisible`, {
      maxCodePoints: 2_000,
      notice: NOTICE
    })
    expect(comment.text).toMatch(/\| 0\.9 \|\n-->\n\n> ✂️/)
  })

  test('always ends with keepTail, also when nothing is cut', () => {
    expect(fitMarkdown('short\n\n', { notice: NOTICE, keepTail: MARKER })).toEqual({
      text: `short\n\n${MARKER}`,
      truncated: false,
      droppedLines: 0
    })
  })

  test('fits a 3 MiB job summary under JOB_SUMMARY_LIMIT bytes', () => {
    const rows = linesOf(40_000, (index) => `| metric_${index} | 0.${index} | ${'é'.repeat(40)} |`)
    expect(Buffer.byteLength(rows)).toBeGreaterThan(3 * 1024 * 1024)
    const fitted = fitMarkdown(`| a | b | c |\n| - | - | - |\n${rows}`, {
      maxBytes: JOB_SUMMARY_LIMIT,
      notice: NOTICE
    })
    expectWithin(fitted.text, Infinity, JOB_SUMMARY_LIMIT)
    expect(Buffer.byteLength(fitted.text)).toBeGreaterThan(JOB_SUMMARY_LIMIT - 200)
  })

  test('refuses when the notice and tail alone are over the limit', () => {
    expect(() => fitMarkdown('x'.repeat(100), { maxCodePoints: 10, notice: NOTICE })).toThrow(
      RangeError
    )
  })
})
