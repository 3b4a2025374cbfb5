import { s3OptionsFromInputs, writeTarget } from '@ml-actions/action-kit'
import { createReadStream, readFileSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import type { ActionContext } from '@ml-actions/action-kit'
import {
  CORRECTIONS,
  allComparisons,
  compareMetrics,
  withReportEnvelope,
  type ComparisonReport,
  type Correction,
  type HistoryPoint,
  type MetricsComparisonReport
} from '@ml-actions/core/compare'
import { ConfigurationError } from '@ml-actions/core/errors'
import type { MetricsDocument } from '@ml-actions/core/metrics'
import { readRunContext, type EventContext, type OctokitTiming } from '@ml-actions/github'
import {
  HISTORY_ENTRY,
  PREDICTIONS_ENTRY,
  REPORT_ENTRY,
  resolveBaseline,
  type ResolvedBaseline
} from './baseline-resolution.js'
import type { CompareMetricsBody, CompareMetricsInputs } from './definition.js'
import { loadRules, readSide } from './metrics-sides.js'
import { publishReport } from './publish-report.js'

export const REPORT_FILE_NAME = REPORT_ENTRY

/** Uploads the report artifact; the runner's implementation wraps @actions/artifact. */
export type ArtifactUploader = (request: {
  readonly name: string
  readonly files: readonly string[]
  readonly rootDirectory: string
}) => Promise<{ readonly id?: number } | undefined>

export interface CompareMetricsDependencies {
  readonly uploadArtifact?: ArtifactUploader
  readonly now?: () => Date
  readonly timing?: Partial<OctokitTiming>
}

export function createCompareMetrics(
  dependencies: CompareMetricsDependencies = {}
): CompareMetricsBody {
  return async (inputs, context) => {
    // Checked before the run context is read: off GitHub that asks git, which a mistake need not wait for.
    const workflowRun = context.env.GITHUB_EVENT_NAME === 'workflow_run'
    if (inputs.candidate.length === 0 && inputs.report === '' && !workflowRun) {
      throw new ConfigurationError(
        'candidate names no metrics files (or give report, or run on workflow_run to post a report)',
        'candidate'
      )
    }
    const event = await readRunContext(context.env, (path) => readFileSync(path, 'utf8'), {
      cwd: context.cwd,
      ...(inputs.prNumber ? { pullRequestNumber: inputs.prNumber } : {})
    })
    const posting =
      inputs.report !== '' || (event.eventName === 'workflow_run' && inputs.candidate.length === 0)
    // The fork-PR posting mode, paired statistics and registry history load only when used.
    if (posting)
      return (await import('./posted-report.js')).postReport({
        inputs,
        context,
        event,
        ...(dependencies.timing ? { timing: dependencies.timing } : {})
      })
    return computeAndPublish(inputs, context, event, dependencies)
  }
}

async function computeAndPublish(
  inputs: CompareMetricsInputs,
  context: ActionContext,
  event: EventContext,
  dependencies: CompareMetricsDependencies
) {
  const scratchRoot = context.env.RUNNER_TEMP || tmpdir()
  await mkdir(scratchRoot, { recursive: true })
  const scratch = await mkdtemp(join(scratchRoot, 'compare-metrics-'))
  try {
    const rules = await loadRules(inputs.rules, context.cwd)
    const candidate = await readSide(
      inputs.candidate,
      inputs.runs,
      context.cwd,
      'candidate',
      (message) => context.log.warning(message)
    )
    const baseline = await resolveBaseline({
      inputs,
      action: context,
      event,
      scratch,
      ...(dependencies.timing ? { timing: dependencies.timing } : {})
    })
    const alpha = inputs.alpha ?? rules.alpha
    const statistics = await statisticsFor(inputs, context, candidate, alpha, baseline, scratch)
    const comparison = await compareMetrics(candidate, baseline.documents, rules, {
      alpha,
      ...(statistics ? { statistics, predictionsGiven: true } : {}),
      ...(inputs.failOn === 'inconclusive' ? { failOn: 'inconclusive' as const } : {}),
      ...correctionOptions(inputs),
      ...(inputs.power !== undefined ? { power: inputs.power } : {})
    })
    warnAboutDisagreements(comparison, context)
    const report = await envelopedReport(comparison, inputs, context, event, baseline, dependencies)
    const history = await historyFor(inputs, context, baseline.history)

    const reportPath = await writeReportFile(report, inputs, context)

    const artifactId = await uploadArtifact(inputs, context, dependencies, scratch, report, history)
    const reportUrl =
      artifactId !== undefined && event.runUrl
        ? `${event.runUrl}/artifacts/${artifactId}`
        : undefined

    return await publishReport({
      report,
      inputs,
      context,
      markdown: {
        ...(history.length > 0 ? { history } : {}),
        ...(event.runUrl ? { runUrl: event.runUrl } : {}),
        ...(reportUrl ? { reportUrl } : {})
      },
      reportPath,
      gate: true,
      eventName: event.eventName,
      ...(dependencies.timing ? { timing: dependencies.timing } : {})
    })
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

/** The comparison wrapped with where it was made: commit, run, model and the pull request it judges. */
async function envelopedReport(
  comparison: ComparisonReport,
  inputs: CompareMetricsInputs,
  context: ActionContext,
  event: EventContext,
  baseline: ResolvedBaseline,
  dependencies: CompareMetricsDependencies
) {
  const now = dependencies.now?.() ?? new Date()
  return withReportEnvelope(
    comparison,
    {
      ...(event.sha ? { gitSha: event.sha } : {}),
      ...(event.runId !== undefined ? { runId: String(event.runId) } : {}),
      ...(event.runId !== undefined ? { runAttempt: event.runAttempt } : {}),
      ...(event.runUrl ? { runUrl: event.runUrl } : {}),
      createdAt: now.toISOString(),
      subject: {
        ...(inputs.modelName ? { model: inputs.modelName } : {}),
        ...(inputs.candidateModel
          ? { sha256: await sha256Of(resolve(context.cwd, inputs.candidateModel)) }
          : {})
      }
    },
    baseline.provenance,
    event.pullRequest
      ? {
          number: event.pullRequest.number,
          ...(event.pullRequest.headSha ? { headSha: event.pullRequest.headSha } : {}),
          ...(event.pullRequest.headRepositoryId !== undefined
            ? { headRepositoryId: event.pullRequest.headRepositoryId }
            : {})
        }
      : undefined
  )
}

/** Writes report.json where report-path says (inside the workspace unless allowed), returning its path. */
async function writeReportFile(
  report: MetricsComparisonReport,
  inputs: CompareMetricsInputs,
  context: ActionContext
): Promise<string> {
  const reportPath = await writeTarget(
    resolve(
      context.cwd,
      inputs.reportPath || join(context.env.RUNNER_TEMP || '.', REPORT_FILE_NAME)
    ),
    context,
    { input: 'report-path', allowOutside: inputs.allowWritesOutsideWorkspace }
  )
  await mkdir(dirname(reportPath), { recursive: true })
  await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`)
  context.log.info(`Report written to ${reportPath}`)
  return reportPath
}

function correctionOptions(inputs: CompareMetricsInputs): {
  correction?: Correction
  exemptHeadline?: boolean
} {
  const given = inputs.correction.toLowerCase()
  if (given !== '' && !(CORRECTIONS as readonly string[]).includes(given)) {
    throw new ConfigurationError(
      `correction must be one of ${CORRECTIONS.join(', ')} (or empty for the rules file's), got "${inputs.correction}"`,
      'correction'
    )
  }
  return {
    ...(given !== '' ? { correction: given as Correction } : {}),
    ...(inputs.exemptHeadline ? { exemptHeadline: true } : {})
  }
}

function warnAboutDisagreements(comparison: ComparisonReport, context: ActionContext): void {
  for (const metric of allComparisons(comparison)) {
    if (metric.disagreement === undefined) continue
    context.log.warning(
      `${metric.name}: the value recomputed from the predictions differs from the metrics file: ${metric.reason}`,
      { title: 'compare-metrics: predictions do not match the metrics' }
    )
  }
}

async function statisticsFor(
  inputs: CompareMetricsInputs,
  context: ActionContext,
  candidate: readonly MetricsDocument[],
  alpha: number,
  baseline: ResolvedBaseline,
  scratch: string
) {
  const { candidatePredictions } = inputs
  let baselinePredictions = inputs.baselinePredictions
  if (!candidatePredictions && !baselinePredictions) return undefined
  if (!candidatePredictions) {
    throw new ConfigurationError(
      'paired statistics need predictions of both models on the same samples; candidate-predictions is empty',
      'candidate-predictions'
    )
  }
  if (!baselinePredictions && baseline.predictions) {
    // The base branch's run stored its predictions in the artifact next to its report, or
    // train-evaluate registered them with the registry version.
    baselinePredictions = join(scratch, `baseline-${baseline.predictions.name}`)
    await writeFile(baselinePredictions, baseline.predictions.bytes)
  }
  if (!baselinePredictions) {
    if (baseline.documents !== undefined) {
      context.log.warning(
        `candidate-predictions is set but the baseline has no predictions (baseline-predictions is empty and ${baseline.provenance.source === 'registry' ? `version ${baseline.provenance.version ?? '?'} was registered without predictions: set train-evaluate's predictions` : 'the baseline artifact holds none'}): comparing without statistics.`,
        { title: 'No paired statistics (compare-metrics)' }
      )
    }
    return undefined
  }
  const document = candidate[0]
  if (document === undefined || candidate.length > 1) {
    throw new ConfigurationError(
      'candidate-predictions belong to one evaluation; with runs: per-file the runs are compared with Welch’s t-test instead',
      'candidate-predictions'
    )
  }
  const { predictionEvidence } = await import('./prediction-evidence.js')
  const evidence = await predictionEvidence({
    candidatePath: candidatePredictions,
    baselinePath: baselinePredictions,
    explicit: inputs.statistics,
    candidate: document,
    ...(inputs.positiveClass ? { positiveClass: inputs.positiveClass } : {}),
    ...(inputs.seed !== undefined ? { seed: inputs.seed } : {}),
    resamples: inputs.resamples ?? 10_000,
    level: 1 - alpha,
    cwd: context.cwd
  })
  context.log.info(
    `Paired statistics on ${evidence.samples} samples for ${[...evidence.statistics.keys()].join(', ') || 'no metric'}`
  )
  for (const skipped of evidence.skipped) context.log.debug(`No statistics for ${skipped}`)
  return evidence.statistics
}

async function historyFor(
  inputs: CompareMetricsInputs,
  context: ActionContext,
  fromArtifact: readonly HistoryPoint[] | undefined
): Promise<HistoryPoint[]> {
  if (inputs.history === 'registry') {
    if (!inputs.modelName)
      throw new ConfigurationError('history: registry needs the model-name input', 'history')
    const { registryHistory } = await import('./registry-baseline.js')
    return registryHistory({
      registry: inputs.registry,
      s3: s3OptionsFromInputs(inputs),
      model: inputs.modelName,
      alias: inputs.baselineAlias,
      cwd: context.cwd
    })
  }
  if (inputs.history) {
    const path = resolve(context.cwd, inputs.history)
    const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined
      throw error
    })
    if (text === undefined) {
      context.log.info(`history file ${inputs.history} does not exist yet; no chart this time`)
      return []
    }
    const { parseMetricHistory } = await import('@ml-actions/core/compare')
    return parseMetricHistory(text, inputs.history)
  }
  return [...(fromArtifact ?? [])]
}

