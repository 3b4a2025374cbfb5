import {
  aliasMoveInputs,
  defineAction,
  input,
  registryInputs,
  writeConfinementInputs
} from '@ml-actions/action-kit'
import type { ActionBody } from '@ml-actions/action-kit'
import {
  ALERT_MODES,
  STICKY_COMMENT_MODES,
  type AlertMode,
  type StickyCommentMode
} from '@ml-actions/github'

export const GATE_MODES = ['promote', 'review', 'rollback', 'download'] as const
/** must-match: the merged commit's tree must be the tree the review evaluated; any: not compared. */
export const REVIEWED_TREE_MODES = ['must-match', 'any'] as const
export type ReviewedTreeMode = (typeof REVIEWED_TREE_MODES)[number]

export const deployGate = defineAction({
  name: 'deploy-gate',
  description:
    'Decide from a policy over the pipeline reports whether a model version ships, promote it atomically in the registry, record a GitHub Deployment; or roll back.',
  branding: { icon: 'shield', color: 'blue' },
  inputs: {
    'model-name': input.string({
      description: 'Name of the model in the registry.',
      required: true
    }),
    candidate: input.string({
      description:
        'Version to promote: 7, model/7 or model@alias; or reviewed: the version a merged pull request evaluated (its review record, recorded by mode: review), judged again with its recorded reports. Empty: the version the reports name in subject.version.'
    }),
    alias: input.string({
      description: 'Alias the gate moves, e.g. production or champion.',
      default: 'production'
    }),
    mode: input.choice<(typeof GATE_MODES)[number]>(GATE_MODES, {
      description:
        'promote (judge the candidate with the policy and move the alias to it), review (on a pull request: judge the candidate and record the verdict with its reports for the merge to promote; nothing moves), rollback (move the alias back to its previous version, or rollback-to) or download (write the version candidate names, else the alias, into model-directory, verified, with its manifest.json).',
      default: 'promote'
    }),
    'rollback-to': input.number({
      description:
        'In rollback mode, the version to return to. Empty: the version the current alias entry replaced.',
      integer: true,
      min: 1
    }),
    'reviewed-commit': input.string({
      description:
        'The pull request head commit. With candidate: reviewed, the head whose review to promote (other CIs, the CLI); empty: the pull request merged as the pushed commit, asked of GitHub (commits/{sha}/pulls). In review mode off a pull_request event, the head the review is recorded for (with pull-request); on a pull_request event the event names it.'
    }),
    'reviewed-tree': input.choice<ReviewedTreeMode>(REVIEWED_TREE_MODES, {
      description:
        "With candidate: reviewed, must-match refuses to promote when the merged commit's tree is not the tree the review evaluated (the base moved after the review), and refuses reviews recorded without a tree; any promotes whatever the merged tree.",
      default: 'must-match'
    }),
    'pull-request': input.number({
      description:
        'In review mode off a pull_request event (other CIs, the CLI, workflow_dispatch): the number of the pull request the review is for; needs reviewed-commit. The caller vouches that the run built trusted code. On a pull_request event the event names it.',
      integer: true,
      min: 1
    }),
    'base-sha': input.string({
      description:
        'In review mode off a pull_request event: the base branch commit the evaluated code was merged onto, recorded with the review. On a pull_request event: pull_request.base.sha.'
    }),
    'base-ref': input.string({
      description:
        'In review mode off a pull_request event: the branch the pull request merges into (main), which allowed-refs judges and the review records. On a pull_request event: pull_request.base.ref.'
    }),
    'evaluated-sha': input.string({
      description:
        "In review mode, the commit that was built and evaluated (its tree is recorded; a merge must have the same tree). Empty: the checkout's HEAD, else GITHUB_SHA."
    }),
    reports: input.list({
      description:
        'Report files or globs (JSON written by train-evaluate, compare-metrics, onnx-export-verify…), one per line. Needed in promote mode.'
    }),
    policy: input.string({
      description: 'Policy: a YAML file path, or the YAML itself. Needed in promote mode.'
    }),
    ...registryInputs(
      'Registry: a directory, file:///path, s3://bucket/prefix or gs://bucket/prefix.'
    ),
    ...aliasMoveInputs(),
    deploy: input.string({
      description:
        'Command that deploys the version once the alias points to it, run with bash -e -o pipefail. It gets the version through ML_MODEL_DIR (its verified files and manifest.json), ML_MODEL_MANIFEST, ML_MODEL_NAME, ML_MODEL_VERSION, ML_MODEL_ALIAS, ML_MODEL_PREVIOUS_VERSION and ML_DEPLOY_PURPOSE (deploy, restore or rollback). If it or smoke-test fails, the alias goes back to the previous version (compare-and-swap) and that version is deployed again.'
    }),
    'smoke-test': input.string({
      description:
        'Command run after deploy, with the same variables, that checks the deployed model answers; its failure rolls back like a failed deploy.'
    }),
    'deploy-timeout': input.number({
      description:
        'Seconds after which the deploy command and everything it started are killed (a failure). 0: no limit.',
      min: 0,
      default: '900'
    }),
    'smoke-test-timeout': input.number({
      description: 'Seconds after which the smoke test is killed (a failure). 0: no limit.',
      min: 0,
      default: '300'
    }),
    'model-directory': input.string({
      description:
        'In download mode, the directory to write the version into (must be empty). Empty: ml-actions-model/<model-name> in RUNNER_TEMP.'
    }),
    environment: input.string({
      description: 'GitHub environment of the Deployment. Empty: the alias name.'
    }),
    'environment-url': input.string({
      description: 'URL of the deployed service, shown on the deployment.'
    }),
    'create-deployment': input.boolean({
      description:
        'Record a GitHub Deployment with statuses for the move (needs deployments: write).',
      default: 'true'
    }),
    'required-contexts': input.list({
      description:
        'Commit-status contexts GitHub must see green before it accepts the deployment, one per line. Empty: none are checked.'
    }),
    'dry-run': input.boolean({
      description: 'Decide and report only: no decision record, no alias move, no deployment.',
      default: 'false'
    }),
    'allow-untrusted-events': input.boolean({
      description:
        'Let pull requests from forks and pull_request_target runs promote. Leave false unless the reports cannot come from untrusted code.',
      default: 'false'
    }),
    reason: input.string({
      description: 'Why this move is made, stored in the decision record and the alias log.'
    }),
    'decision-path': input.string({
      description: 'Where to write the decision JSON. Empty: deploy-decision.json in RUNNER_TEMP.'
    }),
    ...writeConfinementInputs('decision-path'),
    comment: input.choice<StickyCommentMode>(STICKY_COMMENT_MODES, {
      description:
        'What to do with the PR comment: upsert, recreate, append, hide-old, delete or off.',
      default: 'upsert'
    }),
    'comment-key': input.string({
      description:
        'Key of the sticky comment, so several gates keep separate comments. Empty: the workflow and job name.'
    }),
    alert: input.choice<AlertMode>(ALERT_MODES, {
      description:
        'issue: when the deploy or smoke test fails, open (or update) one alert issue for the model and alias, with the decision and the run linked, and close it on the next good deploy. Needs issues: write. off: no issue.',
      default: 'off'
    }),
    'github-token': input.githubToken({
      description:
        'Token for the deployment, the PR comment and the alert issue. Needs deployments: write, pull-requests: write, and issues: write with alert: issue.'
    })
  },
  outputs: {
    decision:
      'approve, reject or inconclusive (reject also when another run moved the alias first).',
    reasons: 'Why the decision is not approve, one line each.',
    promoted: 'true when this run moved the alias.',
    'candidate-version':
      'The version that was judged (the rollback target in rollback mode), whatever the decision.',
    'model-version':
      'The version the alias points to now (the candidate on approve, the rollback target on rollback).',
    'previous-version': 'The version the alias pointed to before (empty when it was unset).',
    'model-uri':
      'URI of the registry manifest of model-version (lists its files with sha256), for the serving step.',
    'review-ref':
      'Registry reference of the review record (written in review mode, promoted from with candidate: reviewed).',
    'decision-ref': 'Registry reference of the immutable decision record.',
    'decision-path': 'Path of the decision JSON (kind deploy-decision).',
    'deployment-id': 'ID of the GitHub Deployment created, if any.',
    deployed:
      'With deploy or smoke-test set: true when the version the alias now points to was deployed and smoke-tested by this run.',
    'model-directory':
      'Directory holding the verified files of model-version and its manifest.json (download mode, or after a successful deploy).',
    'alert-issue':
      'With alert: issue, the URL of the alert issue this run opened, updated or closed; empty when it did not touch one.'
  }
})

type Definition = typeof deployGate
export type DeployGateBody = ActionBody<Definition['inputs'], Definition['outputs'][number]>
export type DeployGateInputs = Parameters<DeployGateBody>[0]
