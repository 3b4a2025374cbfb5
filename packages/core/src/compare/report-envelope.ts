import type { ComparedSide, ComparisonReport } from './report.js'

/**
 * The fields every JSON report of the project starts with (schemaVersion, kind, provenance and
 * what was judged), so deploy-gate can check freshness and provenance of any report it is given.
 */
export interface ReportEnvelope {
  readonly gitSha?: string
  readonly runId?: string
  readonly runAttempt?: number
  readonly runUrl?: string
  /** ISO 8601. */
  readonly createdAt: string
  readonly subject: ReportSubject
}

export interface ReportSubject {
  /** Registry model name. */
  readonly model?: string
  readonly version?: number
  /** Digest of the model file or of the registry manifest. */
  readonly sha256?: string
}

export type BaselineSource = 'file' | 'registry' | 'artifact' | 'none'

/** Where the baseline came from, said in the comment and checked by deploy-gate. */
export interface BaselineProvenance {
  readonly source: BaselineSource
  readonly model?: string
  readonly version?: number
  readonly alias?: string
  /** The commit whose evaluation is the baseline. */
  readonly gitSha?: string
  /** A file, a registry URI, or the workflow run the artifact came from. */
  readonly path?: string
  /** Link to where the baseline was produced (a workflow run), when known. */
  readonly url?: string
  /** Branch the baseline run was on (artifact baselines). */
  readonly branch?: string
}

/** The pull request a report was computed for: the two-workflow fork mode checks it before commenting. */
export interface ReportPullRequest {
  readonly number: number
  readonly headSha?: string
  readonly headRepositoryId?: number
}

export type BaselineSide = BaselineProvenance & Partial<ComparedSide>

/** The report compare-metrics writes: the comparison inside the shared envelope. */
export interface MetricsComparisonReport
  extends Omit<ComparisonReport, 'baseline'>, ReportEnvelope {
  readonly baseline: BaselineSide
  readonly pullRequest?: ReportPullRequest
}

export function withReportEnvelope(
  report: ComparisonReport,
  envelope: ReportEnvelope,
  provenance: BaselineProvenance,
  pullRequest?: ReportPullRequest
): MetricsComparisonReport {
  const { baseline, ...rest } = report
  const { schemaVersion, kind, ...comparison } = rest
  return {
    schemaVersion,
    kind,
    ...envelopeFields(envelope),
    ...comparison,
    baseline:
      baseline === null ? { ...provenance, source: 'none' } : { ...provenance, ...baseline },
    ...(pullRequest ? { pullRequest } : {})
  }
}

function envelopeFields(envelope: ReportEnvelope): ReportEnvelope {
  return {
    ...(envelope.gitSha ? { gitSha: envelope.gitSha } : {}),
    ...(envelope.runId ? { runId: envelope.runId } : {}),
    ...(envelope.runAttempt !== undefined ? { runAttempt: envelope.runAttempt } : {}),
    ...(envelope.runUrl ? { runUrl: envelope.runUrl } : {}),
    createdAt: envelope.createdAt,
    subject: envelope.subject
  }
}
