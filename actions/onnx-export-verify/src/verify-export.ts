import { s3OptionsFromInputs, writeTarget } from '@ml-actions/action-kit'
import { ConfigurationError } from '@ml-actions/core/errors'
import { escapeText } from '@ml-actions/core/markdown'
import { mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, isAbsolute, resolve } from 'node:path'
import { readFileSync } from 'node:fs'
import { commentOnPullRequest, readEventContext } from '@ml-actions/github'
import type { PullRequestCommentResult } from '@ml-actions/github'
import {
  loadOnnxRuntime,
  parseToleranceList,
  renderReportMarkdown,
  toleranceSpec,
  verifyModel
} from '@ml-actions/onnx'
import type {
  ModelLocation,
  OnnxVerificationReport,
  RunProvenance,
  RuntimeInstaller,
  ToleranceSpec
} from '@ml-actions/onnx'
import type { ActionContext } from '@ml-actions/action-kit'
import type { OnnxExportVerifyBody, OnnxExportVerifyInputs } from './definition.js'
import { detectCiRun } from '@ml-actions/core/ci'
import type { RegistryAccess, RegistryBaseline } from './registry-models.js'

export const REPORT_FILE_NAME = 'onnx-verification.json'

/**
 * The action: optional export command, then the verification of the model, the JSON report, the
 * job summary and (when asked) the sticky PR comment. onnxruntime-node comes from onnxruntime-path,
 * the tool cache, or the npm registry (NPM_CONFIG_REGISTRY, NODE_AUTH_TOKEN for a private mirror).
 */
export const verifyExport: OnnxExportVerifyBody = async (inputs, context) => {
  const workingDirectory = resolve(context.cwd, inputs.workingDirectory)
  const locate = (path: string): string =>
    isAbsolute(path) ? path : resolve(workingDirectory, path)
  if (inputs.exportCommand) {
    const failed = await runExport(inputs, context, workingDirectory)
    if (failed) return failed
  }
  const report = await verifyExportedModel(inputs, context, workingDirectory, locate)
  return publishVerification(inputs, context, report, workingDirectory, locate)
}

type Outcome = Awaited<ReturnType<OnnxExportVerifyBody>>

/** The export command; its failure is the step's, with nothing verified. */
async function runExport(
  inputs: OnnxExportVerifyInputs,
  context: ActionContext,
  workingDirectory: string
): Promise<Outcome | undefined> {
  context.log.info(`Running the export command in ${workingDirectory}`)
  // Optional (export-command): the child-process code loads only for runs that export.
  const { runExportCommand } = await import('./export-command.js')
  const exported = await runExportCommand(
    inputs.exportCommand,
    workingDirectory,
    context.env,
    context.log
  )
  if (exported.exitCode === 0) return undefined
  const how = exported.signal
    ? `was killed by ${exported.signal}`
    : `exited with code ${exported.exitCode}`
  const failure = `The export command ${how}; no model was verified.`
  const markdown = `## ❌ ONNX export verification: fail — ${escapeText(failure)}\n`
  const comment = await postComment(inputs, context, markdown)
  return { outputs: { result: 'fail', 'comment-url': comment.url }, report: markdown, failure }
}

