import type { CiProvider, CiRun } from '@ml-actions/core/ci'
import type { GateEvaluation, RuleResult } from '@ml-actions/core/policy'
import type { Manifest } from '@ml-actions/registry'
import type { LoadedPolicy } from './policy-source.js'
import type { GateReport } from './report-files.js'

export const DECISION_KIND = 'deploy-decision'

/** The audit record of one gate run: immutable once stored, referenced from the alias log entry. */
export interface DecisionRecord {
  readonly schemaVersion: 1
  readonly kind: typeof DECISION_KIND
  readonly gitSha?: string
  readonly runId?: string
  readonly runAttempt?: string
  readonly runUrl?: string
  /** The CI the gate ran on. */
  readonly ciProvider?: CiProvider
  readonly createdAt: string
  readonly subject: { model: string; version: number; sha256: string }
  readonly mode: 'promote' | 'rollback'
  readonly dryRun: boolean
  readonly verdict: GateEvaluation['verdict']
  readonly reasons: readonly string[]
  readonly rules: readonly RuleResult[]
  readonly inputs: ReadonlyArray<{ path: string; kind: string; sha256: string }>
  readonly policy?: { source: string; sha256: string }
  readonly candidate: { model: string; version: number; contentDigest: string; gitSha?: string }
  readonly baseline: { alias: string; version: number | null }
  readonly alias: string
  readonly environment: string
  readonly actor?: string
  readonly event?: string
  readonly ref?: string
  readonly reason?: string
  /** With candidate: reviewed, the pull request review the promotion was made from. */
  readonly review?: { ref: string; pullRequest: number; headSha: string; evaluatedSha?: string }
}

export interface DecisionFacts {
  readonly mode: DecisionRecord['mode']
  readonly dryRun: boolean
  readonly evaluation: GateEvaluation
  readonly reports: readonly GateReport[]
  readonly policy?: LoadedPolicy
  readonly candidate: Manifest
  readonly candidateSha?: string
  readonly alias: string
  readonly baselineVersion: number | null
  readonly environment: string
  readonly reason?: string
  readonly env: Readonly<Record<string, string | undefined>>
  /** The run the gate is part of, on whichever CI. */
  readonly ciRun: CiRun
  readonly runUrl?: string
  readonly now: Date
}

export function decisionRecord(facts: DecisionFacts): DecisionRecord {
  const { env, candidate, ciRun } = facts
  return {
    schemaVersion: 1,
    kind: DECISION_KIND,
    ...optional('gitSha', ciRun.sha),
    ...optional('runId', ciRun.runId),
    ...optional('runAttempt', ciRun.runAttempt),
    ...optional('runUrl', facts.runUrl),
    ciProvider: ciRun.provider,
    createdAt: facts.now.toISOString(),
    subject: { model: candidate.name, version: candidate.version, sha256: candidate.contentDigest },
    mode: facts.mode,
    dryRun: facts.dryRun,
    verdict: facts.evaluation.verdict,
    reasons: facts.evaluation.reasons,
    rules: facts.evaluation.results,
    inputs: facts.reports.map((report) => ({
      path: report.path,
      kind: report.kind,
      sha256: report.sha256
    })),
    ...(facts.policy
      ? { policy: { source: facts.policy.source, sha256: facts.policy.sha256 } }
      : {}),
    candidate: {
      model: candidate.name,
      version: candidate.version,
      contentDigest: candidate.contentDigest,
      ...optional('gitSha', facts.candidateSha)
    },
    baseline: { alias: facts.alias, version: facts.baselineVersion },
    alias: facts.alias,
    environment: facts.environment,
    ...optional('actor', env.GITHUB_TRIGGERING_ACTOR || ciRun.actor),
    ...optional('event', ciRun.event),
    ...optional('ref', ciRun.ref),
    ...optional('reason', facts.reason)
  }
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {}
}
