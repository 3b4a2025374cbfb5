import type { getOctokit } from '@actions/github'
import type { ThrottlingOptions } from '@octokit/plugin-throttling'
import type { GitHubLogger } from './logger.js'
import { rateLimitHandlers } from './rate-limit-policy.js'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface OctokitTiming {
  /** Retries of a 5xx or network failure (plugin-retry). */
  retries: number
  /** plugin-retry waits retryCount² × this: 1 s, 4 s, 9 s by default. */
  retryBaseMs: number
  /** One second of a rate limit's retry-after / reset, in real milliseconds. */
  rateLimitSecondMs: number
  /** Wait after a secondary limit that came without retry-after. */
  secondaryRateLimitFallbackSeconds: number
  rateLimitRetries: number
  rateLimitBudgetSeconds: number
  /** GitHub asks for ≥1 s between writes and ≥3 s between notifying creates; off only against a fake. */
  spaceWrites: boolean
}

export const DEFAULT_TIMING: OctokitTiming = {
  retries: 3,
  retryBaseMs: 1000,
  rateLimitSecondMs: 1000,
  secondaryRateLimitFallbackSeconds: 60,
  rateLimitRetries: 3,
  rateLimitBudgetSeconds: 600,
  spaceWrites: true
}

/** Timing for tests against fake-github: same logic, milliseconds instead of seconds, no write spacing. */
export const FAST_TIMING: OctokitTiming = {
  ...DEFAULT_TIMING,
  retryBaseMs: 5,
  rateLimitSecondMs: 5,
  spaceWrites: false
}

export interface CreateOctokitOptions {
  /** REST base; defaults to env.GITHUB_API_URL, then api.github.com. */
  baseUrl?: string
  env?: Readonly<Record<string, string | undefined>>
  logger: GitHubLogger
  timing?: Partial<OctokitTiming>
}

// 403 and 429 belong to the throttling plugin; the rest of 4xx is the caller's mistake and repeats identically.
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451]

/**
 * An Octokit for GitHub.com or GHES with retries and rate-limit handling. The base URL is read when the client is
 * made, not when @actions/github is imported, so a GITHUB_API_URL set later (tests, GHES) is honoured. Octokit
 * and its plugins load on the first call: a step that never talks to GitHub does not pay for them at start-up.
 */
export async function createOctokit(
  token: string,
  options: CreateOctokitOptions
): Promise<GitHubClient> {
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling')
  ])
  const env = options.env ?? process.env
  const logger = options.logger
  const timing = { ...DEFAULT_TIMING, ...options.timing }
  const baseUrl = (options.baseUrl ?? env.GITHUB_API_URL ?? 'https://api.github.com').replace(
    /\/+$/,
    ''
  )
  const throttle: ThrottlingOptions = {
    ...rateLimitHandlers(
      { maxRetries: timing.rateLimitRetries, budgetSeconds: timing.rateLimitBudgetSeconds },
      logger
    ),
    retryAfterBaseValue: timing.rateLimitSecondMs,
    fallbackSecondaryRateRetryAfter: timing.secondaryRateLimitFallbackSeconds,
    ...(timing.spaceWrites ? {} : { write: UNSPACED, notifications: UNSPACED })
  }
  return getOctokit(
    token,
    {
      baseUrl,
      userAgent: 'ml-actions',
      retry: {
        retries: timing.retries,
        retryAfterBaseValue: timing.retryBaseMs,
        doNotRetry: DO_NOT_RETRY
      },
      throttle,
      log: {
        debug: (message: string) => logger.debug(message),
        info: (message: string) => logger.debug(message),
        warn: (message: string) => logger.info(message),
        error: (message: string) => logger.info(message)
      }
    },
    retry,
    throttling
  )
}

/**
 * A limiter group that runs jobs at once. plugin-throttling only calls `key(id).schedule(options, task)` on its
 * write groups, and accepts replacements through its options; this one drops the spacing for loopback tests.
 */
const UNSPACED = {
  key: () => ({ schedule: (_options: unknown, task: () => Promise<unknown>) => task() })
} as unknown as NonNullable<ThrottlingOptions['write']>
