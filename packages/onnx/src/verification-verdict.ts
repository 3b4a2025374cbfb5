import { formatDistinct, formatNumber } from '@ml-actions/core/markdown'
import type { Finding } from './finding.js'
import type { OnnxVerificationReport, VerificationResult } from './verification-report.js'

type VerdictInput = Omit<OnnxVerificationReport, 'verdict' | 'schemaVersion' | 'kind' | 'createdAt'>

/** Fail on any error; inconclusive only when nothing failed but a decision could not be made. */
export function decideVerdict(report: VerdictInput): {
  result: VerificationResult
  reasons: string[]
} {
  const failures: string[] = []
  const doubts: string[] = []
  const errors = (findings: readonly Finding[]) =>
    findings.filter((entry) => entry.severity === 'error')
  for (const entry of errors(report.findings)) failures.push(`structure: ${entry.message}`)
  if (!report.load.ok)
    failures.push(`load: ${report.load.error?.message ?? report.load.skipped ?? 'not loaded'}`)
  for (const entry of errors(report.contract?.findings ?? []))
    failures.push(`contract: ${entry.message}`)
  const parity = report.parity
  if (parity && !('skipped' in parity) && !parity.passed) {
    if (parity.runError)
      failures.push(`parity: onnxruntime rejected the reference inputs: ${parity.runError}`)
    else if (parity.outputs.length === 0)
      failures.push('parity: no model output has reference data')
    for (const output of parity.outputs.filter((entry) => !entry.passed)) {
      failures.push(
        `parity: output "${output.name}": ${output.failure ?? 'mismatch'} (max abs error ${formatNumber(output.maxAbsError)})`
      )
    }
  }
  const batch = report.batchConsistency
  if (batch?.status === 'checked' && !batch.passed) {
    failures.push(
      `batch: batch of ${batch.batchSize} differs from one-by-one runs${batch.runError ? ` (${batch.runError})` : ''}`
    )
  }
  const latency = report.latency
  if (latency?.error) failures.push(`latency: ${latency.error}`)
  if (latency?.maxP95Ms !== undefined && latency.candidate.p95Ms > latency.maxP95Ms) {
    failures.push(
      `latency: p95 ${formatDistinct(latency.candidate.p95Ms, [latency.maxP95Ms])} ms exceeds the budget of ${latency.maxP95Ms} ms`
    )
  }
  if (latency?.comparison?.verdict === 'fail')
    failures.push(`latency: ${latency.comparison.reason}`)
  if (latency?.comparison?.verdict === 'inconclusive')
    doubts.push(`latency: ${latency.comparison.reason}`)
  if (report.size.maxSizeMb !== undefined && report.size.totalMb > report.size.maxSizeMb) {
    failures.push(
      `size: ${formatDistinct(report.size.totalMb, [report.size.maxSizeMb])} MB exceeds the budget of ${report.size.maxSizeMb} MB`
    )
  }
  if (failures.length > 0) return { result: 'fail', reasons: [...failures, ...doubts] }
  if (doubts.length > 0) return { result: 'inconclusive', reasons: doubts }
  return { result: 'pass', reasons: [] }
}
