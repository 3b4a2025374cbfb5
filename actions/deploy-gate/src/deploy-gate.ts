import { mkdir, writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { writeTarget, type ActionContext, type ActionOutcome } from '@ml-actions/action-kit'
import type { CommandRunner } from '@ml-actions/action-kit/command'
import { detectCiRun, type CiRun } from '@ml-actions/core/ci'
import { ConfigurationError } from '@ml-actions/core/errors'
import {
  decideVerdict,
  evaluatePolicy,
  type GateEvaluation,
  type PolicyReport,
  type RuleResult
} from '@ml-actions/core/policy'
import {
  alertOnIssue,
  commentOnPullRequest,
  readRunContext,
  type EventContext,
  type OctokitTiming
} from '@ml-actions/github'
import {
  ConcurrencyError,
  manifestSha256,
  probeConditionalWrites,
  type Manifest,
  type ModelRegistry
} from '@ml-actions/registry'
import { resolveCandidate } from './candidate.js'
import { deployAlertChange, deployAlertKey } from './deploy-alert.js'
import { decisionRecord, type DecisionFacts, type DecisionRecord } from './decision-record.js'
import { renderDecision, type GateAction, type ReleaseView } from './decision-markdown.js'
import type { deployGate, DeployGateBody, DeployGateInputs } from './definition.js'
import { trustCheck, untrustedReason } from './event-trust.js'
import type { TreeSource } from './commit-tree.js'
import type { OpenDeployment } from './github-deployment.js'
import { loadPolicy, type LoadedPolicy } from './policy-source.js'
import { checkProvenance } from './provenance-checks.js'
import { manifestUri, openRegistry } from './registry-connection.js'
import type { ReleaseCommands } from './release-commands.js'
import type { ReleaseFlow, ReleaseReport } from './release-flow.js'
import { readReports, type GateReport } from './report-files.js'
import { REVIEWED_CANDIDATE, type ReviewedCandidate } from './reviewed-candidate.js'
import { isUnfinishedMoveOfThisRun } from './unfinished-move.js'

export const DECISION_FILE_NAME = 'deploy-decision.json'

/** Lets tests speed up the GitHub client and fix the clock; the runner uses the defaults. */
export interface DeployGateDependencies {
  readonly timing?: Partial<OctokitTiming>
  readonly now?: () => Date
  /** Runs the deploy and smoke-test commands; @actions/exec unless a test gives another. */
  readonly runCommand?: CommandRunner
}

type Outcome = ActionOutcome<(typeof deployGate)['outputs'][number]>

interface Run {
  readonly inputs: DeployGateInputs
  readonly context: ActionContext
  readonly dependencies: DeployGateDependencies
  readonly registry: ModelRegistry
  readonly event: EventContext
  readonly ciRun: CiRun
  readonly environment: string
  readonly commands: ReleaseCommands
}

/** What promote mode judges, read and checked before the registry is opened. */
interface Evidence {
  readonly policy: LoadedPolicy
  readonly reports: readonly GateReport[]
}

/** What the gate judged and did; turned into outputs, the decision file, the summary and the comment. */
interface GateResult {
  readonly mode: 'promote' | 'rollback'
  readonly evaluation: GateEvaluation
  readonly record: DecisionRecord
  readonly subject: Manifest
  readonly previous: number | null
  readonly action: GateAction
  readonly decisionRef?: string
  /** Review mode: the record written; candidate reviewed: the record promoted from. */
  readonly reviewRef?: string
  readonly deploymentId?: number
  readonly policy?: LoadedPolicy
  /** Each deploy + smoke-test run of this gate: the candidate's, then a restored version's. */
  readonly releases?: readonly ReleaseReport[]
}

export function createDeployGate(dependencies: DeployGateDependencies = {}): DeployGateBody {
  return async (inputs, context) => {
    const alias = inputs.alias.trim()
    const environment = inputs.environment.trim() || alias
    if (inputs.mode === 'download') {
      const { downloadModel } = await import('./model-download.js')
      return downloadModel(inputs, context, openRegistry(inputs, context.cwd))
    }
    const ciRun = await detectCiRun(context.env, context.cwd)
    const event = await readRunContext(context.env, (path) => readFileSync(path, 'utf8'), {
      cwd: context.cwd
    })
    if (inputs.createDeployment && !inputs.dryRun && inputs.mode !== 'review') {
      requireDeploymentAccess(inputs, event)
    }
    const evidence = inputs.mode === 'rollback' ? undefined : await readEvidence(inputs, context)
    const run: Run = {
      inputs: { ...inputs, alias },
      context,
      dependencies,
      registry: openRegistry(inputs, context.cwd),
      event,
      ciRun,
      environment,
      commands: {
        deploy: inputs.deploy,
        smokeTest: inputs.smokeTest,
        ...(inputs.deployTimeout ? { deployTimeoutMs: inputs.deployTimeout * 1000 } : {}),
        ...(inputs.smokeTestTimeout ? { smokeTestTimeoutMs: inputs.smokeTestTimeout * 1000 } : {})
      }
    }
    const result = !evidence
      ? await rollback(run)
      : inputs.mode === 'review'
        ? await review(run, evidence)
        : await promote(run, evidence)
    return finish(run, result)
  }
}

export const runDeployGate: DeployGateBody = createDeployGate()

async function readEvidence(inputs: DeployGateInputs, context: ActionContext): Promise<Evidence> {
  if (isReviewedCandidate(inputs)) {
    if (inputs.mode === 'review' || inputs.reports.length > 0) {
      throw new ConfigurationError(
        inputs.mode === 'review'
          ? 'candidate: reviewed promotes a recorded review; mode: review records one: name the version to review'
          : 'Input "reports" must be empty with candidate: reviewed: the reports the pull request recorded are judged',
        inputs.mode === 'review' ? 'candidate' : 'reports'
      )
    }
    return { policy: await loadPolicy(inputs.policy, context.cwd), reports: [] }
  }
  if (inputs.reports.length === 0) {
    throw new ConfigurationError(
      'Input "reports" is required in promote mode: give the report files to judge',
      'reports'
    )
  }
  const policy = await loadPolicy(inputs.policy, context.cwd)
  const reports = await readReports(inputs.reports, context.cwd)
  return { policy, reports }
}

function isReviewedCandidate(inputs: DeployGateInputs): boolean {
  return inputs.candidate.trim() === REVIEWED_CANDIDATE
}

/** What promote and review mode both do: judge the candidate against the alias, moving nothing. */
interface Judgement {
  readonly base: Omit<GateResult, 'action'>
  readonly head: AliasHead | undefined
  readonly previous: number | null
  readonly candidateSha: string | undefined
  readonly reports: readonly GateReport[]
  readonly reviewed?: ReviewedCandidate
}

type AliasHead = Awaited<ReturnType<ModelRegistry['history']>>[number]

async function loadReviewed(run: Run): Promise<ReviewedCandidate> {
  const { resolveReviewedCandidate } = await import('./reviewed-candidate.js')
  return resolveReviewedCandidate({
    registry: run.registry,
    model: run.inputs.modelName,
    reviewedCommit: run.inputs.reviewedCommit,
    mergedSha: run.event.sha || run.ciRun.sha || '',
    reviewedTree: run.inputs.reviewedTree,
    ...treeSource(run)
  })
}

/** Where a commit's tree is asked: the step's checkout, then GitHub with the step's token. */
function treeSource(run: Run): TreeSource {
  return {
    cwd: run.context.cwd,
    event: run.event,
    token: run.inputs.githubToken,
    env: run.context.env,
    log: run.context.log,
    ...(run.dependencies.timing ? { timing: run.dependencies.timing } : {})
  }
}

async function judge(run: Run, evidence: Evidence): Promise<Judgement> {
  const { inputs, registry } = run
  const { policy } = evidence
  const reviewed = isReviewedCandidate(inputs) ? await loadReviewed(run) : undefined
  const reports = reviewed?.reports ?? evidence.reports
  const candidate =
    reviewed?.candidate ??
    (await resolveCandidate(registry, inputs.modelName, inputs.candidate, reports))
  const head = (await registry.history(inputs.modelName, inputs.alias))[0]
  const previous = head?.version ?? null
  // A re-run after this candidate was promoted must judge against what it replaced, not itself.
  const comparedWith = head && head.version === candidate.version ? head.previousVersion : previous
  const baseline =
    comparedWith === null ? undefined : await registry.get(inputs.modelName, comparedWith)
  const candidateSha = candidate.lineage.git?.sha ?? (run.ciRun.sha || undefined)

  const results: RuleResult[] = [
    trustCheck(run.event, inputs.allowUntrustedEvents),
    ...(reviewed?.checks ?? []),
    ...checkProvenance(
      reports,
      {
        model: candidate.name,
        version: candidate.version,
        ...(candidateSha ? { gitSha: candidateSha } : {}),
        digests: [
          manifestSha256(candidate),
          candidate.contentDigest,
          ...candidate.files.map((file) => file.sha256)
        ]
      },
      { alias: inputs.alias, version: comparedWith },
      policy.policy.provenance
    ),
    ...(await evaluatePolicy(policy.policy, [...reports, ...registryReports(candidate, baseline)], {
      ...(policyRef(run) ? { ref: policyRef(run) } : {}),
      ...(run.ciRun.event ? { event: run.ciRun.event } : {}),
      lineage: candidate.lineage
    }))
  ]
  const evaluation = decideVerdict(results)
  const record = {
    ...decisionRecord({
      mode: 'promote',
      dryRun: inputs.dryRun,
      evaluation,
      reports,
      policy,
      candidate,
      ...(candidateSha ? { candidateSha } : {}),
      baselineVersion: previous,
      ...runFacts(run)
    }),
    ...(reviewed ? { review: reviewSummary(reviewed) } : {})
  }
  const base = {
    mode: 'promote' as const,
    evaluation,
    record,
    subject: candidate,
    previous,
    policy,
    ...(reviewed ? { reviewRef: reviewed.reviewRef } : {})
  }
  return {
    base,
    head,
    previous,
    candidateSha,
    reports,
    ...(reviewed ? { reviewed } : {})
  }
}

function reviewSummary(reviewed: ReviewedCandidate): NonNullable<DecisionRecord['review']> {
  return {
    ref: reviewed.reviewRef,
    pullRequest: reviewed.review.pullRequest,
    headSha: reviewed.review.headSha,
    ...(reviewed.review.evaluatedSha ? { evaluatedSha: reviewed.review.evaluatedSha } : {})
  }
}

/**
 * A pull request runs on refs/pull/N/merge; what its review vouches for is the branch it merges
 * into, so `allowed-refs` judges the base ref there.
 */
function policyRef(run: Run): string | undefined {
  const pull = run.event.pullRequest
  const baseRef =
    pull?.source === 'event' && pull.baseRef
      ? pull.baseRef
      : run.inputs.baseRef.trim().replace(/^refs\/heads\//, '')
  if (run.inputs.mode === 'review' && baseRef) return `refs/heads/${baseRef}`
  return run.ciRun.ref || undefined
}

/**
 * Review mode: the pull request's verdict and every report it judged are stored once, so the merge
 * promotes exactly this version without retraining. A fork's review is never recorded.
 */
async function review(run: Run, evidence: Evidence): Promise<GateResult> {
  const { reviewTarget, evaluatedTree } = await import('./review-target.js')
  const untrusted = untrustedReason(run.event) ?? forkOfOtherCi(run.ciRun)
  const target = untrusted ? undefined : reviewTarget(run.inputs, run.event)
  const { base, reports } = await judge(run, evidence)
  const version = base.subject.version
  if (!target) {
    return {
      ...base,
      action: { kind: 'refused', reason: `${untrusted}: its review is not recorded` }
    }
  }
  if (run.inputs.dryRun) return { ...base, action: { kind: 'reviewed', version, recorded: false } }
  const evaluated = await evaluatedTree(run.inputs.evaluatedSha, {
    ...treeSource(run),
    fallbackSha: run.ciRun.sha ?? ''
  })
  const { storeReview } = await import('./review-record.js')
  const stored = await storeReview(
    run.registry,
    base.subject,
    {
      model: run.inputs.modelName,
      version,
      pullRequest: target.pullRequest,
      headSha: target.headSha,
      evaluatedSha: evaluated.sha,
      evaluatedTree: evaluated.tree,
      ...(target.baseSha ? { baseSha: target.baseSha } : {}),
      ...(target.baseRef ? { baseRef: target.baseRef } : {}),
      verdict: base.evaluation.verdict,
      reasons: base.evaluation.reasons,
      ...(base.policy ? { policySha256: base.policy.sha256 } : {}),
      ...(run.event.runUrl ? { runUrl: run.event.runUrl } : {}),
      createdAt: base.record.createdAt
    },
    reports,
    `${run.ciRun.runId ?? 'local'}-${run.ciRun.runAttempt ?? '1'}`
  )
  return { ...base, reviewRef: stored.ref, action: { kind: 'reviewed', version, recorded: true } }
}

/** Another CI's word that its pull request comes from a fork: its review is not recorded either. */
function forkOfOtherCi(ciRun: CiRun): string | undefined {
  const change = ciRun.changeRequest
  return ciRun.provider !== 'github-actions' && change?.fromFork
    ? `${ciRun.provider} says pull request #${change.number} comes from a fork`
    : undefined
}

async function promote(run: Run, evidence: Evidence): Promise<GateResult> {
  const { inputs, registry } = run
  const { base, head, previous, candidateSha, reviewed } = await judge(run, evidence)
  const { evaluation, record, subject: candidate } = base
  if (evaluation.verdict !== 'approve') return { ...base, action: { kind: 'held', from: previous } }
  if (previous === candidate.version) {
    const unchanged = { ...base, action: { kind: 'unchanged', version: previous } as GateAction }
    if (!hasCommands(run) || inputs.dryRun) return unchanged
    if (head && (await isUnfinishedMoveOfThisRun(registry, head, run.ciRun, 'promote'))) {
      // An earlier attempt moved the alias and died before its deploy, smoke test or rollback
      // finished: finish them, so a failing candidate still gives the alias back.
      const from = head.previousVersion
      const decisionRef = head.decisionRef as string
      const action: GateAction = { kind: 'promoted', from, to: candidate.version }
      return release(run, { ...base, previous: from, decisionRef, action }, decisionRef, undefined)
    }
    // A re-run after a deploy that failed with nothing to roll back to must deploy again, not pass.
    return redeployUnchanged(run, unchanged)
  }
  if (inputs.dryRun)
    return { ...base, action: { kind: 'dry-run', from: previous, to: candidate.version } }
  // The test merge a pull request evaluated is not on the default branch; the pushed commit is.
  const deployRef = reviewed && run.event.sha ? run.event.sha : candidateSha
  return move(run, base, deployRef, (decisionRef) =>
    registry.promote(inputs.modelName, inputs.alias, candidate.version, {
      expect: previous,
      actor: record.actor ?? 'unknown',
      decisionRef,
      ...(inputs.reason ? { reason: inputs.reason } : {}),
      ...(run.event.runUrl ? { runUrl: run.event.runUrl } : {})
    })
  )
}

async function rollback(run: Run): Promise<GateResult> {
  const { inputs, registry } = run
  const head = (await registry.history(inputs.modelName, inputs.alias))[0]
  if (!head) {
    throw new ConfigurationError(
      `${inputs.modelName}@${inputs.alias} has never been set; there is nothing to roll back`,
      'alias'
    )
  }
  // An earlier attempt of this run rolled back and died before it finished: finish that one
  // instead of rolling back once more (from the version it just left to).
  const resumed =
    (inputs.rollbackTo === undefined || inputs.rollbackTo === head.version) &&
    !inputs.dryRun &&
    (await isUnfinishedMoveOfThisRun(registry, head, run.ciRun, 'rollback'))
  const from = resumed ? (head.previousVersion ?? 0) : head.version
  const targetVersion = resumed ? head.version : (inputs.rollbackTo ?? head.previousVersion)
  if (targetVersion === null) {
    throw new ConfigurationError(
      `${inputs.modelName}@${inputs.alias} has no previous version to roll back to; name one with rollback-to`,
      'rollback-to'
    )
  }
  if (targetVersion === head.version && !resumed) {
    throw new ConfigurationError(
      `${inputs.modelName}@${inputs.alias} already is version ${targetVersion}`,
      'rollback-to'
    )
  }
  const target = await registry.get(inputs.modelName, targetVersion)
  const targetSha = target.lineage.git?.sha ?? (run.ciRun.sha || undefined)
  const evaluation = decideVerdict([trustCheck(run.event, inputs.allowUntrustedEvents)])
  const record = decisionRecord({
    mode: 'rollback',
    dryRun: inputs.dryRun,
    evaluation,
    reports: [],
    candidate: target,
    ...(targetSha ? { candidateSha: targetSha } : {}),
    baselineVersion: from,
    ...runFacts(run)
  })
  const base = {
    mode: 'rollback' as const,
    evaluation,
    record,
    subject: target,
    previous: from
  }
  if (evaluation.verdict !== 'approve') return { ...base, action: { kind: 'held', from } }
  if (inputs.dryRun) return { ...base, action: { kind: 'dry-run', from, to: targetVersion } }
  if (resumed) {
    const decisionRef = head.decisionRef as string
    const done = { ...base, decisionRef, action: { kind: 'rolled-back', from, to: targetVersion } }
    return hasCommands(run)
      ? release(run, done as GateResult, decisionRef, undefined)
      : (done as GateResult)
  }
  return move(run, base, targetSha, (decisionRef) =>
    registry.rollback(inputs.modelName, inputs.alias, {
      to: targetVersion,
      expect: head.version,
      actor: record.actor ?? 'unknown',
      decisionRef,
      reason: inputs.reason || `rollback from version ${head.version}`,
      ...(run.event.runUrl ? { runUrl: run.event.runUrl } : {})
    })
  )
}

/**
 * The order is the audit trail's: the immutable decision first (the alias entry points to it),
 * then the deployment (a refusal stops here), then the compare-and-swap move; a lost race is
 * reported and never retried over the winner.
 */
/** What a decision record says about the run that made it, the same in both modes. */
function runFacts(
  run: Run
): Pick<DecisionFacts, 'alias' | 'environment' | 'reason' | 'env' | 'ciRun' | 'runUrl' | 'now'> {
  return {
    alias: run.inputs.alias,
    environment: run.environment,
    ...(run.inputs.reason ? { reason: run.inputs.reason } : {}),
    env: run.context.env,
    ciRun: run.ciRun,
    ...(run.event.runUrl ? { runUrl: run.event.runUrl } : {}),
    now: (run.dependencies.now ?? (() => new Date()))()
  }
}

async function move(
  run: Run,
  base: Omit<GateResult, 'action'>,
  sha: string | undefined,
  moveAlias: (decisionRef: string) => Promise<{ version: number; previousVersion: number | null }>
): Promise<GateResult> {
  const { inputs, registry } = run
  await requireSafeAliasMoves(run)
  const stored = await registry.putRecord('deploy-decision', base.record)
  const withRecord = { ...base, decisionRef: stored.ref }
  const to = base.subject.version
  let deployment: OpenDeployment | undefined
  if (inputs.createDeployment) {
    // Optional (create-deployment): the GitHub Deployments client loads only for gates that record one.
    const { startDeployment } = await import('./github-deployment.js')
    const started = await startDeployment({
      token: inputs.githubToken,
      apiUrl: run.event.apiUrl,
      owner: run.event.repository?.owner ?? '',
      repo: run.event.repository?.repo ?? '',
      ref: sha ?? run.event.sha,
      environment: run.environment,
      ...(inputs.environmentUrl ? { environmentUrl: inputs.environmentUrl } : {}),
      ...(run.event.runUrl ? { logUrl: run.event.runUrl } : {}),
      description: `${base.mode} ${inputs.modelName}@${inputs.alias} → version ${to}`,
      payload: {
        model: inputs.modelName,
        version: to,
        alias: inputs.alias,
        previousVersion: base.previous,
        mode: base.mode,
        decision: base.evaluation.verdict,
        decisionRef: stored.ref,
        modelUri: manifestUri(registry, inputs.modelName, to),
        registry: registry.location
      },
      requiredContexts: inputs.requiredContexts,
      env: run.context.env,
      log: run.context.log,
      ...(run.dependencies.timing ? { timing: run.dependencies.timing } : {})
    })
    if (started.kind === 'refused') {
      return { ...withRecord, action: { kind: 'refused', reason: started.reason } }
    }
    deployment = started.deployment
  }
  const withDeployment = { ...withRecord, ...(deployment ? { deploymentId: deployment.id } : {}) }
  try {
    const entry = await moveAlias(stored.ref)
    const action: GateAction =
      base.mode === 'rollback'
        ? { kind: 'rolled-back', from: entry.previousVersion ?? 0, to: entry.version }
        : { kind: 'promoted', from: entry.previousVersion, to: entry.version }
    const moved = { ...withDeployment, previous: entry.previousVersion, action }
    if (hasCommands(run)) return await release(run, moved, stored.ref, deployment)
    await deployment?.finish(
      'success',
      `${inputs.modelName}@${inputs.alias} is version ${entry.version}`
    )
    return moved
  } catch (error) {
    if (error instanceof ConcurrencyError) {
      const actual = (await registry.history(inputs.modelName, inputs.alias))[0]?.version ?? null
      await deployment?.finish(
        'failure',
        `another run moved ${inputs.modelName}@${inputs.alias} to ${actual ?? 'unset'} first`
      )
      return { ...withDeployment, action: { kind: 'lost-race', expected: base.previous, actual } }
    }
    await deployment?.finish('error', `the alias move failed: ${(error as Error).message}`)
    throw error
  }
}

function hasCommands(run: Run): boolean {
  return run.commands.deploy.trim() !== '' || run.commands.smokeTest.trim() !== ''
}

/** A review moves nothing, so it deploys nothing: its commands are the merge's. */
function releases(run: Run): boolean {
  return hasCommands(run) && run.inputs.mode !== 'review'
}

async function releaseFlow(run: Run): Promise<ReleaseFlow> {
  const [{ releaseRoot }, { withOwnCli }] = await Promise.all([
    import('./release-flow.js'),
    import('./own-cli.js')
  ])
  return {
    registry: run.registry,
    commands: run.commands,
    ...(run.dependencies.runCommand ? { runCommand: run.dependencies.runCommand } : {}),
    name: run.inputs.modelName,
    alias: run.inputs.alias,
    cwd: run.context.cwd,
    env: withOwnCli(run.context.env, process.argv[1]),
    root: releaseRoot(run.context.env, run.context.cwd),
    log: run.context.log
  }
}

/**
 * The alias already points to the subject (claimed by compare-and-swap, so a concurrent gate lost
 * before anything was deployed); now the deploy and smoke test decide whether the move stands.
 */
async function release(
  run: Run,
  moved: GateResult,
  decisionRef: string,
  deployment: OpenDeployment | undefined
): Promise<GateResult> {
  const { deployVersion, restorePrevious, describeRestoration } = await import('./release-flow.js')
  const flow = await releaseFlow(run)
  const { inputs } = run
  const purpose = moved.mode === 'rollback' ? 'rollback' : 'deploy'
  const attempt = await deployVersion(flow, moved.subject, moved.previous, purpose)
  if (attempt.ok) {
    await deployment?.finish(
      'success',
      `${inputs.modelName}@${inputs.alias} is version ${attempt.version}, deployed and smoke-tested`
    )
    return { ...moved, releases: [attempt] }
  }
  const restored =
    moved.mode === 'rollback'
      ? { restoration: { kind: 'kept' as const } }
      : await restorePrevious(flow, attempt, moved.previous, {
          actor: moved.record.actor ?? 'unknown',
          decisionRef,
          ...(run.event.runUrl ? { runUrl: run.event.runUrl } : {})
        })
  const outcome = describeRestoration(
    restored.restoration,
    inputs.modelName,
    inputs.alias,
    restored.redeploy
  )
  const failed = { ...attempt, restoration: restored.restoration }
  await deployment?.finish('failure', `${attempt.failure}; ${outcome}`.slice(0, 140))
  return {
    ...moved,
    releases: [failed, ...(restored.redeploy ? [restored.redeploy] : [])],
    action: {
      kind: 'deploy-failed',
      from: moved.previous,
      to: moved.subject.version,
      failure: attempt.failure ?? 'deploy failed',
      outcome
    }
  }
}

/** The alias already is the candidate: deploy it again; a failure moves nothing (it was not this run's move). */
async function redeployUnchanged(run: Run, unchanged: GateResult): Promise<GateResult> {
  const { deployVersion } = await import('./release-flow.js')
  const attempt = await deployVersion(
    await releaseFlow(run),
    unchanged.subject,
    unchanged.previous,
    'deploy'
  )
  if (attempt.ok) return { ...unchanged, releases: [attempt] }
  return {
    ...unchanged,
    releases: [{ ...attempt, restoration: { kind: 'kept' } }],
    action: {
      kind: 'deploy-failed',
      from: unchanged.previous,
      to: unchanged.subject.version,
      failure: attempt.failure ?? 'deploy failed',
      outcome: `${run.inputs.modelName}@${run.inputs.alias} already pointed to it and stays`
    }
  }
}

/** The decision JSON for the next step: the record, and what this run did about it. */
async function writeDecisionFile(
  run: Run,
  result: GateResult,
  decision: GateEvaluation['verdict'],
  reasons: readonly string[]
): Promise<string> {
  const { inputs, context } = run
  const decisionPath = await writeTarget(
    inputs.decisionPath
      ? resolve(context.cwd, inputs.decisionPath)
      : resolve(context.env.RUNNER_TEMP || context.cwd, DECISION_FILE_NAME),
    context,
    { input: 'decision-path', allowOutside: inputs.allowWritesOutsideWorkspace }
  )
  await mkdir(dirname(decisionPath), { recursive: true })
  const file = {
    ...result.record,
    outcome: {
      decision,
      reasons,
      action: result.action,
      ...(result.decisionRef ? { decisionRef: result.decisionRef } : {}),
      ...(result.reviewRef ? { reviewRef: result.reviewRef } : {}),
      ...(result.deploymentId !== undefined ? { deploymentId: result.deploymentId } : {}),
      ...(result.releases ? { releases: result.releases } : {})
    }
  }
  await writeFile(decisionPath, `${JSON.stringify(file, null, 2)}\n`)
  return decisionPath
}

async function finish(run: Run, result: GateResult): Promise<Outcome> {
  const { inputs, context, registry } = run
  const { decision, reasons } = finalDecision(result)
  const decisionPath = await writeDecisionFile(run, result, decision, reasons)
  const moved = result.action.kind === 'promoted' || result.action.kind === 'rolled-back'
  const current = await currentVersion(run, result, moved)
  const deployedRelease = result.releases?.find(
    (release) => release.ok && release.version === current
  )
  const markdown = renderDecision({
    mode: result.mode,
    verdict: decision,
    model: inputs.modelName,
    alias: inputs.alias,
    version: result.subject.version,
    action: result.action,
    reasons,
    results: result.evaluation.results,
    environment: run.environment,
    workspace: context.env.GITHUB_WORKSPACE || context.cwd,
    ...(result.decisionRef ? { decisionRef: result.decisionRef } : {}),
    ...(result.deploymentId !== undefined ? { deploymentId: result.deploymentId } : {}),
    ...(result.policy
      ? { policySource: result.policy.source, policySha256: result.policy.sha256 }
      : {}),
    ...(releases(run) ? { release: releaseView(run, result) } : {})
  })
  await commentOnPullRequest({
    action: 'deploy-gate',
    markdown,
    mode: inputs.comment,
    ...(inputs.commentKey ? { key: inputs.commentKey } : {}),
    ...(inputs.githubToken ? { token: inputs.githubToken } : {}),
    env: context.env,
    logger: context.log,
    ...(run.dependencies.timing ? { timing: run.dependencies.timing } : {})
  })
  const alertIssue = await alert(run, result, markdown, current, deployedRelease !== undefined)
  for (const reason of reasons) context.log.untrusted(`deploy-gate: ${reason}`)
  return {
    outputs: {
      decision,
      reasons: reasons.join('\n'),
      promoted: moved,
      'candidate-version': result.subject.version,
      ...(current !== null
        ? {
            'model-version': current,
            'model-uri': manifestUri(registry, inputs.modelName, current)
          }
        : {}),
      ...(result.previous !== null ? { 'previous-version': result.previous } : {}),
      ...(result.decisionRef ? { 'decision-ref': result.decisionRef } : {}),
      ...(result.reviewRef ? { 'review-ref': result.reviewRef } : {}),
      'decision-path': decisionPath,
      ...(result.deploymentId !== undefined ? { 'deployment-id': result.deploymentId } : {}),
      ...(releases(run) ? { deployed: deployedRelease !== undefined } : {}),
      ...(deployedRelease ? { 'model-directory': deployedRelease.directory } : {}),
      ...(alertIssue ? { 'alert-issue': alertIssue } : {})
    },
    report: markdown,
    ...(decision === 'approve'
      ? {}
      : { failure: `deploy-gate: ${decision}: ${reasons[0] ?? decision}` })
  }
}

/** With `alert: issue`: a failed deploy raises the alert issue, the next good one closes it. */
async function alert(
  run: Run,
  result: GateResult,
  markdown: string,
  current: number | null,
  deployedNow: boolean
): Promise<string | undefined> {
  const { inputs, context } = run
  if (inputs.alert === 'off' || inputs.dryRun || inputs.mode === 'review') return undefined
  const change = deployAlertChange({
    model: inputs.modelName,
    alias: inputs.alias,
    action: result.action,
    deployed: hasCommands(run) ? deployedNow : result.action.kind !== 'unchanged',
    currentVersion: current,
    ...(run.event.runUrl ? { runUrl: run.event.runUrl } : {}),
    ...(result.decisionRef ? { decisionRef: result.decisionRef } : {}),
    registry: run.registry.location,
    decisionMarkdown: markdown
  })
  if (!change) return undefined
  const outcome = await alertOnIssue({
    mode: inputs.alert,
    action: 'deploy-gate',
    key: deployAlertKey(inputs.modelName, inputs.alias),
    change,
    ...(inputs.githubToken ? { token: inputs.githubToken } : {}),
    env: context.env,
    logger: context.log,
    cwd: context.cwd,
    ...(run.dependencies.timing ? { timing: run.dependencies.timing } : {})
  })
  return 'url' in outcome ? outcome.url : undefined
}

/** A policy approval that could not be carried out is, for the next step, not an approval. */
function finalDecision(result: GateResult): {
  decision: GateEvaluation['verdict']
  reasons: readonly string[]
} {
  const { action, evaluation } = result
  if (action.kind === 'lost-race') {
    const state = action.actual === null ? 'unset' : `version ${action.actual}`
    return {
      decision: 'reject',
      reasons: [
        `lost the race: another run moved the alias to ${state} first; nothing was overwritten`
      ]
    }
  }
  if (action.kind === 'refused') return { decision: 'reject', reasons: [action.reason] }
  if (action.kind === 'deploy-failed') {
    return { decision: 'reject', reasons: [`the ${action.failure}`, action.outcome] }
  }
  return { decision: evaluation.verdict, reasons: evaluation.reasons }
}

/** Where the alias is after the run: after a failed deploy, only the registry knows for sure. */
async function currentVersion(
  run: Run,
  result: GateResult,
  moved: boolean
): Promise<number | null> {
  if (result.action.kind === 'deploy-failed') {
    return (await run.registry.history(run.inputs.modelName, run.inputs.alias))[0]?.version ?? null
  }
  return moved || result.action.kind === 'unchanged' ? result.subject.version : result.previous
}

function releaseView(run: Run, result: GateResult): ReleaseView {
  return {
    deploy: run.commands.deploy,
    smokeTest: run.commands.smokeTest,
    succeeded: (result.releases ?? []).filter((r) => r.ok).map((r) => r.version)
  }
}

/** The registry's own manifests, addressable by policy rules as `candidate-model` and `baseline-model`. */
function registryReports(candidate: Manifest, baseline: Manifest | undefined): PolicyReport[] {
  return [
    { kind: 'candidate-model', source: `${candidate.name}/${candidate.version}`, data: candidate },
    ...(baseline
      ? [{ kind: 'baseline-model', source: `${baseline.name}/${baseline.version}`, data: baseline }]
      : [])
  ]
}

/** Probed before anything is written, so a store that cannot guard the move leaves no half-done trail. */
async function requireSafeAliasMoves(run: Run): Promise<void> {
  if (run.inputs.allowUnsafeAliases) return
  const probe = await probeConditionalWrites(run.registry.store)
  if (!probe.honoursPreconditions) {
    throw new ConfigurationError(
      `The registry ${run.registry.location} ignores create-only preconditions (If-None-Match: *), so two gates could both move ${run.inputs.modelName}@${run.inputs.alias}. ` +
        'Use a store with conditional writes (AWS S3, MinIO, R2, a directory) or set allow-unsafe-aliases if only one writer can ever move aliases.',
      'allow-unsafe-aliases'
    )
  }
}

function requireDeploymentAccess(inputs: DeployGateInputs, event: EventContext): void {
  if (!inputs.githubToken) {
    throw new ConfigurationError(
      'create-deployment is on but no github-token was given; pass one (deployments: write) or set create-deployment: false',
      'github-token'
    )
  }
  if (!event.repository) {
    throw new ConfigurationError(
      'create-deployment is on but no repository is known (no CI variables or git remote name one); set create-deployment: false',
      'create-deployment'
    )
  }
}
