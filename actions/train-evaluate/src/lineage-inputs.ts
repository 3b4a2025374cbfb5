import path from 'node:path'
import { ConfigurationError } from '@ml-actions/core/errors'
import type { DatasetDigest } from '@ml-actions/registry'

const DIGEST = /^[a-z0-9-]+:[A-Za-z0-9+/=._-]+$/

/**
 * `name=algo:digest` records a digest the caller computed (`train=sha256:…`, `raw=etag:…`);
 * `name=path` hashes the file or folder now (sha256 over its data manifest).
 */
export async function datasetDigests(
  entries: readonly string[],
  workingDirectory: string
): Promise<DatasetDigest[]> {
  const datasets: DatasetDigest[] = []
  for (const entry of entries) {
    const [name, value] = splitPair(entry, 'datasets', 'name=sha256:<hex> or name=<path>')
    if (DIGEST.test(value) && !value.includes('/')) {
      const algorithm = value.slice(0, value.indexOf(':'))
      datasets.push({ name, digest: value, digestAlgorithm: algorithm })
      continue
    }
    // Only a dataset given as a path is hashed; its manifest code loads for the first one.
    const { dataManifest } = await import('./data-manifest.js')
    const manifest = await dataManifest([value], workingDirectory)
    if (manifest.files.length === 0) {
      throw new ConfigurationError(
        `datasets: "${value}" (for ${name}) is neither a digest like sha256:<hex> nor an existing file or folder under ${workingDirectory}`,
        'datasets'
      )
    }
    datasets.push({
      name,
      uri: path.posix.normalize(value),
      digest: `sha256:${manifest.digest}`,
      digestAlgorithm: manifest.files.length === 1 ? 'sha256-manifest-1-file' : 'sha256-manifest'
    })
  }
  return datasets
}

/** `torch=2.5.1` entries. */
export function frameworkVersions(entries: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    entries.map((entry) => splitPair(entry, 'frameworks', 'name=version, e.g. torch=2.5.1'))
  )
}

function splitPair(entry: string, input: string, expected: string): [string, string] {
  const at = entry.indexOf('=')
  const name = at === -1 ? '' : entry.slice(0, at).trim()
  const value = at === -1 ? '' : entry.slice(at + 1).trim()
  if (name === '' || value === '') {
    throw new ConfigurationError(`${input}: "${entry}" must be ${expected}`, input)
  }
  return [name, value]
}
