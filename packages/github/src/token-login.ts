import type { GitHubClient } from './octokit.js'
import type { GitHubLogger } from './logger.js'

/**
 * Whose comments are this token's own, off GitHub Actions: there a personal access token (or a bot
 * user's) is usual, and GET /user names it. An app's installation token may not ask; its comments
 * are then matched as github-actions[bot], so give the CLI a user's token for sticky comments.
 */
export async function tokenLogin(
  octokit: GitHubClient,
  logger: GitHubLogger
): Promise<string | undefined> {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login
  } catch (error) {
    const status = (error as { status?: number }).status
    logger.debug(
      `GET /user answered ${status ?? (error as Error).message}; matching earlier comments as github-actions[bot]`
    )
    return undefined
  }
}
