import type { DeploymentRecord, DeploymentStatusRecord } from './fake-state.js'
import { intParam, notFound, type Handler, type HandlerContext } from './handler.js'
import { pageResponse } from './pagination.js'
import { nodeId, userResource, type Hosts } from './resources.js'

function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function deploymentResource(hosts: Hosts, deployment: DeploymentRecord) {
  const repoApi = `${hosts.api}/repos/${deployment.owner}/${deployment.repo}`
  const url = `${repoApi}/deployments/${deployment.id}`
  return {
    url,
    id: deployment.id,
    node_id: nodeId('Deployment', deployment.id),
    sha: deployment.sha,
    ref: deployment.ref,
    task: deployment.task,
    payload: deployment.payload,
    original_environment: deployment.environment,
    environment: deployment.environment,
    description: deployment.description,
    creator: userResource(hosts, deployment.creator),
    created_at: isoSeconds(deployment.createdAt),
    updated_at: isoSeconds(deployment.statuses.at(-1)?.createdAt ?? deployment.createdAt),
    statuses_url: `${url}/statuses`,
    repository_url: repoApi,
    transient_environment: deployment.transient,
    production_environment: deployment.production
  }
}

function statusResource(
  hosts: Hosts,
  deployment: DeploymentRecord,
  status: DeploymentStatusRecord
) {
  const repoApi = `${hosts.api}/repos/${deployment.owner}/${deployment.repo}`
  const deploymentUrl = `${repoApi}/deployments/${deployment.id}`
  return {
    url: `${deploymentUrl}/statuses/${status.id}`,
    id: status.id,
    node_id: nodeId('DeploymentStatus', status.id),
    state: status.state,
    creator: userResource(hosts, status.creator),
    description: status.description,
    environment: status.environment,
    target_url: status.logUrl,
    log_url: status.logUrl,
    environment_url: status.environmentUrl,
    created_at: isoSeconds(status.createdAt),
    updated_at: isoSeconds(status.createdAt),
    deployment_url: deploymentUrl,
    repository_url: repoApi
  }
}

function deploymentsOfRepo(context: HandlerContext): DeploymentRecord[] {
  const owner = (context.pathParams.owner ?? '').toLowerCase()
  const repo = (context.pathParams.repo ?? '').toLowerCase()
  return context.state.deployments.filter(
    (d) => d.owner.toLowerCase() === owner && d.repo.toLowerCase() === repo
  )
}

function findDeployment(context: HandlerContext): DeploymentRecord | undefined {
  const id = intParam(context, 'deployment_id')
  return deploymentsOfRepo(context).find((d) => d.id === id)
}

const DEPLOYMENTS_DOCS = 'https://docs.github.com/rest/deployments/deployments#create-a-deployment'

export const deploymentHandlers: Record<string, Handler> = {
  'repos/create-deployment': (context) => {
    const { state, body } = context
    const ref = String(body.ref)
    // GitHub's defaults (auto_merge true, all contexts required) are what make these two answers common.
    if (body.auto_merge !== false && state.deploymentRules.behindDefaultBranch) {
      return { status: 202, body: { message: `Auto-merged main into ${ref} on deployment.` } }
    }
    const required: string[] | undefined = body.required_contexts
    const failing = state.deploymentRules.failingContexts.filter(
      (c) => required === undefined || required.includes(c)
    )
    if (failing.length > 0) {
      return {
        status: 409,
        body: {
          message: `Conflict: Commit status checks failed for ${ref}.`,
          errors: [
            {
              contexts: failing.map((context) => ({ context, state: 'failure' })),
              resource: 'Deployment',
              field: 'required_contexts'
            }
          ],
          documentation_url: DEPLOYMENTS_DOCS,
          status: '409'
        }
      }
    }
    const environment = body.environment ?? 'production'
    const deployment: DeploymentRecord = {
      owner: context.pathParams.owner ?? '',
      repo: context.pathParams.repo ?? '',
      id: state.nextId(),
      sha: /^[0-9a-f]{40}$/i.test(ref) ? ref : 'a10867b14bb761a232cd80139fbd4c0d33264240',
      ref,
      task: body.task ?? 'deploy',
      environment,
      description: body.description ?? '',
      payload: body.payload ?? {},
      transient: body.transient_environment ?? false,
      production: body.production_environment ?? environment === 'production',
      creator: context.caller,
      createdAt: state.now(),
      statuses: []
    }
    state.deployments.push(deployment)
    return { status: 201, body: deploymentResource(context.hosts, deployment) }
  },

  'repos/get-deployment': (context) => {
    const deployment = findDeployment(context)
    return deployment
      ? { status: 200, body: deploymentResource(context.hosts, deployment) }
      : notFound()
  },

  'repos/list-deployments': (context) => {
    const query = context.requestUrl.searchParams
    const matching = deploymentsOfRepo(context)
      .filter(
        (d) =>
          (!query.get('sha') || d.sha === query.get('sha')) &&
          (!query.get('ref') || d.ref === query.get('ref')) &&
          (!query.get('task') || d.task === query.get('task')) &&
          (!query.get('environment') || d.environment === query.get('environment'))
      )
      .reverse()
    return pageResponse(matching, context.requestUrl, (d) => deploymentResource(context.hosts, d))
  },

  'repos/create-deployment-status': (context) => {
    const deployment = findDeployment(context)
    if (!deployment) return notFound()
    const { body, state } = context
    const status: DeploymentStatusRecord = {
      id: state.nextId(),
      state: String(body.state),
      description: body.description ?? '',
      environment: body.environment ?? deployment.environment,
      environmentUrl: body.environment_url ?? '',
      logUrl: body.log_url ?? body.target_url ?? '',
      creator: context.caller,
      createdAt: state.now()
    }
    if (status.state === 'success' && body.auto_inactive !== false) {
      markOlderInactive(context, deployment)
    }
    deployment.statuses.push(status)
    return { status: 201, body: statusResource(context.hosts, deployment, status) }
  },

  'repos/list-deployment-statuses': (context) => {
    const deployment = findDeployment(context)
    if (!deployment) return notFound()
    return pageResponse([...deployment.statuses].reverse(), context.requestUrl, (s) =>
      statusResource(context.hosts, deployment, s)
    )
  }
}

/** A success status retires earlier non-transient, non-production deployments of the environment. */
function markOlderInactive(context: HandlerContext, current: DeploymentRecord): void {
  for (const other of deploymentsOfRepo(context)) {
    if (
      other === current ||
      other.environment !== current.environment ||
      other.transient ||
      other.production
    )
      continue
    if (other.statuses.at(-1)?.state === 'inactive') continue
    other.statuses.push({
      id: context.state.nextId(),
      state: 'inactive',
      description: '',
      environment: other.environment,
      environmentUrl: '',
      logUrl: '',
      creator: context.caller,
      createdAt: context.state.now()
    })
  }
}
