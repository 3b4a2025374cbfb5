import { readGitCheckout } from '@ml-actions/core/ci'
import { ConfigurationError } from '@ml-actions/core/errors'
import type { EventContext } from '@ml-actions/github'
import { treeOfCommit, type TreeSource } from './commit-tree.js'
import type { DeployGateInputs } from './definition.js'

/** The pull request a review is recorded for. */
export interface ReviewTarget {
  readonly pullRequest: number
  readonly headSha: string
  readonly baseSha?: string
  readonly baseRef?: string
}

const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i

/**
 * On a pull_request event the event names the pull request (inputs may only agree with it): that
 * is what keeps a fork from recording a review for another head. Anywhere else the caller names
 * it, and vouches that the run built trusted code.
 */
export function reviewTarget(inputs: DeployGateInputs, event: EventContext): ReviewTarget {
  const pull = event.pullRequest
  const named = {
    pullRequest: inputs.pullRequest,
    headSha: inputs.reviewedCommit.trim().toLowerCase(),
    baseSha: inputs.baseSha.trim().toLowerCase(),
    baseRef: inputs.baseRef.trim().replace(/^refs\/heads\//, '')
  }
  if (pull?.source === 'event' && pull.headSha) {
    const fromEvent = {
      pullRequest: pull.number,
      headSha: pull.headSha.toLowerCase(),
      baseSha: pull.baseSha?.toLowerCase() ?? '',
      baseRef: pull.baseRef ?? ''
    }
    for (const [input, key] of [
      ['pull-request', 'pullRequest'],
      ['reviewed-commit', 'headSha'],
      ['base-sha', 'baseSha'],
      ['base-ref', 'baseRef']
    ] as const) {
      const given = named[key]
      if (given !== undefined && given !== '' && String(given) !== String(fromEvent[key])) {
        throw new ConfigurationError(
          `mode: review on a ${event.eventName} event records the review for the event's pull request #${pull.number}: ` +
            `${input} ${String(given)} disagrees with the event (${String(fromEvent[key]) || 'unset'}); leave it empty`,
          input
        )
      }
    }
    return {
      pullRequest: pull.number,
      headSha: fromEvent.headSha,
      ...(fromEvent.baseSha ? { baseSha: fromEvent.baseSha } : {}),
      ...(fromEvent.baseRef ? { baseRef: fromEvent.baseRef } : {})
    }
  }
  if (named.pullRequest === undefined || !named.headSha) {
    throw new ConfigurationError(
      `mode: review ${event.eventName ? `on a ${event.eventName} event` : 'off GitHub'} records a review only for a pull request named explicitly: ` +
        'give pull-request (its number) and reviewed-commit (its head commit), and base-ref, base-sha where known; ' +
        'on GitHub, run it on the pull_request event instead',
      named.pullRequest === undefined ? 'pull-request' : 'reviewed-commit'
    )
  }
  for (const [input, sha] of [
    ['reviewed-commit', named.headSha],
    ['base-sha', named.baseSha]
  ] as const) {
    if (sha && !FULL_SHA.test(sha)) {
      throw new ConfigurationError(`${input} must be a full commit sha, not "${sha}"`, input)
    }
  }
  return {
    pullRequest: named.pullRequest,
    headSha: named.headSha,
    ...(named.baseSha ? { baseSha: named.baseSha } : {}),
    ...(named.baseRef ? { baseRef: named.baseRef } : {})
  }
}

/**
 * The commit that was built (evaluated-sha, else the checkout's HEAD, else the CI's sha) and its
 * tree, which the merge must match. A review without a tree could never be promoted, so none is
 * recorded.
 */
export async function evaluatedTree(
  evaluatedSha: string,
  source: TreeSource & { readonly fallbackSha: string }
): Promise<{ sha: string; tree: string }> {
  const given = evaluatedSha.trim().toLowerCase()
  if (given && !FULL_SHA.test(given)) {
    throw new ConfigurationError(
      `evaluated-sha must be a full commit sha, not "${given}"`,
      'evaluated-sha'
    )
  }
  const sha = given || (await readGitCheckout(source.cwd)).sha || source.fallbackSha.toLowerCase()
  if (!sha) {
    throw new ConfigurationError(
      'mode: review records the tree of the evaluated commit: run it in the checkout that was built, or give evaluated-sha',
      'evaluated-sha'
    )
  }
  const found = await treeOfCommit(sha, source)
  if (!found) {
    throw new ConfigurationError(
      `mode: review records the tree of the evaluated commit ${sha}, which neither the checkout (git rev-parse) nor GitHub (git/commits, needs github-token with contents: read) knows; ` +
        'run it in the checkout that was built, or give github-token. Nothing was recorded.',
      'evaluated-sha'
    )
  }
  return { sha, tree: found.tree }
}
