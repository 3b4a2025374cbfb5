import type { CliCommand } from './commands.js'

// Each command loads its action, through the action's entry point (actions/<name>/src/index.ts), when
// it runs: `--help` and one command never pay for the others.
export const actionCommands: CliCommand[] = [
  {
    name: 'pipeline',
    summary:
      'The root action off GitHub: train, compare, verify, gate from .github/ml-actions.yml, one PR comment',
    usage:
      'ml-actions pipeline [--config .github/ml-actions.yml] [--steps train,compare] [--working-directory DIR] [--output-file F] [--github-token T (or GITHUB_TOKEN) --pr-number N] [--comment upsert|off]',
    help: async () => ({
      definition: (await import('../pipeline/definition.js')).pipeline,
      examples: [
        'ml-actions pipeline --config .github/ml-actions.yml',
        'ml-actions pipeline --steps train,compare,verify --pr-number 12   # GITHUB_TOKEN set: comments',
        'ml-actions pipeline --working-directory ml-actions-demo --config ml-actions.yml'
      ]
    }),
    run: async (argv, io) => (await import('../pipeline/cli.js')).runPipelineCli(argv, io)
  },
  {
    name: 'json-to-md',
    summary: 'Render JSON/YAML/TOML/CSV results as markdown tables',
    usage:
      'ml-actions json-to-md <files or globs…> [--title T] [--precision N] [--include GLOB] [--exclude GLOB] [--output-file F] [--comment upsert --pr-number N --github-token T]',
    help: async () => ({
      definition: (await import('../../actions/json-to-md/src/index.js')).definition,
      positional: 'files',
      examples: [
        'ml-actions json-to-md results/*.json --title Evaluation --precision 3',
        'ml-actions json-to-md results/*.json --output-file results.md',
        'ml-actions json-to-md results/*.json --pr-number 12 --github-token "$GITHUB_TOKEN"'
      ]
    }),
    run: async (argv, io) =>
      (await import('../../actions/json-to-md/src/index.js')).runCommand(argv, io)
  },
  {
    name: 'compare-metrics',
    summary:
      'Compare candidate metrics with a baseline under rules and statistics; exit 1 on a regression',
    usage:
      'ml-actions compare-metrics --candidate GLOB [--baseline GLOB | --model NAME --registry URI] [--rules FILE] [--candidate-predictions F --baseline-predictions F] [--fail-on regression|inconclusive|never] [--comment upsert --pr-number N --github-token T]',
    help: async () => ({
      definition: (await import('../../actions/compare-metrics/src/index.js')).definition,
      positional: 'candidate',
      examples: [
        'ml-actions compare-metrics new.json --baseline old.json --rules rules.yml',
        'ml-actions compare-metrics results/metrics.json --model-name digits --registry s3://bucket/models',
        'ml-actions compare-metrics new.json --baseline old.json --pr-number 12   # GITHUB_TOKEN set: comments'
      ]
    }),
    run: async (argv, io) =>
      (await import('../../actions/compare-metrics/src/index.js')).runCommand(argv, io)
  },
  {
    name: 'train-evaluate',
    summary: 'Run a training command, read its metrics, register the model with lineage',
    usage:
      'ml-actions train-evaluate --run CMD [--metrics GLOB] [--predictions FILE] [--model PATH --model-name NAME] [--registry URI] [--timeout-minutes N]',
    help: async () => ({
      definition: (await import('../../actions/train-evaluate/src/index.js')).definition,
      examples: [
        "ml-actions train-evaluate --run 'python train.py' --metrics results/metrics.json",
        "ml-actions train-evaluate --run 'python train.py' --model results/model.onnx --model-name digits --parent digits@production"
      ]
    }),
    run: async (argv, io) =>
      (await import('../../actions/train-evaluate/src/index.js')).runCommand(argv, io)
  },
  {
    name: 'registry',
    summary:
      'Model registry: list, show, resolve, download, promote, rollback, history, verify, gc',
    usage:
      'ml-actions registry <list|show|resolve|download|promote|rollback|history|verify|gc> [--registry URI] (see ml-actions registry help)',
    run: async (argv, io) => (await import('@ml-actions/registry')).runRegistryCli([...argv], io)
  },
  {
    name: 'onnx-export-verify',
    summary: 'Verify an ONNX export: structure, loadability, contract, parity, latency and size',
    usage:
      'ml-actions onnx-export-verify --model F [--reference-inputs F --reference-outputs F | --reference-data DIR] [--atol "1e-5 out:1e-4"] [--baseline-model F | --baseline-ref NAME@ALIAS] [--max-p95-ms N] [--onnxruntime-path DIR]',
    help: async () => ({
      definition: (await import('../../actions/onnx-export-verify/src/index.js')).definition,
      positional: 'model',
      examples: [
        'ml-actions onnx-export-verify model.onnx --reference-inputs in.npy --reference-outputs out.npy',
        'ml-actions onnx-export-verify model.onnx --baseline-ref digits@production --max-p95-ms 20'
      ]
    }),
    run: async (argv, io) =>
      (await import('../../actions/onnx-export-verify/src/index.js')).runCommand(argv, io)
  },
  {
    name: 'deploy-gate',
    summary: 'Judge reports with a policy, promote or roll back a registry alias atomically',
    usage:
      'ml-actions deploy-gate --model NAME --candidate N --reports GLOB --policy FILE [--alias A] [--registry URI] [--dry-run] [--mode rollback [--rollback-to N]]',
    help: async () => ({
      definition: (await import('../../actions/deploy-gate/src/index.js')).definition,
      examples: [
        'ml-actions deploy-gate --model-name digits --candidate 7 --reports reports/*.json --policy policy.yml',
        'ml-actions deploy-gate --model-name digits --mode rollback --alias production'
      ]
    }),
    run: async (argv, io) =>
      (await import('../../actions/deploy-gate/src/index.js')).runCommand(argv, io)
  }
]
