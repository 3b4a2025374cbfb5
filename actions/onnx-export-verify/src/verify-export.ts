import { ConfigurationError } from '@ml-actions/core/errors'
import { mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, isAbsolute, resolve } from 'node:path'
import { loadOnnxRuntime, renderReportMarkdown, verifyModel } from '@ml-actions/onnx'
import type { ModelLocation, OnnxVerificationReport, RuntimeInstaller } from '@ml-actions/onnx'
import type { OnnxExportVerifyBody, OnnxExportVerifyInputs } from './definition.js'
import { runExportCommand } from './export-command.js'

export const REPORT_FILE_NAME = 'onnx-verification.json'

/** Lets tests replace the npm install of onnxruntime-node; the runner always uses the default. */
export interface VerifyExportDependencies {
  readonly installRuntime?: RuntimeInstaller
}

export function createVerifyExport(
  dependencies: VerifyExportDependencies = {}
): OnnxExportVerifyBody {
  return async (inputs, context) => {
    const workingDirectory = resolve(context.cwd, inputs.workingDirectory)
    const locate = (path: string): string =>
      isAbsolute(path) ? path : resolve(workingDirectory, path)
    const location = (path: string): ModelLocation => ({ path: locate(path), display: path })

    if (inputs.exportCommand) {
      context.log.info(`Running the export command in ${workingDirectory}`)
      const exported = await runExportCommand(
        inputs.exportCommand,
        workingDirectory,
        context.env,
        context.log
      )
      if (exported.exitCode !== 0) {
        const how = exported.signal
          ? `was killed by ${exported.signal}`
          : `exited with code ${exported.exitCode}`
        const failure = `The export command ${how}; no model was verified.`
        return {
          outputs: { result: 'fail' },
          report: `## ONNX export verification: ❌ fail\n\n${failure}\n`,
          failure
        }
      }
    }

    const runtime = await loadOnnxRuntime({
      ...(inputs.onnxruntimePath ? { path: locate(inputs.onnxruntimePath) } : {}),
      toolCache: context.env.RUNNER_TOOL_CACHE || context.env.RUNNER_TEMP || tmpdir(),
      ...(dependencies.installRuntime ? { install: dependencies.installRuntime } : {})
    })
    context.log.info(
      `onnxruntime-node ${runtime.version} from ${runtime.source}: ${runtime.packageDirectory}`
    )

    const report = await verifyModel({
      model: location(inputs.model),
      runtime,
      resolvePath: locate,
      ...referenceSources(inputs),
      tolerance: { atol: inputs.atol ?? 1e-5, rtol: inputs.rtol ?? 1e-3, mode: inputs.comparison },
      ...(inputs.contract ? { contract: location(inputs.contract) } : {}),
      ...(inputs.baselineModel ? { baselineModel: location(inputs.baselineModel) } : {}),
      batchCheck: inputs.batchCheck ?? 0,
      warmupRuns: inputs.warmupRuns ?? 10,
      runs: inputs.runs ?? 100,
      ...(inputs.maxP95Ms !== undefined ? { maxP95Ms: inputs.maxP95Ms } : {}),
      ...(inputs.maxSizeMb !== undefined ? { maxSizeMb: inputs.maxSizeMb } : {}),
      latencyTolerance: inputs.latencyTolerance ?? 0.1,
      ...(context.env.GITHUB_SHA ? { gitSha: context.env.GITHUB_SHA } : {}),
      log: (message) => context.log.info(message)
    })

    const reportPath = inputs.reportPath
      ? locate(inputs.reportPath)
      : resolve(context.env.RUNNER_TEMP || workingDirectory, REPORT_FILE_NAME)
    await mkdir(dirname(reportPath), { recursive: true })
    await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`)

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
        'model-sha256': report.model.sha256
      },
      report: renderReportMarkdown(report),
      ...(failing
        ? { failure: `ONNX verification ${result}: ${report.verdict.reasons[0] ?? result}` }
        : {})
    }
  }
}

export const verifyExport: OnnxExportVerifyBody = createVerifyExport()

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
