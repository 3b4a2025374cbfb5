import { ConfigurationError } from '@ml-actions/core/errors'
import type { GitHubClient } from './octokit.js'

export interface RunHead {
  owner: string
  repo: string
  /** workflow_run.head_sha: the commit the untrusted workflow ran on. */
  headSha: string
  /** workflow_run.head_repository.id: where that commit lives (a fork, or this repository). */
  headRepositoryId?: number
  /** A number from an artifact or an input: attacker-controlled for fork runs, so only a hint. */
  claimedNumber?: number
}

/**
 * Finds the pull request whose head is exactly this commit from this repository. A claimed number is accepted
 * only if GitHub confirms it; otherwise a fork could make the privileged workflow comment on someone else's PR.
 */
export async function resolvePullRequestForRun(
  octokit: GitHubClient,
  head: RunHead
): Promise<number | undefined> {
  const matches = (pull: { head: { sha: string; repo: { id: number } | null } }): boolean =>
    pull.head.sha.toLowerCase() === head.headSha.toLowerCase() &&
    (head.headRepositoryId === undefined || pull.head.repo?.id === head.headRepositoryId)

  if (head.claimedNumber !== undefined) {
    const { data } = await octokit.rest.pulls.get({
      owner: head.owner,
      repo: head.repo,
      pull_number: head.claimedNumber
    })
    if (!matches(data)) {
      throw new ConfigurationError(
        `pull request #${head.claimedNumber} does not have head ${head.headSha} from the triggering run's repository; ` +
          'refusing to comment on it'
      )
    }
    return data.number
  }

  const byCommit = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    owner: head.owner,
    repo: head.repo,
    commit_sha: head.headSha,
    per_page: 100
  })
  const direct = byCommit.data.filter(matches)
  if (direct.length === 1) return direct[0]?.number
  // Commits that exist only in a fork are not associated with the base repository's PRs; scan the open ones.
  const open = await octokit.paginate(octokit.rest.pulls.list, {
    owner: head.owner,
    repo: head.repo,
    state: 'open',
    per_page: 100
  })
  const candidates = open.filter(matches)
  return candidates.length === 1 ? candidates[0]?.number : undefined
}