async function uploadArtifact(
  inputs: CompareMetricsInputs,
  context: ActionContext,
  dependencies: CompareMetricsDependencies,
  scratch: string,
  report: MetricsComparisonReport,
  history: readonly HistoryPoint[]
): Promise<number | undefined> {
  if (!inputs.uploadArtifact || context.cli || !dependencies.uploadArtifact || !inputs.artifactName)
    return undefined
  const directory = join(scratch, 'artifact')
  await mkdir(directory, { recursive: true })
  const files = [join(directory, REPORT_ENTRY), join(directory, HISTORY_ENTRY)]
  await writeFile(files[0] as string, `${JSON.stringify(report, null, 2)}\n`)
  const { formatMetricHistory, historyPointOfReport } = await import('@ml-actions/core/compare')
  await writeFile(
    files[1] as string,
    formatMetricHistory([...history, historyPointOfReport(report)])
  )
  const predictions = await predictionsForArtifact(inputs, context, directory)
  if (predictions) files.push(predictions)
  try {
    const uploaded = await dependencies.uploadArtifact({
      name: inputs.artifactName,
      files,
      rootDirectory: directory
    })
    if (uploaded?.id !== undefined)
      context.log.info(`Uploaded artifact ${inputs.artifactName} (${uploaded.id})`)
    return uploaded?.id
  } catch (error) {
    context.log.warning(
      `Could not upload the artifact ${inputs.artifactName}: ${(error as Error).message}. The report is still at the report path.`
    )
    return undefined
  }
}

