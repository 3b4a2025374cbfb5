export type Severity = 'error' | 'warning' | 'info'

/** One classified observation about a model; `error` findings fail the verification. */
export interface Finding {
  readonly code: string
  readonly severity: Severity
  readonly message: string
}

export function finding(code: string, severity: Severity, message: string): Finding {
  return { code, severity, message }
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((entry) => entry.severity === 'error')
}
