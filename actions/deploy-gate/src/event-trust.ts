import type { RuleResult } from '@ml-actions/core/policy'
import type { EventContext } from '@ml-actions/github'

/**
 * Code from a fork must not decide what ships: its reports can be forged. pull_request_target runs
 * with a write token on behalf of any fork, and a workflow_run triggered from a fork carries the
 * fork's artifacts, so both count as untrusted too.
 */
export function untrustedReason(event: EventContext): string | undefined {
  if (event.eventName === 'pull_request_target') {
    return 'pull_request_target runs on behalf of any fork'
  }
  if (event.pullRequest?.isFork) {
    const head = event.pullRequest.headRepositoryFullName
    return `pull request #${event.pullRequest.number} comes from a fork${head ? ` (${head})` : ''}`
  }
  if (event.workflowRun?.isFork) {
    return `the triggering run ${event.workflowRun.id} ran code from a fork`
  }
  return undefined
}

export function trustCheck(event: EventContext, allowUntrusted: boolean): RuleResult {
  const reason = untrustedReason(event)
  const observed = event.eventName || 'unknown'
  const base = {
    name: 'trusted event',
    type: 'trust',
    subject: 'event',
    observed,
    reportOnly: false
  }
  if (!reason) {
    return {
      ...base,
      expected: 'not from a fork',
      status: 'pass',
      effect: 'none',
      detail: `${observed} is trusted`
    }
  }
  return allowUntrusted
    ? {
        ...base,
        expected: 'not from a fork (allow-untrusted-events is on)',
        status: 'fail',
        effect: 'none',
        detail: `${reason}; allowed by allow-untrusted-events`
      }
    : {
        ...base,
        expected: 'not from a fork',
        status: 'fail',
        effect: 'reject',
        detail: `${reason}; untrusted events never promote (allow-untrusted-events)`
      }
}
