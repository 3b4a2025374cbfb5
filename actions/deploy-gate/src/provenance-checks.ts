import {
  effectOf,
  type ProvenanceMode,
  type ProvenancePolicy,
  type RuleResult,
  type RuleStatus
} from '@ml-actions/core/policy'
import type { GateReport } from './report-files.js'

/** What the registry holds for the version being judged. */
export interface CandidateIdentity {
  readonly model: string
  readonly version: number
  /** The commit the version was built from (its lineage), else the run's commit. */
  readonly gitSha?: string
  /** sha256 of the stored manifest, its contentDigest and every file's sha256: a report may name any. */
  readonly digests: readonly string[]
}

/** The alias as it is now: the version a comparison must have used as its baseline. */
export interface AliasState {
  readonly alias: string
  readonly version: number | null
}

/**
 * Freshness and provenance of every report: made from the candidate's commit, about the candidate
 * version (its digest as the registry holds it), and compared against the alias's current version.
 * A report that fails any of these judged something else than what would ship.
 */
export function checkProvenance(
  reports: readonly GateReport[],
  candidate: CandidateIdentity,
  current: AliasState,
  policy: ProvenancePolicy
): RuleResult[] {
  return reports.flatMap((report) => [
    ...(policy.gitSha === 'off' ? [] : [gitShaCheck(report, candidate, policy.gitSha)]),
    ...(policy.subject === 'off' ? [] : [subjectCheck(report, candidate, policy.subject)]),
    ...(policy.baseline === 'off' || report.envelope.baseline === undefined
      ? []
      : [baselineCheck(report, candidate, current, policy.baseline)])
  ])
}

function gitShaCheck(
  report: GateReport,
  candidate: CandidateIdentity,
  mode: ProvenanceMode
): RuleResult {
  const observed = report.envelope.gitSha
  const expected = candidate.gitSha
    ? `${short(candidate.gitSha)} (candidate commit)`
    : 'the candidate commit'
  const row = (status: RuleStatus, detail: string) =>
    provenanceRow('fresh', report, observed, expected, status, detail, mode)
  if (!candidate.gitSha) {
    return row(
      'missing',
      `the candidate ${candidate.model}/${candidate.version} records no commit to compare ${report.path} with`
    )
  }
  if (!observed)
    return row('missing', `${report.path} does not say which commit it was made from (gitSha)`)
  return observed.toLowerCase() === candidate.gitSha.toLowerCase()
    ? row('pass', `${report.path} was made from the candidate's commit`)
    : row(
        'fail',
        `${report.path} is stale: made from ${short(observed)}, the candidate is ${short(candidate.gitSha)}`
      )
}

function subjectCheck(
  report: GateReport,
  candidate: CandidateIdentity,
  mode: ProvenanceMode
): RuleResult {
  const subject = report.envelope.subject ?? undefined
  const expected = `${candidate.model}/${candidate.version}, digest as in the registry`
  // train-evaluate names the version by its manifest, the other reports by the model file they
  // judged: two digests of one model, so each says which it is.
  const digestKind = report.kind === 'train-evaluate' ? 'manifest' : 'file'
  const observed = subject
    ? [
        subject.model,
        subject.version,
        subject.sha256 ? `${digestKind} ${short(subject.sha256)}` : undefined
      ]
        .filter((part) => part !== undefined)
        .join(' ')
    : undefined
  const row = (status: RuleStatus, detail: string) =>
    provenanceRow('subject', report, observed, expected, status, detail, mode)
  if (!subject) return row('missing', `${report.path} does not name what it judged (subject)`)
  if (subject.model !== undefined && subject.model !== candidate.model) {
    return row('fail', `${report.path} judged model ${subject.model}, not ${candidate.model}`)
  }
  if (subject.version !== undefined && subject.version !== candidate.version) {
    return row(
      'fail',
      `${report.path} judged version ${subject.version}, not the candidate ${candidate.version}`
    )
  }
  if (!subject.sha256)
    return row('missing', `${report.path} carries no subject digest (subject.sha256)`)
  return candidate.digests.includes(subject.sha256.toLowerCase())
    ? row(
        'pass',
        `${report.path} judged the bytes the registry holds for ${candidate.model}/${candidate.version}`
      )
    : row(
        'fail',
        `${report.path} judged sha256 ${short(subject.sha256)}, which is not in ${candidate.model}/${candidate.version}: the report or the model was changed`
      )
}

function baselineCheck(
  report: GateReport,
  candidate: CandidateIdentity,
  current: AliasState,
  mode: ProvenanceMode
): RuleResult {
  const baseline = report.envelope.baseline ?? null
  const now =
    current.version === null ? `${current.alias} unset` : `${current.alias} = ${current.version}`
  const expected = `current ${now}`
  const observed = baseline === null ? 'none' : (baseline.version ?? baseline.source ?? 'unknown')
  const row = (status: RuleStatus, detail: string) =>
    provenanceRow('baseline', report, observed, expected, status, detail, mode)
  const comparedWithNothing = baseline === null || baseline.source === 'none'
  if (comparedWithNothing) {
    return current.version === null
      ? row('pass', `${report.path} had no baseline, and ${current.alias} is still unset`)
      : row(
          'fail',
          `${report.path} compared with no baseline, but ${candidate.model}@${now}: re-run the comparison`
        )
  }
  if (baseline.model !== undefined && baseline.model !== candidate.model) {
    return row(
      'fail',
      `${report.path} compared with model ${baseline.model}, not ${candidate.model}`
    )
  }
  if (typeof baseline.version !== 'number') {
    return row(
      'missing',
      `${report.path} compared with a ${baseline.source ?? 'baseline'} that is not a registry version, so it cannot be tied to ${current.alias}`
    )
  }
  return baseline.version === current.version
    ? row('pass', `${report.path} compared with ${candidate.model}@${now}, still current`)
    : row(
        'fail',
        `${report.path} compared with version ${baseline.version}, but ${candidate.model}@${now} now: re-run the comparison`
      )
}

function provenanceRow(
  check: string,
  report: GateReport,
  observed: unknown,
  expected: string,
  status: RuleStatus,
  detail: string,
  mode: ProvenanceMode
): RuleResult {
  return {
    name: `${check} (${report.kind})`,
    type: 'provenance',
    subject: report.path,
    observed,
    expected,
    status,
    effect: effectOf(status, false, mode === 'required' ? 'reject' : 'pass'),
    reportOnly: false,
    detail
  }
}

export function short(sha: string): string {
  return /^[0-9a-f]{40,64}$/i.test(sha) ? sha.slice(0, 12) : sha
}
