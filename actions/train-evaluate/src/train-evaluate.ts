import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { writeTarget, type ActionContext } from '@ml-actions/action-kit'
import { ConfigurationError } from '@ml-actions/core/errors'
import { type MetricGroup } from '@ml-actions/core/metrics'
import { readMetrics } from '@ml-actions/core/io'
import { detectCiRun, type CiRun } from '@ml-actions/core/ci'
import { assertModelName, lineageFromCiRun, type Lineage } from '@ml-actions/registry'
import { bashCommand, CommandOutput, type CommandRunner } from '@ml-actions/action-kit/command'
import type { ConfusionCounts } from './confusion-counts.js'
import { noDataCache, type DataCache } from './data-cache.js'
import { restoreDataCache, saveDataCache, type CacheRequest } from './data-cache-steps.js'
import type { TrainEvaluateBody, TrainEvaluateInputs, TrainEvaluateOutcome } from './definition.js'
import { datasetDigests, frameworkVersions } from './lineage-inputs.js'
import { renderSummary } from './summary-markdown.js'
import {
  REPORT_KIND,
  type CacheSummary,
  type CommandSummary,
  type RegisteredVersion,
  type TrainEvaluateReport
} from './train-evaluate-report.js'

export const REPORT_FILE_NAME = 'train-evaluate-report.json'
export const METRICS_FILE_NAME = 'train-evaluate-metrics.json'
/** Exit code of the step when the command hit timeout-minutes, as timeout(1) uses. */
export const TIMEOUT_EXIT_CODE = 124
export const SHARD_INDEX_VARIABLE = 'ML_ACTIONS_SHARD_INDEX'
export const SHARD_COUNT_VARIABLE = 'ML_ACTIONS_SHARD_COUNT'

export interface TrainEvaluateDependencies {
  readonly runCommand: CommandRunner
  readonly dataCache: DataCache
}

/** The exit code the step should end with: the command's own when it failed. */
export function stepExitCode(outcome: TrainEvaluateOutcome): number | undefined {
  if (!outcome.failure) return undefined
  const code = Number(outcome.outputs['exit-code'])
  return Number.isInteger(code) && code > 0 && code < 256 ? code : 1
}

export function createTrainEvaluate(dependencies: TrainEvaluateDependencies): TrainEvaluateBody {
  return async (inputs, context) => {
    const run = await prepareRun(inputs, context, dependencies)
    const restored = await restoreDataCache(run.cacheRequest)
    let cache = inputs.cachePaths.length > 0 ? restored.summary : undefined
    let command: CommandSummary | undefined
    if (inputs.run) {
      const result = await runUserCommand(
        dependencies.runCommand,
        inputs,
        run.workingDirectory,
        context,
        run.shard
      )
      command = result.summary
      if (command.timedOut || command.exitCode !== 0)
        return failedRun(run, inputs, context, { command, cache, logTail: result.tail })
      if (inputs.cachePaths.length > 0) cache = await saveDataCache(run.cacheRequest, restored)
    }
    recordCachedData(run.lineage, inputs.cachePaths, cache)
    const measured = await collectMetrics(inputs, run, context)
    const model = await registerModelVersion(run, inputs, measured, context)
    return succeededRun(run, inputs, context, { command, cache, measured, model })
  }
}

/** What a run settles before the command: where it runs, its shard, registry, lineage and cache. */
interface PreparedRun {
  readonly workingDirectory: string
  /** Set on a shard job (shard-count > 1 without merge-shards): it never registers. */
  readonly shard: { readonly index: number; readonly count: number } | undefined
  readonly merging: boolean
  readonly registration: typeof import('./model-registration.js') | undefined
  readonly registry: ReturnType<typeof import('./model-registration.js').openRegistry> | undefined
  readonly ciRun: CiRun
  readonly lineage: Lineage
  readonly cacheRequest: CacheRequest
}

