import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { isAbsolute, resolve } from 'node:path'
import { ConfigurationError } from '@ml-actions/core/errors'
import { expandPathPatterns } from '@ml-actions/core/io'
import type { PolicyReport } from '@ml-actions/core/policy'

/** The fields every report shares (see the report envelope); everything else is the kind's own. */
export interface ReportEnvelope {
  readonly schemaVersion?: number
  readonly kind: string
  readonly gitSha?: string
  readonly runId?: string | number
  readonly runUrl?: string
  readonly createdAt?: string
  readonly subject?: {
    readonly model?: string
    readonly version?: number
    readonly sha256?: string
  }
  readonly baseline?: {
    readonly source?: string
    readonly model?: string
    readonly version?: number | null
    readonly alias?: string
    readonly gitSha?: string
    readonly path?: string
  } | null
}

export interface GateReport extends PolicyReport {
  readonly path: string
  /** sha256 of the file's bytes, recorded in the decision. */
  readonly sha256: string
  readonly envelope: ReportEnvelope
}

const MAX_REPORT_BYTES = 64 * 1024 * 1024

/** Reads each report named by the patterns; a file that is not a report is the user's mistake. */
export async function readReports(patterns: readonly string[], cwd: string): Promise<GateReport[]> {
  let paths: string[]
  try {
    paths = await expandPathPatterns(patterns, { cwd })
  } catch (error) {
    if (error instanceof ConfigurationError)
      throw new ConfigurationError(`reports: ${error.message}`, 'reports')
    throw error
  }
  const reports: GateReport[] = []
  for (const path of paths) reports.push(await readReport(path, cwd))
  return reports
}

async function readReport(path: string, cwd: string): Promise<GateReport> {
  const absolute = isAbsolute(path) ? path : resolve(cwd, path)
  let bytes: Buffer
  try {
    bytes = await readFile(absolute)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ConfigurationError(
      `reports: "${path}" cannot be read${code === 'ENOENT' ? ': no such file' : ` (${code})`}`,
      'reports'
    )
  }
  if (bytes.length > MAX_REPORT_BYTES) {
    throw new ConfigurationError(
      `reports: "${path}" is larger than 64 MiB; it is not a report`,
      'reports'
    )
  }
  let data: unknown
  try {
    data = JSON.parse(bytes.toString('utf8'))
  } catch (error) {
    throw new ConfigurationError(
      `reports: "${path}" is not JSON: ${(error as Error).message}`,
      'reports'
    )
  }
  const problem = envelopeProblem(data)
  if (problem) throw new ConfigurationError(`reports: "${path}" ${problem}`, 'reports')
  const envelope = data as ReportEnvelope
  return {
    kind: envelope.kind,
    source: path,
    data,
    path,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    envelope
  }
}

function envelopeProblem(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return 'is not a JSON object'
  const record = data as Record<string, unknown>
  if (typeof record.kind !== 'string' || record.kind === '')
    return 'has no "kind": it is not an ml-actions report'
  if (record.schemaVersion !== undefined && record.schemaVersion !== 1) {
    return `has schemaVersion ${JSON.stringify(record.schemaVersion)}; this gate reads schemaVersion 1`
  }
  for (const key of ['subject', 'baseline'] as const) {
    const value = record[key]
    if (
      value !== undefined &&
      value !== null &&
      (typeof value !== 'object' || Array.isArray(value))
    ) {
      return `has a "${key}" that is not an object`
    }
  }
  if (record.gitSha !== undefined && typeof record.gitSha !== 'string')
    return 'has a "gitSha" that is not a string'
  return undefined
}
