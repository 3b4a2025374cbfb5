import { s3OptionsFromInputs } from '@ml-actions/action-kit'
import type { BaselineProvenance, HistoryPoint } from '@ml-actions/core/compare'
import { ConfigurationError } from '@ml-actions/core/errors'
import type { MetricsDocument } from '@ml-actions/core/metrics'
import type { EventContext, OctokitTiming } from '@ml-actions/github'
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
  /**
   * Per-sample predictions stored with the baseline (in the base branch's artifact, or registered
   * with the registry version), as a file name and bytes.
   */
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
    const documents = await readSide(
      inputs.baseline,
      inputs.runs,
      action.cwd,
      'baseline',
      (message) => action.log.warning(message)
    )
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
    // Each baseline source loads its code (registry client; GitHub client, report and zip readers
    // for artifacts) only when used.
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
      },
      ...(found.predictions ? { predictions: found.predictions } : {})
    }
  }
  const { artifactBaseline } = await import('./artifact-baseline.js')
  return artifactBaseline(context, source === 'artifact')
}
