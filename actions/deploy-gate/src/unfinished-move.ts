import type { CiRun } from '@ml-actions/core/ci'
import type { AliasEntry, ModelRegistry } from '@ml-actions/registry'
import { DECISION_KIND, type DecisionRecord } from './decision-record.js'

/**
 * Whether the alias's head entry is a move an earlier attempt of this same CI run made, in this
 * mode, for this subject: that attempt was killed or cancelled after its compare-and-swap and
 * before its deploy, smoke test or automatic rollback finished. A re-run finishes that move (deploys
 * it, or puts the previous version back) instead of taking it for another run's and judging again.
 * Only a run identity the CI keeps across attempts counts (GitHub's run id and attempt number);
 * without one (a local run, CircleCI and GitLab CI give a retried job a new id) every move is
 * someone else's.
 */
export async function isUnfinishedMoveOfThisRun(
  registry: ModelRegistry,
  head: AliasEntry | undefined,
  ciRun: CiRun,
  mode: DecisionRecord['mode']
): Promise<boolean> {
  if (!head?.decisionRef || !ciRun.runId) return false
  const record = await registry
    .getRecord<Partial<DecisionRecord>>(head.decisionRef)
    .catch(() => undefined)
  return (
    record?.kind === DECISION_KIND &&
    record.mode === mode &&
    record.runId === ciRun.runId &&
    // An earlier attempt: another step of this attempt moving the same alias made its own move.
    Number(record.runAttempt) < Number(ciRun.runAttempt) &&
    record.ciProvider === ciRun.provider &&
    record.alias === head.alias &&
    record.subject?.version === head.version
  )
}
