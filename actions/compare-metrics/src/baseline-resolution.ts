import { s3OptionsFromInputs } from '@ml-actions/action-kit'
import type { BaselineProvenance, HistoryPoint } from '@ml-actions/core/compare'
import {
  candidateDocumentOf,
  parseMetricHistory,
  parseMetricsComparisonReport
} from '@ml-actions/core/compare'
import { ConfigurationError } from '@ml-actions/core/errors'
import type { MetricsDocument } from '@ml-actions/core/metrics'
import { createOctokit, describeGitHubFailure, type EventContext } from '@ml-actions/github'
import type { OctokitTiming } from '@ml-actions/github'
import type { CompareMetricsInputs } from './definition.js'
import { readSide } from './metrics-sides.js'
import type { ActionContext } from '@ml-actions/action-kit'

/** File names inside the metrics artifact compare-metrics uploads. */
export const REPORT_ENTRY = 'metrics-comparison.json'
export const HISTORY_ENTRY = 'metric-history.jsonl'
/** `predictions.csv` (or .tsv, .jsonl, .npy): the candidate's per-sample predictions, when given. */
export const PREDICTIONS_ENTRY = 'predictions'

export interface ResolvedBaseline {
  readonly documents?: readonly MetricsDocument[]
  readonly provenance: BaselineProvenance
  /** History carried by the baseline artifact, oldest first. */
  readonly history?: readonly HistoryPoint[]
  /** Per-sample predictions stored with the baseline (artifact baselines), as an entry name and bytes. */
  readonly predictions?: { readonly name: string; readonly bytes: Uint8Array }
}

export interface BaselineResolutionContext {
  readonly inputs: CompareMetricsInputs
  readonly action: ActionContext
  readonly event: EventContext
  readonly scratch: string
  readonly timing?: Partial<OctokitTiming>
}

/**
 * Which baseline: `auto` takes files when `baseline` is given, the registry alias when `model` is,
 * the metrics artifact of the base branch's latest successful run when a token can read it, and
 * otherwise none (a first run, which passes).
 */
export async function resolveBaseline(
  context: BaselineResolutionContext
): Promise<ResolvedBaseline> {
  const { inputs, action } = context
  const source = inputs.baselineSource
  if (source === 'none') return { provenance: { source: 'none' } }
  if (source === 'file' || (source === 'auto' && inputs.baseline.length > 0)) {
    if (inputs.baseline.length === 0)
      throw new ConfigurationError(
        'baseline-source is file but baseline names no files',
        'baseline'
      )
    const documents = await readSide(inputs.baseline, inputs.runs, action.cwd, 'baseline')
    const first = documents[0]
    return {
      documents,
      provenance: {
        source: 'file',
        path: documents.flatMap((document) => document.sources).join(', '),
        ...(first?.metadata.gitSha ? { gitSha: first.metadata.gitSha } : {})
      }
    }
  }
  if (source === 'registry' || (source === 'auto' && inputs.modelName !== '')) {
    if (inputs.modelName === '')
      throw new ConfigurationError(
        'baseline-source is registry but model-name is empty',
        'model-name'
      )
    // Each baseline source loads its client (registry, artifact zip reader) only when used.
    const { registryBaseline } = await import('./registry-baseline.js')
    const found = await registryBaseline({
      registry: inputs.registry,
      s3: s3OptionsFromInputs(inputs),
      model: inputs.modelName,
      alias: inputs.baselineAlias,
      ...(inputs.registryMetricsFile ? { metricsFile: inputs.registryMetricsFile } : {}),
      cwd: action.cwd,
      scratch: context.scratch
    })
    if (!found) {
      action.log.info(
        `No baseline: ${inputs.modelName}@${inputs.baselineAlias} is not set yet in ${inputs.registry} (a first run).`
      )
      return { provenance: { source: 'none' } }
    }
    action.log.info(
      `Baseline: ${inputs.modelName}@${inputs.baselineAlias} = version ${found.version} in ${found.location}`
    )
    return {
      documents: [found.document],
      provenance: {
        source: 'registry',
        model: inputs.modelName,
        alias: inputs.baselineAlias,
        version: found.version,
        path: found.location,
        ...(found.gitSha ? { gitSha: found.gitSha } : {}),
        ...(found.runUrl ? { url: found.runUrl } : {})
      }
    }
  }
  return artifactBaseline(context, source === 'artifact')
}

async function artifactBaseline(
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
