import {
  candidateDocumentOf,
  parseMetricHistory,
  parseMetricsComparisonReport
} from '@ml-actions/core/compare'
import { ConfigurationError } from '@ml-actions/core/errors'
import { createOctokit, describeGitHubFailure } from '@ml-actions/github'
import {
  HISTORY_ENTRY,
  REPORT_ENTRY,
  type BaselineResolutionContext,
  type ResolvedBaseline
} from './baseline-resolution.js'

/** The metrics artifact of the base branch's latest successful run of this workflow, if any. */
export async function artifactBaseline(
  context: BaselineResolutionContext,
  explicit: boolean
): Promise<ResolvedBaseline> {
  const { inputs, action, event } = context
  const none: ResolvedBaseline = { provenance: { source: 'none' } }
  const unavailable = (reason: string): ResolvedBaseline => {
    if (explicit)
      throw new ConfigurationError(`baseline-source is artifact, but ${reason}`, 'baseline-source')
    action.log.info(`No baseline: ${reason}.`)
    return none
  }
  if (!inputs.githubToken) return unavailable('there is no github-token to read artifacts with')
  if (!event.repository) return unavailable('GITHUB_REPOSITORY is not set')
  const branch =
    inputs.baselineBranch || event.pullRequest?.baseRef || defaultBranchOf(event.payload) || 'main'
  const octokit = await createOctokit(inputs.githubToken, {
    env: action.env,
    baseUrl: event.apiUrl,
    logger: action.log,
    ...(context.timing ? { timing: context.timing } : {})
  })
  const { latestRunArtifact, workflowFileOf } = await import('./run-artifacts.js')
  const workflowFile = workflowFileOf(action.env.GITHUB_WORKFLOW_REF)
  let found
  try {
    found = await latestRunArtifact(octokit, {
      owner: event.repository.owner,
      repo: event.repository.repo,
      ...(workflowFile ? { workflowFile } : {}),
      workflowName: event.workflow,
      branch,
      artifactName: inputs.artifactName,
      ...(event.runId !== undefined ? { excludeRunId: event.runId } : {})
    })
  } catch (error) {
    const failure = describeGitHubFailure(error, `find the baseline artifact on ${branch}`)
    if (!failure) throw error
    if (explicit) throw new ConfigurationError(failure.message, 'baseline-source')
    action.log.warning(`${failure.message} Comparing without a baseline.`)
    return none
  }
  if (!found) {
    action.log.info(
      `No baseline: no successful push run of this workflow on ${branch} has an artifact named "${inputs.artifactName}" yet.`
    )
    return none
  }
  const reportBytes = found.files.get(REPORT_ENTRY)
  const where = `artifact "${inputs.artifactName}" of run ${found.run.id}`
  if (!reportBytes) throw new ConfigurationError(`${where} has no ${REPORT_ENTRY}`, 'artifact-name')
  const report = parseMetricsComparisonReport(new TextDecoder().decode(reportBytes), where)
  const historyBytes = found.files.get(HISTORY_ENTRY)
  const history = historyBytes
    ? parseMetricHistory(new TextDecoder().decode(historyBytes), `${where} ${HISTORY_ENTRY}`)
    : undefined
  const gitSha = report.gitSha ?? found.run.headSha
  const predictionsName = [...found.files.keys()].find((name) =>
    /^predictions\.(csv|tsv|jsonl|npy)$/.test(name)
  )
  const predictionsBytes = predictionsName ? found.files.get(predictionsName) : undefined
  action.log.info(`Baseline: ${where} on ${branch} at ${gitSha}`)
  return {
    documents: [candidateDocumentOf(report, `${where} (${gitSha.slice(0, 12)})`)],
    provenance: {
      source: 'artifact',
      branch,
      gitSha,
      path: found.run.runNumber ? `#${found.run.runNumber}` : String(found.run.id),
      ...(found.run.url ? { url: found.run.url } : {})
    },
    ...(history ? { history } : {}),
    ...(predictionsName && predictionsBytes
      ? { predictions: { name: predictionsName, bytes: predictionsBytes } }
      : {})
  }
}

function defaultBranchOf(payload: Record<string, unknown>): string | undefined {
  const repository = payload.repository
  if (typeof repository !== 'object' || repository === null) return undefined
  const branch = (repository as Record<string, unknown>).default_branch
  return typeof branch === 'string' ? branch : undefined
}
