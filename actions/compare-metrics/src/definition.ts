import { defineAction, input, registryInputs, writeConfinementInputs } from '@ml-actions/action-kit'
import type { ActionBody } from '@ml-actions/action-kit'

export const BASELINE_SOURCES = ['auto', 'file', 'registry', 'artifact', 'none'] as const
export const RUN_MODES = ['merge', 'per-file'] as const
export const FAIL_ON = ['regression', 'inconclusive', 'never'] as const
export const COMMENT_MODES = ['upsert', 'recreate', 'append', 'hide-old', 'delete', 'off'] as const

export const compareMetricsAction = defineAction({
  name: 'compare-metrics',
  inputs: {
    candidate: input.list(),
    baseline: input.list(),
    runs: input.choice<(typeof RUN_MODES)[number]>(RUN_MODES, { default: 'merge' }),
    'baseline-source': input.choice<(typeof BASELINE_SOURCES)[number]>(BASELINE_SOURCES, {
      default: 'auto'
    }),
    ...registryInputs,
    ...writeConfinementInputs,
    'model-name': input.string(),
    'baseline-alias': input.string({ default: 'production' }),
    'registry-metrics-file': input.string(),
    'artifact-name': input.string({ default: 'ml-metrics' }),
    'baseline-branch': input.string(),
    'upload-artifact': input.boolean({ default: 'true' }),
    rules: input.string(),
    'candidate-predictions': input.string(),
    'baseline-predictions': input.string(),
    statistics: input.list(),
    'positive-class': input.string(),
    alpha: input.number({ min: 1e-12, max: 0.5 }),
    correction: input.string(),
    'exempt-headline': input.boolean({ default: 'false' }),
    power: input.number({ min: 0.01, max: 0.99 }),
    seed: input.number({ default: '20240601', integer: true, min: 0, max: 4294967295 }),
    resamples: input.number({ default: '10000', integer: true, min: 100, max: 1_000_000 }),
    'fail-on': input.choice<(typeof FAIL_ON)[number]>(FAIL_ON, { default: 'regression' }),
    comment: input.choice<(typeof COMMENT_MODES)[number]>(COMMENT_MODES, { default: 'upsert' }),
    'comment-key': input.string(),
    'pr-number': input.number({ integer: true, min: 1 }),
    'fail-on-comment-error': input.boolean({ default: 'false' }),
    summary: input.boolean({ default: 'true' }),
    title: input.string({ default: 'Metrics comparison' }),
    'max-rows': input.number({ default: '200', integer: true, min: 1, max: 100_000 }),
    precision: input.number({ default: '4', integer: true, min: 1, max: 17 }),
    'report-path': input.string(),
    history: input.string(),
    'candidate-model': input.string(),
    report: input.string(),
    'github-token': input.string()
  },
  outputs: [
    'result',
    'regressed',
    'improved',
    'counts',
    'baseline-source',
    'report-path',
    'comment-id',
    'comment-url',
    'comment-status'
  ]
})

type Definition = typeof compareMetricsAction
export type CompareMetricsOutput = Definition['outputs'][number]
export type CompareMetricsBody = ActionBody<Definition['inputs'], CompareMetricsOutput>
export type CompareMetricsInputs = Parameters<CompareMetricsBody>[0]
