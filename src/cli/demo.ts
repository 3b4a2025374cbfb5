import { readInputs, type ActionContext, type Logger } from '@ml-actions/action-kit'
import { cliLogger, type CliIo } from '@ml-actions/action-kit/cli'
import { ConfigurationError } from '@ml-actions/core/errors'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { pipeline } from '../pipeline/definition.js'
import { createPipelineBody } from '../pipeline/run-pipeline.js'
import {
  askDigit,
  currentServer,
  SAMPLE_DIGIT,
  stopServerNow,
  stopServing
} from './demo-serving.js'
import { pipelineCatalog, PIPELINE_WIRING, type PipelineCatalog } from '../pipeline/step-catalog.js'
import { openPullRequest, squashMerge, treeOf } from './demo-git.js'

/** Left in a demo folder so a later run knows it may wipe it. */
const DEMO_MARKER = '.ml-actions-demo'
export const DEFAULT_DEMO_DIRECTORY = 'ml-actions-demo'

interface DemoRun {
  readonly label: string
  readonly alpha: string
  readonly ref: string
  readonly event: string
  /** Of the training split the model learns from (MODEL_TRAIN_FRACTION); all of it when absent. */
  readonly trainFraction?: string
  /** The run is expected to be blocked, by compare-metrics and by deploy-gate. */
  readonly blocked?: boolean
  /** The gate approves and deploys, the smoke test fails, the previous version is put back. */
  readonly rolledBack?: boolean
  /** More of the training step's environment (the example's ml-actions.yml reads these). */
  readonly env?: Readonly<Record<string, string>>
  /**
   * A pull request in the demo's git repository: its run records the gate's review (mode: review,
   * the pull request named explicitly, as off GitHub); its squash merge runs the gate alone with
   * candidate: reviewed, which promotes and deploys the version reviewed, without retraining.
   */
  readonly pullRequest?: number
}

/**
 * The runs the demo plays: the first model on main, a pull request's better candidate, a pull
 * request that truly regresses and must be stopped, then a release that must not stand.
 */
const RUNS: readonly DemoRun[] = [
  {
    label: 'baseline: the first model, on main',
    alpha: '1e-3',
    ref: 'refs/heads/main',
    event: 'push'
  },
  {
    label: 'candidate: pull request #7 retunes alpha, is reviewed, then merged',
    alpha: '1e-4',
    ref: 'refs/pull/7/merge',
    event: 'push',
    pullRequest: 7
  },
  {
    label: 'regression: a pull request that trains on 30% of the training digits',
    alpha: '1e-4',
    ref: 'refs/pull/8/merge',
    event: 'push',
    trainFraction: '0.3',
    blocked: true
  },
  failedDeployRun()
]

/**
 * A change to the export that every check before serving passes: the same metrics, and ONNX
 * parity holds because the reference inputs are scaled as the graph expects. The service's
 * clients send raw pixels, so only the smoke test's requests show the answers are wrong.
 */
function failedDeployRun(): DemoRun {
  return {
    label: 'failed deploy: a pull request that exports for pixels scaled to [0, 1]',
    alpha: '1e-4',
    ref: 'refs/pull/9/merge',
    event: 'push',
    rolledBack: true,
    env: { ONNX_INPUT_RANGE: 'unit' }
  }
}

export interface DemoOptions {
  readonly directory: string
  readonly python: string
  readonly examples: string
  readonly toolCache: string
  /** Leave the last version serving when the demo ends, instead of stopping it. */
  readonly keepServing: boolean
  /** This CLI's start script, for serve-local.sh to run `ml-actions serve` with. */
  readonly cli: string
}

