import { defineAction, input, registryInputs, writeConfinementInputs } from '@ml-actions/action-kit'
import type { ActionBody } from '@ml-actions/action-kit'
import { STICKY_COMMENT_MODES, type StickyCommentMode } from '@ml-actions/github'

export const GATE_MODES = ['promote', 'rollback', 'download'] as const

export const deployGate = defineAction({
  name: 'deploy-gate',
  inputs: {
    'model-name': input.string({ required: true }),
    candidate: input.string(),
    alias: input.string({ default: 'production' }),
    mode: input.choice<(typeof GATE_MODES)[number]>(GATE_MODES, { default: 'promote' }),
    'rollback-to': input.number({ integer: true, min: 1 }),
    reports: input.list(),
    policy: input.string(),
    ...registryInputs,
    ...writeConfinementInputs,
    'allow-unsafe-aliases': input.boolean({ default: 'false' }),
    deploy: input.string(),
    'smoke-test': input.string(),
    'deploy-timeout': input.number({ min: 0, default: '900' }),
    'smoke-test-timeout': input.number({ min: 0, default: '300' }),
    'model-directory': input.string(),
    environment: input.string(),
    'environment-url': input.string(),
    'create-deployment': input.boolean({ default: 'true' }),
    'required-contexts': input.list(),
    'dry-run': input.boolean({ default: 'false' }),
    'allow-untrusted-events': input.boolean({ default: 'false' }),
    reason: input.string(),
    'decision-path': input.string(),
    comment: input.choice<StickyCommentMode>(STICKY_COMMENT_MODES, { default: 'upsert' }),
    'comment-key': input.string(),
    'github-token': input.string()
  },
  outputs: [
    'decision',
    'reasons',
    'promoted',
    'candidate-version',
    'model-version',
    'previous-version',
    'model-uri',
    'decision-ref',
    'decision-path',
    'deployment-id',
    'deployed',
    'model-directory'
  ]
})

type Definition = typeof deployGate
export type DeployGateBody = ActionBody<Definition['inputs'], Definition['outputs'][number]>
export type DeployGateInputs = Parameters<DeployGateBody>[0]