/** Later runs pair their candidate predictions with these when this run becomes their baseline. */
async function predictionsForArtifact(
  inputs: CompareMetricsInputs,
  context: ActionContext,
  directory: string
): Promise<string | undefined> {
  const source = inputs.candidatePredictions
  const extension = /\.(csv|tsv|jsonl|npy)$/i.exec(source)?.[1]?.toLowerCase()
  if (!source || !extension) return undefined
  const path = resolve(context.cwd, source)
  const size = (await stat(path)).size
  if (size > MAX_STORED_PREDICTIONS_BYTES) {
    context.log.info(
      `${source} is ${size} bytes; not storing it in the artifact (limit ${MAX_STORED_PREDICTIONS_BYTES})`
    )
    return undefined
  }
  const target = join(directory, `${PREDICTIONS_ENTRY}.${extension}`)
  await copyFile(path, target)
  return target
}

// Below the 50 MiB a baseline artifact may have when it is read back.
const MAX_STORED_PREDICTIONS_BYTES = 40 * 1024 * 1024

async function sha256Of(path: string): Promise<string> {
  // Only for candidate-model: node:crypto and the stream helpers would otherwise load at start-up.
  const [{ createHash }, { pipeline }] = await Promise.all([
    import('node:crypto'),
    import('node:stream/promises')
  ])
  const hash = createHash('sha256')
  await pipeline(createReadStream(path), hash).catch((error: NodeJS.ErrnoException) => {
    throw new ConfigurationError(
      `candidate-model "${path}" cannot be read: ${error.code === 'ENOENT' ? 'no such file' : error.message}`,
      'candidate-model'
    )
  })
  return hash.digest('hex')
}

export const compareMetricsBody: CompareMetricsBody = createCompareMetrics()