/**
 * `ml-actions demo`: the whole pipeline on the example project with the embedded default registry
 * (a local directory): trains a real classifier on scikit-learn's digits, registers and promotes a
 * baseline, then trains a candidate, compares it, exports and verifies the ONNX model, gates and
 * records its review, then merges it, which promotes the reviewed version; then a pull request that regresses, which compare-metrics and deploy-gate must block
 * (its comment goes to regression-comment.md). Each approved version is deployed to `ml-actions
 * serve` on loopback and smoke-tested over HTTP; a last candidate whose served answers are wrong is
 * rolled back, and the demo asks the server to show the previous version still answers. Prints the
 * candidate's PR comment and writes it to pr-comment.md.
 */
export async function runDemo(argv: readonly string[], io: CliIo): Promise<number> {
  const log = cliLogger(io, io.env.ML_ACTIONS_DEBUG === '1')
  let options: DemoOptions | undefined
  let keepServing = false
  const stopOnSignal = (signal: NodeJS.Signals) => {
    if (options) stopServerNow(servingState(options))
    process.exit(signal === 'SIGINT' ? 130 : 143)
  }
  process.once('SIGINT', stopOnSignal).once('SIGTERM', stopOnSignal)
  try {
    options = demoOptions(argv, io)
    checkPython(options.python)
    await prepareDirectory(options)
    log.info(`Demo workspace: ${options.directory}`)
    let markdown = ''
    let blockedComment: string | undefined
    for (const [index, run] of RUNS.entries()) {
      log.info(`\n=== Run ${index + 1}/${RUNS.length}, ${run.label}`)
      if (run.blocked) {
        const outcome = await runPipeline(options, run, io)
        const blocked = await expectBlocked(options, run, outcome, io)
        if (blocked.unexpected) {
          io.stdout(blocked.markdown)
          log.error(`The ${run.label.split(':')[0]} run: ${blocked.unexpected}`)
          return 1
        }
        blockedComment = join(options.directory, 'regression-comment.md')
        await writeFile(blockedComment, blocked.markdown)
        continue
      }
      const shipped =
        run.pullRequest !== undefined
          ? await reviewThenMerge(options, run, io)
          : await ship(options, run, io)
      if (shipped.problem) {
        io.stdout(shipped.markdown)
        log.error(`The ${run.label.split(':')[0]} run ${shipped.problem}`)
        return 1
      }
      // The pull request's comment is the one to show; the failed release has its own.
      if (run.rolledBack) {
        await writeFile(join(options.directory, 'failed-deploy-comment.md'), shipped.markdown)
      } else markdown = shipped.markdown
      log.info(await servingProof(options))
    }
    const commentFile = join(options.directory, 'pr-comment.md')
    await writeFile(commentFile, markdown)
    io.stdout(`${markdown}\n`)
    log.info(`\nThe pull-request comment above is in ${commentFile}`)
    if (blockedComment)
      log.info(
        `The blocked pull request's comment (compare-metrics and deploy-gate) is in ${blockedComment}`
      )
    log.info(`The registry is in ${join(options.directory, '.ml-registry')}; try:`)
    log.info(
      `  node bin/ml-actions.js registry history digits-classifier production --registry ${join(options.directory, '.ml-registry')}`
    )
    await showServing(options, log)
    keepServing = options.keepServing
    return 0
  } catch (error) {
    if (error instanceof ConfigurationError) {
      log.error(error.message)
      return 2
    }
    log.error(`demo failed unexpectedly: ${(error as Error).stack ?? String(error)}`)
    return 3
  } finally {
    process.off('SIGINT', stopOnSignal).off('SIGTERM', stopOnSignal)
    // A demo that failed or was not asked to keep serving leaves no server behind.
    if (options && !keepServing) await stopDemoServer(options, log)
  }
}

