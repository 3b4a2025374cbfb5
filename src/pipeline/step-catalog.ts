import type { ActionBody, ActionDefinition, ActionRuntime, InputSpec } from '@ml-actions/action-kit'
import { formatNumber } from '@ml-actions/core/markdown'
import * as compareMetrics from '../../actions/compare-metrics/src/index.js'
import * as deployGate from '../../actions/deploy-gate/src/index.js'
import * as jsonToMd from '../../actions/json-to-md/src/index.js'
import * as onnxExportVerify from '../../actions/onnx-export-verify/src/index.js'
import * as trainEvaluate from '../../actions/train-evaluate/src/index.js'
import type { StepName } from './step-names.js'
import type { WiringRule } from './step-wiring.js'

export interface PipelineStep {
  readonly definition: ActionDefinition<InputSpec, string>
  readonly body: ActionBody<InputSpec, string>
  /** One line for the step table from the step's outputs. */
  headline(outputs: Readonly<Record<string, string>>): string
}

export type PipelineCatalog = Partial<Record<StepName, PipelineStep>>

/**
 * The definition is needed up front to check the config; the body is loaded when the step first
 * runs, so a pipeline pays at start-up only for the steps it runs, and for none before its config
 * is read.
 */
function step<S extends InputSpec, O extends string>(
  definition: ActionDefinition<S, O>,
  loadBody: () => Promise<ActionBody<S, O>>,
  headline: PipelineStep['headline']
): PipelineStep {
  let loaded: Promise<ActionBody<S, O>> | undefined
  const body: ActionBody<S, O> = async (inputs, context) => {
    loaded ??= loadBody()
    return (await loaded)(inputs, context)
  }
  return {
    definition: definition as unknown as ActionDefinition<InputSpec, string>,
    body: body as unknown as ActionBody<InputSpec, string>,
    headline
  }
}

/** Where the pipeline runs: the runner has the cache service, the command line has not. */
export type PipelineRuntime = ActionRuntime

/** Every action the pipeline can run, with the same definition and body as its own action. */
export function pipelineCatalog(runtime: PipelineRuntime): PipelineCatalog {
  return {
    train: step(
      trainEvaluate.definition,
      () => trainEvaluate.loadPipelineBody(runtime),
      (out) =>
        [
          out['model-version']
            ? `registered version ${out['model-version']}`
            : 'nothing registered',
          out['duration-seconds'] ? `command took ${shortNumber(out['duration-seconds'])} s` : '',
          out['cache-hit'] === 'true' ? 'data from cache' : ''
        ]
          .filter(Boolean)
          .join(', ')
    ),
    verify: step(
      onnxExportVerify.definition,
      () => onnxExportVerify.loadPipelineBody(),
      (out) =>
        [
          `result ${out.result ?? '?'}`,
          out['max-abs-diff'] ? `max abs diff ${shortNumber(out['max-abs-diff'])}` : '',
          out['p95-ms'] ? `p95 ${shortNumber(out['p95-ms'])} ms` : '',
          out['size-mb'] ? `${shortNumber(out['size-mb'])} MB` : ''
        ]
          .filter(Boolean)
          .join(', ')
    ),
    compare: step(
      compareMetrics.definition,
      () => compareMetrics.loadPipelineBody(runtime),
      (out) => {
        const regressed = out.regressed ? (JSON.parse(out.regressed) as string[]) : []
        return [
          `result ${out.result ?? '?'}`,
          `baseline from ${out['baseline-source'] || 'nowhere'}`,
          regressed.length > 0 ? `regressed: ${regressed.join(', ')}` : ''
        ]
          .filter(Boolean)
          .join(', ')
      }
    ),
    gate: step(
      deployGate.definition,
      () => deployGate.loadPipelineBody(),
      (out) =>
        [
          `decision ${out.decision ?? '?'}`,
          out.promoted === 'true'
            ? `version ${out['model-version']} promoted (was ${out['previous-version'] || 'unset'})`
            : out['review-ref'] && out.decision === 'approve'
              ? `version ${out['candidate-version']} reviewed, recorded for the merge to promote`
              : 'nothing promoted',
          out.promoted === 'true' && out.deployed === 'true' ? 'deployed and smoke-tested' : ''
        ]
          .filter(Boolean)
          .join(', ')
    ),
    render: step(
      jsonToMd.definition,
      () => jsonToMd.loadPipelineBody(),
      (out) => `markdown in ${out['markdown-file'] ?? '?'}`
    )
  }
}

/** An output number in three significant digits, as the step table has no room for more. */
function shortNumber(text: string): string {
  const value = Number(text)
  return Number.isFinite(value) ? formatNumber(value, { significantDigits: 3 }) : text
}

/** Where a step's inputs come from when the config leaves them unset. */
export const PIPELINE_WIRING: readonly WiringRule[] = [
  {
    step: 'compare',
    input: 'candidate',
    from: [{ step: 'train', output: 'metrics-path' }],
    join: 'first'
  },
  {
    step: 'gate',
    input: 'candidate',
    from: [{ step: 'train', output: 'model-version' }],
    join: 'first'
  },
  {
    step: 'gate',
    input: 'reports',
    from: [
      { step: 'train', output: 'report-path' },
      { step: 'compare', output: 'report-path' },
      { step: 'verify', output: 'report-path' }
    ],
    join: 'all'
  },
  {
    step: 'render',
    input: 'files',
    from: [{ step: 'train', output: 'metrics-path' }],
    join: 'first'
  }
]
