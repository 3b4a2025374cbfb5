import { ciProviderOf, detectCiRun, forgeOf, type CiRun } from '@ml-actions/core/ci'
import {
  graphqlUrlFor,
  parseRepository,
  readEventContext,
  trimSlash,
  type EventContext,
  type EventContextOptions
} from './event-context.js'

type Env = Readonly<Record<string, string | undefined>>

export interface RunContextOptions extends EventContextOptions {
  /** The checkout git is asked about off GitHub Actions. */
  cwd: string
}

/**
 * What a step knows about its run on any CI, in the shape GitHub's event context has: on GitHub
 * Actions the runner's variables and event file; on CircleCI, GitLab CI or a plain shell, the
 * provider layer's reading of that CI's variables and of git. A GitHub token then reaches the
 * GitHub pull request the run builds (CircleCI on a GitHub repository, GitLab CI's external pull
 * requests).
 */
export async function readRunContext(
  env: Env,
  readFile: (path: string) => string,
  options: RunContextOptions
): Promise<EventContext> {
  const { cwd, ...eventOptions } = options
  if (ciProviderOf(env) === 'github-actions') return readEventContext(env, readFile, eventOptions)
  return eventContextOfRun(await detectCiRun(env, cwd), env, eventOptions)
}

/** Off GitHub Actions: a GitHub event context built from the CI run. */
export function eventContextOfRun(
  run: CiRun,
  env: Env,
  options: EventContextOptions = {}
): EventContext {
  const change = run.changeRequest
  // A GitLab merge request or a Bitbucket pull request has no GitHub pull request to comment on.
  const githubChange = change && (change.forge === 'github' || change.forge === 'unknown')
  const repository = parseRepository(
    (githubChange ? change.repository : undefined) ?? run.repository
  )
  const serverUrl =
    githubChange && change.forge === 'github' && forgeOf(run.serverUrl) !== 'github'
      ? 'https://github.com'
      : (run.serverUrl ?? 'https://github.com')
  const apiUrl = trimSlash(githubApiUrl(env, serverUrl))
  const number = options.pullRequestNumber ?? (githubChange ? change.number : undefined)
  return {
    eventName: run.event ?? '',
    payload: {},
    ...(repository ? { repository } : {}),
    sha: run.sha ?? '',
    runAttempt: Number(run.runAttempt) || 1,
    workflow: run.workflow ?? '',
    job: run.job ?? '',
    serverUrl,
    apiUrl,
    graphqlUrl: graphqlUrlFor(apiUrl),
    ...(run.runUrl ? { runUrl: run.runUrl } : {}),
    ...(number !== undefined
      ? {
          pullRequest: {
            number,
            source: options.pullRequestNumber !== undefined ? 'override' : 'event',
            ...(run.sha && number === change?.number ? { headSha: run.sha } : {}),
            ...(run.branch ? { headRef: run.branch } : {}),
            ...(change?.headRepository ? { headRepositoryFullName: change.headRepository } : {}),
            ...(number === change?.number ? { isFork: change.fromFork } : {})
          }
        }
      : {}),
    provider: run.provider,
    ...(run.ref ? { ref: run.ref } : {})
  }
}

/**
 * The REST base for a repository on `serverUrl`. ML_ACTIONS_GITHUB_API_URL names it off GitHub
 * Actions (a GitHub Enterprise Server whose API is elsewhere, a test's loopback server); a runner's
 * GITHUB_API_URL is honoured too.
 */
function githubApiUrl(env: Env, serverUrl: string): string {
  const given = env.ML_ACTIONS_GITHUB_API_URL || env.GITHUB_API_URL
  if (given) return given
  return forgeOf(serverUrl) === 'github' ? 'https://api.github.com' : `${serverUrl}/api/v3`
}
