import type { GitCheckout } from './git-checkout.js'
import { forgeOf, repositoryFromUrl } from './repository-url.js'

export const CI_PROVIDERS = ['github-actions', 'circleci', 'gitlab-ci', 'local'] as const
/** `local` is any run no CI variables describe: a laptop, a plain shell, an unknown CI; git fills it in. */
export type CiProvider = (typeof CI_PROVIDERS)[number]

/** The pull or merge request a run belongs to. */
export interface ChangeRequest {
  readonly number: number
  /** Where that number means something: a GitHub pull request can get a comment, a GitLab merge request cannot. */
  readonly forge: 'github' | 'gitlab' | 'bitbucket' | 'unknown'
  /** `owner/name` of the repository the request is opened against. */
  readonly repository?: string
  /** True when its head lives in another repository (a fork): its code must not decide what ships. */
  readonly fromFork: boolean
  readonly headRepository?: string
}

/** One run of one CI job, whatever CI it is: what lineage, reports and comments need to know. */
export interface CiRun {
  readonly provider: CiProvider
  /** `owner/name` of the repository being built. */
  readonly repository?: string
  /** Web origin of the repository's host, e.g. https://github.com. */
  readonly serverUrl?: string
  readonly sha?: string
  /** A full ref where one is known: refs/heads/main, refs/tags/v1.2.0, refs/pull/12/merge. */
  readonly ref?: string
  readonly branch?: string
  readonly tag?: string
  readonly changeRequest?: ChangeRequest
  readonly runId?: string
  readonly runAttempt?: string
  readonly runUrl?: string
  readonly workflow?: string
  readonly job?: string
  readonly actor?: string
  /** What started the run: push, pull_request, a GitLab pipeline source… */
  readonly event?: string
}

type Environment = Readonly<Record<string, string | undefined>>

/**
 * Which CI this process runs under, by the variable each one documents as its marker. Runner
 * variables set by hand with no other CI's marker (GITHUB_SHA, GITHUB_EVENT_PATH: a runner
 * emulated, as the demo does) are read as GitHub Actions, as they always were.
 */
export function ciProviderOf(env: Environment): CiProvider {
  if (env.GITHUB_ACTIONS === 'true') return 'github-actions'
  if (env.CIRCLECI === 'true') return 'circleci'
  if (env.GITLAB_CI === 'true') return 'gitlab-ci'
  if (env.GITHUB_SHA || env.GITHUB_EVENT_PATH) return 'github-actions'
  return 'local'
}

/**
 * The run as the CI's own variables describe it. Off GitHub Actions, whatever the variables leave
 * out (and everything, with no CI) comes from the git checkout when one is given.
 */
export function ciRunFromEnv(env: Environment, git: GitCheckout = {}): CiRun {
  switch (ciProviderOf(env)) {
    case 'github-actions':
      return githubActionsRun(env)
    case 'circleci':
      return withGit(circleCiRun(env), git)
    case 'gitlab-ci':
      return withGit(gitLabRun(env), git)
    case 'local':
      return withGit({ provider: 'local' }, git)
  }
}

/** Whether git has anything to add: it is asked only then, and never on GitHub Actions. */
export function needsGitCheckout(run: CiRun): boolean {
  return run.provider !== 'github-actions' && (!run.sha || !run.repository || !run.ref)
}

