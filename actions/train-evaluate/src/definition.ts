import {
  aliasMoveInputs,
  defineAction,
  input,
  registryInputs,
  writeConfinementInputs
} from '@ml-actions/action-kit'
import type { ActionBody } from '@ml-actions/action-kit'

export const trainEvaluate = defineAction({
  name: 'train-evaluate',
  description:
    'Run a training/evaluation command (bash, strict mode), read its metrics, cache its data, and register the model with metrics and lineage in a serverless registry (directory or S3).',
  branding: { icon: 'cpu', color: 'blue' },
  inputs: {
    run: input.string({
      description:
        'The command, run as bash -e -o pipefail -c <run> in working-directory. Pass untrusted values through env:, never ${{ }} inside it. Required unless merge-shards is set.'
    }),
    'working-directory': input.string({
      description: 'Folder the command runs in; relative paths of the other inputs start here.',
      default: '.'
    }),
    metrics: input.list({
      description:
        'Metrics files or globs the command wrote (JSON, YAML, TOML, CSV, DVC, MLflow run folder, Hugging Face, scikit-learn, Made-With-ML shapes), one per line.'
    }),
    predictions: input.string({
      description:
        'Per-sample evaluation predictions, one file or a glob matching one (CSV/TSV/JSONL with label and prediction columns): counted into a confusion matrix (counts.* metrics, what shard merging sums) and registered with the version (sha256 in the manifest), so compare-metrics against it has paired statistics.'
    }),
    model: input.list({
      description: 'Model files, folders or globs to register, one per line. Needs model-name.'
    }),
    'model-name': input.string({
      description:
        'Registry model name (letters, digits, ".", "_", "-"). Empty: nothing is registered.'
    }),
    alias: input.string({
      description:
        'Alias to move to the new version after registering (e.g. candidate), as a compare-and-swap. Empty: no alias move.'
    }),
    parent: input.string({
      description:
        'The registry version this model started from (a retrain, a fine-tune): name@alias, name/<version> or name (latest). Resolved to name/<version> before the command runs and recorded in the lineage as parents.'
    }),
    ...registryInputs(),
    ...aliasMoveInputs(),
    'cache-paths': input.list({
      description:
        'Data folders or files to restore before and save after the command with the GitHub Actions cache. Empty: no data cache.'
    }),
    'cache-key': input.string({
      description:
        'Cache key. Empty: content-addressed, ml-data-<os>-<paths>-<digest of the data manifest>; the newest copy is restored and a new one saved only when the data changed.'
    }),
    'timeout-minutes': input.number({
      description:
        'Kill the command and every process it started after this many minutes (the step exits 124). 0: no limit beyond the job timeout.',
      default: '0',
      min: 0
    }),
    'shard-index': input.number({
      description:
        "This job's shard of the evaluation set, from 0; given to the command as ML_ACTIONS_SHARD_INDEX.",
      default: '0',
      integer: true,
      min: 0
    }),
    'shard-count': input.number({
      description:
        'Number of shards (matrix jobs); given to the command as ML_ACTIONS_SHARD_COUNT. With more than one, shard jobs register nothing and a merge step does.',
      default: '1',
      integer: true,
      min: 1,
      max: 256
    }),
    'merge-shards': input.list({
      description:
        'Shard reports (files or globs) to merge: confusion counts are summed and the metrics recomputed, never averaged. Replaces run.'
    }),
    datasets: input.list({
      description:
        'Dataset lineage, one per line: name=sha256:<hex> (a digest you computed) or name=<path> (hashed now).'
    }),
    frameworks: input.list({
      description: 'Framework versions for lineage, one per line: name=version (torch=2.5.1).'
    }),
    'report-path': input.string({
      description:
        'Where to write the JSON report. Empty: train-evaluate-report.json in RUNNER_TEMP.'
    }),
    ...writeConfinementInputs('report-path')
  },
  outputs: {
    'metrics-path':
      'JSON file with the metrics read and counted (flat names, groups as nested rows).',
    'report-path': 'Path of the JSON report (schemaVersion 1, kind train-evaluate).',
    'model-version': 'Registered version number; empty when nothing was registered.',
    'model-uri': "URI of the registered version's manifest.",
    'manifest-sha256': 'sha256 of the registered manifest (the report subject digest).',
    'duration-seconds': 'Wall time of the command in seconds.',
    'cache-hit': 'true when the data cache restored exactly the files the command then used.',
    'exit-code': 'Exit code of the command (124 on timeout).'
  }
})

type Definition = typeof trainEvaluate
export type TrainEvaluateBody = ActionBody<Definition['inputs'], Definition['outputs'][number]>
export type TrainEvaluateInputs = Parameters<TrainEvaluateBody>[0]
export type TrainEvaluateOutcome = Awaited<ReturnType<TrainEvaluateBody>>
