import { defineAction, input, registryInputs, writeConfinementInputs } from '@ml-actions/action-kit'
import type { ActionBody } from '@ml-actions/action-kit'
import { STICKY_COMMENT_MODES } from '@ml-actions/github'
import type { StickyCommentMode } from '@ml-actions/github'

export const COMPARISON_MODES = ['allclose', 'both-exceed'] as const
export const FAIL_ON = ['failure', 'inconclusive', 'never'] as const

export const onnxExportVerify = defineAction({
  name: 'onnx-export-verify',
  description:
    'Verify an ONNX export without Python: structure, onnxruntime loadability, signature contract, numerical parity, latency and size budgets.',
  branding: { icon: 'check-circle', color: 'blue' },
  inputs: {
    model: input.string({
      description:
        'Path of the exported .onnx file (relative to working-directory). External data files must sit in its folder.',
      required: true
    }),
    'export-command': input.string({
      description:
        'Command that produces the model, run first with bash -eo pipefail in working-directory. Empty: the model already exists.'
    }),
    'working-directory': input.string({
      description: 'Folder the export command runs in and relative paths are resolved from.',
      default: '.'
    }),
    'reference-inputs': input.list({
      description:
        'Reference inputs: .npy, .npz, .pb (TensorProto) or .json files, one per line; name=path binds a file to a graph input.'
    }),
    'reference-outputs': input.list({
      description:
        'Outputs the source framework produced for reference-inputs, in the same formats.'
    }),
    'reference-data': input.list({
      description:
        'Inputs and outputs together: test_data_set_N folders (input_K.pb/output_K.pb), a folder of them, .json {inputs, outputs} or .npz with inputs/<name> and outputs/<name>.'
    }),
    atol: input.string({
      description:
        'Absolute tolerance of the parity check: a default and/or per-output values, e.g. "1e-5 logits:1e-4" (Polygraphy style).',
      default: '1e-5'
    }),
    rtol: input.string({
      description:
        'Relative tolerance of the parity check, same form as atol (e.g. "1e-3 probs:1e-2").',
      default: '1e-3'
    }),
    comparison: input.choice<(typeof COMPARISON_MODES)[number]>(COMPARISON_MODES, {
      description:
        'Tolerance rule: allclose (|a-b| <= atol + rtol*|b|, numpy) or both-exceed (fail only where both the absolute and the relative error exceed, Polygraphy).',
      default: 'allclose'
    }),
    contract: input.string({
      description:
        'JSON signature contract ({inputs, outputs} of {name, dtype, shape}, or an earlier report); breaking changes fail. Empty: compare with baseline-model if given.'
    }),
    'baseline-model': input.string({
      description:
        'The model in production as a file: its signature is the contract (unless contract is set) and its latency and size are measured in the same run for comparison.'
    }),
    'baseline-ref': input.string({
      description:
        'The model in production from the registry instead of a file: name@alias, name/version or name@latest. The version is downloaded (sha256-verified) with its external data.'
    }),
    'model-ref': input.string({
      description:
        'The registry version the model file belongs to (name/version or name@alias, e.g. what train-evaluate registered): written to the report subject for deploy-gate; the file must be one of its files.'
    }),
    ...registryInputs(
      'Registry URI for baseline-ref and model-ref: a directory, file:///path, s3://bucket/prefix or gs://bucket/prefix.'
    ),
    'batch-check': input.number({
      description:
        'Batch size N to compare a batch of N with N single runs (needs a symbolic first dimension). 0 turns it off.',
      default: '0',
      integer: true,
      min: 0,
      max: 4096
    }),
    'warmup-runs': input.number({
      description:
        'Untimed inference runs before the latency measurement, at least; the warm-up then goes on (0.5 s to 3 s) until run times stop falling.',
      default: '10',
      integer: true,
      min: 0
    }),
    runs: input.number({
      description: 'Timed inference runs (in a worker thread). 0 skips the latency measurement.',
      default: '100',
      integer: true,
      min: 0,
      max: 1_000_000
    }),
    'max-p95-ms': input.number({
      description:
        'Latency budget: fail when the p95 latency exceeds this many milliseconds. Empty: no budget.',
      min: 0
    }),
    'max-size-mb': input.number({
      description:
        'Size budget: fail when the model plus its external data exceed this many MiB. Empty: no budget.',
      min: 0
    }),
    'latency-tolerance': input.number({
      description:
        'Allowed median slowdown against baseline-model as a fraction (0.1 = +10%). Beyond it and outside the noise fails; within the noise is inconclusive.',
      default: '0.1',
      min: 0
    }),
    'onnxruntime-path': input.string({
      description:
        'An installed onnxruntime-node (package folder, node_modules or npm prefix) for offline or self-hosted runners. Empty: the tool cache, downloading 1.30.0 for this platform from the npm registry (NPM_CONFIG_REGISTRY) on first use.'
    }),
    'report-path': input.string({
      description: 'Where to write the JSON report. Empty: onnx-verification.json in RUNNER_TEMP.'
    }),
    ...writeConfinementInputs('report-path'),
    comment: input.choice<StickyCommentMode>(STICKY_COMMENT_MODES, {
      description:
        'Sticky PR comment with the verification: off, upsert, recreate, append, hide-old or delete. Off by default: the job summary always has it; upsert needs pull-requests: write.',
      default: 'off'
    }),
    'comment-key': input.string({
      description:
        'Key of the sticky comment, so several verifications keep separate comments. Empty: the workflow and job name.'
    }),
    'github-token': input.githubToken({
      description: 'Token for the PR comment (only used when comment is not off).'
    }),
    'fail-on': input.choice<(typeof FAIL_ON)[number]>(FAIL_ON, {
      description:
        'When to fail the step: failure (the verdict is fail), inconclusive (fail or inconclusive) or never (only set the outputs).',
      default: 'failure'
    })
  },
  outputs: {
    result: 'pass, fail or inconclusive.',
    'report-path': 'Path of the JSON report (schemaVersion 1, kind onnx-verification).',
    'max-abs-diff':
      'Largest absolute difference from the reference outputs over all outputs; empty without reference data.',
    'p95-ms': 'p95 inference latency in milliseconds (nearest-rank); empty when runs is 0.',
    'size-mb': 'Model size in MiB, external data included.',
    'model-sha256': 'SHA-256 of the .onnx file, to tie the report to the artifact.',
    'comment-url': 'URL of the PR comment written, if any.'
  }
})

type Definition = typeof onnxExportVerify
export type OnnxExportVerifyBody = ActionBody<Definition['inputs'], Definition['outputs'][number]>
export type OnnxExportVerifyInputs = Parameters<OnnxExportVerifyBody>[0]
