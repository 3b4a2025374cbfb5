import { runCli } from '@ml-actions/action-kit/cli'
import type { CliCommand } from './commands.js'

// Each command loads its action when it runs: `--help` and one command never pay for the others.
export const actionCommands: CliCommand[] = [
  {
    name: 'pipeline',
    summary:
      'The root action off GitHub: train, compare, verify, gate from .github/ml-actions.yml, one PR comment',
    usage:
      'ml-actions pipeline [--config .github/ml-actions.yml] [--steps train,compare] [--working-directory DIR] [--output-file F] [--github-token T (or GITHUB_TOKEN) --pr-number N] [--comment upsert|off]',
    run: async (argv, io) => (await import('../pipeline/cli.js')).runPipelineCli(argv, io)
  },
  {
    name: 'json-to-md',
    summary: 'Render JSON/YAML/TOML/CSV results as markdown tables',
    usage:
      'ml-actions json-to-md <files or globs…> [--title T] [--precision N] [--include GLOB] [--exclude GLOB] [--output-file F] [--comment upsert --pr-number N --github-token T]',
    run: async (argv, io) => {
      const [{ jsonToMd }, { createRenderResults }] = await Promise.all([
        import('../../actions/json-to-md/src/definition.js'),
        import('../../actions/json-to-md/src/render-results.js')
      ])
      const { commentOnPullRequest } = await import('@ml-actions/github')
      const body = createRenderResults({ comment: commentOnPullRequest })
      return runCli(jsonToMd, body, argv, { positional: 'files', io, showOutputs: false })
    }
  },
  {
    name: 'compare-metrics',
    summary:
      'Compare candidate metrics with a baseline under rules and statistics; exit 1 on a regression',
    usage:
      'ml-actions compare-metrics --candidate GLOB [--baseline GLOB | --model NAME --registry URI] [--rules FILE] [--candidate-predictions F --baseline-predictions F] [--fail-on regression|inconclusive|never] [--comment upsert --pr-number N --github-token T]',
    run: async (argv, io) => {
      const [{ compareMetricsAction }, { compareMetricsBody }] = await Promise.all([
        import('../../actions/compare-metrics/src/definition.js'),
        import('../../actions/compare-metrics/src/compare-body.js')
      ])
      return runCli(compareMetricsAction, compareMetricsBody, argv, { positional: 'candidate', io })
    }
  },
  {
    name: 'train-evaluate',
    summary: 'Run a training command, read its metrics, register the model with lineage',
    usage:
      'ml-actions train-evaluate --run CMD [--metrics GLOB] [--predictions FILE] [--model PATH --model-name NAME] [--registry URI] [--timeout-minutes N]',
    run: async (argv, io) =>
      (await import('../../actions/train-evaluate/src/cli.js')).runTrainEvaluateCli(argv, io)
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
    run: async (argv, io) => {
      const [{ onnxExportVerify }, { verifyExport }] = await Promise.all([
        import('../../actions/onnx-export-verify/src/definition.js'),
        import('../../actions/onnx-export-verify/src/verify-export.js')
      ])
      return runCli(onnxExportVerify, verifyExport, argv, { positional: 'model', io })
    }
  },
  {
    name: 'deploy-gate',
    summary: 'Judge reports with a policy, promote or roll back a registry alias atomically',
    usage:
      'ml-actions deploy-gate --model NAME --candidate N --reports GLOB --policy FILE [--alias A] [--registry URI] [--dry-run] [--mode rollback [--rollback-to N]]',
    run: async (argv, io) =>
      (await import('../../actions/deploy-gate/src/cli.js')).runDeployGateCli(argv, io)
  }
]
