import { describe, expect, it } from '@jest/globals'
import {
  findOwnComments,
  planStickyComment,
  stickyMarker,
  type ExistingComment,
  type PlanInput
} from '../src/index.js'

const MARKER = stickyMarker('compare-metrics', 'ci/evaluate')
const BOT = 'github-actions[bot]'
let nextId = 1

function comment(
  body: string,
  authorLogin = BOT,
  createdAt = '2025-03-01T08:00:00Z'
): ExistingComment {
  const id = nextId++
  return {
    id,
    nodeId: `IC_${id}`,
    body,
    authorLogin,
    createdAt,
    url: `https://github.com/o/r/pull/1#issuecomment-${id}`
  }
}

function plan(comments: ExistingComment[], mode: PlanInput['mode'] = 'upsert', content = 'report') {
  return planStickyComment({
    comments,
    marker: MARKER,
    identity: BOT,
    mode,
    content,
    compose: (c) => `${c}\n\n${MARKER}`
  })
}

describe('planStickyComment', () => {
  it('creates when nothing of ours exists', () => {
    expect(plan([comment('hello'), comment(`x\n\n${MARKER}`, 'someone')])).toEqual({
      create: `report\n\n${MARKER}`,
      remove: [],
      hide: []
    })
  })

  it('updates the oldest own comment by time, then id, and removes the rest', () => {
    const newer = comment(`b\n\n${MARKER}`, BOT, '2025-03-02T00:00:00Z')
    const oldest = comment(`a\n\n${MARKER}`, BOT, '2025-03-01T00:00:00Z')
    const sameTime = comment(`c\n\n${MARKER}`, BOT, '2025-03-01T00:00:00Z')

    const result = plan([newer, sameTime, oldest])

    expect(result.update?.comment).toBe(oldest)
    expect(result.remove).toEqual([sameTime, newer])
  })

  it('reports unchanged when the composed body is identical, ignoring CRLF', () => {
    const ours = comment(`report\r\n\r\n${MARKER}`)
    expect(plan([ours])).toEqual({ unchanged: ours, remove: [], hide: [] })
  })

  it('matches the identity case-insensitively and needs the exact marker', () => {
    const other = stickyMarker('compare-metrics', 'ci/evaluate-2')
    const comments = [comment(`x\n\n${other}`), comment(`y\n\n${MARKER}`, 'GitHub-Actions[bot]')]
    expect(findOwnComments(comments, MARKER, BOT)).toEqual([comments[1]])
  })

  it('appends to the existing content without repeating the marker', () => {
    const ours = comment(`first\n\n${MARKER}`)
    expect(plan([ours], 'append', 'second').update?.body).toBe(`first\n\nsecond\n\n${MARKER}`)
  })

  it('recreate, hide-old and delete act on every own comment', () => {
    const a = comment(`a\n\n${MARKER}`)
    const b = comment(`b\n\n${MARKER}`)
    const foreign = comment(`c\n\n${MARKER}`, 'someone')
    expect(plan([a, b, foreign], 'recreate')).toMatchObject({
      create: expect.any(String),
      remove: [a, b],
      hide: []
    })
    expect(plan([a, b, foreign], 'hide-old')).toMatchObject({
      create: expect.any(String),
      remove: [],
      hide: [a, b]
    })
    expect(plan([a, b, foreign], 'delete')).toEqual({ remove: [a, b], hide: [] })
  })
})
