import type { CiProvider } from '@ml-actions/core/ci'
import { ConfigurationError } from '@ml-actions/core/errors'
import { isRecord } from '@ml-actions/core/metrics'

export interface RepositoryRef {
  owner: string
  repo: string
}

export interface PullRequestContext {
  number: number
  /** Where the number came from: the event payload, the triggering run's payload, or the caller. */
  source: 'event' | 'workflow_run' | 'override'
  /** Unknown for issue_comment events and for overrides that the payload does not describe. */
  headSha?: string
  headRef?: string
  baseRef?: string
  /** The base branch's commit when the event was sent: what the test merge was made on. */
  baseSha?: string
  headRepositoryId?: number
  headRepositoryFullName?: string
  /** undefined when the payload does not say where the head lives. */
  isFork?: boolean
}

/** The run that triggered a `workflow_run` workflow: the privileged half of the two-workflow fork mode. */
export interface TriggeringRunContext {
  id: number
  event: string
  conclusion: string | null
  headSha: string
  headBranch: string | null
  headRepositoryId?: number
  headRepositoryFullName?: string
  isFork: boolean
  /** GitHub leaves this empty for fork PRs: resolve those through the head sha. */
  pullRequestNumbers: number[]
}

export interface EventContext {
  eventName: string
  payload: Record<string, unknown>
  repository?: RepositoryRef
  repositoryId?: number
  sha: string
  runId?: number
  runAttempt: number
  workflow: string
  job: string
  serverUrl: string
  apiUrl: string
  graphqlUrl: string
  runUrl?: string
  pullRequest?: PullRequestContext
  workflowRun?: TriggeringRunContext
  /** The CI the run is on (see readRunContext); GitHub Actions when absent. */
  provider?: CiProvider
  /** The full git ref built (GITHUB_REF, or the other CI's branch or tag). */
  ref?: string
}

export interface EventContextOptions {
  /** A PR number the caller was given (an input); the payload is used to fill in what it knows about that PR. */
  pullRequestNumber?: number
}

type Env = Readonly<Record<string, string | undefined>>
type Json = Record<string, unknown>

/** Reads what a step knows about its run from the runner's environment and event file; no network. */
export function readEventContext(
  env: Env,
  readFile: (path: string) => string,
  options: EventContextOptions = {}
): EventContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH, readFile)
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  const repository = parseRepository(env.GITHUB_REPOSITORY) ?? repositoryFromPayload(payload)
  const serverUrl = trimSlash(env.GITHUB_SERVER_URL ?? 'https://github.com')
  const apiUrl = trimSlash(env.GITHUB_API_URL ?? 'https://api.github.com')
  const runId = positiveInt(env.GITHUB_RUN_ID)
  const repositoryId = numberAt(payload, 'repository', 'id')
  const workflowRun =
    eventName === 'workflow_run' ? triggeringRun(payload, repositoryId) : undefined
  const pullRequest = pullRequestOf(
    eventName,
    payload,
    repositoryId,
    workflowRun,
    options.pullRequestNumber
  )

  return {
    eventName,
    payload,
    ...(repository ? { repository } : {}),
    ...(repositoryId !== undefined ? { repositoryId } : {}),
    sha: env.GITHUB_SHA ?? '',
    ...(runId !== undefined ? { runId } : {}),
    runAttempt: positiveInt(env.GITHUB_RUN_ATTEMPT) ?? 1,
    workflow: env.GITHUB_WORKFLOW ?? '',
    job: env.GITHUB_JOB ?? '',
    serverUrl,
    apiUrl,
    graphqlUrl: trimSlash(env.GITHUB_GRAPHQL_URL ?? graphqlUrlFor(apiUrl)),
    ...(repository && runId !== undefined
      ? { runUrl: `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}` }
      : {}),
    ...(pullRequest ? { pullRequest } : {}),
    ...(workflowRun ? { workflowRun } : {}),
    provider: 'github-actions',
    ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {})
  }
}

function readPayload(path: string | undefined, readFile: (path: string) => string): Json {
  if (!path) return {}
  let text: string
  try {
    text = readFile(path)
  } catch (error) {
    // Outside a runner (the CLI, a local dry run) the event file may simply not exist.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {}
    throw error
  }
  try {
    const parsed: unknown = JSON.parse(text)
    return isRecord(parsed) ? parsed : {}
  } catch {
    throw new ConfigurationError(`GITHUB_EVENT_PATH (${path}) is not valid JSON`)
  }
}

function pullRequestOf(
  eventName: string,
  payload: Json,
  repositoryId: number | undefined,
  workflowRun: TriggeringRunContext | undefined,
  override: number | undefined
): PullRequestContext | undefined {
  const fromEvent = pullRequestFromEvent(eventName, payload, repositoryId, workflowRun)
  if (override === undefined) return fromEvent
  if (fromEvent?.number === override) return { ...fromEvent, source: 'override' }
  return { number: override, source: 'override' }
}

