import { describeGitHubFailure, type GitHubFailure } from './github-failure.js'
import type { GitHubClient } from './octokit.js'

export type DeploymentState =
  'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success'

export interface CreateDeploymentOptions {
  owner: string
  repo: string
  /** Branch, tag or SHA; a SHA deploys exactly the commit that was judged. */
  ref: string
  environment: string
  task?: string
  description?: string
  payload?: Record<string, unknown>
  /** Commit-status contexts that must be green; [] skips the check, undefined means all of them (GitHub's default). */
  requiredContexts?: readonly string[]
  /** GitHub merges the default branch into `ref` when it is behind (and answers 202 instead); off by default. */
  autoMerge?: boolean
  transientEnvironment?: boolean
  productionEnvironment?: boolean
}

export type CreateDeploymentResult =
  | { outcome: 'created'; id: number; url: string; sha: string }
  /** 202: GitHub merged the default branch into the ref instead of creating a deployment. */
  | { outcome: 'merged'; message: string }
  /** 409: a merge conflict, or required commit statuses are not successful. */
  | { outcome: 'conflict'; message: string; failingContexts: string[] }

export interface DeploymentStatusOptions {
  owner: string
  repo: string
  deploymentId: number
  state: DeploymentState
  /** The run's URL: the deployment page links to it. */
  logUrl?: string
  environmentUrl?: string
  description?: string
  /** false keeps earlier deployments of the environment active; GitHub's default is true. */
  autoInactive?: boolean
}

/** GitHub refused a deployment call for a reason other than 202/409: permissions, rate limits, a bad ref. */
export class DeploymentError extends Error {
  override readonly name = 'DeploymentError'
  constructor(readonly failure: GitHubFailure) {
    super(failure.message)
  }
}

export const DEPLOYMENT_DESCRIPTION_LIMIT = 140

export async function createDeployment(
  octokit: GitHubClient,
  options: CreateDeploymentOptions
): Promise<CreateDeploymentResult> {
  try {
    const response = await octokit.rest.repos.createDeployment({
      owner: options.owner,
      repo: options.repo,
      ref: options.ref,
      environment: options.environment,
      task: options.task ?? 'deploy',
      auto_merge: options.autoMerge ?? false,
      ...(options.requiredContexts ? { required_contexts: [...options.requiredContexts] } : {}),
      ...(options.payload ? { payload: options.payload as { [key: string]: unknown } } : {}),
      ...(options.description ? { description: clip(options.description) } : {}),
      ...(options.transientEnvironment !== undefined
        ? { transient_environment: options.transientEnvironment }
        : {}),
      ...(options.productionEnvironment !== undefined
        ? { production_environment: options.productionEnvironment }
        : {})
    })
    const data = response.data as { id?: number; url?: string; sha?: string; message?: string }
    if ((response.status as number) === 202 || typeof data.id !== 'number') {
      return {
        outcome: 'merged',
        message: data.message ?? 'GitHub merged the default branch into the ref'
      }
    }
    return { outcome: 'created', id: data.id, url: data.url ?? '', sha: data.sha ?? options.ref }
  } catch (error) {
    const conflict = conflictOf(error)
    if (conflict) return conflict
    throw asDeploymentError(
      error,
      `create a deployment of ${options.ref} to ${options.environment}`
    )
  }
}

export async function setDeploymentStatus(
  octokit: GitHubClient,
  options: DeploymentStatusOptions
): Promise<void> {
  try {
    await octokit.rest.repos.createDeploymentStatus({
      owner: options.owner,
      repo: options.repo,
      deployment_id: options.deploymentId,
      state: options.state,
      ...(options.logUrl ? { log_url: options.logUrl } : {}),
      ...(options.environmentUrl ? { environment_url: options.environmentUrl } : {}),
      ...(options.description ? { description: clip(options.description) } : {}),
      ...(options.autoInactive !== undefined ? { auto_inactive: options.autoInactive } : {})
    })
  } catch (error) {
    throw asDeploymentError(error, `set deployment ${options.deploymentId} to ${options.state}`)
  }
}

function conflictOf(error: unknown): CreateDeploymentResult | undefined {
  const shaped = error as { status?: unknown; response?: { data?: unknown } }
  if (shaped?.status !== 409) return undefined
  const data = (shaped.response?.data ?? {}) as {
    message?: string
    errors?: Array<{ contexts?: Array<{ context?: string; state?: string }> }>
  }
  const failingContexts = (data.errors ?? [])
    .flatMap((entry) => entry.contexts ?? [])
    .map((context) => context.context)
    .filter((context): context is string => typeof context === 'string')
  return { outcome: 'conflict', message: data.message ?? 'Conflict', failingContexts }
}

function asDeploymentError(error: unknown, attempted: string): unknown {
  const failure = describeGitHubFailure(error, attempted)
  if (!failure) return error
  if (failure.code === 'read-only-token' || failure.code === 'forbidden') {
    return new DeploymentError({
      ...failure,
      message: `${failure.message.replace(/ Pull requests from forks.*$/, '')} Grant \`deployments: write\` to the job.`
    })
  }
  return new DeploymentError(failure)
}

function clip(text: string): string {
  const characters = [...text]
  return characters.length <= DEPLOYMENT_DESCRIPTION_LIMIT
    ? text
    : `${characters.slice(0, DEPLOYMENT_DESCRIPTION_LIMIT - 1).join('')}…`
}