async function prepareRun(
  inputs: TrainEvaluateInputs,
  context: ActionContext,
  dependencies: TrainEvaluateDependencies
): Promise<PreparedRun> {
  const workingDirectory = path.resolve(context.cwd, inputs.workingDirectory)
  const shardCount = inputs.shardCount ?? 1
  const shardIndex = inputs.shardIndex ?? 0
  const merging = inputs.mergeShards.length > 0
  validate(inputs, shardIndex, shardCount, merging)
  const shard = shardCount > 1 && !merging ? { index: shardIndex, count: shardCount } : undefined

  // The registry client loads only for runs that register a model; evaluation-only runs skip it.
  const registration = inputs.modelName ? await import('./model-registration.js') : undefined
  const registry = registration?.openRegistry(inputs, workingDirectory)
  // Before the command: a store that cannot move the alias safely should fail in seconds, not
  // after hours of training.
  if (registry && inputs.alias && !shard) await registry.assertAliasMovesSafe()
  const ciRun = await detectCiRun(context.env, workingDirectory)
  const parents =
    registration && registry && inputs.parent
      ? [await registration.resolveParent(registry, inputs.parent)]
      : []
  const lineage: Lineage = lineageFromCiRun(ciRun, {
    datasets: await datasetDigests(inputs.datasets, workingDirectory),
    frameworks: frameworkVersions(inputs.frameworks),
    parents
  })
  const cacheRequest: CacheRequest = {
    paths: inputs.cachePaths,
    key: inputs.cacheKey,
    workingDirectory,
    runnerOs: context.env.RUNNER_OS ?? process.platform,
    cache: context.cli ? noDataCache : dependencies.dataCache,
    log: context.log
  }
  return { workingDirectory, shard, merging, registration, registry, ciRun, lineage, cacheRequest }
}

/** The command failed or timed out: a report saying so, nothing registered, its exit code kept. */
async function failedRun(
  run: PreparedRun,
  inputs: TrainEvaluateInputs,
  context: ActionContext,
  {
    command,
    cache,
    logTail
  }: { command: CommandSummary; cache: CacheSummary | undefined; logTail: string | undefined }
): Promise<TrainEvaluateOutcome> {
  const minutes = inputs.timeoutMinutes ?? 0
  const failure = command.timedOut
    ? `The command timed out after ${minutes} minute(s) and its process tree was killed; nothing was registered.`
    : command.exitCode === null
      ? 'The command was killed by a signal (out of memory?); nothing was registered.'
      : `The command failed with exit code ${command.exitCode}; nothing was registered.`
  const report = buildReport({
    status: command.timedOut ? 'timed-out' : 'failed',
    ciRun: run.ciRun,
    modelName: inputs.modelName,
    lineage: run.lineage,
    command,
    metrics: {},
    groups: {},
    metricSources: [],
    ...(cache ? { cache } : {}),
    ...(run.shard ? { shard: run.shard } : {})
  })
  const reportPath = await writeJson(
    await reportFilePath(inputs, context, run.workingDirectory),
    report
  )
  const exitCode = command.timedOut ? TIMEOUT_EXIT_CODE : (command.exitCode ?? 1)
  return {
    outputs: {
      'report-path': reportPath,
      'duration-seconds': command.durationSeconds,
      'cache-hit': false,
      'exit-code': exitCode
    },
    report: renderSummary(report, failure, logTail, context.env.GITHUB_WORKSPACE || context.cwd),
    failure
  }
}

/** The cached data the command used is part of the model's lineage, by its manifest digest. */
function recordCachedData(
  lineage: Lineage,
  cachePaths: readonly string[],
  cache: CacheSummary | undefined
): void {
  if (!cache?.dataDigest) return
  lineage.datasets = [
    ...(lineage.datasets ?? []),
    {
      name: 'cache-paths',
      uri: cachePaths.join(','),
      digest: `sha256:${cache.dataDigest}`,
      digestAlgorithm: 'sha256-manifest'
    }
  ]
}

/** The metrics of the run: its metrics files, and the counts of its predictions or merged shards. */
interface MeasuredRun {
  readonly metrics: Record<string, number>
  readonly groups: Record<string, MetricGroup>
  readonly metricSources: string[]
  readonly confusion?: ConfusionCounts
  readonly predictionsFile?: string
  readonly merged?: TrainEvaluateReport['merged']
}

