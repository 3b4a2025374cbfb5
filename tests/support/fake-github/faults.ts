export interface FailureRule {
  /** Any method when omitted. */
  method?: string
  /** Matched against the path without the GHES prefix and without the query, e.g. /repos/o/r/issues/1/comments */
  path: RegExp
  status: number
  body?: unknown
  headers?: Record<string, string>
  /** How many matching requests fail before the endpoint behaves again; 1 when omitted. */
  times?: number
}

export interface DropRule {
  method?: string
  path: RegExp
  times?: number
}

interface Armed<T> {
  rule: T
  remaining: number
}

/** Faults armed by a test, consumed in the order they were armed. */
export class FaultPlan {
  private readonly failures: Armed<FailureRule>[] = []
  private readonly drops: Armed<DropRule>[] = []

  failNext(rule: FailureRule): void {
    this.failures.push({ rule, remaining: rule.times ?? 1 })
  }

  dropResponseAfterHandling(rule: DropRule): void {
    this.drops.push({ rule, remaining: rule.times ?? 1 })
  }

  takeFailure(method: string, path: string): FailureRule | undefined {
    return take(this.failures, method, path)
  }

  takeDrop(method: string, path: string): boolean {
    return take(this.drops, method, path) !== undefined
  }

  clear(): void {
    this.failures.length = 0
    this.drops.length = 0
  }
}

function take<T extends { method?: string; path: RegExp }>(
  armed: Armed<T>[],
  method: string,
  path: string
) {
  const index = armed.findIndex(
    (a) => (!a.rule.method || a.rule.method.toUpperCase() === method) && a.rule.path.test(path)
  )
  const found = armed[index]
  if (!found) return undefined
  found.remaining -= 1
  if (found.remaining <= 0) armed.splice(index, 1)
  return found.rule
}

export type FaultResponse = Pick<FailureRule, 'status' | 'body' | 'headers'>

/** What a fork PR's read-only GITHUB_TOKEN gets back from a write. */
export function readOnlyTokenResponse(
  acceptedPermissions = 'issues=write; pull_requests=write',
  documentationUrl = 'https://docs.github.com/rest/issues/comments#create-an-issue-comment'
): FaultResponse {
  return {
    status: 403,
    body: {
      message: 'Resource not accessible by integration',
      documentation_url: documentationUrl,
      status: '403'
    },
    headers: { 'x-accepted-github-permissions': acceptedPermissions }
  }
}

export function primaryRateLimitResponse(
  resetInSeconds: number,
  status: 403 | 429 = 403
): FaultResponse {
  const reset = Math.floor(Date.now() / 1000) + resetInSeconds
  return {
    status,
    body: {
      message: 'API rate limit exceeded for installation ID 1234567.',
      documentation_url:
        'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: String(status)
    },
    headers: {
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': '1000',
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-resource': 'core'
    }
  }
}

export function secondaryRateLimitResponse(
  retryAfterSeconds?: number,
  status: 403 | 429 = 403
): FaultResponse {
  return {
    status,
    body: {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 1234:5678.',
      documentation_url:
        'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: String(status)
    },
    headers: retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) }
  }
}

export function serverErrorResponse(status = 502): FaultResponse {
  return { status, body: { message: 'Server Error' } }
}
