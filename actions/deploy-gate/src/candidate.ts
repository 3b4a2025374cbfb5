import { ConfigurationError } from '@ml-actions/core/errors'
import { parseModelRef, type Manifest, type ModelRegistry } from '@ml-actions/registry'
import type { GateReport } from './report-files.js'

/**
 * The version to judge: `7`, `model/7` or `model@alias` from the `candidate` input, else the one
 * version every report names. Guessing `latest` would judge whatever was registered last.
 */
export async function resolveCandidate(
  registry: ModelRegistry,
  model: string,
  candidate: string,
  reports: readonly GateReport[]
): Promise<Manifest> {
  const text = candidate.trim()
  if (text === '') return registry.get(model, versionFromReports(model, reports))
  if (/^\d+$/.test(text)) return registry.get(model, Number(text))
  const ref = parseModelRef(text, 'candidate')
  if (ref.name !== model) {
    throw new ConfigurationError(
      `Input "candidate" (${text}) names model ${ref.name}, but model is ${model}`,
      'candidate'
    )
  }
  return (await registry.resolve(text)).manifest
}

function versionFromReports(model: string, reports: readonly GateReport[]): number {
  const versions = new Set<number>()
  for (const report of reports) {
    const subject = report.envelope.subject
    if (
      typeof subject?.version === 'number' &&
      (subject.model === undefined || subject.model === model)
    ) {
      versions.add(subject.version)
    }
  }
  if (versions.size === 1) return [...versions][0] as number
  throw new ConfigurationError(
    versions.size === 0
      ? `Input "candidate" is empty and no report names a version of ${model} (subject.version); give the version to promote`
      : `Input "candidate" is empty and the reports name different versions of ${model} (${[...versions].join(', ')}); give the version to promote`,
    'candidate'
  )
}
