import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import { escapeCell, escapeText } from '../../src/markdown/index.js'
import { toPrintable } from '../../src/markdown/unicode.js'
import { propertyRuns } from '../../../../tests/support/property-runs.js'

/**
 * For any string, the escaped text parsed back by a GFM parser (micromark with its GFM extension:
 * tables, autolink literals, strikethrough, task lists, footnotes) is one run of plain text equal to
 * the input as shown: no element, link, image, code, emphasis or HTML other than the `<br>` that
 * stands for a line break, and no mention or issue reference left for GitHub's own filters to link.
 */

interface Node {
  readonly type: string
  readonly value?: string
  readonly children?: readonly Node[]
}

const ZWSP = '\u200B'
const HOSTILE_PIECES = [
  '@',
  '#',
  'GH-',
  'gh-',
  '1',
  '7',
  'a',
  'Z',
  '/',
  'o/r',
  'http://',
  'https://',
  'www.',
  'mailto:',
  'x@y.io',
  '*',
  '**',
  '_',
  '__',
  '~',
  '~~',
  '`',
  '```',
  '[',
  ']',
  '(',
  ')',
  '![',
  '](',
  '!',
  '<',
  '>',
  '</details>',
  '<br>',
  '<!--',
  '-->',
  '&',
  '&amp;',
  '&#35;',
  '&#x40;',
  ';',
  '|',
  '\\',
  '\\|',
  '\n',
  '\r\n',
  '\r',
  ' ',
  '    ',
  '\t',
  '$',
  '$$',
  '\u202E',
  '\u2066',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '👩',
  '\uD800',
  '\u0000',
  '-',
  '+',
  '=',
  '.',
  ':',
  '1.',
  '#1',
  '[^1]',
  '[x]',
  '- [ ]',
  '>',
  'é',
  'ق',
  ':+1:'
]
const hostileText = fc
  .array(fc.constantFrom(...HOSTILE_PIECES), { maxLength: 24 })
  .map((pieces) => pieces.join(''))
const anyText = fc.oneof(hostileText, fc.string({ unit: 'binary', maxLength: 40 }))

function parse(markdown: string): Node {
  return fromMarkdown(markdown, {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()]
  }) as unknown as Node
}

/** The text of inline content, or a description of the first node that is not plain text. */
function plainText(nodes: readonly Node[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.value ?? ''
      if (node.type === 'html' && node.value === '<br>') return '\n'
      throw new Error(`not plain text: ${node.type} ${JSON.stringify(node.value ?? '')}`)
    })
    .join('')
}

/** What a reader should see: the printable form, one `\n` per line break, cell edges trimmed (as GFM does). */
function shown(input: string): string {
  return toPrintable(input)
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(/^[ \t]+|[ \t]+$/g, '')
}

function expectNoReferences(text: string): void {
  expect(text).not.toMatch(/@[A-Za-z0-9]/)
  expect(text).not.toMatch(/(?:^|[^A-Za-z0-9_])#[0-9]/)
  expect(text).not.toMatch(/(?:^|[^\p{L}\p{N}_])gh-[0-9]/iu)
}

describe('escapeCell against a GFM parser', () => {
  test('any string is exactly one cell whose text is the input as shown', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const tree = parse(`| name | next |\n| --- | --- |\n| ${escapeCell(input)} | end |\n`)
        expect(tree.children?.map((node) => node.type)).toEqual(['table'])
        const rows = tree.children?.[0]?.children ?? []
        expect(rows).toHaveLength(2)
        const cells = rows[1]?.children ?? []
        expect(cells).toHaveLength(2)
        const text = plainText(cells[0]?.children ?? [])
        expect(plainText(cells[1]?.children ?? [])).toBe('end')
        expectNoReferences(text)
        expect(text.split(ZWSP).join('')).toBe(shown(input))
      }),
      propertyRuns(600)
    )
  })
})

describe('escapeText against a GFM parser', () => {
  test('any string is at most one paragraph whose text is the input as shown', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const tree = parse(`${escapeText(input)}\n`)
        const blocks = tree.children ?? []
        const text = blocks.length === 0 ? '' : plainText(blocks[0]?.children ?? [])
        expect(blocks.map((node) => node.type)).toEqual(text === '' ? [] : ['paragraph'])
        expectNoReferences(text)
        // Leading blanks would start a code or HTML block, so escapeText drops them.
        const expected = toPrintable(input.replace(/^\s+/, ''))
          .replace(/\r\n|\r|\n/g, '\n')
          .replace(/[ \t]+$/, '')
        expect(text.split(ZWSP).join('')).toBe(expected)
      }),
      propertyRuns(600)
    )
  })
})