/** The baseline (registry or file), the runtime, then the verification of the model. */
async function verifyExportedModel(
  inputs: OnnxExportVerifyInputs,
  context: ActionContext,
  workingDirectory: string,
  locate: (path: string) => string
): Promise<OnnxVerificationReport> {
  const location = (path: string): ModelLocation => ({ path: locate(path), display: path })
  const tolerance = readTolerances(inputs)
  const scratch = context.env.RUNNER_TEMP || tmpdir()
  const registryBaseline = await readRegistryBaseline(inputs, context, workingDirectory, scratch)
  const registered = await readRegisteredSubject(inputs, workingDirectory)
  const runtime = await loadOnnxRuntime({
    ...(inputs.onnxruntimePath ? { path: locate(inputs.onnxruntimePath) } : {}),
    toolCache: context.env.RUNNER_TOOL_CACHE || scratch,
    install: installFromRegistry(context)
  })
  context.log.info(
    `onnxruntime-node ${runtime.version} from ${runtime.source}: ${runtime.packageDirectory}`
  )
  const gitSha = (await detectCiRun(context.env, workingDirectory)).sha

  const report = await verifyModel({
    model: location(inputs.model),
    runtime,
    resolvePath: locate,
    ...referenceSources(inputs),
    tolerance,
    ...(inputs.contract ? { contract: location(inputs.contract) } : {}),
    ...(registryBaseline
      ? { baselineModel: registryBaseline.location, baselineOrigin: registryBaseline.origin }
      : inputs.baselineModel
        ? { baselineModel: location(inputs.baselineModel) }
        : {}),
    batchCheck: inputs.batchCheck ?? 0,
    warmupRuns: inputs.warmupRuns ?? 10,
    runs: inputs.runs ?? 100,
    ...(inputs.maxP95Ms !== undefined ? { maxP95Ms: inputs.maxP95Ms } : {}),
    ...(inputs.maxSizeMb !== undefined ? { maxSizeMb: inputs.maxSizeMb } : {}),
    latencyTolerance: inputs.latencyTolerance ?? 0.1,
    ...(gitSha ? { gitSha } : {}),
    run: runProvenance(context.env),
    ...(registered ? { subject: { model: registered.model, version: registered.version } } : {}),
    log: (message) => context.log.info(message)
  })
  if (registered && !registered.digests.includes(report.model.sha256)) {
    throw new ConfigurationError(
      `model-ref "${inputs.modelRef}": model "${inputs.model}" (sha256 ${report.model.sha256.slice(0, 12)}…) is not a file of ${registered.model}/${registered.version}.`,
      'model-ref'
    )
  }
  return report
}

