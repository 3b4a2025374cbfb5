import { posix } from 'node:path'
import { ConfigurationError } from '../errors.js'
import { setEntry } from './json-object.js'
import { fileStem } from './metrics-document.js'
import type {
  MetricGroup,
  MetricSeries,
  MetricsDocument,
  MetricsMetadata,
  ResultsFormat
} from './model.js'

/**
 * Merges documents read from several files into one. Names are kept as they are unless the same
 * name appears in more than one document: then every document that has it prefixes it with its
 * file stem and a dot (`evaluation_results.overall.f1`, `eval_results.epoch`), or, when two of
 * those files share a stem, with the path without extension (`runs/a/metrics.accuracy`).
 * Metrics and labels, groups and series are checked separately. Metadata fields take the first
 * document's value that is set.
 */
export function mergeMetricsDocuments(documents: readonly MetricsDocument[]): MetricsDocument {
  const [first] = documents
  if (first === undefined) throw new Error('mergeMetricsDocuments needs at least one document')
  if (documents.length === 1) return first
  const prefixes = sourcePrefixes(documents)
  const metadata: MetricsMetadata = {}
  for (const document of documents) {
    for (const [key, value] of Object.entries(document.metadata)) {
      if (value !== undefined && metadata[key] === undefined) metadata[key] = value
    }
  }
  const formats: ResultsFormat[] = documents.flatMap((document) =>
    document.sources.map((_, index) => document.formats?.[index] ?? document.format)
  )
  return {
    sources: documents.flatMap((document) => document.sources),
    format: first.format,
    formats,
    metrics: mergeRecords(documents, prefixes, (document) => document.metrics, keep),
    labels: mergeRecords(documents, prefixes, (document) => document.labels, keep),
    groups: mergeRecords(documents, prefixes, (document) => document.groups, renameTable),
    series: mergeRecords(documents, prefixes, (document) => document.series, renameTable),
    metadata
  }
}

function keep<T>(value: T): T {
  return value
}

function renameTable<T extends MetricGroup | MetricSeries>(table: T, name: string): T {
  return { ...table, name }
}

function mergeRecords<T>(
  documents: readonly MetricsDocument[],
  prefixes: readonly string[],
  pick: (document: MetricsDocument) => Readonly<Record<string, T>>,
  rename: (value: T, name: string) => T
): Record<string, T> {
  const owners = new Map<string, number>()
  for (const document of documents) {
    for (const name of Object.keys(pick(document))) owners.set(name, (owners.get(name) ?? 0) + 1)
  }
  const merged: Record<string, T> = {}
  documents.forEach((document, index) => {
    for (const [name, value] of Object.entries(pick(document))) {
      const finalName = (owners.get(name) ?? 0) > 1 ? `${prefixes[index]}.${name}` : name
      if (finalName !== name && (owners.has(finalName) || Object.hasOwn(merged, finalName))) {
        throw new ConfigurationError(
          `${document.sources.join(', ')}: "${name}" appears in several files and its prefixed ` +
            `name "${finalName}" is already taken; rename one of them`
        )
      }
      setEntry(merged, finalName, finalName === name ? value : rename(value, finalName))
    }
  })
  return merged
}

function sourcePrefixes(documents: readonly MetricsDocument[]): string[] {
  const describe = (document: MetricsDocument): string => document.sources.join('+')
  const stems = documents.map((document) => document.sources.map(fileStem).join('+'))
  const prefixes = documents.map((document, index) => {
    const stem = stems[index] ?? describe(document)
    if (stems.filter((other) => other === stem).length === 1) return stem
    return document.sources
      .map((source) => posix.normalize(source.replaceAll('\\', '/')))
      .map((source) => source.slice(0, source.length - posix.extname(source).length))
      .join('+')
  })
  // The same file given twice still needs two distinct prefixes.
  return prefixes.map((prefix, index) =>
    prefixes.indexOf(prefix) === index ? prefix : `${prefix}#${index + 1}`
  )
}
