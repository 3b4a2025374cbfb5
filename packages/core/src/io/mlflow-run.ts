import { readdir, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { ConfigurationError } from '../errors.js'
import { DocumentBuilder } from '../metrics/document-builder.js'
import type { InterpretOptions } from '../metrics/interpret-options.js'
import { isJsonObject } from '../metrics/json-object.js'
import { KeyPath } from '../metrics/key-path.js'
import type { MetricsDocument, MetricsMetadata } from '../metrics/model.js'
import { parseNumericText } from '../metrics/numeric-text.js'
import { readResultsFile, type ReadResultsFileOptions } from './results-file.js'
import { readTextFile } from './text-file.js'

interface MetricLine {
  readonly timestamp: number
  readonly value: number
  readonly step: number
  readonly line: number
}

/**
 * Reads an MLflow file-store run directory (`mlruns/<experiment>/<run>/`). Each file under
 * `metrics/` (nested folders for names with slashes) holds lines `timestamp value [step]`; it
 * becomes series `<name>` indexed by `step` with points `{step, value}` in file order, and the
 * metric `<name>` takes the latest value the way MLflow picks it: highest step, then latest
 * timestamp. Files under `params/` become labels `params.<name>` (MLflow stores params as text).
 * `meta.yaml` and the git commit tag fill the metadata.
 */
export async function readMlflowRun(
  directory: string,
  options: InterpretOptions & ReadResultsFileOptions = {}
): Promise<MetricsDocument> {
  const metricsDirectory = join(directory, 'metrics')
  if (!(await isDirectory(metricsDirectory))) {
    throw new ConfigurationError(`${directory} is not an MLflow run directory (no metrics/ folder)`)
  }
  const builder = new DocumentBuilder(directory, options)
  for (const name of await listFiles(metricsDirectory)) {
    const path = join(metricsDirectory, name)
    const lines = parseMetricLines(await readTextFile(path, { maxBytes: options.maxBytes }), path)
    const location = `metrics/${name}`
    builder.addSeries(
      name,
      KeyPath.root.key(location),
      lines.map(({ step, value }) => ({ step, value })),
      'step'
    )
    const latest = lines.reduce((best, line) =>
      line.step > best.step || (line.step === best.step && line.timestamp >= best.timestamp)
        ? line
        : best
    )
    builder.addMetric(name, latest.value, `${location} line ${latest.line}`)
  }
  for (const [name, value] of await readTextEntries(join(directory, 'params'), options)) {
    builder.addScalar(KeyPath.root.key('params').key(name), value, `params.${name}`)
  }
  const metadata = await readRunMetadata(directory, options)
  return builder.build('mlflow-run', metadata)
}

function parseMetricLines(text: string, path: string): MetricLine[] {
  const lines: MetricLine[] = []
  text.split(/\r?\n/).forEach((content, index) => {
    if (content.trim() === '') return
    const parts = content.trim().split(/\s+/)
    const timestamp = parseNumericText(parts[0] ?? '')
    const value = parseNumericText(parts[1] ?? '')
    const step = parts[2] === undefined ? 0 : parseNumericText(parts[2])
    if (parts.length > 3 || timestamp === undefined || value === undefined || step === undefined) {
      throw new ConfigurationError(
        `${path}: line ${index + 1} is not "timestamp value step": ${JSON.stringify(content.slice(0, 80))}`
      )
    }
    lines.push({ timestamp, value, step, line: index + 1 })
  })
  if (lines.length === 0) throw new ConfigurationError(`${path} holds no metric values`)
  return lines
}

async function readRunMetadata(
  directory: string,
  options: ReadResultsFileOptions
): Promise<MetricsMetadata> {
  const metadata: MetricsMetadata = {}
  const tags = new Map(await readTextEntries(join(directory, 'tags'), options))
  const commit = tags.get('mlflow.source.git.commit')
  if (commit !== undefined) metadata.gitSha = commit
  const runName = tags.get('mlflow.runName')
  if (runName !== undefined) metadata.runName = runName
  const metaPath = join(directory, 'meta.yaml')
  const meta = (await isFile(metaPath))
    ? (await readResultsFile(metaPath, { ...options, syntax: 'yaml' })).data
    : null
  const runId = isJsonObject(meta) ? meta['run_id'] : undefined
  metadata.runId = typeof runId === 'string' ? runId : basename(directory)
  const startTime = isJsonObject(meta) ? meta['start_time'] : undefined
  if (typeof startTime === 'number') metadata.timestamp = new Date(startTime).toISOString()
  return metadata
}

/** Every file under a folder as `[relative name, trimmed content]`, or none if it is absent. */
async function readTextEntries(
  directory: string,
  options: ReadResultsFileOptions
): Promise<Array<[string, string]>> {
  if (!(await isDirectory(directory))) return []
  const entries: Array<[string, string]> = []
  for (const name of await listFiles(directory)) {
    // MLflow writes empty files for empty params and tags.
    const text = await readTextFile(join(directory, name), {
      maxBytes: options.maxBytes,
      allowEmpty: true
    })
    entries.push([name, text.trim()])
  }
  return entries
}

/** Files below a folder as sorted `/`-separated relative names (MLflow nests names with `/`). */
async function listFiles(directory: string, prefix = ''): Promise<string[]> {
  const names: string[] = []
  const entries = await readdir(directory, { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    const relative = prefix + entry.name
    if (entry.isDirectory())
      names.push(...(await listFiles(join(directory, entry.name), `${relative}/`)))
    else if (entry.isFile()) names.push(relative)
  }
  return names
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false
}
