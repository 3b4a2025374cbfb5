import { describe, expect, test } from '@jest/globals'
import { details, heading, inlineCode, table, trustedMarkdown } from '../../src/markdown/index.js'

describe('table', () => {
  test('escapes every plain cell and header, marks missing values, aligns columns', () => {
    const markdown = table(
      ['name|x', 'f1'],
      [
        ['<b>cls</b>', trustedMarkdown('0.95')],
        ['@team', null]
      ],
      ['none', 'right']
    )
    expect(markdown).toBe(
      [
        '| name\\|x                |   f1 |',
        '| ---------------------- | ---: |',
        '| &lt;b&gt;cls&lt;/b&gt; | 0.95 |',
        '| @\u200Bteam                 |    – |'
      ].join('\n')
    )
  })

  test('keeps trusted markdown in its cell by escaping its pipes', () => {
    const markdown = table(['code'], [[trustedMarkdown(inlineCode('a|b'))]], [], {
      alignDelimiters: false
    })
    expect(markdown).toBe('| code |\n| - |\n| `a\\|b` |')
  })

  test('fills short rows and rejects long ones', () => {
    expect(table(['a', 'b'], [['1']], [], { alignDelimiters: false })).toBe(
      '| a | b |\n| - | - |\n| 1 | |'
    )
    expect(() => table(['a'], [['1', '2']])).toThrow(RangeError)
    expect(() => table([], [])).toThrow(RangeError)
  })

  test('pads by code points, not UTF-16 units', () => {
    expect(table(['🔴', 'a'], [['x', 'y']])).toBe('| 🔴 | a |\n| - | - |\n| x | y |')
  })
})

describe('details', () => {
  test('escapes the summary for raw HTML and leaves blank lines around the body', () => {
    expect(details('</summary><img src=x> @me', '| a |\n| - |\n')).toBe(
      '<details><summary>&lt;/summary&gt;&lt;img src=x&gt; @\u200Bme</summary>\n\n| a |\n| - |\n\n</details>'
    )
  })

  test('can start open and take a trusted summary', () => {
    expect(details(trustedMarkdown('<b>3</b> rows'), 'body', { open: true })).toBe(
      '<details open><summary><b>3</b> rows</summary>\n\nbody\n\n</details>'
    )
  })
})

describe('heading', () => {
  test('escapes its text and stays on one line', () => {
    expect(heading(3, '# per_class *x* #\nnext')).toBe('### \\# per_class \\*x\\* \\#<br>next')
  })

  test.each([0, 7, 2.5])('rejects level %p', (level) => {
    expect(() => heading(level, 'x')).toThrow(RangeError)
  })
})
