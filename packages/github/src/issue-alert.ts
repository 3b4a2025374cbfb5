import type { AlertIssueResult } from './alert-issue.js'
import {
  connectStep,
  missingTokenReason,
  readStepRun,
  type StepConnectionOptions
} from './step-connection.js'

export const ALERT_MODES = ['off', 'issue'] as const
export type AlertMode = (typeof ALERT_MODES)[number]

/** Raise: the thing went wrong, open or update the issue. Resolve: it went right again, close it. */
export type AlertChange =
  | { readonly kind: 'raise'; readonly title: string; readonly markdown: string }
  | { readonly kind: 'resolve'; readonly comment: string }

export interface IssueAlertOptions extends StepConnectionOptions {
  mode: AlertMode
  /** The action alerting (`deploy-gate`). */
  action: string
  /** What the alert is about: one open issue per action and key. */
  key: string
  change: AlertChange
  /** Empty or absent: nothing is sent, and one line says so. */
  token?: string
}

export type IssueAlertResult = AlertIssueResult | { action: 'off' }

/**
 * The one way an action alerts: the repository from the run (any CI, or the git remote), the token
 * given, the sticky alert issue opened, updated or closed. Without a token or a repository it says in
 * one line what it did not do; GitHub's refusals are a warning, never the step's failure.
 */
export async function alertOnIssue(options: IssueAlertOptions): Promise<IssueAlertResult> {
  if (options.mode === 'off') return { action: 'off' }
  const run = await readStepRun(options)
  const { event, onRunner } = run
  const what =
    options.change.kind === 'raise'
      ? `open or update the alert issue for ${options.key}`
      : `close the alert issue for ${options.key}`
  if (!event.repository) {
    const reason =
      'no GitHub repository is known (no GITHUB_REPOSITORY, CI variables or git remote)'
    options.logger.warning(`Did not ${what}: ${reason}.`)
    return { action: 'skipped', reason }
  }
  if (!options.token) {
    const reason = missingTokenReason(onRunner)
    options.logger.warning(`Did not ${what}: ${reason}.`)
    return { action: 'skipped', reason }
  }
  const { octokit, viewerLogin } = await connectStep(options.token, run, options)
  const target = {
    owner: event.repository.owner,
    repo: event.repository.repo,
    action: options.action,
    key: options.key,
    ...(viewerLogin ? { viewerLogin } : {}),
    logger: options.logger
  }
  const { raiseAlertIssue, resolveAlertIssue } = await import('./alert-issue.js')
  const result =
    options.change.kind === 'raise'
      ? await raiseAlertIssue(octokit, {
          ...target,
          title: options.change.title,
          body: options.change.markdown
        })
      : await resolveAlertIssue(octokit, { ...target, comment: options.change.comment })
  if (result.action !== 'skipped' && result.action !== 'none-open') {
    options.logger.info(`Alert issue #${result.issueNumber} ${result.action}: ${result.url}`)
  }
  return result
}
