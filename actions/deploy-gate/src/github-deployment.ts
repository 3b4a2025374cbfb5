import type { Logger } from '@ml-actions/action-kit'
import {
  createDeployment,
  createOctokit,
  DeploymentError,
  setDeploymentStatus,
  type DeploymentState,
  type GitHubClient,
  type OctokitTiming
} from '@ml-actions/github'

export interface DeploymentRequest {
  readonly token: string
  readonly apiUrl: string
  readonly owner: string
  readonly repo: string
  readonly ref: string
  readonly environment: string
  readonly environmentUrl?: string
  readonly logUrl?: string
  readonly description: string
  readonly payload: Record<string, unknown>
  readonly requiredContexts: readonly string[]
  readonly env: Readonly<Record<string, string | undefined>>
  readonly log: Logger
  readonly timing?: Partial<OctokitTiming>
}

export type DeploymentStart =
  | { readonly kind: 'created'; readonly deployment: OpenDeployment }
  /** GitHub did not create a deployment: the move must not happen unrecorded. */
  | { readonly kind: 'refused'; readonly reason: string }

/** A GitHub Deployment that is in progress; every later status goes through `finish`. */
export interface OpenDeployment {
  readonly id: number
  finish(
    state: Extract<DeploymentState, 'success' | 'failure' | 'error'>,
    description: string
  ): Promise<void>
}

/**
 * Creates the deployment of the judged commit and marks it in_progress. 202 (GitHub auto-merged
 * instead), 409 (conflict or required statuses not green) and permission errors are refusals,
 * which keep the alias where it is.
 */
export async function startDeployment(request: DeploymentRequest): Promise<DeploymentStart> {
  const octokit = await createOctokit(request.token, {
    env: request.env,
    baseUrl: request.apiUrl,
    logger: request.log,
    ...(request.timing ? { timing: request.timing } : {})
  })
  try {
    const created = await createDeployment(octokit, {
      owner: request.owner,
      repo: request.repo,
      ref: request.ref,
      environment: request.environment,
      description: request.description,
      payload: request.payload,
      requiredContexts: request.requiredContexts,
      autoMerge: false
    })
    if (created.outcome === 'merged') {
      return {
        kind: 'refused',
        reason: `GitHub answered 202 and merged the default branch into ${request.ref} instead of creating a deployment (${created.message})`
      }
    }
    if (created.outcome === 'conflict') {
      const contexts = created.failingContexts.length
        ? `; failing contexts: ${created.failingContexts.join(', ')}`
        : ''
      return {
        kind: 'refused',
        reason: `GitHub refused the deployment with 409 "${created.message}"${contexts}`
      }
    }
    const deployment = openDeployment(octokit, request, created.id)
    await status(octokit, request, created.id, 'in_progress', request.description)
    return { kind: 'created', deployment }
  } catch (error) {
    if (error instanceof DeploymentError) return { kind: 'refused', reason: error.message }
    throw error
  }
}

function openDeployment(
  octokit: GitHubClient,
  request: DeploymentRequest,
  id: number
): OpenDeployment {
  return {
    id,
    async finish(state, description) {
      try {
        await status(octokit, request, id, state, description)
      } catch (error) {
        // The alias move already happened or was refused; a lost status must not hide that outcome.
        if (!(error instanceof DeploymentError)) throw error
        request.log.warning(`Deployment ${id} keeps its previous status: ${error.message}`)
      }
    }
  }
}

function status(
  octokit: GitHubClient,
  request: DeploymentRequest,
  deploymentId: number,
  state: DeploymentState,
  description: string
): Promise<void> {
  return setDeploymentStatus(octokit, {
    owner: request.owner,
    repo: request.repo,
    deploymentId,
    state,
    description,
    ...(request.logUrl ? { logUrl: request.logUrl } : {}),
    ...(request.environmentUrl ? { environmentUrl: request.environmentUrl } : {})
  })
}
