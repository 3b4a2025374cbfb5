import type {
  GateEvaluation,
  MissingOutcome,
  RuleEffect,
  RuleResult,
  RuleStatus
} from './policy.js'

/** What a status does to the verdict, given the rule's settings. */
export function effectOf(
  status: RuleStatus,
  reportOnly: boolean,
  onMissing: MissingOutcome
): RuleEffect {
  if (reportOnly || status === 'pass') return 'none'
  if (status === 'fail') return 'reject'
  return onMissing === 'pass' ? 'none' : onMissing
}

/** Any rejection rejects; otherwise any inconclusive result leaves the decision to a human. */
export function decideVerdict(results: readonly RuleResult[]): GateEvaluation {
  const rejecting = results.filter((result) => result.effect === 'reject')
  const undecided = results.filter((result) => result.effect === 'inconclusive')
  const reasons = [...rejecting, ...undecided].map((result) => `${result.name}: ${result.detail}`)
  const verdict =
    rejecting.length > 0 ? 'reject' : undecided.length > 0 ? 'inconclusive' : 'approve'
  return { verdict, reasons, results }
}
