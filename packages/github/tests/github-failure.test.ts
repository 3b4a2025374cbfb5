import { describe, expect, it } from '@jest/globals'
import { describeAcceptedPermissions, describeGitHubFailure } from '../src/index.js'

function httpError(status: number, message: string, headers: Record<string, string> = {}) {
  return Object.assign(new Error(message), { status, response: { headers, data: { message } } })
}

describe('describeAcceptedPermissions', () => {
  it('renders alternatives in workflow syntax, pull requests first', () => {
    expect(describeAcceptedPermissions('issues=write; pull_requests=write')).toBe(
      '`pull-requests: write` or `issues: write`'
    )
    expect(describeAcceptedPermissions('contents=read,deployments=write')).toBe(
      '`contents: read` and `deployments: write`'
    )
    expect(describeAcceptedPermissions(undefined)).toBe('`pull-requests: write` or `issues: write`')
  })
})

describe('describeGitHubFailure', () => {
  it('classifies the read-only token, rate limits, not found and the rest', () => {
    const readOnly = httpError(403, 'Resource not accessible by integration', {
      'x-accepted-github-permissions': 'issues=write'
    })
    expect(describeGitHubFailure(readOnly, 'create a comment')).toMatchObject({
      code: 'read-only-token',
      message: expect.stringContaining('`issues: write`')
    })
    expect(
      describeGitHubFailure(
        httpError(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0' }),
        'x'
      )?.code
    ).toBe('rate-limited')
    expect(describeGitHubFailure(httpError(410, 'Gone'), 'x')?.code).toBe('not-found')
    expect(describeGitHubFailure(httpError(422, 'Body is too long'), 'x')?.code).toBe(
      'github-error'
    )
    expect(describeGitHubFailure(new TypeError('bug'), 'x')).toBeUndefined()
  })
})
