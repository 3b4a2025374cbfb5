import {
  defineAction,
  input,
  writeConfinementInputs,
  type ActionBody
} from '@ml-actions/action-kit'
import { STICKY_COMMENT_MODES, type StickyCommentMode } from '@ml-actions/github'

export const DEFAULT_CONFIG_PATH = '.github/ml-actions.yml'

export const pipeline = defineAction({
  name: 'ml-actions',
  description:
    'The whole ML CI/CD pipeline in one step: train, compare with the baseline, verify the ONNX export, gate and promote, with one PR comment.',
  branding: { icon: 'activity', color: 'purple' },
  inputs: {
    config: input.string({
      description:
        'Pipeline config: which steps run (train, compare, verify, gate, render), their inputs, and defaults shared by all steps (registry, model-name). See docs/pipeline.md.',
      default: DEFAULT_CONFIG_PATH
    }),
    steps: input.list({
      description:
        'Run only these configured steps (comma- or newline-separated). Empty: every step in the config.'
    }),
    'working-directory': input.string({
      description: 'Directory the config and every relative path in it are resolved from.',
      default: '.'
    }),
    comment: input.choice<StickyCommentMode>(STICKY_COMMENT_MODES, {
      description:
        'The combined PR comment: upsert, recreate, append, hide-old, delete or off. Steps never comment on their own here.',
      default: 'upsert'
    }),
    'comment-key': input.string({
      description:
        'Key of the sticky comment, so several pipelines keep separate comments. Empty: the workflow and job name.'
    }),
    'pr-number': input.number({
      description: 'Pull request to comment on. Empty: taken from the event.',
      integer: true,
      min: 1
    }),
    'output-file': input.string({
      description:
        'Where to write the combined markdown. Empty: ml-actions-pipeline.md under RUNNER_TEMP.'
    }),
    ...writeConfinementInputs('output-file'),
    'fail-on-comment-error': input.boolean({
      description:
        'Fail the step when the comment cannot be written (e.g. a read-only token on a fork PR). Default: warn.',
      default: 'false'
    }),
    'github-token': input.githubToken({
      description:
        'Token for the PR comment, the baseline artifact download and the Deployment. Needs the union of the permissions of the steps it runs (see docs/security.md).'
    })
  },
  outputs: {
    result: 'pass when every step passed, fail otherwise.',
    'failed-step': 'The action name of the step that failed, if any.',
    markdown: 'The combined markdown (the PR comment).',
    'markdown-file': 'Path of the file holding the combined markdown.',
    'comment-id': 'ID of the PR comment written, if any.',
    'comment-url': 'URL of the PR comment written, if any.',
    'comment-status': 'created, updated, unchanged, deleted or skipped.',
    'model-version': 'The model version the pipeline registered or promoted.',
    decision: 'The deploy gate decision (approve, reject, inconclusive), when the gate ran.',
    'step-outputs':
      'Every step output as JSON: {"train": {"model-version": "3", …}, …}; read with fromJSON().'
  }
})

type Definition = typeof pipeline
export type PipelineBody = ActionBody<Definition['inputs'], Definition['outputs'][number]>
export type PipelineInputs = Parameters<PipelineBody>[0]
