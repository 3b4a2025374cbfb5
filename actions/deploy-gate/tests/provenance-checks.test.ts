import { describe, expect, it } from '@jest/globals'
import type { ProvenancePolicy } from '@ml-actions/core/policy'
import { readEventContext } from '@ml-actions/github'
import { pullRequestFromFork, pullRequestOpened } from '../../../tests/support/webhook-events.js'
import { trustCheck } from '../src/event-trust.js'
import { checkProvenance, type CandidateIdentity } from '../src/provenance-checks.js'
import type { GateReport, ReportEnvelope } from '../src/report-files.js'

const SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'
const DIGEST = 'a'.repeat(64)
const candidate: CandidateIdentity = {
  model: 'classifier',
  version: 7,
  gitSha: SHA,
  digests: [DIGEST]
}
const REQUIRED: ProvenancePolicy = { gitSha: 'required', subject: 'required', baseline: 'required' }

function report(envelope: Omit<ReportEnvelope, 'kind'>): GateReport {
  const data = { kind: 'metrics-comparison', ...envelope }
  return { kind: data.kind, source: 'c.json', path: 'c.json', sha256: 'x', data, envelope: data }
}

const fresh = {
  gitSha: SHA.toUpperCase(),
  subject: { model: 'classifier', version: 7, sha256: DIGEST }
}
const rows = (r: GateReport, policy = REQUIRED, alias: number | null = 6) =>
  checkProvenance([r], candidate, { alias: 'production', version: alias }, policy).map((row) => [
    row.name,
    row.status,
    row.effect
  ])

describe('checkProvenance', () => {
  it('passes a fresh report about the candidate compared with the current alias', () => {
    const r = report({ ...fresh, baseline: { source: 'registry', version: 6 } })
    expect(rows(r)).toEqual([
      ['fresh (metrics-comparison)', 'pass', 'none'],
      ['subject (metrics-comparison)', 'pass', 'none'],
      ['baseline (metrics-comparison)', 'pass', 'none']
    ])
  })

  it('fails closed on missing provenance, and lets if-present and off relax it', () => {
    const bare = report({})
    expect(rows(bare)).toEqual([
      ['fresh (metrics-comparison)', 'missing', 'reject'],
      ['subject (metrics-comparison)', 'missing', 'reject']
    ])
    expect(rows(bare, { gitSha: 'if-present', subject: 'off', baseline: 'off' })).toEqual([
      ['fresh (metrics-comparison)', 'missing', 'none']
    ])
    // if-present still rejects a value that is there and wrong.
    expect(
      rows(report({ gitSha: 'b'.repeat(40) }), { ...REQUIRED, gitSha: 'if-present' })[0]
    ).toEqual(['fresh (metrics-comparison)', 'fail', 'reject'])
  })

  it('rejects a report changed after it was written and a report from another commit', () => {
    // The report names bytes the candidate does not have: it or the model was edited afterwards.
    const tampered = report({ ...fresh, subject: { ...fresh.subject, sha256: 'b'.repeat(64) } })
    expect(rows(tampered)[1]).toEqual(['subject (metrics-comparison)', 'fail', 'reject'])
    const otherCommit = report({ ...fresh, gitSha: '6dcb09b5b57875f334f61aebed695e2e4193db5e' })
    expect(rows(otherCommit)[0]).toEqual(['fresh (metrics-comparison)', 'fail', 'reject'])
  })

  it('ties baselines to the alias: none while the alias is set, files, other models', () => {
    const none = report({ ...fresh, baseline: { source: 'none' } })
    expect(rows(none)[2]).toEqual(['baseline (metrics-comparison)', 'fail', 'reject'])
    expect(rows(none, REQUIRED, null)[2]).toEqual(['baseline (metrics-comparison)', 'pass', 'none'])
    const file = report({ ...fresh, baseline: { source: 'file', path: 'base.json' } })
    expect(rows(file)[2]).toEqual(['baseline (metrics-comparison)', 'missing', 'reject'])
    expect(rows(file, { ...REQUIRED, baseline: 'if-present' })[2]).toEqual([
      'baseline (metrics-comparison)',
      'missing',
      'none'
    ])
    const other = report({
      ...fresh,
      baseline: { source: 'registry', model: 'ranker', version: 6 }
    })
    expect(
      checkProvenance([other], candidate, { alias: 'production', version: 6 }, REQUIRED)[2]?.detail
    ).toBe('c.json compared with model ranker, not classifier')
  })

  it('rejects a subject naming another model', () => {
    const r = report({ ...fresh, subject: { model: 'ranker', sha256: DIGEST } })
    expect(checkProvenance([r], candidate, { alias: 'p', version: 6 }, REQUIRED)[1]).toMatchObject({
      status: 'fail',
      detail: 'c.json judged model ranker, not classifier'
    })
  })
})

describe('trustCheck', () => {
  const context = (eventName: string, payload: unknown) =>
    readEventContext({ GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: 'event.json' }, () =>
      JSON.stringify(payload)
    )

  it('trusts pushes and same-repository pull requests', () => {
    const repo = { id: 1, full_name: 'o/r' }
    expect(trustCheck(context('push', {}), false).effect).toBe('none')
    const pull = { number: 3, head: { sha: SHA, repo }, base: { repo } }
    expect(
      trustCheck(context('pull_request', { pull_request: pull, repository: repo }), false).status
    ).toBe('pass')
  })

  // GitHub's own pull_request payload (@octokit/webhooks-examples), as the same repository sends it
  // and as a fork does; pull_request_target carries the same payload with a write token.
  it('refuses a fork pull request and pull_request_target, from GitHub payloads', () => {
    expect(trustCheck(context('pull_request', pullRequestOpened()), false).status).toBe('pass')
    expect(trustCheck(context('pull_request', pullRequestFromFork()), false)).toMatchObject({
      status: 'fail',
      effect: 'reject',
      detail: expect.stringMatching(
        /^pull request #2 comes from a fork \(contributor\/Hello-World\)/
      )
    })
    expect(trustCheck(context('pull_request_target', pullRequestOpened()), false)).toMatchObject({
      status: 'fail',
      effect: 'reject',
      detail: expect.stringMatching(/^pull_request_target runs on behalf of any fork/)
    })
  })

  it('refuses workflow_run from a fork unless allowed', () => {
    const event = context('workflow_run', {
      repository: { id: 1 },
      workflow_run: {
        id: 99,
        head_sha: SHA,
        event: 'pull_request',
        head_repository: { id: 2 },
        repository: { id: 1 }
      }
    })
    expect(trustCheck(event, false)).toMatchObject({
      status: 'fail',
      effect: 'reject',
      detail:
        'the triggering run 99 ran code from a fork; untrusted events never promote (allow-untrusted-events)'
    })
    expect(trustCheck(event, true)).toMatchObject({ status: 'fail', effect: 'none' })
  })
})