function pullRequestFromEvent(
  eventName: string,
  payload: Json,
  repositoryId: number | undefined,
  workflowRun: TriggeringRunContext | undefined
): PullRequestContext | undefined {
  if (
    eventName === 'pull_request' ||
    eventName === 'pull_request_target' ||
    eventName === 'pull_request_review'
  ) {
    const pull = objectAt(payload, 'pull_request')
    const number = numberAt(pull, 'number')
    if (!pull || number === undefined) return undefined
    const headRepo = objectAt(pull, 'head', 'repo')
    const baseRepoId = numberAt(pull, 'base', 'repo', 'id') ?? repositoryId
    const headRepoId = numberAt(headRepo, 'id')
    const headSha = stringAt(pull, 'head', 'sha')
    const headRef = stringAt(pull, 'head', 'ref')
    const baseRef = stringAt(pull, 'base', 'ref')
    const baseSha = stringAt(pull, 'base', 'sha')
    const headFullName = stringAt(headRepo, 'full_name')
    return {
      number,
      source: 'event',
      ...(headSha ? { headSha } : {}),
      ...(headRef ? { headRef } : {}),
      ...(baseRef ? { baseRef } : {}),
      ...(baseSha ? { baseSha } : {}),
      ...(headRepoId !== undefined ? { headRepositoryId: headRepoId } : {}),
      ...(headFullName ? { headRepositoryFullName: headFullName } : {}),
      // A deleted fork leaves head.repo null: it still was not this repository.
      isFork: headRepo === undefined || headRepoId === undefined || headRepoId !== baseRepoId
    }
  }
  if (eventName === 'issue_comment') {
    const issue = objectAt(payload, 'issue')
    const number = numberAt(issue, 'number')
    if (number === undefined || !objectAt(issue, 'pull_request')) return undefined
    return { number, source: 'event' }
  }
  if (workflowRun && workflowRun.pullRequestNumbers.length === 1) {
    return {
      number: workflowRun.pullRequestNumbers[0] as number,
      source: 'workflow_run',
      headSha: workflowRun.headSha,
      ...(workflowRun.headRepositoryId !== undefined
        ? { headRepositoryId: workflowRun.headRepositoryId }
        : {}),
      isFork: workflowRun.isFork
    }
  }
  return undefined
}

function triggeringRun(
  payload: Json,
  repositoryId: number | undefined
): TriggeringRunContext | undefined {
  const run = objectAt(payload, 'workflow_run')
  const id = numberAt(run, 'id')
  const headSha = stringAt(run, 'head_sha')
  if (!run || id === undefined || !headSha) return undefined
  const headRepoId = numberAt(run, 'head_repository', 'id')
  const baseRepoId = numberAt(run, 'repository', 'id') ?? repositoryId
  const headFullName = stringAt(run, 'head_repository', 'full_name')
  const pulls = Array.isArray(run.pull_requests) ? run.pull_requests : []
  return {
    id,
    event: stringAt(run, 'event') ?? '',
    conclusion: stringAt(run, 'conclusion') ?? null,
    headSha,
    headBranch: stringAt(run, 'head_branch') ?? null,
    ...(headRepoId !== undefined ? { headRepositoryId: headRepoId } : {}),
    ...(headFullName ? { headRepositoryFullName: headFullName } : {}),
    isFork: headRepoId === undefined || headRepoId !== baseRepoId,
    // Only entries for this very commit: GitHub also lists PRs whose head moved on since.
    pullRequestNumbers: pulls
      .filter(
        (p: unknown) =>
          isRecord(p) && stringAt(p, 'head', 'sha')?.toLowerCase() === headSha.toLowerCase()
      )
      .map((p: unknown) => numberAt(p as Json, 'number'))
      .filter((n): n is number => n !== undefined)
  }
}

export function parseRepository(value: string | undefined): RepositoryRef | undefined {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? '')
  return match ? { owner: match[1] as string, repo: match[2] as string } : undefined
}

function repositoryFromPayload(payload: Json): RepositoryRef | undefined {
  return parseRepository(stringAt(payload, 'repository', 'full_name'))
}

export function graphqlUrlFor(apiUrl: string): string {
  return /\/api\/v3$/.test(apiUrl)
    ? apiUrl.replace(/\/api\/v3$/, '/api/graphql')
    : `${apiUrl}/graphql`
}

export function trimSlash(url: string): string {
  return url.replace(/\/+$/, '')
}

function positiveInt(value: string | undefined): number | undefined {
  const n = Number(value)
  return value && Number.isSafeInteger(n) && n > 0 ? n : undefined
}

function objectAt(value: unknown, ...path: string[]): Json | undefined {
  let current: unknown = value
  for (const key of path) current = isRecord(current) ? current[key] : undefined
  return isRecord(current) ? current : undefined
}

function numberAt(value: unknown, ...path: string[]): number | undefined {
  const parent = objectAt(value, ...path.slice(0, -1))
  const found = parent?.[path[path.length - 1] as string]
  return typeof found === 'number' ? found : undefined
}

function stringAt(value: unknown, ...path: string[]): string | undefined {
  const parent = objectAt(value, ...path.slice(0, -1))
  const found = parent?.[path[path.length - 1] as string]
  return typeof found === 'string' ? found : undefined
}
