export {
  FakeGitHub,
  startFakeGitHub,
  type Author,
  type FakeGitHubOptions,
  type RecordedRequest,
  type Violation
} from './fake-github-server.js'
export {
  primaryRateLimitResponse,
  readOnlyTokenResponse,
  secondaryRateLimitResponse,
  serverErrorResponse,
  type DropRule,
  type FailureRule,
  type FaultResponse
} from './faults.js'
export type {
  CommentRecord,
  IssueRecord,
  PullRequestRecord,
  WorkflowRunRecord
} from './fake-state.js'
export { GITHUB_ACTIONS_BOT, nodeId, type Account } from './resources.js'
