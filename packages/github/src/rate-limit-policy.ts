import type { GitHubLogger } from './logger.js'

export interface RateLimitPolicy {
  /** Retries per request after a rate-limit answer. */
  maxRetries: number
  /** Total seconds this client may spend waiting for rate limits before it gives up. */
  budgetSeconds: number
}

interface LimitedRequest {
  method: string
  url: string
}

type LimitHandler = (
  retryAfterSeconds: number,
  request: LimitedRequest,
  octokit: unknown,
  retryCount: number
) => boolean

/**
 * Decides, for plugin-throttling, whether waiting out a rate limit is worth it. The budget is shared by all
 * requests of one client so a job cannot sleep for an hour in small steps.
 */
export function rateLimitHandlers(
  policy: RateLimitPolicy,
  logger: GitHubLogger
): { onRateLimit: LimitHandler; onSecondaryRateLimit: LimitHandler } {
  let waitedSeconds = 0
  const decide =
    (limit: string): LimitHandler =>
    (retryAfterSeconds, request, _octokit, retryCount) => {
      const route = `${request.method} ${request.url}`
      if (
        retryCount >= policy.maxRetries ||
        waitedSeconds + retryAfterSeconds > policy.budgetSeconds
      ) {
        logger.warning(
          `GitHub ${limit} on ${route}: giving up (${retryCount} retries made, next wait ${retryAfterSeconds}s, ` +
            `${waitedSeconds}s of the ${policy.budgetSeconds}s budget used).`
        )
        return false
      }
      waitedSeconds += retryAfterSeconds
      logger.info(
        `GitHub ${limit} on ${route}: waiting ${retryAfterSeconds}s before retry ${retryCount + 1} of ${policy.maxRetries}.`
      )
      return true
    }
  return { onRateLimit: decide('rate limit'), onSecondaryRateLimit: decide('secondary rate limit') }
}
