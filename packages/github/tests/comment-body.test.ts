import { describe, expect, it } from '@jest/globals'
import {
  codePoints,
  composeCommentBody,
  defaultStickyKey,
  defuseMarkers,
  stickyMarker
} from '../src/index.js'

const MARKER = stickyMarker('compare-metrics', 'k')

describe('stickyMarker', () => {
  it('is a hidden HTML comment with action and key', () => {
    expect(stickyMarker('compare-metrics', 'ci/evaluate')).toBe(
      '<!-- ml-actions:compare-metrics:ci/evaluate -->'
    )
  })

  it('escapes keys that would close the comment or forge another marker', () => {
    const marker = stickyMarker('a', 'x --> <!-- ml-actions:a:y -- z:\n')
    expect(marker.slice(4, -3)).not.toMatch(/--|>|<|\n/)
    expect(marker.match(/<!--/g)).toHaveLength(1)
    expect(marker.match(/-->/g)).toHaveLength(1)
    expect(stickyMarker('a', 'x:y')).not.toBe(stickyMarker('a:x', 'y'))
  })

  it('defaults the key to workflow/job', () => {
    expect(defaultStickyKey({ GITHUB_WORKFLOW: 'ci', GITHUB_JOB: 'evaluate' })).toBe('ci/evaluate')
  })

  it('defuses marker look-alikes in content', () => {
    expect(defuseMarkers('a <!-- ml-actions:x:y --> b <!-- other -->')).toBe(
      'a &lt;!-- ml-actions:x:y --> b <!-- other -->'
    )
  })
})

describe('composeCommentBody', () => {
  it('leaves a short body alone and puts the marker last', () => {
    expect(composeCommentBody('hello\n', { marker: MARKER })).toEqual({
      body: `hello\n\n${MARKER}`,
      truncated: false
    })
  })

  it.each([
    ['65,537 ASCII', 'a'.repeat(65_537)],
    ['70,000 emoji', '🔴'.repeat(70_000)],
    ['70,000 CJK in lines', Array.from({ length: 7000 }, () => '指标'.repeat(5)).join('\n')]
  ])('fits %s within 65,536 code points and 262,144 bytes', (_, content) => {
    const { body, truncated } = composeCommentBody(content, { marker: MARKER })
    expect(truncated).toBe(true)
    expect(codePoints(body)).toBeLessThanOrEqual(65_536)
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(262_144)
    expect(body).not.toMatch(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
    )
    expect(body).toContain('…truncated: see the job summary / report artifact')
    expect(body.endsWith(MARKER)).toBe(true)
  })

  it('keeps 40,000 emoji whole: they are under the code-point limit', () => {
    expect(composeCommentBody('🔴'.repeat(40_000), { marker: MARKER }).truncated).toBe(false)
  })

  it('closes a code fence the cut left open', () => {
    const content = `intro\n\`\`\`\n${'line\n'.repeat(20_000)}\`\`\`\n`
    const { body } = composeCommentBody(content, { marker: MARKER })
    expect((body.match(/^```/gm) ?? []).length % 2).toBe(0)
  })
})
