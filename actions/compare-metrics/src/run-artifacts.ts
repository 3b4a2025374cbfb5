import { ConfigurationError } from '@ml-actions/core/errors'
import type { GitHubClient } from '@ml-actions/github'
import { readZipEntries } from '@ml-actions/core/archive'

/**
 * Reading the artifacts of other workflow runs through the REST API (an `actions: read` token):
 * the base branch's latest successful run for the baseline, and the triggering run in the
 * two-workflow fork mode. The zip is read in memory and never extracted, so entry names such as
 * `../x` or absolute paths cannot write anywhere; its size is capped before it is downloaded.
 */
export const MAX_ARTIFACT_BYTES = 50 * 1024 * 1024

export interface RepositoryTarget {
  readonly owner: string
  readonly repo: string
}

export interface RunSummary {
  readonly id: number
  readonly headSha: string
  readonly headBranch: string | null
  readonly url: string
  readonly runNumber: number
}

export interface DownloadedArtifact {
  readonly run: RunSummary
  readonly artifactId: number
  /** Entry name → bytes; directories left out. */
  readonly files: ReadonlyMap<string, Uint8Array>
}

export interface LatestRunArtifactRequest extends RepositoryTarget {
  /** The workflow file name (`ci.yml`); without it, runs are matched by workflow name. */
  readonly workflowFile?: string
  readonly workflowName: string
  readonly branch: string
  readonly artifactName: string
  /** This run, which must not be its own baseline. */
  readonly excludeRunId?: number
  readonly maxRuns?: number
}

/** The newest successful push run of the workflow on the branch that still has the artifact. */
export async function latestRunArtifact(
  octokit: GitHubClient,
  request: LatestRunArtifactRequest
): Promise<DownloadedArtifact | undefined> {
  const maxRuns = request.maxRuns ?? 20
  const filters = {
    owner: request.owner,
    repo: request.repo,
    branch: request.branch,
    event: 'push',
    status: 'success' as const,
    per_page: Math.min(100, maxRuns)
  }
  const runs = request.workflowFile
    ? (
        await octokit.rest.actions.listWorkflowRuns({
          ...filters,
          workflow_id: request.workflowFile
        })
      ).data.workflow_runs
    : (await octokit.rest.actions.listWorkflowRunsForRepo(filters)).data.workflow_runs.filter(
        (run) => run.name === request.workflowName
      )
  for (const run of runs.slice(0, maxRuns)) {
    if (run.id === request.excludeRunId) continue
    const found = await runArtifact(octokit, { ...request, runId: run.id })
    if (found) {
      return {
        ...found,
        run: {
          id: run.id,
          headSha: run.head_sha,
          headBranch: run.head_branch,
          url: run.html_url,
          runNumber: run.run_number
        }
      }
    }
  }
  return undefined
}

export interface RunArtifactRequest extends RepositoryTarget {
  readonly runId: number
  readonly artifactName: string
}

/** The named artifact of one run, downloaded and unzipped in memory; undefined when it has none. */
export async function runArtifact(
  octokit: GitHubClient,
  request: RunArtifactRequest
): Promise<DownloadedArtifact | undefined> {
  const { owner, repo, runId, artifactName } = request
  const listed = await octokit.rest.actions.listWorkflowRunArtifacts({
    owner,
    repo,
    run_id: runId,
    name: artifactName,
    per_page: 100
  })
  const artifact = listed.data.artifacts.find(
    (candidate) => candidate.name === artifactName && !candidate.expired
  )
  if (!artifact) return undefined
  if (artifact.size_in_bytes > MAX_ARTIFACT_BYTES) {
    throw new ConfigurationError(
      `artifact "${artifactName}" of run ${runId} is ${artifact.size_in_bytes} bytes, more than the ${MAX_ARTIFACT_BYTES} a metrics artifact may have`,
      'artifact-name'
    )
  }
  const { data } = await octokit.rest.actions.downloadArtifact({
    owner,
    repo,
    artifact_id: artifact.id,
    archive_format: 'zip'
  })
  const bytes = new Uint8Array(data as ArrayBuffer)
  if (bytes.length > MAX_ARTIFACT_BYTES) {
    throw new ConfigurationError(
      `artifact "${artifactName}" of run ${runId} downloaded to more than ${MAX_ARTIFACT_BYTES} bytes`,
      'artifact-name'
    )
  }
  const files = new Map<string, Uint8Array>()
  for (const entry of readZipEntries(bytes, `artifact "${artifactName}" of run ${runId}`)) {
    files.set(entry.name, entry.data)
  }
  const run = artifact.workflow_run
  return {
    run: {
      id: runId,
      headSha: run?.head_sha ?? '',
      headBranch: run?.head_branch ?? null,
      url: '',
      runNumber: 0
    },
    artifactId: artifact.id,
    files
  }
}

/** `owner/repo/.github/workflows/ci.yml@refs/…` → `ci.yml`. */
export function workflowFileOf(workflowRef: string | undefined): string | undefined {
  if (!workflowRef) return undefined
  const path = workflowRef.split('@')[0] ?? ''
  const match = /\/\.github\/workflows\/([^/]+)$/.exec(path)
  return match?.[1]
}