async function collectMetrics(
  inputs: TrainEvaluateInputs,
  run: PreparedRun,
  context: ActionContext
): Promise<MeasuredRun> {
  const { workingDirectory } = run
  const metrics: Record<string, number> = {}
  const groups: Record<string, MetricGroup> = {}
  const metricSources: string[] = []
  if (inputs.metrics.length > 0) {
    const document = await readMetrics(inputs.metrics, {
      cwd: workingDirectory,
      warn: (message) => context.log.warning(message)
    })
    Object.assign(metrics, document.metrics)
    Object.assign(groups, document.groups)
    metricSources.push(...document.sources.map((source) => relativeTo(workingDirectory, source)))
  }
  const counted = run.merging
    ? await countMergedShards(inputs, workingDirectory)
    : inputs.predictions
      ? await countPredictions(inputs.predictions, workingDirectory)
      : undefined
  if (!counted) return { metrics, groups, metricSources }
  metricSources.push(...counted.sources)
  const { metricsFromConfusion } = await import('./confusion-counts.js')
  const { confusion } = counted
  const fromConfusion = metricsFromConfusion(confusion)
  Object.assign(metrics, fromConfusion.metrics)
  groups['counts.per_class'] = {
    name: 'counts.per_class',
    rows: Object.fromEntries(Object.entries(fromConfusion.perClass).map(([k, v]) => [k, { ...v }])),
    rowOrder: confusion.classes,
    fieldOrder: ['precision', 'recall', 'f1', 'support']
  }
  return {
    metrics,
    groups,
    metricSources,
    confusion,
    ...(counted.predictionsFile ? { predictionsFile: counted.predictionsFile } : {}),
    ...(counted.merged ? { merged: counted.merged } : {})
  }
}

interface CountedRun {
  readonly confusion: ConfusionCounts
  readonly sources: readonly string[]
  readonly predictionsFile?: string
  readonly merged?: TrainEvaluateReport['merged']
}

// Shard merging and prediction files are optional; their readers and the confusion counting load
// only when used.
async function countMergedShards(
  inputs: TrainEvaluateInputs,
  workingDirectory: string
): Promise<CountedRun> {
  const { mergeShardReports } = await import('./shard-merge.js')
  const shards = await mergeShardReports(inputs.mergeShards, workingDirectory)
  return {
    confusion: shards.confusion,
    sources: shards.sources,
    merged: { shardCount: shards.shardCount, sources: shards.sources },
    // The shards' predictions joined into one file: registered with the merged version (the
    // counts are the shards' own, already summed).
    ...(inputs.predictions
      ? { predictionsFile: await predictionsPath(inputs.predictions, workingDirectory) }
      : {})
  }
}

async function countPredictions(pattern: string, workingDirectory: string): Promise<CountedRun> {
  const predictionsFile = await predictionsPath(pattern, workingDirectory)
  const content = await readFile(predictionsFile).catch(() => {
    throw new ConfigurationError(`predictions: cannot read ${pattern}`, 'predictions')
  })
  const { readPredictions } = await import('@ml-actions/core/stats')
  const { confusionFromPredictions } = await import('./confusion-counts.js')
  const source = relativeTo(workingDirectory, predictionsFile)
  return {
    confusion: confusionFromPredictions(readPredictions(content, source)),
    sources: [source],
    predictionsFile
  }
}

/** A shard never registers: the merge step does, once, with every shard's counts. */
async function registerModelVersion(
  run: PreparedRun,
  inputs: TrainEvaluateInputs,
  measured: MeasuredRun,
  context: ActionContext
): Promise<RegisteredVersion | undefined> {
  const { registration, registry, shard } = run
  if (registry && shard) {
    context.log.info(
      `Shard ${shard.index + 1} of ${shard.count}: the model is registered by the merge step, not by each shard.`
    )
    return undefined
  }
  if (!registration || !registry) return undefined
  const model = await registration.registerModel(
    registry,
    inputs,
    run.workingDirectory,
    metricsFileContent(measured.metrics, measured.groups),
    run.lineage,
    run.ciRun,
    context.env,
    measured.predictionsFile
  )
  context.log.info(
    `${model.created ? 'Registered' : 'Found the earlier registration'} ${model.name}/${model.version} in ${model.registry}`
  )
  return model
}

