import { ConfigurationError } from '@ml-actions/core/errors'
import type { RuleResult } from '@ml-actions/core/policy'
import {
  manifestSha256,
  recordSha256,
  type Manifest,
  type ModelRegistry
} from '@ml-actions/registry'
import type { GateReport, ReportEnvelope } from './report-files.js'

export const REVIEW_KIND = 'deploy-review'
const REPORT_KIND = 'review-report'
/** One small record per review, keyed by pull request: what "the head moved" is found from. */
const PULL_INDEX_KIND = 'deploy-review-pull'

/** Names a review of one pull request; written create-only after the review it points to. */
export interface PullReviewEntry {
  readonly kind: typeof PULL_INDEX_KIND
  readonly schemaVersion: 1
  readonly model: string
  readonly pullRequest: number
  readonly headSha: string
  readonly reviewRef: string
  readonly createdAt: string
}

/** One report as the pull request's gate judged it, stored as a record of its own. */
export interface RecordedReport {
  readonly path: string
  readonly kind: string
  readonly ref: string
  /** sha256 of the record's bytes (canonical JSON): what the merge verifies before judging it again. */
  readonly sha256: string
}

/** 2 added evaluatedTree and baseSha; a merge refuses a 1 unless reviewed-tree: any (docs/registry.md). */
export const REVIEW_SCHEMA_VERSION = 2
const READABLE_SCHEMA_VERSIONS: readonly number[] = [1, 2]

/** What a pull request's run evaluated: written once, read on merge to promote exactly that. */
export interface ReviewRecord {
  readonly kind: typeof REVIEW_KIND
  readonly schemaVersion: 1 | 2
  readonly model: string
  readonly version: number
  readonly manifestSha256: string
  readonly pullRequest: number
  /** The PR's head commit when it was evaluated: the merge must have this head. */
  readonly headSha: string
  /** GITHUB_SHA of the PR run: the test merge of head into base that was built and evaluated. */
  readonly evaluatedSha?: string
  /** The tree of evaluatedSha: a merge promotes only when its own commit has this tree. */
  readonly evaluatedTree?: string
  /** The base branch's commit the test merge was made on. */
  readonly baseSha?: string
  readonly baseRef?: string
  readonly verdict: string
  readonly reasons: readonly string[]
  readonly policySha256?: string
  readonly runUrl?: string
  readonly createdAt: string
  readonly reports: readonly RecordedReport[]
}

export type ReviewFacts = Omit<
  ReviewRecord,
  'kind' | 'schemaVersion' | 'reports' | 'manifestSha256'
>

/** Stores each report, then the review naming them (the review last: nothing points to a half-written one). */
export async function storeReview(
  registry: ModelRegistry,
  candidate: Manifest,
  facts: ReviewFacts,
  reports: readonly GateReport[],
  runKey: string
): Promise<{ ref: string; record: ReviewRecord }> {
  const recorded: RecordedReport[] = []
  for (const report of reports) {
    const stored = await registry.putRecord(REPORT_KIND, report.data)
    recorded.push({ path: report.path, kind: report.kind, ref: stored.ref, sha256: stored.sha256 })
  }
  const record: ReviewRecord = {
    kind: REVIEW_KIND,
    schemaVersion: REVIEW_SCHEMA_VERSION,
    ...facts,
    manifestSha256: manifestSha256(candidate),
    reports: recorded
  }
  const stored = await registry.putRecord(REVIEW_KIND, record, {
    key: `${facts.headSha.toLowerCase()}.${runKey}`
  })
  // After the review: an index entry never names a review that is not there. Lost to a crash, it
  // costs only the "head moved" diagnosis; the merge finds the review by its head.
  const entry: PullReviewEntry = {
    kind: PULL_INDEX_KIND,
    schemaVersion: 1,
    model: facts.model,
    pullRequest: facts.pullRequest,
    headSha: facts.headSha.toLowerCase(),
    reviewRef: stored.ref,
    createdAt: facts.createdAt
  }
  await registry.putRecord(PULL_INDEX_KIND, entry, {
    key: `${await pullIndexPrefix(facts.model, facts.pullRequest)}${entry.headSha}.${runKey}`
  })
  return { ref: stored.ref, record }
}

/**
 * `pr<N>.<16 hex of sha256(model)>.`: a model name may be 128 characters and contain dots, so the
 * key carries a fixed-length digest of it instead, which keeps the key short and the prefix exact.
 */