function demoOptions(argv: readonly string[], io: CliIo): DemoOptions {
  let directory = DEFAULT_DEMO_DIRECTORY
  let python = io.env.PYTHON || (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3')
  let keepServing = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const value = argv[i + 1]
    if ((arg === '--dir' || arg === '--python') && value !== undefined) {
      if (arg === '--dir') directory = value
      else python = value
      i++
    } else if (arg === '--keep-serving') {
      keepServing = true
    } else {
      throw new ConfigurationError(
        `demo: unknown argument "${arg}" (usage: ml-actions demo [--dir DIR] [--python PATH] [--keep-serving])`
      )
    }
  }
  const examples = findExampleProject()
  const bin = join(examples, '..', '..', '..', 'bin', 'ml-actions.js')
  return {
    directory: resolve(io.cwd, directory),
    python,
    examples,
    keepServing,
    cli: existsSync(bin) ? resolve(bin) : resolve(process.argv[1] ?? bin),
    toolCache:
      io.env.RUNNER_TOOL_CACHE ||
      join(examples, '..', '..', '..', 'node_modules', '.cache', 'ml-actions-tool-cache')
  }
}

/**
 * docs/examples/classifier of the checkout this code runs from (src/cli or dist/cli). Searched at
 * run time, so the bundler leaves the project in the repository instead of copying it as assets.
 */
function findExampleProject(): string {
  let directory = dirname(fileURLToPath(import.meta.url))
  for (let depth = 0; depth < 4; depth++) {
    const candidate = join(directory, 'docs', 'examples', 'classifier')
    if (existsSync(join(candidate, 'ml-actions.yml'))) return candidate
    directory = dirname(directory)
  }
  throw new ConfigurationError(
    'demo: docs/examples/classifier was not found next to this ml-actions'
  )
}

function checkPython(python: string): void {
  const probe = spawnSync(python, ['-c', 'import numpy, sklearn, onnx'], { encoding: 'utf8' })
  if (probe.status !== 0) {
    throw new ConfigurationError(
      `demo: ${python} cannot import numpy, scikit-learn and onnx. Install them with ` +
        '`bash scripts/install-python-deps.sh` (Debian) or pass --python PATH.'
    )
  }
}

async function prepareDirectory(options: DemoOptions): Promise<void> {
  if (existsSync(options.directory)) {
    const entries = await readdir(options.directory)
    if (entries.length > 0 && !entries.includes(DEMO_MARKER)) {
      throw new ConfigurationError(
        `demo: ${options.directory} exists and is not a demo folder; pass --dir to choose another`
      )
    }
    await rm(options.directory, { recursive: true, force: true })
  }
  await mkdir(options.directory, { recursive: true })
  await cp(options.examples, options.directory, { recursive: true })
  await writeFile(join(options.directory, DEMO_MARKER), 'made by ml-actions demo; safe to delete\n')
}

interface PipelineRun {
  readonly markdown: string
  readonly failure?: string
  readonly summary: string
  /** What each step produced, by step name (the pipeline's step-outputs). */
  readonly steps: Readonly<Record<string, Readonly<Record<string, string>>>>
  readonly context: ActionContext
}

/** How one pipeline run differs from the config: its commit, its steps, the gate's inputs. */
interface PipelineOverrides {
  readonly sha?: string
  readonly steps?: string
  /** Parsed deploy-gate inputs, as a workflow's `with:` would give them to the pipeline's gate. */
  readonly gate?: Readonly<Record<string, unknown>>
}

