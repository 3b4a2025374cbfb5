import { readFileSync } from 'node:fs'
import type { AlertIssueResult } from './alert-issue.js'
import type { GitHubLogger } from './logger.js'
import { createOctokit, type OctokitTiming } from './octokit.js'
import { readRunContext } from './run-context.js'

type Env = Readonly<Record<string, string | undefined>>

export const ALERT_MODES = ['off', 'issue'] as const
export type AlertMode = (typeof ALERT_MODES)[number]

/** Raise: the thing went wrong, open or update the issue. Resolve: it went right again, close it. */
export type AlertChange =
  | { readonly kind: 'raise'; readonly title: string; readonly markdown: string }
  | { readonly kind: 'resolve'; readonly comment: string }

export interface IssueAlertOptions {
  mode: AlertMode
  /** The action alerting (`deploy-gate`). */
  action: string
  /** What the alert is about: one open issue per action and key. */
  key: string
  change: AlertChange
  /** Empty or absent: nothing is sent, and one line says so. */
  token?: string
  env: Env
  logger: GitHubLogger
  readFile?: (path: string) => string
  /** The checkout whose CI run (off GitHub Actions) names the repository; the process's by default. */
  cwd?: string
  timing?: Partial<OctokitTiming>
}

export type IssueAlertResult = AlertIssueResult | { action: 'off' }

/**
 * The one way an action alerts: the repository from the run (any CI, or the git remote), the token
 * given, the sticky alert issue opened, updated or closed. Without a token or a repository it says in
 * one line what it did not do; GitHub's refusals are a warning, never the step's failure.
 */
export async function alertOnIssue(options: IssueAlertOptions): Promise<IssueAlertResult> {
  if (options.mode === 'off') return { action: 'off' }
  const event = await readRunContext(options.env, options.readFile ?? readUtf8, {
    cwd: options.cwd ?? process.cwd()
  })
  const onRunner = (event.provider ?? 'github-actions') === 'github-actions'
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
    const reason = onRunner
      ? 'no github-token was given'
      : 'no GitHub token was given (--github-token, or GITHUB_TOKEN in the environment)'
    options.logger.warning(`Did not ${what}: ${reason}.`)
    return { action: 'skipped', reason }
  }
  const octokit = await createOctokit(options.token, {
    env: options.env,
    baseUrl: event.apiUrl,
    logger: options.logger,
    ...(options.timing ? { timing: options.timing } : {})
  })
  const viewerLogin = onRunner
    ? undefined
    : await (await import('./token-login.js')).tokenLogin(octokit, options.logger)
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

const readUtf8 = (path: string): string => readFileSync(path, 'utf8')