/** The report, the metrics file and the outputs of a run whose command succeeded. */
async function succeededRun(
  run: PreparedRun,
  inputs: TrainEvaluateInputs,
  context: ActionContext,
  {
    command,
    cache,
    measured,
    model
  }: {
    command: CommandSummary | undefined
    cache: CacheSummary | undefined
    measured: MeasuredRun
    model: RegisteredVersion | undefined
  }
): Promise<TrainEvaluateOutcome> {
  const { metrics, groups, metricSources, confusion, merged } = measured
  const report = buildReport({
    status: 'succeeded',
    ciRun: run.ciRun,
    modelName: inputs.modelName,
    lineage: run.lineage,
    ...(command ? { command } : {}),
    metrics,
    groups,
    metricSources,
    ...(confusion ? { confusion } : {}),
    ...(run.shard ? { shard: run.shard } : {}),
    ...(merged ? { merged } : {}),
    ...(model ? { model } : {}),
    ...(cache ? { cache } : {})
  })
  const reportPath = await writeJson(
    await reportFilePath(inputs, context, run.workingDirectory),
    report
  )
  // Not beside the report: a glob over shard reports must not pick it up.
  const metricsPath = await writeJson(
    path.resolve(context.env.RUNNER_TEMP || run.workingDirectory, METRICS_FILE_NAME),
    metricsFileContent(metrics, groups)
  )
  return {
    outputs: {
      'metrics-path': metricsPath,
      'report-path': reportPath,
      'model-version': model?.version,
      'model-uri': model?.uri,
      'manifest-sha256': model?.manifestSha256,
      'duration-seconds': command?.durationSeconds ?? 0,
      'cache-hit': cache?.status === 'hit',
      'exit-code': command?.exitCode ?? undefined
    },
    report: renderSummary(report, undefined, undefined, context.env.GITHUB_WORKSPACE || context.cwd)
  }
}

function validate(
  inputs: TrainEvaluateInputs,
  shardIndex: number,
  shardCount: number,
  merging: boolean
): void {
  if (!inputs.run && !merging) {
    throw new ConfigurationError(
      'Input "run" is required (or merge-shards to merge shard reports)',
      'run'
    )
  }
  if (merging && inputs.run) {
    throw new ConfigurationError(
      'merge-shards merges the reports of earlier shard jobs; it does not run a command. Remove "run" from the merge step.',
      'merge-shards'
    )
  }
  if (shardIndex >= shardCount) {
    throw new ConfigurationError(
      `shard-index ${shardIndex} must be below shard-count ${shardCount} (indices start at 0)`,
      'shard-index'
    )
  }
  if (inputs.modelName) assertModelName(inputs.modelName, 'model-name')
  if (inputs.parent && !inputs.modelName) {
    throw new ConfigurationError(
      'parent records what a registered model started from, but model-name is empty: nothing is registered',
      'parent'
    )
  }
  if (inputs.model.length > 0 && !inputs.modelName) {
    throw new ConfigurationError(
      'model is set but model-name is empty: name the model to register it',
      'model-name'
    )
  }
  if (inputs.modelName && inputs.model.length === 0) {
    throw new ConfigurationError(
      `model-name is "${inputs.modelName}" but no model files are given`,
      'model'
    )
  }
  if (inputs.alias && !inputs.modelName) {
    throw new ConfigurationError('alias needs model-name and model', 'alias')
  }
}

interface UserCommandResult {
  summary: CommandSummary
  tail: string | undefined
}