async function runPipeline(
  options: DemoOptions,
  run: DemoRun,
  io: CliIo,
  overrides: PipelineOverrides = {}
): Promise<PipelineRun> {
  const context = demoContext(options, run, io, overrides.sha)
  const body = createPipelineBody({
    catalog: withGateInputs(pipelineCatalog('cli'), overrides.gate),
    wiring: PIPELINE_WIRING
  })
  const raw: Record<string, string> = {
    config: 'ml-actions.yml',
    ...(overrides.steps ? { steps: overrides.steps } : {})
  }
  const inputs = readInputs(pipeline.inputs, (name) => raw[name])
  const outcome = await body(inputs, context)
  const version = outcome.outputs['model-version']
  const decision = outcome.outputs.decision
  const steps = JSON.parse(String(outcome.outputs['step-outputs'] ?? '{}')) as PipelineRun['steps']
  const gate = steps.gate ?? {}
  return {
    markdown: outcome.report ?? '',
    ...(outcome.failure ? { failure: outcome.failure } : {}),
    summary:
      run.rolledBack && gate.reasons
        ? `pipeline ${outcome.outputs.result} as it should: ${gate.reasons.split('\n').join('; ')}`
        : `pipeline ${outcome.outputs.result}${version ? `, model version ${version}` : ''}${decision ? `, gate: ${decision}` : ''}${gate.deployed === 'true' ? ', deployed and smoke-tested' : ''}`,
    steps,
    context
  }
}

function withGateInputs(
  catalog: PipelineCatalog,
  gateInputs: PipelineOverrides['gate']
): PipelineCatalog {
  const gate = catalog.gate
  if (!gate || !gateInputs) return catalog
  return {
    ...catalog,
    gate: { ...gate, body: (inputs, context) => gate.body({ ...inputs, ...gateInputs }, context) }
  }
}

/** A run whose gate deploys what it approves: the pipeline, then whether the right version serves. */
async function ship(
  options: DemoOptions,
  run: DemoRun,
  io: CliIo
): Promise<{ markdown: string; problem?: string }> {
  const outcome = await runPipeline(options, run, io)
  const problem = servingProblem(options, run, outcome)
  if (problem) return { markdown: outcome.markdown, problem }
  outcome.context.log.info(`=== ${outcome.summary}`)
  return { markdown: outcome.markdown }
}

/**
 * Pull request #7 as on GitHub, in the demo's own git repository: its run evaluates the test merge
 * and records the gate's review; its squash merge has the same tree, so the push's gate promotes
 * the version reviewed. Returns the pull request's comment, or what went wrong.
 */
async function reviewThenMerge(
  options: DemoOptions,
  run: DemoRun,
  io: CliIo
): Promise<{ markdown: string; problem?: string }> {
  const log = cliLogger(io, io.env.ML_ACTIONS_DEBUG === '1')
  const pull = openPullRequest(options.directory, {
    number: run.pullRequest as number,
    branch: 'retune-alpha',
    // Training reads alpha from MODEL_ALPHA, which the demo sets; the file is the commit's change.
    change: { file: 'alpha.txt', text: `${run.alpha}\n`, message: `Retune alpha to ${run.alpha}` }
  })
  const reviewed = await runPipeline(options, run, io, {
    sha: pull.evaluated,
    gate: {
      mode: 'review',
      pullRequest: pull.number,
      reviewedCommit: pull.head,
      baseSha: pull.base,
      baseRef: 'main'
    }
  })
  const review = reviewed.steps.gate ?? {}
  if (reviewed.failure || review.decision !== 'approve' || !review['review-ref']) {
    return {
      markdown: reviewed.markdown,
      problem: `did not record an approved review: ${reviewed.failure ?? review.reasons ?? reviewed.summary}`
    }
  }
  log.info(
    `=== pipeline pass, gate: approve in mode: review, production stays at version ${review['model-version']}; ` +
      `the review of pull request #${pull.number} is recorded: version ${review['candidate-version']}, head ${short(pull.head)}, ` +
      `evaluated tree ${short(pull.evaluatedTree)} (${review['review-ref']})`
  )
  const merge = squashMerge(options.directory, pull, `Retune alpha to ${run.alpha}`)
  const mergeRun: DemoRun = {
    ...run,
    label: `merge of pull request #${pull.number}`,
    ref: 'refs/heads/main'
  }
  log.info(
    `\n=== Pull request #${pull.number} squash-merged onto main as ${short(merge)}; the push runs the gate alone, with candidate: reviewed`
  )
  const merged = await runPipeline(options, mergeRun, io, {
    sha: merge,
    steps: 'gate',
    gate: { candidate: 'reviewed', reviewedCommit: pull.head }
  })
  const problem = servingProblem(options, mergeRun, merged)
  if (problem) return { markdown: merged.markdown, problem }
  const gate = merged.steps.gate ?? {}
  log.info(`=== ${merged.summary}`)
  log.info(
    `=== the merge promoted version ${gate['model-version']}, the version the review recorded (${gate['review-ref']}), ` +
      `without retraining: its tree ${short(treeOf(options.directory, merge))} is the tree that was evaluated`
  )
  return { markdown: reviewed.markdown }
}

