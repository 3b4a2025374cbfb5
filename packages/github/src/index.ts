export {
  createOctokit,
  DEFAULT_TIMING,
  FAST_TIMING,
  type CreateOctokitOptions,
  type GitHubClient,
  type OctokitTiming
} from './octokit.js'
export { rateLimitHandlers, type RateLimitPolicy } from './rate-limit-policy.js'
export type { GitHubLogger } from './logger.js'
export {
  readEventContext,
  type EventContext,
  type EventContextOptions,
  type PullRequestContext,
  type RepositoryRef,
  type TriggeringRunContext
} from './event-context.js'
export { eventContextOfRun, readRunContext, type RunContextOptions } from './run-context.js'
export { defaultStickyKey, defuseMarkers, retiredMarker, stickyMarker } from './comment-marker.js'
export {
  codePoints,
  composeCommentBody,
  truncationNotice,
  type CommentBody,
  type CommentBodyOptions
} from './comment-body.js'
export {
  findOwnComments,
  planStickyComment,
  STICKY_COMMENT_MODES,
  type ExistingComment,
  type PlanInput,
  type StickyCommentMode,
  type StickyCommentPlan
} from './sticky-comment-plan.js'
export {
  describeAcceptedPermissions,
  describeGitHubFailure,
  FORK_RECIPE_PATH,
  type FailureCode,
  type GitHubFailure
} from './github-failure.js'
export {
  CommentError,
  GITHUB_ACTIONS_LOGIN,
  upsertStickyComment,
  type StickyCommentOptions,
  type StickyCommentResult
} from './sticky-comment.js'
export { resolvePullRequestForRun, type RunHead } from './pull-request-resolution.js'
export {
  commentOnPullRequest,
  type PullRequestCommentOptions,
  type PullRequestCommentResult
} from './pull-request-comment.js'
export {
  createDeployment,
  DEPLOYMENT_DESCRIPTION_LIMIT,
  DeploymentError,
  setDeploymentStatus,
  type CreateDeploymentOptions,
  type CreateDeploymentResult,
  type DeploymentState,
  type DeploymentStatusOptions
} from './deployments.js'
export {
  alertOnIssue,
  ALERT_MODES,
  type AlertChange,
  type AlertMode,
  type IssueAlertOptions,
  type IssueAlertResult
} from './issue-alert.js'
export type { AlertIssueResult } from './alert-issue.js'
