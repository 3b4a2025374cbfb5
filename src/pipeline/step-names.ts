/** The steps a pipeline can run, in the order they always run. */
export const PIPELINE_ORDER = ['train', 'compare', 'verify', 'gate', 'render'] as const
export type StepName = (typeof PIPELINE_ORDER)[number]
export const STEP_NAMES: readonly StepName[] = PIPELINE_ORDER

export const ACTION_OF_STEP: Readonly<Record<StepName, string>> = {
  train: 'train-evaluate',
  compare: 'compare-metrics',
  verify: 'onnx-export-verify',
  gate: 'deploy-gate',
  render: 'json-to-md'
}

/** A step's short name from either spelling: `compare` or `compare-metrics`. */
export function stepNameOf(key: string): StepName | undefined {
  if ((PIPELINE_ORDER as readonly string[]).includes(key)) return key as StepName
  return PIPELINE_ORDER.find((name) => ACTION_OF_STEP[name] === key)
}