function short(sha: string | undefined): string {
  return (sha ?? '?').slice(0, 7)
}

/**
 * Why a run that reached the gate did not end as the demo means it to (undefined when it did): a
 * promoted version must be what serves; a rolled-back one must have failed the step and left the
 * version it replaced serving.
 */
function servingProblem(
  options: DemoOptions,
  run: DemoRun,
  outcome: PipelineRun
): string | undefined {
  const gate = outcome.steps.gate ?? {}
  const serving = currentServer(servingState(options))
  if (!run.rolledBack) {
    if (outcome.failure) return `failed: ${outcome.failure}`
    if (serving?.version !== gate['model-version']) {
      return `passed, but version ${gate['model-version']} is not what serves (${serving?.version ?? 'nothing'})`
    }
    return undefined
  }
  if (!outcome.failure) return 'passed, but its release should have been rolled back'
  const restored = gate['model-version']
  if (gate.promoted !== 'false' || !restored || serving?.version !== restored) {
    return `failed without the rollback it should show: ${outcome.failure}`
  }
  return undefined
}

function servingState(options: DemoOptions): string {
  return join(options.directory, '.serve')
}

/** A real request to what serves now, and its answer. */
async function servingProof(options: DemoOptions): Promise<string> {
  const server = currentServer(servingState(options))
  if (!server) return '    (nothing serves)'
  const answer = await askDigit(server.url)
  return (
    `    POST ${server.url}/predict with a held-out ${SAMPLE_DIGIT.label} → version ${answer.version} ` +
    `answers ${answer.digit} (p = ${answer.probability.toFixed(3)})`
  )
}

/** Shows how to ask the last version, and how to stop it when it keeps serving. */
async function showServing(options: DemoOptions, log: Logger): Promise<void> {
  const state = servingState(options)
  const server = currentServer(state)
  if (!server) return
  const request = join(options.directory, 'digit.json')
  await writeFile(request, `${JSON.stringify({ instances: [SAMPLE_DIGIT.pixels] })}\n`)
  log.info(`\nVersion ${server.version} of ${server.model} serves on ${server.url}; ask it:`)
  log.info(`  curl -s ${server.url}/predict -H 'content-type: application/json' -d @${request}`)
  if (options.keepServing) {
    log.info(`It keeps serving (pid ${server.pid}); stop it with:`)
    log.info(`  SERVE_STATE=${state} bash ${join(options.directory, 'serve-local.sh')} stop`)
  }
}

async function stopDemoServer(options: DemoOptions, log: Logger): Promise<void> {
  const state = servingState(options)
  const server = currentServer(state)
  if (!server) return
  const script = join(options.directory, 'serve-local.sh')
  const stopped = await stopServing(script, state, { PATH: process.env.PATH })
  log.info(
    stopped
      ? 'Server stopped (pass --keep-serving to leave it running).'
      : `The server (pid ${server.pid}) did not stop within 5 s.`
  )
}

/**
 * The regression must be stopped twice: compare-metrics fails the pull request's pipeline (the
 * steps after it are skipped, as in a job), and deploy-gate, asked to release the version that
 * pull request registered, rejects it on the same reports. Anything else is the demo failing.
 */
