import type { ArtifactRecord, WorkflowRunRecord } from './fake-state.js'
import { intParam, notFound, type Handler, type HandlerContext } from './handler.js'
import { pageResponse } from './pagination.js'
import { nodeId, repositoryResource, userResource, type Account } from './resources.js'

const GITHUB_ACTOR: Account = { login: 'octocat', id: 583231, type: 'User' }

function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function workflowRunResource(context: HandlerContext, run: WorkflowRunRecord) {
  const { hosts, state } = context
  const baseRepo = state.repository(run.owner, run.repo)
  const api = `${hosts.api}/repos/${run.owner}/${run.repo}/actions/runs/${run.id}`
  const repoRef = (id: number, name: string) => ({
    id,
    url: `${hosts.api}/repos/${run.owner}/${name}`,
    name
  })
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('WorkflowRun', run.id),
    check_suite_id: run.id + 1,
    check_suite_node_id: nodeId('CheckSuite', run.id + 1),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.path,
    display_title: run.name,
    run_number: run.runNumber,
    run_attempt: run.runAttempt,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: run.workflowId,
    url: api,
    html_url: `${hosts.web}/${run.owner}/${run.repo}/actions/runs/${run.id}`,
    pull_requests: run.pullRequestNumbers.flatMap((number) => {
      const pull = state.pullRequests.find(
        (p) => p.number === number && p.owner === run.owner && p.repo === run.repo
      )
      if (!pull) return []
      return [
        {
          id: pull.id,
          number: pull.number,
          url: `${hosts.api}/repos/${run.owner}/${run.repo}/pulls/${pull.number}`,
          head: { ref: pull.headRef, sha: pull.headSha, repo: repoRef(baseRepo.id, baseRepo.name) },
          base: { ref: pull.baseRef, sha: pull.baseSha, repo: repoRef(baseRepo.id, baseRepo.name) }
        }
      ]
    }),
    created_at: isoSeconds(run.createdAt),
    updated_at: isoSeconds(run.createdAt),
    run_started_at: isoSeconds(run.createdAt),
    actor: userResource(hosts, GITHUB_ACTOR),
    triggering_actor: userResource(hosts, GITHUB_ACTOR),
    jobs_url: `${api}/jobs`,
    logs_url: `${api}/logs`,
    check_suite_url: `${hosts.api}/repos/${run.owner}/${run.repo}/check-suites/${run.id + 1}`,
    artifacts_url: `${api}/artifacts`,
    cancel_url: `${api}/cancel`,
    rerun_url: `${api}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${hosts.api}/repos/${run.owner}/${run.repo}/actions/workflows/${run.workflowId}`,
    head_commit: {
      id: run.headSha,
      tree_id: 'd23f6eedb1e1b9610bbc754ddb5197bfe7271223',
      message: 'Train with the new tokenizer',
      timestamp: isoSeconds(run.createdAt),
      author: { name: 'Octo Cat', email: 'octocat@github.com' },
      committer: { name: 'GitHub', email: 'noreply@github.com' }
    },
    repository: repositoryResource(hosts, baseRepo),
    head_repository: repositoryResource(hosts, run.headRepo)
  }
}

function artifactResource(context: HandlerContext, artifact: ArtifactRecord) {
  const { hosts, state } = context
  const run = state.workflowRuns.find((r) => r.id === artifact.runId)
  const api = `${hosts.api}/repos/${artifact.owner}/${artifact.repo}/actions/artifacts/${artifact.id}`
  return {
    id: artifact.id,
    node_id: nodeId('Artifact', artifact.id),
    name: artifact.name,
    size_in_bytes: artifact.sizeInBytes,
    url: api,
    archive_download_url: `${api}/zip`,
    expired: artifact.expired,
    created_at: isoSeconds(artifact.createdAt),
    expires_at: isoSeconds(artifact.expiresAt),
    updated_at: isoSeconds(artifact.createdAt),
    digest: null,
    workflow_run: run
      ? {
          id: run.id,
          repository_id: state.repository(run.owner, run.repo).id,
          head_repository_id: run.headRepo.id,
          head_branch: run.headBranch,
          head_sha: run.headSha
        }
      : null
  }
}

function ofRepo<T extends { owner: string; repo: string }>(
  context: HandlerContext,
  records: readonly T[]
): T[] {
  const owner = (context.pathParams.owner ?? '').toLowerCase()
  const repo = (context.pathParams.repo ?? '').toLowerCase()
  return records.filter((r) => r.owner.toLowerCase() === owner && r.repo.toLowerCase() === repo)
}

const CONCLUSIONS = new Set([
  'success',
  'failure',
  'neutral',
  'cancelled',
  'skipped',
  'timed_out',
  'action_required',
  'stale'
])

/** Where the download endpoint redirects to: outside the API, like GitHub's signed blob URLs. */
export const ARTIFACT_BLOB_PATH = '/_fake-blobs/artifacts/'

function listRuns(context: HandlerContext, runs: readonly WorkflowRunRecord[]) {
  const query = context.requestUrl.searchParams
  const status = query.get('status')
  const matching = runs
    .filter(
      (r) =>
        (!query.get('branch') || r.headBranch === query.get('branch')) &&
        (!query.get('event') || r.event === query.get('event')) &&
        (!query.get('head_sha') || r.headSha === query.get('head_sha')) &&
        (!status || (CONCLUSIONS.has(status) ? r.conclusion === status : r.status === status))
    )
    .reverse()
  return pageResponse(
    matching,
    context.requestUrl,
    (r) => workflowRunResource(context, r),
    (items) => ({
      total_count: matching.length,
      workflow_runs: items
    })
  )
}

function listArtifacts(context: HandlerContext, artifacts: readonly ArtifactRecord[]) {
  const name = context.requestUrl.searchParams.get('name')
  const matching = artifacts.filter((a) => !name || a.name === name).reverse()
  return pageResponse(
    matching,
    context.requestUrl,
    (a) => artifactResource(context, a),
    (items) => ({
      total_count: matching.length,
      artifacts: items
    })
  )
}

export const workflowRunHandlers: Record<string, Handler> = {
  'actions/list-workflow-runs-for-repo': (context) =>
    listRuns(context, ofRepo(context, context.state.workflowRuns)),

  /** workflow_id is the numeric id or the file name (`ci.yml`), as on GitHub. */
  'actions/list-workflow-runs': (context) => {
    const workflow = context.pathParams.workflow_id ?? ''
    return listRuns(
      context,
      ofRepo(context, context.state.workflowRuns).filter(
        (r) => String(r.workflowId) === workflow || r.path.split('/').pop() === workflow
      )
    )
  },

  'actions/list-workflow-run-artifacts': (context) => {
    const runId = intParam(context, 'run_id')
    return listArtifacts(
      context,
      ofRepo(context, context.state.artifacts).filter((a) => a.runId === runId)
    )
  },

  'actions/download-artifact': (context) => {
    const id = intParam(context, 'artifact_id')
    const artifact = ofRepo(context, context.state.artifacts).find((a) => a.id === id)
    if (!artifact || context.pathParams.archive_format !== 'zip') return notFound()
    if (artifact.expired) return { status: 410, body: { message: 'Artifact has expired' } }
    const origin = new URL(context.hosts.api).origin
    return { status: 302, headers: { location: `${origin}${ARTIFACT_BLOB_PATH}${artifact.id}` } }
  },

  'actions/list-artifacts-for-repo': (context) =>
    listArtifacts(context, ofRepo(context, context.state.artifacts))
}