async function pullIndexPrefix(model: string, pullRequest: number): Promise<string> {
  const { createHash } = await import('node:crypto')
  return `pr${pullRequest}.${createHash('sha256').update(model).digest('hex').slice(0, 16)}.`
}

/** The reviews of one pull request of `model`, newest first: its index entries only, not every review. */
export async function listPullReviews(
  registry: ModelRegistry,
  model: string,
  pullRequest: number
): Promise<PullReviewEntry[]> {
  const prefix = `records/${PULL_INDEX_KIND}/${await pullIndexPrefix(model, pullRequest)}`
  const found: PullReviewEntry[] = []
  for await (const blob of registry.store.list(prefix)) {
    if (!blob.key.endsWith('.json')) continue
    const entry = await registry.getRecord<PullReviewEntry>(blob.key)
    if (entry.kind === PULL_INDEX_KIND && entry.model === model) found.push(entry)
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}

/** Every review of `model` for the pull request head `headSha`, newest first. */
export async function listReviews(
  registry: ModelRegistry,
  model: string,
  headSha: string
): Promise<Array<{ ref: string; record: ReviewRecord }>> {
  const prefix = `records/${REVIEW_KIND}/${headSha.toLowerCase()}.`
  const found: Array<{ ref: string; record: ReviewRecord }> = []
  for await (const blob of registry.store.list(prefix)) {
    if (!blob.key.endsWith('.json')) continue
    const record = await registry.getRecord<ReviewRecord>(blob.key)
    if (record.kind === REVIEW_KIND && record.model === model) found.push({ ref: blob.key, record })
  }
  return found.sort((a, b) => b.record.createdAt.localeCompare(a.record.createdAt))
}

/** A review this version can judge; a newer format is refused rather than read half. */
export function requireReadableReview(ref: string, review: ReviewRecord): void {
  if (!READABLE_SCHEMA_VERSIONS.includes(review.schemaVersion)) {
    throw new ConfigurationError(
      `candidate: reviewed: ${ref} has schemaVersion ${String(review.schemaVersion)}, which this ml-actions cannot read (it reads ${READABLE_SCHEMA_VERSIONS.join(', ')}); ` +
        'use the ml-actions version that recorded it. Nothing was moved.',
      'candidate'
    )
  }
}

/** The recorded reports, each re-read and checked against the sha256 the review holds. */
export async function readRecordedReports(
  registry: ModelRegistry,
  review: ReviewRecord
): Promise<{ reports: GateReport[]; checks: RuleResult[] }> {
  const reports: GateReport[] = []
  const checks: RuleResult[] = []
  for (const entry of review.reports) {
    const data = await registry.getRecord<Record<string, unknown>>(entry.ref)
    const actual = recordSha256(data)
    const intact = actual === entry.sha256 && entry.ref.endsWith(`sha256-${entry.sha256}.json`)
    checks.push(
      reviewCheck(
        `recorded report ${entry.kind}`,
        entry.ref,
        { observed: actual, expected: entry.sha256, pass: intact },
        intact
          ? `${entry.path} as the pull request's gate judged it`
          : `${entry.path}: the stored report does not match the sha256 the review recorded; it was changed after the review`
      )
    )
    if (intact) {
      reports.push({
        kind: entry.kind,
        source: entry.path,
        data,
        path: entry.path,
        sha256: entry.sha256,
        envelope: data as unknown as ReportEnvelope
      })
    }
  }
  return { reports, checks }
}

/** A check the review itself contributes to the verdict: a failed one rejects. */
export function reviewCheck(
  name: string,
  subject: string,
  outcome: { readonly observed: string; readonly expected: string; readonly pass: boolean },
  detail: string
): RuleResult {
  return {
    name,
    type: 'review',
    subject,
    observed: outcome.observed,
    expected: outcome.expected,
    reportOnly: false,
    status: outcome.pass ? 'pass' : 'fail',
    effect: outcome.pass ? 'none' : 'reject',
    detail
  }
}

export function noReviewError(model: string, pull: string, headSha: string): ConfigurationError {
  return new ConfigurationError(
    `candidate: reviewed: no review of ${model} is recorded for ${pull} at head ${headSha}; ` +
      'the pull request run must run deploy-gate with mode: review (and the same registry). Nothing was moved.',
    'candidate'
  )
}
