export type FailureCode =
  'read-only-token' | 'forbidden' | 'not-found' | 'rate-limited' | 'github-error'

export interface GitHubFailure {
  code: FailureCode
  status: number
  /** One line for the step log: what failed, why, and what to do. No stack. */
  message: string
}

export const FORK_RECIPE_PATH = 'docs/recipes/fork-prs.md'

interface HttpErrorShape {
  status: number
  message?: string
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown }
}

/** Classifies an Octokit RequestError; undefined for anything that is not an HTTP failure (those are bugs). */
export function describeGitHubFailure(
  error: unknown,
  attempted: string
): GitHubFailure | undefined {
  if (!isHttpError(error)) return undefined
  const status = error.status
  const headers = error.response?.headers ?? {}
  const apiMessage = messageOf(error)

  if (isRateLimit(status, headers, apiMessage)) {
    return {
      code: 'rate-limited',
      status,
      message: `Could not ${attempted}: GitHub rate limit exceeded (${apiMessage}).`
    }
  }
  if (status === 403) {
    const accepted = headers['x-accepted-github-permissions']
    const permission = describeAcceptedPermissions(
      typeof accepted === 'string' ? accepted : undefined
    )
    if (/resource not accessible by integration/i.test(apiMessage)) {
      return {
        code: 'read-only-token',
        status,
        message:
          `Could not ${attempted}: GitHub answered 403 "${apiMessage}": the token lacks ${permission}. ` +
          'Pull requests from forks only get a read-only GITHUB_TOKEN, so the results are in the job summary ' +
          `and the report artifact instead. To comment on fork pull requests, use the two-workflow mode in ${FORK_RECIPE_PATH}.`
      }
    }
    return {
      code: 'forbidden',
      status,
      message: `Could not ${attempted}: GitHub answered 403 "${apiMessage}" (needs ${permission}).`
    }
  }
  if (status === 404 || status === 410) {
    return {
      code: 'not-found',
      status,
      message: `Could not ${attempted}: GitHub answered ${status} (the pull request or issue is gone, or the token cannot see it).`
    }
  }
  return {
    code: 'github-error',
    status,
    message: `Could not ${attempted}: GitHub answered ${status} "${apiMessage}".`
  }
}

/**
 * `issues=write; pull_requests=write` lists alternatives (any one set suffices); a set may name several
 * permissions separated by commas. Rendered in workflow `permissions:` syntax.
 */
export function describeAcceptedPermissions(header: string | undefined): string {
  const sets = (header ?? 'pull_requests=write; issues=write')
    .split(';')
    .map((set) =>
      set
        .split(',')
        .map((permission) => permission.trim())
        .filter(Boolean)
        .map((permission) => {
          const [name = '', level = 'write'] = permission.split('=')
          return `\`${name.trim().replace(/_/g, '-')}: ${level.trim()}\``
        })
        .join(' and ')
    )
    .filter(Boolean)
  // Pull-request comments are the common case, so name that permission first.
  sets.sort((a, b) => Number(b.includes('pull-requests')) - Number(a.includes('pull-requests')))
  return sets.join(' or ')
}

/** A failed write whose outcome is unknown: the server may have done it before the answer was lost. */
export function isAmbiguousWriteFailure(error: unknown): boolean {
  return isHttpError(error) && error.status >= 500
}

export function isNotFound(error: unknown): boolean {
  return isHttpError(error) && (error.status === 404 || error.status === 410)
}

function isRateLimit(
  status: number,
  headers: Record<string, string | number | undefined>,
  message: string
): boolean {
  if (status !== 403 && status !== 429) return false
  return (
    String(headers['x-ratelimit-remaining']) === '0' ||
    /rate limit/i.test(message) ||
    status === 429
  )
}

function isHttpError(error: unknown): error is HttpErrorShape {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { status?: unknown }).status === 'number'
  )
}

function messageOf(error: HttpErrorShape): string {
  const data = error.response?.data
  if (
    typeof data === 'object' &&
    data !== null &&
    typeof (data as { message?: unknown }).message === 'string'
  ) {
    return (data as { message: string }).message
  }
  return error.message ?? 'unknown error'
}
