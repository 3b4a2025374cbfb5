import { readFileSync } from 'node:fs'
import type { EventContext } from './event-context.js'
import type { GitHubLogger } from './logger.js'
import { createOctokit, type GitHubClient, type OctokitTiming } from './octokit.js'
import { readRunContext } from './run-context.js'

type Env = Readonly<Record<string, string | undefined>>

/** What a step that talks to GitHub (a sticky comment, an alert issue) knows of where it runs. */
export interface StepConnectionOptions {
  env: Env
  logger: GitHubLogger
  readFile?: (path: string) => string
  /** The checkout whose CI run (off GitHub Actions) names the repository; the process's by default. */
  cwd?: string
  timing?: Partial<OctokitTiming>
}

export interface StepRun {
  readonly event: EventContext
  /** A GitHub Actions job, whose token is the job's own; otherwise another CI or a shell. */
  readonly onRunner: boolean
}

/** The step's run on any CI, in GitHub's terms (an explicit pull request wins over the CI's). */
export async function readStepRun(
  options: StepConnectionOptions,
  pullRequestNumber?: number
): Promise<StepRun> {
  const event = await readRunContext(options.env, options.readFile ?? readUtf8, {
    cwd: options.cwd ?? process.cwd(),
    ...(pullRequestNumber ? { pullRequestNumber } : {})
  })
  return { event, onRunner: (event.provider ?? 'github-actions') === 'github-actions' }
}

/** Why nothing is sent without a token, named as the user gives one where the step runs. */
export function missingTokenReason(onRunner: boolean): string {
  return onRunner
    ? 'no github-token was given'
    : 'no GitHub token was given (--github-token, or GITHUB_TOKEN in the environment)'
}

/**
 * An Octokit for the token, and off the runner the login it acts as: on the runner the token is the
 * job's own; elsewhere it is someone's, who is asked for once, so their earlier comments are found.
 */
export async function connectStep(
  token: string,
  run: StepRun,
  options: StepConnectionOptions
): Promise<{ octokit: GitHubClient; viewerLogin?: string }> {
  const octokit = await createOctokit(token, {
    env: options.env,
    baseUrl: run.event.apiUrl,
    logger: options.logger,
    ...(options.timing ? { timing: options.timing } : {})
  })
  if (run.onRunner) return { octokit }
  const viewerLogin = await (await import('./token-login.js')).tokenLogin(octokit, options.logger)
  return viewerLogin ? { octokit, viewerLogin } : { octokit }
}

const readUtf8 = (path: string): string => readFileSync(path, 'utf8')