/** The JSON report, the job summary and the comment, and whether the step fails. */
async function publishVerification(
  inputs: OnnxExportVerifyInputs,
  context: ActionContext,
  report: OnnxVerificationReport,
  workingDirectory: string,
  locate: (path: string) => string
): Promise<Outcome> {
  const reportPath = await writeTarget(
    inputs.reportPath
      ? locate(inputs.reportPath)
      : resolve(context.env.RUNNER_TEMP || workingDirectory, REPORT_FILE_NAME),
    context,
    { input: 'report-path', allowOutside: inputs.allowWritesOutsideWorkspace }
  )
  await mkdir(dirname(reportPath), { recursive: true })
  await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`)

  const markdown = renderReportMarkdown(report)
  const comment = await postComment(inputs, context, markdown)
  const result = report.verdict.result
  const failing =
    inputs.failOn === 'never'
      ? false
      : result === 'fail' || (inputs.failOn === 'inconclusive' && result === 'inconclusive')
  return {
    outputs: {
      result,
      'report-path': reportPath,
      'max-abs-diff': maxAbsDiff(report),
      'p95-ms':
        report.latency && !report.latency.error ? report.latency.candidate.p95Ms : undefined,
      'size-mb': Number(report.size.totalMb.toFixed(6)),
      'model-sha256': report.model.sha256,
      'comment-url': comment.url
    },
    report: markdown,
    ...(failing
      ? { failure: `ONNX verification ${result}: ${report.verdict.reasons[0] ?? result}` }
      : {})
  }
}

/**
 * The npm-registry installer, loaded on the first install only: a runtime from onnxruntime-path or
 * the tool cache needs no tarball download, gunzip or tar code.
 */
function installFromRegistry(context: ActionContext): RuntimeInstaller {
  return async (prefix, version) => {
    const { registryInstaller } = await import('@ml-actions/onnx/registry-installer')
    const install = registryInstaller({
      registry: context.env.NPM_CONFIG_REGISTRY || context.env.npm_config_registry || '',
      ...(context.env.NODE_AUTH_TOKEN ? { token: context.env.NODE_AUTH_TOKEN } : {}),
      log: (message) => context.log.info(message)
    })
    await install(prefix, version)
  }
}

/** The sticky PR comment (mode off: nothing); GitHub's refusals are warnings, not failures. */
function postComment(
  inputs: OnnxExportVerifyInputs,
  context: ActionContext,
  markdown: string
): Promise<PullRequestCommentResult> {
  return commentOnPullRequest({
    action: 'onnx-export-verify',
    markdown,
    mode: inputs.comment,
    ...(inputs.commentKey ? { key: inputs.commentKey } : {}),
    ...(inputs.githubToken ? { token: inputs.githubToken } : {}),
    env: context.env,
    logger: context.log
  })
}

function readTolerances(inputs: OnnxExportVerifyInputs): ToleranceSpec {
  return toleranceSpec(
    parseToleranceList(inputs.atol, 'atol', 1e-5),
    parseToleranceList(inputs.rtol, 'rtol', 1e-3),
    inputs.comparison
  )
}

async function readRegistryBaseline(
  inputs: OnnxExportVerifyInputs,
  context: ActionContext,
  workingDirectory: string,
  scratch: string
): Promise<RegistryBaseline | undefined> {
  if (!inputs.baselineRef) return undefined
  if (inputs.baselineModel) {
    throw new ConfigurationError(
      'baseline-model and baseline-ref are both set; give the baseline as a file or as a registry reference, not both.',
      'baseline-ref'
    )
  }
  // Loaded on demand: the registry brings the S3 client, which a run without baseline-ref never needs.
  const { fetchRegistryBaseline } = await import('./registry-models.js')
  const baseline = await fetchRegistryBaseline({
    ...registryAccess(inputs, workingDirectory),
    ref: inputs.baselineRef,
    candidateFileName: basename(inputs.model),
    scratch
  })
  context.log.info(`Baseline ${baseline.location.display} downloaded from the registry`)
  return baseline
}

function registryAccess(inputs: OnnxExportVerifyInputs, cwd: string): RegistryAccess {
  return {
    registry: inputs.registry,
    cwd,
    s3: s3OptionsFromInputs(inputs)
  }
}

/** `model-ref`: the registry version the verified file belongs to; the file must be one of its files. */
async function readRegisteredSubject(
  inputs: OnnxExportVerifyInputs,
  workingDirectory: string
): Promise<{ model: string; version: number; digests: string[] } | undefined> {
  if (!inputs.modelRef) return undefined
  const { resolveRegisteredModel } = await import('./registry-models.js')
  return resolveRegisteredModel({
    ...registryAccess(inputs, workingDirectory),
    ref: inputs.modelRef
  })
}

function runProvenance(env: Readonly<Record<string, string | undefined>>): RunProvenance {
  const event = readEventContext(env, (path) => readFileSync(path, 'utf8'))
  if (event.runId === undefined) return {}
  return {
    runId: String(event.runId),
    runAttempt: event.runAttempt,
    ...(event.runUrl ? { runUrl: `${event.runUrl}/attempts/${event.runAttempt}` } : {})
  }
}

function referenceSources(inputs: OnnxExportVerifyInputs): {
  references?: { inputs: string[]; outputs: string[]; data: string[] }
} {
  const { referenceInputs, referenceOutputs, referenceData } = inputs
  if (referenceInputs.length + referenceOutputs.length + referenceData.length === 0) return {}
  if (referenceInputs.length > 0 && referenceOutputs.length === 0) {
    throw new ConfigurationError(
      'reference-inputs is set without reference-outputs: there is nothing to compare with.',
      'reference-outputs'
    )
  }
  return { references: { inputs: referenceInputs, outputs: referenceOutputs, data: referenceData } }
}

function maxAbsDiff(report: OnnxVerificationReport): number | undefined {
  const parity = report.parity
  if (!parity || 'skipped' in parity || parity.outputs.length === 0) return undefined
  return Math.max(...parity.outputs.map((output) => output.maxAbsError))
}
