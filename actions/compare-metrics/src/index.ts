import type { ActionRuntime } from '@ml-actions/action-kit'
import type { CliIo } from '@ml-actions/action-kit/cli'
import type { CompareMetricsBody } from './definition.js'

/**
 * The compare-metrics action from outside (the pipeline, the CLI): its definition, the body the
 * pipeline runs and the `ml-actions compare-metrics` command. Both load behind a dynamic import, so
 * importing this costs the definition only.
 */
export { compareMetricsAction as definition } from './definition.js'

/** On a runner the report and history also go up as the metrics artifact. */
export async function loadPipelineBody(runtime: ActionRuntime): Promise<CompareMetricsBody> {
  const { createCompareMetrics } = await import('./compare-body.js')
  if (runtime === 'cli') return createCompareMetrics({})
  const { actionsArtifactUploader } = await import('./actions-artifact-uploader.js')
  return createCompareMetrics({ uploadArtifact: actionsArtifactUploader })
}

export async function runCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [{ runCli }, { compareMetricsAction }, { compareMetricsBody }] = await Promise.all([
    import('@ml-actions/action-kit/cli'),
    import('./definition.js'),
    import('./compare-body.js')
  ])
  return runCli(compareMetricsAction, compareMetricsBody, argv, { positional: 'candidate', io })
}
