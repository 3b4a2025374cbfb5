import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  primaryRateLimitResponse,
  secondaryRateLimitResponse,
  serverErrorResponse,
  startFakeGitHub,
  type FakeGitHub
} from '../../../tests/support/fake-github/index.js'
import { createOctokit, FAST_TIMING } from '../src/index.js'

const LIST = /\/issues\/1\/comments$/

function memoryLogger() {
  const lines: string[] = []
  return {
    lines,
    info: (m: string) => lines.push(m),
    warning: (m: string) => lines.push(`warning: ${m}`),
    debug: () => {}
  }
}

describe('createOctokit', () => {
  let fake: FakeGitHub
  let logger: ReturnType<typeof memoryLogger>
  const client = (timing = {}) =>
    createOctokit('ghs_token', {
      baseUrl: fake.apiUrl,
      logger,
      timing: { ...FAST_TIMING, ...timing }
    })
  const list = async (timing = {}) =>
    (await client(timing)).rest.issues.listComments({
      owner: 'octo-org',
      repo: 'models',
      issue_number: 1
    })

  beforeEach(async () => {
    fake = await startFakeGitHub()
    logger = memoryLogger()
  })

  afterEach(async () => {
    await fake.stop()
    fake.assertNoViolations()
  })

  it('uses GITHUB_API_URL from the env it is given, read at call time', async () => {
    const octokit = await createOctokit('ghs_token', {
      env: { GITHUB_API_URL: `${fake.apiUrl}/` },
      timing: FAST_TIMING,
      logger
    })
    await octokit.rest.issues.listComments({ owner: 'octo-org', repo: 'models', issue_number: 1 })
    expect(fake.requests).toHaveLength(1)
  })

  it('retries 5xx up to the bound and then gives up', async () => {
    fake.failNext({ method: 'GET', path: LIST, ...serverErrorResponse(503), times: 10 })

    await expect(list()).rejects.toMatchObject({ status: 503 })
    expect(fake.requests).toHaveLength(1 + FAST_TIMING.retries)
  })

  it('does not retry other 4xx', async () => {
    fake.failNext({
      method: 'GET',
      path: LIST,
      status: 422,
      body: { message: 'Validation Failed', documentation_url: 'x' }
    })

    await expect(list()).rejects.toMatchObject({ status: 422 })
    expect(fake.requests).toHaveLength(1)
  })

  it('waits for a primary rate limit reset within budget and logs the wait', async () => {
    fake.failNext({ method: 'GET', path: LIST, ...primaryRateLimitResponse(2, 429) })

    await expect(list()).resolves.toMatchObject({ status: 200 })
    expect(logger.lines.join('\n')).toMatch(/rate limit on GET .* waiting \d+s before retry 1 of 3/)
  })

  it('gives up at once on a reset beyond the budget', async () => {
    fake.failNext({ method: 'GET', path: LIST, ...primaryRateLimitResponse(50 * 60) })

    await expect(list()).rejects.toMatchObject({ status: 403 })
    expect(fake.requests).toHaveLength(1)
    expect(logger.lines.join('\n')).toMatch(/warning: GitHub rate limit on GET .* giving up/)
  })

  it('honours retry-after on a secondary rate limit and stops after the retry bound', async () => {
    fake.failNext({ method: 'GET', path: LIST, ...secondaryRateLimitResponse(3) })
    await expect(list()).resolves.toMatchObject({ status: 200 })
    expect(logger.lines.join('\n')).toMatch(/secondary rate limit on GET .* waiting 3s/)

    fake.requests.length = 0
    fake.failNext({ method: 'GET', path: LIST, ...secondaryRateLimitResponse(), times: 10 })
    await expect(list({ rateLimitRetries: 2 })).rejects.toMatchObject({ status: 403 })
    expect(fake.requests).toHaveLength(3)
  })
})
