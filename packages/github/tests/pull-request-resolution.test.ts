import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { startFakeGitHub, type FakeGitHub } from '../../../tests/support/fake-github/index.js'
import {
  createOctokit,
  FAST_TIMING,
  resolvePullRequestForRun,
  type GitHubClient
} from '../src/index.js'

const SHA = 'a'.repeat(40)

describe('resolvePullRequestForRun', () => {
  let fake: FakeGitHub
  let octokit: GitHubClient

  beforeEach(async () => {
    fake = await startFakeGitHub()
    const quiet = { info: () => {}, warning: () => {}, debug: () => {} }
    octokit = await createOctokit('ghs_token', {
      baseUrl: fake.apiUrl,
      timing: FAST_TIMING,
      logger: quiet
    })
  })

  afterEach(async () => {
    await fake.stop()
    fake.assertNoViolations()
  })

  it('finds the PR by head sha and head repository id', async () => {
    const pull = fake.seedPullRequest({ number: 12, headSha: SHA, forkOwner: 'contributor' })
    const headRepositoryId = pull.headRepo?.id as number

    expect(
      await resolvePullRequestForRun(octokit, {
        owner: 'octo-org',
        repo: 'models',
        headSha: SHA,
        headRepositoryId
      })
    ).toBe(12)
  })

  it('refuses a claimed number whose head is another commit', async () => {
    fake.seedPullRequest({ number: 12, headSha: SHA, forkOwner: 'contributor' })
    fake.seedPullRequest({ number: 999, headSha: 'b'.repeat(40) })

    await expect(
      resolvePullRequestForRun(octokit, {
        owner: 'octo-org',
        repo: 'models',
        headSha: SHA,
        claimedNumber: 999
      })
    ).rejects.toThrow(/#999 does not have head/)
    expect(
      await resolvePullRequestForRun(octokit, {
        owner: 'octo-org',
        repo: 'models',
        headSha: SHA,
        claimedNumber: 12
      })
    ).toBe(12)
  })

  it('returns undefined when no open PR has that head', async () => {
    expect(
      await resolvePullRequestForRun(octokit, { owner: 'octo-org', repo: 'models', headSha: SHA })
    ).toBeUndefined()
  })
})
