import { defineAction, input, writeConfinementInputs } from '@ml-actions/action-kit'
import type { ActionBody } from '@ml-actions/action-kit'
import { STICKY_COMMENT_MODES, type StickyCommentMode } from '@ml-actions/github'

export const jsonToMd = defineAction({
  name: 'json-to-md',
  description:
    'Render JSON, YAML, TOML or CSV results as faithful markdown tables in a sticky PR comment and the job summary.',
  branding: { icon: 'file-text', color: 'blue' },
  inputs: {
    files: input.list({
      description:
        'Result files to render: paths or globs, one per line or comma-separated (JSON, YAML, TOML, CSV, TSV).',
      required: true
    }),
    title: input.string({ description: 'Heading shown above the tables. Empty: no heading.' }),
    comment: input.choice<StickyCommentMode>(STICKY_COMMENT_MODES, {
      description:
        'What to do with the PR comment: upsert, recreate, append, hide-old, delete or off.',
      default: 'upsert'
    }),
    'comment-key': input.string({
      description:
        'Key of the sticky comment, so several steps keep separate comments. Empty: the workflow and job name.'
    }),
    'pr-number': input.number({
      description:
        'Pull request to comment on. Empty: taken from the event (pull_request, pull_request_target, issue_comment).',
      integer: true,
      min: 1
    }),
    summary: input.boolean({
      description: 'Also write the markdown to the job summary.',
      default: 'true'
    }),
    'output-file': input.string({
      description:
        'Where to write the markdown. Empty: a file under RUNNER_TEMP (see the markdown-file output).'
    }),
    ...writeConfinementInputs('output-file'),
    precision: input.number({
      description:
        'Significant digits for numbers (1-17). Small values keep their digits: 1e-4 is shown as 0.0001.',
      default: '4',
      integer: true,
      min: 1,
      max: 17
    }),
    include: input.list({
      description:
        'Only render keys matching these dotted-path globs (e.g. overall.*, per_class.*). Empty: everything.'
    }),
    exclude: input.list({
      description: 'Leave out keys matching these dotted-path globs (e.g. timestamp, run_id).'
    }),
    'max-table-rows': input.number({
      description:
        'Rows shown per table, at least 2: the first and the last ones, with a count of the rows left out between them.',
      default: '50',
      integer: true,
      min: 2
    }),
    'fail-on-comment-error': input.boolean({
      description:
        'Fail the step when the comment cannot be written (for example a read-only token on a fork PR). Default: warn.',
      default: 'false'
    }),
    'github-token': input.githubToken({
      description: 'Token for the PR comment. Needs pull-requests: write (or issues: write).'
    })
  },
  outputs: {
    markdown: 'The rendered markdown.',
    'markdown-file': 'Path of the file holding the rendered markdown.',
    'comment-id': 'ID of the PR comment written, if any.',
    'comment-url': 'URL of the PR comment written, if any.',
    'comment-status': 'created, updated, unchanged, deleted or skipped.'
  }
})

type Definition = typeof jsonToMd
export type JsonToMdBody = ActionBody<Definition['inputs'], Definition['outputs'][number]>
export type JsonToMdInputs = Parameters<JsonToMdBody>[0]
