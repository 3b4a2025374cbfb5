import { mkdtemp, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { HistoryPoint } from '@ml-actions/core/compare'
import { ConfigurationError } from '@ml-actions/core/errors'
import { toMetricsDocument } from '@ml-actions/core/metrics'
import { readMetrics } from '@ml-actions/core/io'
import type { JsonValue, MetricsDocument } from '@ml-actions/core/metrics'
import { ModelRegistry, type Manifest, type S3StoreOptions } from '@ml-actions/registry'

/**
 * The baseline as the registry knows it: the version an alias points to (`model@production`), its
 * metrics from the manifest, or from one of its files when `metricsFile` names one (only that
 * version is downloaded then, checked against its sha256 by the registry).
 */
export interface RegistryBaselineRequest {
  readonly registry: string
  readonly s3?: S3StoreOptions
  readonly model: string
  readonly alias: string
  readonly metricsFile?: string
  readonly cwd: string
  readonly scratch: string
}

export interface RegistryBaseline {
  readonly document: MetricsDocument
  readonly version: number
  readonly location: string
  readonly gitSha?: string
  readonly runUrl?: string
  readonly manifestDigest: string
  /** The predictions the version was registered with (train-evaluate's `predictions`), verified. */
  readonly predictions?: { readonly name: string; readonly bytes: Uint8Array }
}

export async function registryBaseline(
  request: RegistryBaselineRequest
): Promise<RegistryBaseline | undefined> {
  const registry = ModelRegistry.open(request.registry, { cwd: request.cwd, s3: request.s3 ?? {} })
  const ref = `${request.model}@${request.alias}`
  // An alias that was never set is the first run of a project, not a broken baseline.
  if ((await registry.history(request.model, request.alias)).length === 0) return undefined
  const resolved = await registry.resolve(ref).catch((error: unknown) => {
    if (error instanceof ConfigurationError)
      throw new ConfigurationError(`baseline-alias: ${error.message}`, 'baseline-alias')
    throw error
  })
  const source = `${registry.location} ${request.model}/${resolved.version}`
  const document = request.metricsFile
    ? await metricsFromFile(registry, resolved.manifest, request.metricsFile, request.scratch)
    : metricsFromManifest(resolved.manifest, source)
  const predictions = await registry.predictions(resolved.manifest)
  return {
    document,
    version: resolved.version,
    location: registry.location,
    ...(resolved.manifest.lineage.git?.sha ? { gitSha: resolved.manifest.lineage.git.sha } : {}),
    ...(resolved.manifest.lineage.ci?.runUrl
      ? { runUrl: resolved.manifest.lineage.ci.runUrl }
      : {}),
    manifestDigest: resolved.manifest.contentDigest,
    ...(predictions ? { predictions: { name: predictions.path, bytes: predictions.bytes } } : {})
  }
}

function metricsFromManifest(manifest: Manifest, source: string): MetricsDocument {
  if (Object.keys(manifest.metrics).length === 0) {
    throw new ConfigurationError(
      `${source} has no metrics in its manifest; register it with metrics, or name the metrics file inside the version with registry-metrics-file`,
      'registry-metrics-file'
    )
  }
  return toMetricsDocument(
    { path: `${source} manifest`, syntax: 'json', data: manifest.metrics as JsonValue },
    { allowNonFinite: true }
  )
}

async function metricsFromFile(
  registry: ModelRegistry,
  manifest: Manifest,
  file: string,
  scratch: string
): Promise<MetricsDocument> {
  if (!manifest.files.some((entry) => entry.path === file)) {
    throw new ConfigurationError(
      `registry-metrics-file "${file}" is not a file of ${manifest.name}/${manifest.version} (it has ${manifest.files
        .slice(0, 10)
        .map((entry) => entry.path)
        .join(', ')})`,
      'registry-metrics-file'
    )
  }
  const directory = await mkdtemp(join(scratch, 'registry-baseline-'))
  try {
    await registry.download(manifest.name, manifest.version, directory)
    return await readMetrics([file], { cwd: directory, allowNonFinite: true })
  } finally {
    await rm(directory, { recursive: true, force: true })
  }
}

/** Every version the alias pointed to, oldest first, labelled `v<n>`, from the manifests' metrics. */
export async function registryHistory(
  request: Pick<RegistryBaselineRequest, 'registry' | 's3' | 'model' | 'alias' | 'cwd'>
): Promise<HistoryPoint[]> {
  const registry = ModelRegistry.open(request.registry, { cwd: request.cwd, s3: request.s3 ?? {} })
  const entries = (await registry.history(request.model, request.alias)).reverse()
  const points: HistoryPoint[] = []
  const seen = new Set<number>()
  for (const entry of entries) {
    if (seen.has(entry.version)) continue
    seen.add(entry.version)
    const manifest = await registry.get(request.model, entry.version)
    if (Object.keys(manifest.metrics).length === 0) continue
    const metrics: Record<string, number> = {}
    const document = metricsFromManifest(manifest, `${request.model}/${entry.version}`)
    for (const [name, value] of Object.entries(document.metrics)) {
      if (Number.isFinite(value)) metrics[name] = value
    }
    points.push({
      label: `v${entry.version}`,
      ...(manifest.lineage.git?.sha ? { gitSha: manifest.lineage.git.sha } : {}),
      createdAt: manifest.createdAt,
      metrics
    })
  }
  return points
}
