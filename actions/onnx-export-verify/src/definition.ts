import { defineAction, input, registryInputs, writeConfinementInputs } from '@ml-actions/action-kit'
import type { ActionBody } from '@ml-actions/action-kit'
import { STICKY_COMMENT_MODES } from '@ml-actions/github'
import type { StickyCommentMode } from '@ml-actions/github'

export const COMPARISON_MODES = ['allclose', 'both-exceed'] as const
export const FAIL_ON = ['failure', 'inconclusive', 'never'] as const

export const onnxExportVerify = defineAction({
  name: 'onnx-export-verify',
  inputs: {
    model: input.string({ required: true }),
    'export-command': input.string(),
    'working-directory': input.string({ default: '.' }),
    'reference-inputs': input.list(),
    'reference-outputs': input.list(),
    'reference-data': input.list(),
    atol: input.string({ default: '1e-5' }),
    rtol: input.string({ default: '1e-3' }),
    comparison: input.choice<(typeof COMPARISON_MODES)[number]>(COMPARISON_MODES, {
      default: 'allclose'
    }),
    contract: input.string(),
    'baseline-model': input.string(),
    'model-ref': input.string(),
    'baseline-ref': input.string(),
    ...registryInputs,
    ...writeConfinementInputs,
    'batch-check': input.number({ default: '0', integer: true, min: 0, max: 4096 }),
    'warmup-runs': input.number({ default: '10', integer: true, min: 0 }),
    runs: input.number({ default: '100', integer: true, min: 0, max: 1_000_000 }),
    'max-p95-ms': input.number({ min: 0 }),
    'max-size-mb': input.number({ min: 0 }),
    'latency-tolerance': input.number({ default: '0.1', min: 0 }),
    'onnxruntime-path': input.string(),
    'report-path': input.string(),
    comment: input.choice<StickyCommentMode>(STICKY_COMMENT_MODES, { default: 'off' }),
    'comment-key': input.string(),
    'github-token': input.string(),
    'fail-on': input.choice<(typeof FAIL_ON)[number]>(FAIL_ON, { default: 'failure' })
  },
  outputs: [
    'result',
    'report-path',
    'max-abs-diff',
    'p95-ms',
    'size-mb',
    'model-sha256',
    'comment-url'
  ]
})

type Definition = typeof onnxExportVerify
export type OnnxExportVerifyBody = ActionBody<Definition['inputs'], Definition['outputs'][number]>
export type OnnxExportVerifyInputs = Parameters<OnnxExportVerifyBody>[0]
