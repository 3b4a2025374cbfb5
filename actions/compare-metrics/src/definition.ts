import { defineAction, input, registryInputs, writeConfinementInputs } from '@ml-actions/action-kit'
import type { ActionBody } from '@ml-actions/action-kit'
import {
  ALERT_MODES,
  STICKY_COMMENT_MODES,
  type AlertMode,
  type StickyCommentMode
} from '@ml-actions/github'

export const BASELINE_SOURCES = ['auto', 'file', 'registry', 'artifact', 'none'] as const
export const RUN_MODES = ['merge', 'per-file'] as const
export const FAIL_ON = ['regression', 'inconclusive', 'never'] as const

export const compareMetricsAction = defineAction({
  name: 'compare-metrics',
  description:
    'Compare candidate metrics with a baseline (files, registry alias or the base branch artifact) under per-metric rules and statistics; sticky PR comment; fail on a real regression.',
  branding: { icon: 'bar-chart-2', color: 'blue' },
  inputs: {
    candidate: input.list({
      description:
        'Metrics files of the candidate: paths or globs, one per line or comma-separated (JSON, YAML, TOML, CSV, DVC, MLflow run folders, Hugging Face, scikit-learn, Keras, Made-With-ML). Empty only when posting a report (report, or on workflow_run).'
    }),
    baseline: input.list({
      description:
        'Metrics files of the baseline, like candidate. Given: the baseline is these files (baseline-source auto).'
    }),
    runs: input.choice<(typeof RUN_MODES)[number]>(RUN_MODES, {
      description:
        "How several files of one side are read: merge (one evaluation split across files) or per-file (each file is one run or seed; means are compared with Welch's t-test).",
      default: 'merge'
    }),
    'baseline-source': input.choice<(typeof BASELINE_SOURCES)[number]>(BASELINE_SOURCES, {
      description:
        "Where the baseline comes from: auto (baseline files if given, else the registry alias if model-name is set, else the metrics artifact of the base branch's latest successful run, else none), file, registry, artifact or none.",
      default: 'auto'
    }),
    ...registryInputs(),
    'model-name': input.string({
      description:
        'Registry model name: the baseline is model-name@baseline-alias, and it names the report subject.'
    }),
    'baseline-alias': input.string({
      description: 'Registry alias whose version is the baseline.',
      default: 'production'
    }),
    'registry-metrics-file': input.string({
      description:
        'Path of a metrics file inside the registry version to compare with. Empty: the metrics stored in its manifest.'
    }),
    'artifact-name': input.string({
      description:
        'Name of the metrics artifact this action uploads (report and metric history) and looks for on the base branch. Empty: no artifact.',
      default: 'ml-metrics'
    }),
    'baseline-branch': input.string({
      description:
        "Branch whose latest successful push run holds the baseline artifact. Empty: the pull request's base branch, else the default branch."
    }),
    'upload-artifact': input.boolean({
      description:
        'Upload the report and metric history as the artifact-name artifact (on pushes it becomes the next baseline; on pull requests the two-workflow fork mode posts it).',
      default: 'true'
    }),
    rules: input.string({
      description:
        'Comparison rules: a YAML/JSON file path or inline YAML (per metric or glob: direction, abs-tolerance, rel-tolerance, min, max, required, alert, gate). Empty: directions inferred from names, zero tolerance.'
    }),
    'candidate-predictions': input.string({
      description:
        'Per-sample predictions of the candidate (CSV, TSV, JSONL or .npy with id, label, prediction, score): paired bootstrap CIs, McNemar and DeLong tests.'
    }),
    'baseline-predictions': input.string({
      description:
        'Per-sample predictions of the baseline on the same samples (paired by id). Empty: those registered with the registry baseline version, or those in the baseline artifact.'
    }),
    statistics: input.list({
      description:
        'Which test backs which metric, as metric=statistic lines (accuracy, error-rate, precision, recall, f1, macro-precision, macro-recall, macro-f1, roc-auc). Empty: inferred from the metric names.'
    }),
    'positive-class': input.string({
      description:
        'Positive class for binary precision, recall, F1 and ROC AUC. Empty: 1, true or the second of two sorted classes.'
    }),
    alpha: input.number({
      description:
        "Significance level: a change beyond tolerance fails only if significant at alpha. Empty: the rules' alpha (0.05).",
      min: 1e-12,
      max: 0.5
    }),
    correction: input.string({
      description:
        "Multiplicity correction over the gated metrics with p-values: holm (family-wise error rate), bh (Benjamini-Hochberg, false discovery rate) or none. Empty: the rules file's correction (holm)."
    }),
    'exempt-headline': input.boolean({
      description:
        'Leave the headline metrics (those named exactly by a rule) out of the correction, each tested at alpha alone.',
      default: 'false'
    }),
    power: input.number({
      description:
        "Power of the minimum detectable effect reported for a change that is not significant. Empty: the rules' power (0.8).",
      min: 0.01,
      max: 0.99
    }),
    seed: input.number({
      description: 'Seed of the bootstrap, so re-runs give the same intervals.',
      default: '20240601',
      integer: true,
      min: 0,
      max: 4294967295
    }),
    resamples: input.number({
      description: 'Bootstrap resamples.',
      default: '10000',
      integer: true,
      min: 100,
      max: 1_000_000
    }),
    'fail-on': input.choice<(typeof FAIL_ON)[number]>(FAIL_ON, {
      description:
        'When the step fails: regression (a significant regression, a breached bound or a missing required metric), inconclusive (also a regression the statistics cannot tell from noise) or never.',
      default: 'regression'
    }),
    comment: input.choice<StickyCommentMode>(STICKY_COMMENT_MODES, {
      description:
        'What to do with the sticky PR comment: upsert, recreate, append, hide-old, delete or off.',
      default: 'upsert'
    }),
    'comment-key': input.string({
      description:
        'Key of the sticky comment, so several steps keep separate comments. Empty: the workflow and job name.'
    }),
    'pr-number': input.number({
      description: 'Pull request to comment on. Empty: taken from the event.',
      integer: true,
      min: 1
    }),
    'fail-on-comment-error': input.boolean({
      description:
        'Fail the step when GitHub refuses the comment (e.g. the read-only token of a fork PR). By default that is a warning and the results stay in the job summary.',
      default: 'false'
    }),
    alert: input.choice<AlertMode>(ALERT_MODES, {
      description:
        'issue: on a schedule or workflow_dispatch run, a failed comparison opens (or updates) one alert issue for the model (model-name, else the workflow), with the comparison and the run linked, and the next passing run closes it. Needs issues: write. off: no issue.',
      default: 'off'
    }),
    summary: input.boolean({
      description: 'Write the comparison to the job summary.',
      default: 'true'
    }),
    title: input.string({
      description: 'Heading of the comment and summary.',
      default: 'Metrics comparison'
    }),
    'max-rows': input.number({
      description:
        'Rows of the metric table in the comment; failing and changed metrics come first, the rest are counted and stay in the report.',
      default: '200',
      integer: true,
      min: 1,
      max: 100_000
    }),
    precision: input.number({
      description: 'Significant digits of the numbers shown.',
      default: '4',
      integer: true,
      min: 1,
      max: 17
    }),
    'report-path': input.string({
      description: 'Where to write the JSON report. Empty: metrics-comparison.json in RUNNER_TEMP.'
    }),
    ...writeConfinementInputs('report-path'),
    history: input.string({
      description:
        'Metric history for the trend chart: a JSON-lines file ({"label", "gitSha", "metrics"} per line) or registry (the versions baseline-alias pointed to). Empty: the history carried by the baseline artifact.'
    }),
    'candidate-model': input.string({
      description:
        'Candidate model file whose sha256 is recorded in the report subject, so deploy-gate can tie the report to the artifact.'
    }),
    report: input.string({
      description:
        "Post this report instead of computing one (the workflow_run half of the fork mode). On workflow_run without candidate the report is taken from the triggering run's artifact-name artifact."
    }),
    'github-token': input.githubToken({
      description:
        'Token for the PR comment (pull-requests: write), for reading artifacts of other runs (actions: read) and for the alert issue (issues: write).'
    })
  },
  outputs: {
    result: 'pass, fail or inconclusive.',
    regressed:
      'JSON list of the metrics that fail the check (significant regressions, breached bounds, missing required metrics).',
    improved: 'JSON list of the metrics that improved beyond tolerance.',
    counts: 'JSON object: total and the count of each verdict and outcome.',
    'baseline-source': 'Where the baseline came from: file, registry, artifact or none.',
    'report-path': 'Path of the JSON report (schemaVersion 1, kind metrics-comparison).',
    'comment-id': 'Id of the sticky comment, when there is one.',
    'comment-url': 'URL of the sticky comment, when there is one.',
    'comment-status':
      'created, updated, unchanged, deleted or skipped, with the reason after a colon when skipped (e.g. skipped:read-only-token).',
    'alert-issue':
      'With alert: issue, the URL of the alert issue this run opened, updated or closed; empty when it did not touch one.'
  }
})

type Definition = typeof compareMetricsAction
export type CompareMetricsOutput = Definition['outputs'][number]
export type CompareMetricsBody = ActionBody<Definition['inputs'], CompareMetricsOutput>
export type CompareMetricsInputs = Parameters<CompareMetricsBody>[0]
