import { ConfigurationError } from '@ml-actions/core/errors'
import type { RuleResult } from '@ml-actions/core/policy'
import { manifestSha256, type Manifest, type ModelRegistry } from '@ml-actions/registry'
import { treeOfCommit, type TreeSource } from './commit-tree.js'
import type { GateReport } from './report-files.js'
import {
  listPullReviews,
  listReviews,
  noReviewError,
  readRecordedReports,
  requireReadableReview,
  reviewCheck,
  type ReviewRecord
} from './review-record.js'
import type { ReviewedTreeMode } from './definition.js'
import { reviewedTreeCheck } from './reviewed-tree.js'

export const REVIEWED_CANDIDATE = 'reviewed'

/** What a merge promotes: the version its pull request evaluated, with the reports judged then. */
export interface ReviewedCandidate {
  readonly candidate: Manifest
  readonly reports: readonly GateReport[]
  readonly review: ReviewRecord
  readonly reviewRef: string
  /** The review's own checks (approved, report digests), judged with the policy's rules. */
  readonly checks: readonly RuleResult[]
}

/** Where to look; its TreeSource (the checkout, GitHub) is also where the merged tree is asked. */
export interface ReviewLookup extends TreeSource {
  readonly registry: ModelRegistry
  readonly model: string
  /** The PR head to promote (reviewed-commit); empty: found from the pushed commit on GitHub. */
  readonly reviewedCommit: string
  /** The commit the merge put on the branch (GITHUB_SHA, or the checkout's HEAD off GitHub). */
  readonly mergedSha: string
  readonly reviewedTree: ReviewedTreeMode
}

export async function resolveReviewedCandidate(lookup: ReviewLookup): Promise<ReviewedCandidate> {
  const merged = lookup.reviewedCommit.trim()
    ? { headSha: lookup.reviewedCommit.trim().toLowerCase() }
    : await pullRequestOfMerge(lookup)
  const pull = 'number' in merged ? `pull request #${merged.number}` : 'the reviewed commit'
  const reviews = await listReviews(lookup.registry, lookup.model, merged.headSha)
  const latest = reviews[0]
  if (!latest) throw await missingReview(lookup, merged, pull)
  const review = latest.record
  requireReadableReview(latest.ref, review)
  const treeCheck = reviewedTreeCheck(
    review,
    await mergedCommit(lookup, review),
    lookup.reviewedTree
  )
  const candidate = await lookup.registry.get(lookup.model, review.version)
  const candidateSha256 = manifestSha256(candidate)
  const recorded = await readRecordedReports(lookup.registry, review)
  const approved = review.verdict === 'approve'
  const intact = candidateSha256 === review.manifestSha256
  const versionDetail = `${lookup.model}/${review.version} is the manifest the review judged`
  return {
    candidate,
    reports: recorded.reports,
    review,
    reviewRef: latest.ref,
    checks: [
      reviewCheck(
        'reviewed verdict',
        'review',
        { observed: review.verdict, expected: 'approve', pass: approved },
        approved
          ? `${pull} was approved at ${review.headSha}`
          : `${pull} was judged ${review.verdict} at ${review.headSha}; only an approved review is promoted (refused)`
      ),
      reviewCheck(
        'reviewed version intact',
        'review',
        { observed: candidateSha256, expected: review.manifestSha256, pass: intact },
        intact ? versionDetail : `${versionDetail} (refused)`
      ),
      treeCheck,
      ...recorded.checks
    ]
  }
}

/** The merged commit and, when the review has a tree to compare it with, its tree. */
async function mergedCommit(
  lookup: ReviewLookup,
  review: ReviewRecord
): Promise<{ sha: string; tree?: string }> {
  const sha = lookup.mergedSha.trim().toLowerCase()
  if (lookup.reviewedTree === 'any' || !review.evaluatedTree) return { sha }
  if (!sha) {
    throw new ConfigurationError(
      "candidate: reviewed compares the merged commit's tree with the evaluated one: run it on the merge (GITHUB_SHA, or a git checkout of it), or set reviewed-tree: any",
      'reviewed-tree'
    )
  }
  const found = await treeOfCommit(sha, lookup)
  if (!found) {
    throw new ConfigurationError(
      `candidate: reviewed: the tree of the merged commit ${sha} was found neither in the checkout (git rev-parse) nor through GitHub (git/commits, needs github-token with contents: read); ` +
        'check the commit out, give github-token, or set reviewed-tree: any. Nothing was moved.',
      'reviewed-tree'
    )
  }
  return { sha, tree: found.tree }
}

/** The head moved after the evaluation when this PR has reviews, but none of its final head. */
async function missingReview(
  lookup: ReviewLookup,
  merged: { headSha: string; number?: number },
  pull: string
): Promise<ConfigurationError> {
  if (merged.number !== undefined) {
    const [earlier] = await listPullReviews(lookup.registry, lookup.model, merged.number)
    if (earlier) {
      return new ConfigurationError(
        `candidate: reviewed: ${pull} was merged at head ${merged.headSha}, but its last review evaluated head ${earlier.headSha}: ` +
          'the code merged is not the code evaluated. Re-run the pull request evaluation on its final head. Nothing was moved.',
        'candidate'
      )
    }
  }
  return noReviewError(lookup.model, pull, merged.headSha)
}

/** GET /repos/{owner}/{repo}/commits/{sha}/pulls: merge, squash and rebase merges all name their PR. */
async function pullRequestOfMerge(
  lookup: ReviewLookup
): Promise<{ headSha: string; number: number }> {
  const { event } = lookup
  if (!event.repository || !event.sha) {
    throw new ConfigurationError(
      'candidate: reviewed needs the pushed commit and its repository (GITHUB_SHA, GITHUB_REPOSITORY), or reviewed-commit',
      'reviewed-commit'
    )
  }
  if (!lookup.token) {
    throw new ConfigurationError(
      'candidate: reviewed finds the merged pull request through GitHub: give github-token (contents: read), or reviewed-commit',
      'github-token'
    )
  }
  const { createOctokit } = await import('@ml-actions/github')
  const octokit = await createOctokit(lookup.token, {
    env: lookup.env,
    baseUrl: event.apiUrl,
    logger: lookup.log,
    ...(lookup.timing ? { timing: lookup.timing } : {})
  })
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
    owner: event.repository.owner,
    repo: event.repository.repo,
    commit_sha: event.sha,
    per_page: 100
  })
  const sha = event.sha.toLowerCase()
  const merged = data.filter((pull) => pull.merged_at !== null)
  const exact = merged.filter((pull) => pull.merge_commit_sha?.toLowerCase() === sha)
  const found = exact.length === 1 ? exact : merged
  if (found.length !== 1 || !found[0]) {
    throw new ConfigurationError(
      found.length === 0
        ? `candidate: reviewed: commit ${event.sha} is not the merge of a pull request; give reviewed-commit (the head that was evaluated)`
        : `candidate: reviewed: commit ${event.sha} belongs to ${found.length} merged pull requests (${found.map((p) => `#${p.number}`).join(', ')}); give reviewed-commit`,
      'reviewed-commit'
    )
  }
  return { headSha: found[0].head.sha.toLowerCase(), number: found[0].number }
}