function githubActionsRun(env: Environment): CiRun {
  const serverUrl = trimSlash(env.GITHUB_SERVER_URL || 'https://github.com')
  const pull = /^refs\/pull\/(\d+)\//.exec(env.GITHUB_REF ?? '')
  const attempt = env.GITHUB_RUN_ATTEMPT
  return compact({
    provider: 'github-actions',
    repository: env.GITHUB_REPOSITORY,
    serverUrl,
    sha: env.GITHUB_SHA,
    ref: env.GITHUB_REF,
    branch: env.GITHUB_HEAD_REF || (env.GITHUB_REF_TYPE === 'branch' ? env.GITHUB_REF_NAME : ''),
    tag: env.GITHUB_REF_TYPE === 'tag' ? env.GITHUB_REF_NAME : '',
    // The event file says whether the head is a fork; readers that need that read it there.
    changeRequest: pull
      ? {
          number: Number(pull[1]),
          forge: 'github',
          fromFork: false,
          ...repo(env.GITHUB_REPOSITORY)
        }
      : undefined,
    runId: env.GITHUB_RUN_ID,
    runAttempt: attempt,
    runUrl:
      env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt ? `/attempts/${attempt}` : ''}`
        : '',
    workflow: env.GITHUB_WORKFLOW,
    job: env.GITHUB_JOB,
    actor: env.GITHUB_ACTOR,
    event: env.GITHUB_EVENT_NAME
  })
}

/** CircleCI's built-in project values (circleci.com/docs/variables). */
function circleCiRun(env: Environment): CiRun {
  const location = repositoryFromUrl(env.CIRCLE_REPOSITORY_URL)
  const repository =
    env.CIRCLE_PROJECT_USERNAME && env.CIRCLE_PROJECT_REPONAME
      ? `${env.CIRCLE_PROJECT_USERNAME}/${env.CIRCLE_PROJECT_REPONAME}`
      : location?.repository
  const serverUrl = location?.serverUrl
  // CIRCLE_PR_NUMBER and CIRCLE_PR_REPONAME are set only for pull requests from forks.
  const fromFork = Boolean(env.CIRCLE_PR_NUMBER)
  const pulls = (env.CIRCLE_PULL_REQUESTS || env.CIRCLE_PULL_REQUEST || '')
    .split(',')
    .map((url) => pullNumberOf(url))
    .filter((n): n is number => n !== undefined)
  const number =
    positiveInt(env.CIRCLE_PR_NUMBER) ?? (new Set(pulls).size === 1 ? pulls[0] : undefined)
  const headRepository =
    fromFork && env.CIRCLE_PR_USERNAME && env.CIRCLE_PR_REPONAME
      ? `${env.CIRCLE_PR_USERNAME}/${env.CIRCLE_PR_REPONAME}`
      : undefined
  return compact({
    provider: 'circleci',
    repository,
    serverUrl,
    sha: env.CIRCLE_SHA1,
    ref: refOf(env.CIRCLE_BRANCH, env.CIRCLE_TAG),
    branch: env.CIRCLE_BRANCH,
    tag: env.CIRCLE_TAG,
    changeRequest:
      number !== undefined
        ? compact<ChangeRequest>({
            number,
            forge: forgeOf(serverUrl),
            repository,
            fromFork,
            headRepository
          })
        : undefined,
    runId: env.CIRCLE_BUILD_NUM,
    runUrl: env.CIRCLE_BUILD_URL,
    workflow: env.CIRCLE_WORKFLOW_ID,
    job: env.CIRCLE_JOB,
    actor: env.CIRCLE_USERNAME,
    event: number !== undefined ? 'pull_request' : env.CIRCLE_TAG ? 'tag' : 'push'
  })
}

/** GitLab's predefined variables (docs.gitlab.com/ci/variables/predefined_variables). */
function gitLabRun(env: Environment): CiRun {
  const serverUrl = trimSlash(env.CI_SERVER_URL || 'https://gitlab.com')
  // A GitHub repository built by GitLab CI: its pull requests run as external pull request pipelines.
  const external = positiveInt(env.CI_EXTERNAL_PULL_REQUEST_IID)
  const mergeRequest = positiveInt(env.CI_MERGE_REQUEST_IID)
  let changeRequest: ChangeRequest | undefined
  if (external !== undefined) {
    const target = env.CI_EXTERNAL_PULL_REQUEST_TARGET_REPOSITORY
    const source = env.CI_EXTERNAL_PULL_REQUEST_SOURCE_REPOSITORY
    changeRequest = compact<ChangeRequest>({
      number: external,
      forge: 'github',
      repository: target,
      fromFork: Boolean(source && target && source !== target),
      headRepository: source
    })
  } else if (mergeRequest !== undefined) {
    const project = env.CI_MERGE_REQUEST_PROJECT_ID
    const source = env.CI_MERGE_REQUEST_SOURCE_PROJECT_ID
    changeRequest = compact<ChangeRequest>({
      number: mergeRequest,
      forge: 'gitlab',
      repository: env.CI_MERGE_REQUEST_PROJECT_PATH || env.CI_PROJECT_PATH,
      fromFork: Boolean(project && source && project !== source),
      headRepository: env.CI_MERGE_REQUEST_SOURCE_PROJECT_PATH
    })
  }
  const branch =
    env.CI_COMMIT_BRANCH ||
    env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME ||
    env.CI_EXTERNAL_PULL_REQUEST_SOURCE_BRANCH_NAME
  return compact({
    provider: 'gitlab-ci',
    repository: env.CI_PROJECT_PATH,
    serverUrl,
    sha: env.CI_COMMIT_SHA,
    ref: refOf(branch, env.CI_COMMIT_TAG),
    branch,
    tag: env.CI_COMMIT_TAG,
    changeRequest,
    runId: env.CI_JOB_ID,
    runUrl: env.CI_JOB_URL || env.CI_PIPELINE_URL,
    workflow: env.CI_PIPELINE_ID,
    job: env.CI_JOB_NAME,
    actor: env.GITLAB_USER_LOGIN,
    event: env.CI_PIPELINE_SOURCE
  })
}

function withGit(run: CiRun, git: GitCheckout): CiRun {
  const location = repositoryFromUrl(git.remoteUrl)
  return compact({
    ...run,
    repository: run.repository || location?.repository,
    serverUrl: run.serverUrl || location?.serverUrl,
    sha: run.sha || git.sha,
    branch: run.branch || git.branch,
    ref: run.ref || refOf(git.branch, undefined)
  })
}

function refOf(branch: string | undefined, tag: string | undefined): string | undefined {
  if (tag) return `refs/tags/${tag}`
  return branch ? `refs/heads/${branch}` : undefined
}

function pullNumberOf(url: string): number | undefined {
  const match = /\/pull\/(\d+)\/?$/.exec(url.trim())
  return match ? positiveInt(match[1]) : undefined
}

function repo(repository: string | undefined): { repository?: string } {
  return repository ? { repository } : {}
}

function positiveInt(value: string | undefined): number | undefined {
  const n = Number(value)
  return value && Number.isSafeInteger(n) && n > 0 ? n : undefined
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '')
}

/** Leaves out what a CI left empty, so records carry no blank fields. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== '')
  ) as T
}
