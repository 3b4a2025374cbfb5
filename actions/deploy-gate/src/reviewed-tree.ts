import type { RuleResult } from '@ml-actions/core/policy'
import type { ReviewedTreeMode } from './definition.js'
import { reviewCheck, type ReviewRecord } from './review-record.js'

const NAME = 'reviewed tree'

/**
 * A squash, a merge commit or a rebase of a branch that was up to date all give the tree the pull
 * request's test merge had; a different tree means the base moved after the review, so the code
 * on the default branch was never evaluated.
 */
export function reviewedTreeCheck(
  review: ReviewRecord,
  merged: { readonly sha: string; readonly tree?: string },
  mode: ReviewedTreeMode
): RuleResult {
  const evaluated = review.evaluatedTree
  if (mode === 'any') {
    return reviewCheck(
      NAME,
      'review',
      { observed: merged.tree ?? 'not compared', expected: 'any (reviewed-tree: any)', pass: true },
      'the merged tree is not compared with the evaluated one (reviewed-tree: any)'
    )
  }
  if (!evaluated) {
    return reviewCheck(
      NAME,
      'review',
      { observed: merged.tree ?? 'unknown', expected: 'the evaluated tree', pass: false },
      `the review (schemaVersion ${review.schemaVersion}) recorded no evaluated tree, so the merged code cannot be shown to be the code evaluated; ` +
        're-run the pull request evaluation, or set reviewed-tree: any (refused)'
    )
  }
  const same = merged.tree === evaluated
  const base = review.baseSha ? ` on base ${review.baseSha}` : ''
  return reviewCheck(
    NAME,
    'review',
    { observed: merged.tree ?? 'unknown', expected: evaluated, pass: same },
    same
      ? `the merged commit ${merged.sha} has tree ${evaluated}, the tree the review evaluated (${review.evaluatedSha ?? 'its test merge'})`
      : `the merged commit ${merged.sha} has tree ${merged.tree ?? 'unknown'}, but the review evaluated tree ${evaluated} (${review.evaluatedSha ?? 'its test merge'}${base}): ` +
          'the base moved after the review, so the merged code was never evaluated. Re-run the pull request evaluation, ' +
          'or require branches to be up to date before merging (refused)'
  )
}
