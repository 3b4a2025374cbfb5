import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { ActionContext, ActionOutcome } from '@ml-actions/action-kit'
import {
  parseMetricsComparisonReport,
  type MetricsComparisonReport
} from '@ml-actions/core/compare'
import { ConfigurationError } from '@ml-actions/core/errors'
import {
  createOctokit,
  describeGitHubFailure,
  resolvePullRequestForRun,
  type EventContext,
  type OctokitTiming
} from '@ml-actions/github'
import { REPORT_ENTRY } from './baseline-resolution.js'
import type { CompareMetricsInputs, CompareMetricsOutput } from './definition.js'
import { publishReport } from './publish-report.js'

/**
 * The privileged half of the two-workflow fork mode: a `workflow_run` workflow posts the report a
 * `pull_request` run computed. The report (from `report`, or the triggering run's artifact) is
 * untrusted: its shape is checked, its commit must be the triggering run's head, and the PR number
 * it claims is accepted only when GitHub confirms that PR has exactly that head from that repository.
 */
export interface PostReportRequest {
  readonly inputs: CompareMetricsInputs
  readonly context: ActionContext
  readonly event: EventContext
  readonly timing?: Partial<OctokitTiming>
}

export async function postReport(
  request: PostReportRequest
): Promise<ActionOutcome<CompareMetricsOutput>> {
  const { inputs, context, event } = request
  const run = event.workflowRun
  // One client for the artifact download and the pull-request lookup, made only if one is needed.
  let client: ReturnType<typeof createOctokit> | undefined
  const octokit = () => {
    if (!inputs.githubToken)
      throw new ConfigurationError('posting a report needs github-token', 'github-token')
    client ??= createOctokit(inputs.githubToken, {
      env: context.env,
      baseUrl: event.apiUrl,
      logger: context.log,
      ...(request.timing ? { timing: request.timing } : {})
    })
    return client
  }
  const { report, artifactId } = inputs.report
    ? { report: await reportFromFile(inputs.report, context.cwd), artifactId: undefined }
    : await reportFromTriggeringRun(request, octokit)

  let pullRequestNumber: number | undefined
  if (run && event.repository) {
    const claimedSha = report.pullRequest?.headSha
    if (!claimedSha || claimedSha.toLowerCase() !== run.headSha.toLowerCase()) {
      throw new ConfigurationError(
        `the report was computed for commit ${claimedSha ?? 'unknown'}, not for the triggering run's head ${run.headSha}; refusing to post it`,
        'report'
      )
    }
    try {
      pullRequestNumber = await resolvePullRequestForRun(await octokit(), {
        owner: event.repository.owner,
        repo: event.repository.repo,
        headSha: run.headSha,
        ...(run.headRepositoryId !== undefined ? { headRepositoryId: run.headRepositoryId } : {}),
        ...(report.pullRequest?.number !== undefined
          ? { claimedNumber: report.pullRequest.number }
          : {})
      })
    } catch (error) {
      const failure = describeGitHubFailure(
        error,
        `check pull request #${report.pullRequest?.number}`
      )
      if (!failure) throw error
      throw new ConfigurationError(failure.message, 'github-token')
    }
    if (pullRequestNumber === undefined) {
      context.log.info(`No open pull request has head ${run.headSha}; nothing to comment on.`)
    } else {
      context.log.info(
        `Posting the report of run ${run.id} on #${pullRequestNumber} (head ${run.headSha})`
      )
    }
  }

  // The triggering run's page as GitHub describes it, not a link the (untrusted) report names.
  const runUrl = run ? triggeringRunUrl(event.payload) : report.runUrl
  return publishReport({
    report,
    inputs: pullRequestNumber === undefined && run ? { ...inputs, comment: 'off' } : inputs,
    context,
    markdown: {
      ...(runUrl ? { runUrl } : {}),
      ...(runUrl && artifactId !== undefined
        ? { reportUrl: `${runUrl}/artifacts/${artifactId}` }
        : {})
    },
    ...(pullRequestNumber !== undefined ? { pullRequestNumber } : {}),
    gate: false,
    ...(request.timing ? { timing: request.timing } : {})
  })
}

function triggeringRunUrl(payload: Record<string, unknown>): string | undefined {
  const run = payload.workflow_run
  if (typeof run !== 'object' || run === null) return undefined
  const url = (run as Record<string, unknown>).html_url
  return typeof url === 'string' ? url : undefined
}

async function reportFromFile(path: string, cwd: string): Promise<MetricsComparisonReport> {
  const text = await readFile(resolve(cwd, path), 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ConfigurationError(
      `report "${path}" cannot be read: ${error.code === 'ENOENT' ? 'no such file' : error.message}`,
      'report'
    )
  })
  return parseMetricsComparisonReport(text, `report ${path}`)
}

async function reportFromTriggeringRun(
  request: PostReportRequest,
  octokit: () => ReturnType<typeof createOctokit>
): Promise<{ report: MetricsComparisonReport; artifactId: number }> {
  const { event, inputs } = request
  const run = event.workflowRun
  if (!run || !event.repository) {
    throw new ConfigurationError('no report to post: give report, or run on workflow_run', 'report')
  }
  const where = `artifact "${inputs.artifactName}" of run ${run.id}`
  let found
  try {
    const { runArtifact } = await import('./run-artifacts.js')
    found = await runArtifact(await octokit(), {
      owner: event.repository.owner,
      repo: event.repository.repo,
      runId: run.id,
      artifactName: inputs.artifactName
    })
  } catch (error) {
    const failure = describeGitHubFailure(error, `download the ${where}`)
    if (!failure) throw error
    throw new ConfigurationError(`${failure.message} (the job needs actions: read)`, 'github-token')
  }
  const bytes = found?.files.get(REPORT_ENTRY)
  if (!bytes) {
    throw new ConfigurationError(
      `${where} does not exist or has no ${REPORT_ENTRY}; did the pull_request workflow run compare-metrics with upload-artifact?`,
      'artifact-name'
    )
  }
  return {
    report: parseMetricsComparisonReport(new TextDecoder().decode(bytes), where),
    artifactId: found!.artifactId
  }
}