async function runUserCommand(
  runCommand: CommandRunner,
  inputs: TrainEvaluateInputs,
  workingDirectory: string,
  context: ActionContext,
  shard: { index: number; count: number } | undefined
): Promise<UserCommandResult> {
  const stdout = new CommandOutput(context.log)
  const stderr = new CommandOutput(context.log)
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(context.env))
    if (value !== undefined) env[name] = value
  env[SHARD_INDEX_VARIABLE] = String(shard?.index ?? 0)
  env[SHARD_COUNT_VARIABLE] = String(shard?.count ?? 1)
  const minutes = inputs.timeoutMinutes ?? 0
  context.log.info(`Running the command with bash -e -o pipefail in ${workingDirectory}:`)
  context.log.untrusted(inputs.run)
  const result = await runCommand({
    ...bashCommand(inputs.run),
    cwd: workingDirectory,
    env,
    ...(minutes > 0 ? { timeoutMs: minutes * 60_000 } : {}),
    onStdout: (chunk) => stdout.write(chunk),
    onStderr: (chunk) => stderr.write(chunk)
  })
  stdout.flush()
  stderr.flush()
  const tail = stderr.tail() || stdout.tail()
  return {
    summary: {
      exitCode: result.exitCode,
      timedOut: result.timedOut,
      durationSeconds: Number((result.durationMs / 1000).toFixed(3)),
      workingDirectory
    },
    tail: tail === '' ? undefined : tail
  }
}

interface ReportParts extends Omit<
  TrainEvaluateReport,
  'schemaVersion' | 'kind' | 'createdAt' | 'subject'
> {
  ciRun: CiRun
  /** Named in the subject even when nothing was registered (a failed run, a shard). */
  modelName?: string
}

function buildReport({ ciRun, modelName, ...parts }: ReportParts): TrainEvaluateReport {
  const attempt = Number(ciRun.runAttempt)
  return {
    schemaVersion: 1,
    kind: REPORT_KIND,
    ...(ciRun.sha ? { gitSha: ciRun.sha } : {}),
    ...(ciRun.runId ? { runId: ciRun.runId } : {}),
    ...(Number.isInteger(attempt) && attempt > 0 ? { runAttempt: attempt } : {}),
    ...(ciRun.runUrl ? { runUrl: ciRun.runUrl } : {}),
    createdAt: new Date().toISOString(),
    subject: parts.model
      ? {
          model: parts.model.name,
          version: parts.model.version,
          sha256: parts.model.manifestSha256
        }
      : modelName
        ? { model: modelName }
        : {},
    ...parts
  }
}

/** Flat metrics plus groups as nested rows: readable by compare-metrics as a plain JSON file. */
function metricsFileContent(
  metrics: Record<string, number>,
  groups: Record<string, MetricGroup>
): Record<string, unknown> {
  const content: Record<string, unknown> = { ...metrics }
  for (const group of Object.values(groups)) content[group.name] = group.rows
  return content
}

/** The one predictions file: a path, or a glob that matches exactly one file. */
async function predictionsPath(pattern: string, workingDirectory: string): Promise<string> {
  const { expandPathPatterns } = await import('@ml-actions/core/io')
  const found = await expandPathPatterns([pattern], { cwd: workingDirectory }).catch(
    (error: unknown) => {
      if (error instanceof ConfigurationError)
        throw new ConfigurationError(`predictions: ${error.message}`, 'predictions')
      throw error
    }
  )
  if (found.length !== 1) {
    throw new ConfigurationError(
      `predictions "${pattern}" matches ${found.length} files (${found.slice(0, 5).join(', ')}); name one file, as compare-metrics reads it`,
      'predictions'
    )
  }
  return path.resolve(workingDirectory, found[0] as string)
}

async function reportFilePath(
  inputs: TrainEvaluateInputs,
  context: ActionContext,
  workingDirectory: string
): Promise<string> {
  const file = inputs.reportPath
    ? path.resolve(workingDirectory, inputs.reportPath)
    : path.resolve(context.env.RUNNER_TEMP || workingDirectory, REPORT_FILE_NAME)
  return await writeTarget(file, context, {
    input: 'report-path',
    allowOutside: inputs.allowWritesOutsideWorkspace
  })
}

async function writeJson(file: string, value: unknown): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, `${JSON.stringify(value, null, 2)}\n`)
  return file
}

function relativeTo(directory: string, file: string): string {
  const relative = path.relative(directory, file)
  return relative.startsWith('..') ? file : relative.split(path.sep).join('/')
}
