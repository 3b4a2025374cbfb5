import { describe, expect, test } from '@jest/globals'
import {
  codeBlock,
  escapeCell,
  escapeHtml,
  escapeText,
  inlineCode
} from '../../src/markdown/index.js'

const ZWSP = '\u200B'

describe('escapeText', () => {
  test.each([
    ['<!-- ml-actions:x -->', '&lt;!-- ml-actions:x --&gt;'],
    ['</details>', '&lt;/details&gt;'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['&lt; &amp;', '&amp;lt; &amp;amp;'],
    ['| pipe |', '\\| pipe \\|'],
    ['```', '\\`\\`\\`'],
    ['![x](https://evil/x.png)', `!\\[x\\](https:${ZWSP}//evil/x.png)`],
    ['*em* _em_ ~~s~~', '\\*em\\* \\_em\\_ \\~\\~s\\~\\~'],
    ['snake_case a_b', 'snake_case a_b'],
    ['back\\slash', 'back\\\\slash'],
    ['$x$', '\\$x\\$'],
    ['line1\nline2\r\nline3', 'line1<br>line2<br>line3'],
    ['# heading #', '\\# heading \\#'],
    ['- item', '\\- item'],
    ['1. item', '1\\. item'],
    ['---', '\\---'],
    ['-0.5 and 1.5', '-0.5 and 1.5'],
    ['> quote', '&gt; quote']
  ])('%j → %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected)
  })

  test('neutralises mentions, team mentions and issue references with a zero-width space', () => {
    expect(escapeText('@org/team and @bob')).toBe(`@${ZWSP}org/team and @${ZWSP}bob`)
    expect(escapeText('fixes #123, org/repo#45')).toBe(`fixes \\#${ZWSP}123, org/repo#${ZWSP}45`)
    expect(escapeText('mail me @ home, C# rocks')).toBe('mail me @ home, C# rocks')
  })

  test('neutralises every GitHub reference form: #n, owner/repo#n, GH-n, user@sha', () => {
    expect(escapeText('see GH-7, gh-8 and o/r#9')).toBe(
      `see GH-${ZWSP}7, gh-${ZWSP}8 and o/r#${ZWSP}9`
    )
    expect(escapeText('o/r@1a2b3c4 and bob@1a2b3c4')).toBe(
      `o/r@${ZWSP}1a2b3c4 and bob@${ZWSP}1a2b3c4`
    )
    expect(escapeText('UGH-7 GH-x GH7')).toBe('UGH-7 GH-x GH7')
  })

  test('takes the trigger out of autolink literals', () => {
    expect(escapeText('http://x.io www.x.io mailto:me')).toBe(
      `http:${ZWSP}//x.io www${ZWSP}.x.io mailto:${ZWSP}me`
    )
    expect(escapeText('ratio 1:2, v1.2, awww.x')).toBe('ratio 1:2, v1.2, awww.x')
    expect(escapeHtml('https://x.io')).toBe(`https:${ZWSP}//x.io`)
  })

  test('shows bidirectional controls and zero-width characters as escapes', () => {
    expect(escapeText('rtl\u202Egnp.exe')).toBe('rtl\\\\u202Egnp.exe')
    expect(escapeCell('a\u200Bb\u2066c\uFEFF')).toBe('a\\\\u200Bb\\\\u2066c\\\\uFEFF')
    expect(escapeCell('tag\u{E0041}')).toBe('tag\\\\u{E0041}')
    expect(inlineCode('x\u202Ey')).toBe('`x\\u202Ey`')
  })

  test('keeps the joiners a script needs: ZWJ in emoji, ZWNJ between Persian letters', () => {
    expect(escapeText('👩\u200D💻 ❤️\u200D🔥')).toBe('👩\u200D💻 ❤️\u200D🔥')
    expect(escapeText('می\u200Cخواهم')).toBe('می\u200Cخواهم')
    expect(escapeText('a\u200Db a\u200Cb')).toBe('a\\\\u200Db a\\\\u200Cb')
  })

  test('replaces control characters and lone surrogates', () => {
    expect(escapeText('a\u0000b\uD800c\u001b')).toBe('a\uFFFDb\uFFFDc\uFFFD')
    expect(escapeText('🔴')).toBe('🔴')
  })

  test('no hostile construct survives', () => {
    const hostile = '<!-- x --> @admin </details> ![i](http://e/i.png) <img onerror=x> `a` | b\n# h'
    const escaped = escapeText(hostile)
    expect(escaped).not.toMatch(/<(?!br>)/)
    expect(escaped).not.toMatch(/@[A-Za-z0-9]/)
    expect(escaped).not.toMatch(/(?<!\\)[`|[]/)
    expect(escaped).not.toContain('\n')
  })
})

describe('escapeCell', () => {
  test('escapes pipes and line breaks but not block markers, which cannot start in a cell', () => {
    expect(escapeCell('# a | b\nc')).toBe('# a \\| b<br>c')
    expect(escapeCell('- 1. x')).toBe('- 1. x')
    expect(escapeCell('<b>@team</b>')).toBe(`&lt;b&gt;@${ZWSP}team&lt;/b&gt;`)
  })
})

describe('escapeHtml', () => {
  test('entity-escapes without backslashes, which raw HTML would show', () => {
    expect(escapeHtml('</summary><b>"x"</b> @me *y*\nz')).toBe(
      `&lt;/summary&gt;&lt;b&gt;&quot;x&quot;&lt;/b&gt; @${ZWSP}me *y* z`
    )
  })
})

describe('inlineCode', () => {
  test.each([
    ['plain', '`plain`'],
    ['a `tick`', '`` a `tick` ``'],
    ['``double``', '``` ``double`` ```'],
    [' spaced ', '`  spaced  `'],
    ['<script>@bob</script>', '`<script>@bob</script>`'],
    ['two\nlines', '`two lines`'],
    ['', '']
  ])('%j → %j', (input, expected) => {
    expect(inlineCode(input)).toBe(expected)
  })
})

describe('codeBlock', () => {
  test('uses a fence longer than any backtick run inside', () => {
    expect(codeBlock('before\n```\nafter\n', 'py')).toBe('````py\nbefore\n```\nafter\n````')
    expect(codeBlock('x ```` y', 'a`b; rm')).toBe('`````abrm\nx ```` y\n`````')
  })
})
