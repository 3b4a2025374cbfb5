import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { memoryLogger } from '@ml-actions/action-kit'
import { plainTitle } from '@ml-actions/core/markdown'
import {
  readOnlyTokenResponse,
  startFakeGitHub,
  type FakeGitHub
} from '../../../tests/support/fake-github/index.js'
import { alertMarker, raiseAlertIssue, resolveAlertIssue } from '../src/alert-issue.js'
import { createOctokit, FAST_TIMING } from '../src/index.js'

const KEY = { action: 'deploy-gate', key: 'classifier@production' }
const MARKER = alertMarker(KEY)

describe('alert issue against fake-github', () => {
  let fake: FakeGitHub
  let logger: ReturnType<typeof memoryLogger>
  const octokit = () =>
    createOctokit('ghs_job_token', { baseUrl: fake.apiUrl, timing: FAST_TIMING, logger })
  const target = () => ({ owner: 'octo-org', repo: 'models', ...KEY, logger })
  const raise = async (title: string, body: string) =>
    raiseAlertIssue(await octokit(), { ...target(), title, body })
  const resolve = async (comment: string) =>
    resolveAlertIssue(await octokit(), { ...target(), comment })

  beforeEach(async () => {
    fake = await startFakeGitHub()
    logger = memoryLogger()
  })
  afterEach(async () => {
    await fake.stop()
    fake.assertNoViolations()
  })

  it('opens once, updates after, is unchanged when nothing changed, and closes with a comment', async () => {
    fake.seedPullRequest({ number: 7, headSha: 'a'.repeat(40) })
    const opened = await raise('deploy of v2 failed', 'first failure')
    expect(opened).toMatchObject({ action: 'opened', issueNumber: 8 })
    expect(fake.issues()[0]!.body).toBe(`first failure\n\n${MARKER}`)

    expect(await raise('deploy of v3 failed', 'second failure')).toMatchObject({
      action: 'updated',
      issueNumber: 8
    })
    expect(await raise('deploy of v3 failed', 'second failure')).toMatchObject({
      action: 'unchanged'
    })
    expect(fake.issues()).toHaveLength(1)
    expect(fake.issues()[0]!.title).toBe('deploy of v3 failed')

    expect(await resolve('Resolved by v4')).toMatchObject({ action: 'closed', issueNumber: 8 })
    expect(fake.issues()[0]).toMatchObject({ state: 'closed', stateReason: 'completed' })
    expect(fake.comments(8).map((c) => c.body)).toEqual(['Resolved by v4'])
    expect(await resolve('Resolved by v5')).toEqual({ action: 'none-open' })

    // After it was closed, the next incident gets an issue of its own.
    expect(await raise('deploy of v6 failed', 'again')).toMatchObject({ action: 'opened' })
    expect(fake.issues().map((i) => i.state)).toEqual(['closed', 'open'])
  })

  it("never adopts someone else's issue that quotes the marker, nor another key's", async () => {
    const forged = fake.seedIssue({ title: 'forged', body: `look ${MARKER}`, by: 'someone' })
    fake.seedIssue({
      title: 'other alias',
      body: alertMarker({ ...KEY, key: 'classifier@staging' }),
      by: 'github-actions[bot]'
    })
    expect(await raise('failed', 'body')).toMatchObject({ action: 'opened' })
    expect(fake.issues().find((i) => i.number === forged.number)!.body).toBe(`look ${MARKER}`)
    expect(await resolve('ok')).toMatchObject({ action: 'closed' })
    expect(fake.issues().map((i) => i.state)).toEqual(['open', 'open', 'closed'])
  })

  it('a create whose answer was lost is found again, not repeated', async () => {
    fake.dropResponseAfterHandling({ method: 'POST', path: /\/issues$/ })
    expect(await raise('failed', 'body')).toMatchObject({ action: 'opened' })
    expect(fake.issues()).toHaveLength(1)
    expect(fake.count('POST', /\/issues$/)).toBe(1)
  })

  it('of several open alerts (two runs raced) the oldest is updated, and resolving closes them all', async () => {
    const oldest = fake.seedIssue({ title: 'a', body: `x\n\n${MARKER}`, by: 'github-actions[bot]' })
    fake.seedIssue({ title: 'b', body: `y\n\n${MARKER}`, by: 'github-actions[bot]' })
    expect(await raise('failed', 'body')).toMatchObject({
      action: 'updated',
      issueNumber: oldest.number
    })
    expect(await resolve('ok')).toMatchObject({ action: 'closed', issueNumber: oldest.number })
    expect(fake.issues().map((i) => i.state)).toEqual(['closed', 'closed'])
  })

  it('a token without issues: write is a warning naming the permission, not a failure', async () => {
    fake.failNext({ method: 'POST', path: /\/issues$/, ...readOnlyTokenResponse('issues=write') })
    const result = await raise('failed', 'body')
    expect(result).toMatchObject({ action: 'skipped', code: 'read-only-token' })
    expect(logger.lines.filter((l) => l.startsWith('warning:'))).toHaveLength(1)
    expect(logger.lines.join('\n')).toContain('`issues: write`')
  })
})

describe('plainTitle', () => {
  it('keeps a title one printable line, breaks mentions and references, and cuts at 256', () => {
    expect(plainTitle('deploy @team\nof #12 GH-3 owner/repo#4\u202Eexe model@production')).toBe(
      'deploy @\u200Bteam of #\u200B12 GH-\u200B3 owner/repo#\u200B4\\u202Eexe model@production'
    )
    expect([...plainTitle('x'.repeat(300))]).toHaveLength(256)
    expect(plainTitle('  email a@ b # c ')).toBe('email a@ b # c')
  })
})
