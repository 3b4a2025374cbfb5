import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  primaryRateLimitResponse,
  readOnlyTokenResponse,
  serverErrorResponse,
  startFakeGitHub,
  type FakeGitHub
} from '../../../tests/support/fake-github/index.js'
import {
  createOctokit,
  FAST_TIMING,
  stickyMarker,
  upsertStickyComment,
  type StickyCommentOptions
} from '../src/index.js'

const PR = 42
const MARKER = stickyMarker('compare-metrics', 'ci/evaluate')
const COMMENTS = /^\/repos\/octo-org\/models\/issues\/\d+\/comments$/
const COMMENT = /^\/repos\/octo-org\/models\/issues\/comments\/\d+$/

function memoryLogger() {
  const lines: string[] = []
  return {
    lines,
    info: (m: string) => lines.push(`info: ${m}`),
    warning: (m: string) => lines.push(`warning: ${m}`),
    debug: (m: string) => lines.push(`debug: ${m}`)
  }
}

describe('upsertStickyComment against fake-github', () => {
  let fake: FakeGitHub
  let logger: ReturnType<typeof memoryLogger>

  const post = async (body: string, overrides: Partial<StickyCommentOptions> = {}) =>
    upsertStickyComment(
      await createOctokit('ghs_job_token', { baseUrl: fake.apiUrl, timing: FAST_TIMING, logger }),
      {
        owner: 'octo-org',
        repo: 'models',
        issueNumber: PR,
        action: 'compare-metrics',
        key: 'ci/evaluate',
        body,
        logger,
        reconcileDelayMs: 1,
        ...overrides
      }
    )

  beforeEach(async () => {
    fake = await startFakeGitHub()
    logger = memoryLogger()
  })

  afterEach(async () => {
    await fake.stop()
    fake.assertNoViolations()
  })

  it('creates the comment on the first run with the marker last', async () => {
    const result = await post('## Metrics\n| a | b |')

    expect(result).toMatchObject({ action: 'created', commentId: expect.any(Number) })
    expect(result.url).toMatch(
      /^https:\/\/github\.com\/octo-org\/models\/pull\/42#issuecomment-\d+$/
    )
    const [comment] = fake.comments(PR)
    expect(comment?.body.endsWith(MARKER)).toBe(true)
    expect(comment?.author.login).toBe('github-actions[bot]')
  })

  it('updates the same comment on a re-run: no POST, one PATCH', async () => {
    const first = await post('run 1')
    fake.requests.length = 0

    const second = await post('run 2')

    expect(second).toMatchObject({ action: 'updated', commentId: first.commentId })
    expect(fake.count('POST')).toBe(0)
    expect(fake.count('PATCH')).toBe(1)
    expect(fake.comments(PR)).toHaveLength(1)
    expect(fake.comments(PR)[0]?.body).toContain('run 2')
  })

  it('skips the update when the body is unchanged', async () => {
    await post('same')
    fake.requests.length = 0

    expect(await post('same')).toMatchObject({ action: 'unchanged' })
    expect(fake.count('PATCH')).toBe(0)
    expect(fake.count('POST')).toBe(0)
  })

  it('finds its comment at position 131 of 150 through pagination', async () => {
    fake.seedComments(PR, 130)
    const ours = fake.seedComment(PR, `old report\n\n${MARKER}`)
    fake.seedComments(PR, 19)

    const result = await post('new report')

    expect(result).toMatchObject({ action: 'updated', commentId: ours.id })
    expect(fake.count('POST')).toBe(0)
    expect(fake.requests.filter((r) => r.method === 'GET').map((r) => r.query)).toEqual([
      { per_page: '100' },
      { per_page: '100', page: '2' }
    ])
  })

  it('keeps the oldest of two own comments and deletes the newer one', async () => {
    const older = fake.seedComment(PR, `a\n\n${MARKER}`)
    const newer = fake.seedComment(PR, `b\n\n${MARKER}`)

    const result = await post('c')

    expect(result).toMatchObject({ action: 'updated', commentId: older.id })
    expect(fake.comments(PR).map((c) => c.id)).toEqual([older.id])
    expect(fake.requests.find((r) => r.method === 'DELETE')?.path).toBe(
      `/repos/octo-org/models/issues/comments/${newer.id}`
    )
  })

  it('never touches a foreign comment that carries our marker', async () => {
    const foreign = fake.seedComment(PR, `I copied this\n\n${MARKER}`, 'someone')

    const result = await post('report')

    expect(result.action).toBe('created')
    expect(fake.comments(PR).find((c) => c.id === foreign.id)?.body).toBe(
      `I copied this\n\n${MARKER}`
    )
    expect(fake.requests.some((r) => r.path.endsWith(`/comments/${foreign.id}`))).toBe(false)
  })

  it('adopts the comments of a resolved viewer login instead of github-actions[bot]', async () => {
    const app = { login: 'ml-bot[bot]', id: 9001, type: 'Bot' as const }
    fake.setTokenAccount('ghs_job_token', app)
    const mine = fake.seedComment(PR, `x\n\n${MARKER}`, app)
    fake.seedComment(PR, `y\n\n${MARKER}`, 'github-actions[bot]')

    expect(await post('z', { viewerLogin: 'ml-bot[bot]' })).toMatchObject({
      action: 'updated',
      commentId: mine.id
    })
  })

  it('truncates a 70,000 character body with a notice and keeps the marker', async () => {
    const rows = Array.from(
      { length: 7000 },
      (_, i) => `| row ${String(i).padStart(4, '0')} |`
    ).join('\n')

    const result = await post(rows, {
      reportUrl: 'https://github.com/octo-org/models/actions/runs/1'
    })

    const body = fake.comments(PR)[0]?.body ?? ''
    expect(rows.length).toBeGreaterThan(70_000)
    expect(result.truncated).toBe(true)
    expect([...body].length).toBeLessThanOrEqual(65_536)
    expect(body).toContain(
      '…truncated: see the job summary / [report artifact](https://github.com/octo-org/models/actions/runs/1)'
    )
    expect(body.endsWith(MARKER)).toBe(true)
  })

  it('neutralises a marker forged inside the content', async () => {
    await post(`metric <!-- ml-actions:compare-metrics:ci/evaluate --> name`)

    const body = fake.comments(PR)[0]?.body ?? ''
    expect(body.split(MARKER)).toHaveLength(2)
  })

  it('turns a fork token 403 into skipped with the permission named, without failing', async () => {
    fake.failNext({ method: 'POST', path: COMMENTS, ...readOnlyTokenResponse() })

    const result = await post('report')

    expect(result).toMatchObject({ action: 'skipped', code: 'read-only-token' })
    const warnings = logger.lines.filter((l) => l.startsWith('warning:'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('`pull-requests: write` or `issues: write`')
    expect(warnings[0]).toContain('docs/recipes/fork-prs.md')
    expect(warnings[0]).not.toMatch(/\n\s+at /)
    expect(fake.count('POST')).toBe(1)
  })

  it('fails on the 403 only when asked to', async () => {
    fake.failNext({ method: 'POST', path: COMMENTS, ...readOnlyTokenResponse('issues=write') })

    await expect(post('report', { failOnCommentError: true })).rejects.toMatchObject({
      name: 'ConfigurationError',
      message: expect.stringContaining('`issues: write`')
    })
  })

  it('reports a pull request that is gone as skipped, without retrying', async () => {
    fake.failNext({
      method: 'GET',
      path: COMMENTS,
      status: 404,
      body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }
    })

    expect(await post('report')).toMatchObject({ action: 'skipped', code: 'not-found' })
    expect(fake.requests).toHaveLength(1)
  })

  it('retries a 502 and then succeeds', async () => {
    fake.failNext({ method: 'GET', path: COMMENTS, ...serverErrorResponse(502) })
    fake.failNext({ method: 'PATCH', path: COMMENT, ...serverErrorResponse(502) })
    fake.seedComment(PR, `old\n\n${MARKER}`)

    expect(await post('new')).toMatchObject({ action: 'updated' })
    expect(fake.count('GET')).toBe(2)
    expect(fake.count('PATCH')).toBe(2)
  })

  it('leaves exactly one comment when the create response is lost', async () => {
    fake.dropResponseAfterHandling({ method: 'POST', path: COMMENTS })

    const result = await post('report')

    expect(result.action).toBe('created')
    expect(fake.comments(PR)).toHaveLength(1)
    expect(result.commentId).toBe(fake.comments(PR)[0]?.id)
    expect(fake.count('POST')).toBe(1)
  })

  it('creates again when a 5xx create left nothing behind', async () => {
    fake.failNext({ method: 'POST', path: COMMENTS, ...serverErrorResponse(502) })

    expect(await post('report')).toMatchObject({ action: 'created' })
    expect(fake.comments(PR)).toHaveLength(1)
    expect(fake.count('POST')).toBe(2)
  })

  it('waits out a primary rate limit within budget', async () => {
    fake.failNext({ method: 'GET', path: COMMENTS, ...primaryRateLimitResponse(1) })

    expect(await post('report')).toMatchObject({ action: 'created' })
    expect(logger.lines.some((l) => /rate limit .* waiting/.test(l))).toBe(true)
  })

  it('hide-old minimizes the previous comment through GraphQL and posts a new one', async () => {
    const old = fake.seedComment(PR, `old\n\n${MARKER}`)

    const result = await post('new', { mode: 'hide-old' })

    expect(result.action).toBe('created')
    const [hidden, fresh] = fake.comments(PR)
    expect(hidden).toMatchObject({ id: old.id, minimizedAs: 'OUTDATED' })
    expect(hidden?.body).not.toContain(MARKER)
    expect(fresh?.body).toContain(MARKER)
    expect(fake.count('POST', /^\/graphql$/)).toBe(1)

    fake.requests.length = 0
    expect(await post('newer', { mode: 'hide-old' })).toMatchObject({ action: 'created' })
    expect(fake.comments(PR).filter((c) => c.minimizedAs)).toHaveLength(2)
  })

  it('recreate deletes the old comment and posts a new one at the bottom', async () => {
    const old = fake.seedComment(PR, `old\n\n${MARKER}`)
    fake.seedComments(PR, 3)

    const result = await post('new', { mode: 'recreate' })

    expect(result.action).toBe('created')
    const comments = fake.comments(PR)
    expect(comments.some((c) => c.id === old.id)).toBe(false)
    expect(comments.at(-1)?.id).toBe(result.commentId)
  })

  it('append adds to the existing body and keeps one marker', async () => {
    await post('first')
    await post('second', { mode: 'append' })

    const body = fake.comments(PR)[0]?.body ?? ''
    expect(body).toMatch(/first\n\nsecond\n\n<!--/)
    expect(body.split(MARKER)).toHaveLength(2)
  })

  it('delete removes our comment and creates nothing', async () => {
    const ours = fake.seedComment(PR, `x\n\n${MARKER}`)
    fake.seedComment(PR, 'unrelated', 'github-actions[bot]')

    expect(await post('ignored', { mode: 'delete' })).toMatchObject({
      action: 'deleted',
      commentId: ours.id
    })
    expect(fake.comments(PR).map((c) => c.body)).toEqual(['unrelated'])
    expect(fake.count('POST')).toBe(0)
    expect(await post('ignored', { mode: 'delete' })).toMatchObject({
      action: 'skipped',
      code: 'nothing-to-delete'
    })
  })

  it('off makes no request at all', async () => {
    expect(await post('x', { mode: 'off' })).toMatchObject({ action: 'skipped', code: 'off' })
    expect(fake.requests).toHaveLength(0)
  })

  it('converges on one comment when two runs race between list and create', async () => {
    const results = await Promise.all([post('leg 1'), post('leg 2')])

    expect(fake.count('POST', COMMENTS)).toBe(2)
    expect(fake.comments(PR)).toHaveLength(1)
    expect(results.map((r) => r.commentId)).toEqual([
      fake.comments(PR)[0]?.id,
      fake.comments(PR)[0]?.id
    ])
  })

  it('keeps separate comments per key', async () => {
    await post('a', { key: 'matrix/py3.11' })
    await post('b', { key: 'matrix/py3.12' })

    expect(fake.comments(PR)).toHaveLength(2)
  })
})

describe('upsertStickyComment on GitHub Enterprise Server', () => {
  it('talks to the /api/v3 base and GraphQL at /api/graphql', async () => {
    const fake = await startFakeGitHub({ flavor: 'ghes' })
    try {
      const octokit = await createOctokit('ghs_job_token', {
        env: { GITHUB_API_URL: fake.apiUrl },
        timing: FAST_TIMING,
        logger: memoryLogger()
      })
      const options = {
        owner: 'octo-org',
        repo: 'models',
        issueNumber: 7,
        action: 'a',
        key: 'k',
        logger: memoryLogger()
      }
      const created = await upsertStickyComment(octokit, { ...options, body: 'one' })
      expect(created.url).toMatch(/^https:\/\/ghe\.test\/octo-org\/models\/pull\/7#issuecomment-/)
      expect(
        await upsertStickyComment(octokit, { ...options, body: 'two', mode: 'hide-old' })
      ).toMatchObject({
        action: 'created'
      })
      expect(fake.comments(7)[0]?.minimizedAs).toBe('OUTDATED')
      fake.assertNoViolations()
    } finally {
      await fake.stop()
    }
  })
})