async function expectBlocked(
  options: DemoOptions,
  run: DemoRun,
  pipelineRun: PipelineRun,
  io: CliIo
): Promise<{ markdown: string; unexpected?: string }> {
  const log = pipelineRun.context.log
  const train = pipelineRun.steps.train ?? {}
  const compare = pipelineRun.steps.compare ?? {}
  if (!pipelineRun.failure || compare.result !== 'fail' || !train['model-version']) {
    return {
      markdown: pipelineRun.markdown,
      unexpected: `compare-metrics should have failed it, but the pipeline ended: ${pipelineRun.failure ?? pipelineRun.summary}`
    }
  }
  log.info(`=== blocked by compare-metrics, as expected: ${pipelineRun.failure}`)
  log.info(
    `\n=== The release job asks deploy-gate to promote version ${train['model-version']} on the same reports`
  )
  const gate = pipelineCatalog('cli').gate
  if (!gate) throw new Error('the CLI catalog has no deploy-gate step')
  const raw: Record<string, string> = {
    'model-name': 'digits-classifier',
    candidate: train['model-version'],
    reports: [train['report-path'], compare['report-path']].filter(Boolean).join('\n'),
    policy: 'policy.yml',
    alias: 'production',
    registry: '.ml-registry',
    environment: 'production',
    // Off GitHub, as the pipeline does without a token: no Deployment to record.
    'create-deployment': 'false',
    comment: 'off'
  }
  const decision = await gate.body(
    readInputs(gate.definition.inputs, (name) => raw[name]),
    demoContext(options, run, io)
  )
  const markdown = `${pipelineRun.markdown}\n\n${decision.report ?? ''}`
  if (decision.outputs.decision !== 'reject' || decision.outputs.promoted === 'true') {
    return {
      markdown,
      unexpected: `deploy-gate should have rejected version ${train['model-version']}, but decided ${String(decision.outputs.decision)}`
    }
  }
  log.info(
    `=== blocked by deploy-gate, as expected: reject, ${String(decision.outputs.reasons ?? '')
      .split('\n')
      .join('; ')}`
  )
  log.info(
    `=== The regression was stopped by both (that is the expected outcome, so the demo goes on); production stays at the version before it.`
  )
  return { markdown }
}

function demoContext(
  options: DemoOptions,
  run: DemoRun,
  io: CliIo,
  commit?: string
): ActionContext {
  const sha = commit ?? createHash('sha1').update(`ml-actions demo ${run.label}`).digest('hex')
  const env = {
    PATH: io.env.PATH,
    HOME: io.env.HOME,
    PYTHON: options.python,
    MODEL_ALPHA: run.alpha,
    ...(run.trainFraction ? { MODEL_TRAIN_FRACTION: run.trainFraction } : {}),
    ...run.env,
    // The gate's deploy command (serve-local.sh) starts this CLI's `serve` and keeps its state here.
    ML_ACTIONS_CLI: options.cli,
    SERVE_STATE: servingState(options),
    GITHUB_SHA: sha,
    GITHUB_REF: run.ref,
    GITHUB_EVENT_NAME: run.event,
    GITHUB_REPOSITORY: 'example/digits',
    GITHUB_WORKFLOW: 'demo',
    GITHUB_ACTOR: 'ml-actions-demo',
    RUNNER_TEMP: join(options.directory, '.runner-temp'),
    // Kept across demo runs, as a runner's tool cache is: onnxruntime is installed once.
    RUNNER_TOOL_CACHE: options.toolCache,
    ...(io.env.NPM_CONFIG_REGISTRY ? { NPM_CONFIG_REGISTRY: io.env.NPM_CONFIG_REGISTRY } : {}),
    ...(io.env.npm_config_registry ? { npm_config_registry: io.env.npm_config_registry } : {})
  }
  return {
    log: cliLogger(io, io.env.ML_ACTIONS_DEBUG === '1'),
    env,
    cwd: options.directory,
    cli: true
  }
}
