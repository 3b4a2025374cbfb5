import { ConfigurationError } from '../errors.js'
import type { InterpretOptions } from './interpret-options.js'
import { setEntry } from './json-object.js'
import { KeyPath } from './key-path.js'
import { extractMetadata, isMetadataName } from './metadata.js'
import { freezeWithEntries } from './metric-names.js'
import type {
  JsonValue,
  MetricGroup,
  MetricSeries,
  MetricsDocument,
  MetricsMetadata,
  ResultsFormat
} from './model.js'
import { parseNumericText } from './numeric-text.js'

export type Scalar = string | number | boolean | null

/**
 * Collects the metrics, labels, groups and series of one source, enforcing the rules every shape
 * shares: finite values unless allowed, no two places in the file claiming the same name, numeric
 * strings only when coercion was asked for, and metadata kept out of the metrics.
 */
export class DocumentBuilder {
  private readonly metrics: Record<string, number> = {}
  private readonly metricNames: string[] = []
  private readonly metricValues: number[] = []
  private readonly labels: Record<string, string> = {}
  private readonly groups: Record<string, MetricGroup> = {}
  private readonly series: Record<string, MetricSeries> = {}
  private readonly scalarLocations = new Map<string, string>()
  private readonly tableLocations = new Map<string, string>()

  constructor(
    readonly source: string,
    private readonly options: InterpretOptions
  ) {}

  /** The number a value stands for, if it is a metric value under the current options. */
  numberOf(value: JsonValue | undefined): number | undefined {
    if (typeof value === 'number') return value
    if (typeof value === 'string' && this.options.coerceNumericStrings) {
      return parseNumericText(value)
    }
    return undefined
  }

  /** Numbers become metrics, text and booleans labels; null carries nothing and is skipped. */
  addScalar(path: KeyPath, value: Scalar, name = path.name): void {
    if (value === null) return
    const number = this.numberOf(value)
    if (number !== undefined && !isMetadataName(name)) this.addMetric(name, number, path.toString())
    else this.addLabel(name, String(value), path.toString())
  }

  addMetric(name: string, value: number, location: string): void {
    this.claimScalarName(name, location)
    this.requireFinite(value, location)
    setEntry(this.metrics, name, value)
    this.metricNames.push(name)
    this.metricValues.push(value)
  }

  addLabel(name: string, value: string, location: string): void {
    this.claimScalarName(name, location)
    setEntry(this.labels, name, value)
  }

  addGroup(
    name: string,
    path: KeyPath,
    rows: ReadonlyArray<readonly [string, Readonly<Record<string, number>>]>
  ): void {
    this.claimTableName(name, path.toString())
    const table: Record<string, Readonly<Record<string, number>>> = {}
    const fieldOrder: string[] = []
    for (const [member, row] of rows) {
      for (const [field, value] of Object.entries(row)) {
        this.requireFinite(value, `${path.key(member).toString()}.${field}`)
        if (!fieldOrder.includes(field)) fieldOrder.push(field)
      }
      setEntry(table, member, row)
    }
    const rowOrder = rows.map(([member]) => member)
    setEntry(this.groups, name, { name, rows: table, rowOrder, fieldOrder })
  }

  /** Series may hold NaN/Infinity (a diverged step is history); only their scalars are checked. */
  addSeries(
    name: string,
    path: KeyPath,
    points: ReadonlyArray<Readonly<Record<string, number>>>,
    index?: string
  ): void {
    this.claimTableName(name, path.toString())
    setEntry(this.series, name, index === undefined ? { name, points } : { name, index, points })
  }

  build(format: ResultsFormat, extraMetadata: MetricsMetadata = {}): MetricsDocument {
    const metadata: MetricsMetadata = { ...extractMetadata(this.labels), ...extraMetadata }
    const document: MetricsDocument = {
      sources: [this.source],
      format,
      metrics: freezeWithEntries(this.metrics, this.metricNames, this.metricValues),
      groups: this.groups,
      series: this.series,
      labels: this.labels,
      metadata
    }
    requireMetrics(document, this.options.required ?? [], this.source)
    return document
  }

  private requireFinite(value: number, location: string): void {
    if (Number.isFinite(value) || this.options.allowNonFinite) return
    throw new ConfigurationError(
      `${this.source}: metric ${location} is ${value}; fix the run that wrote it, or allow ` +
        'non-finite values explicitly'
    )
  }

  private claimScalarName(name: string, location: string): void {
    claim(this.scalarLocations, name, location, this.source)
  }

  private claimTableName(name: string, location: string): void {
    claim(this.tableLocations, name, location, this.source)
  }
}

function claim(taken: Map<string, string>, name: string, location: string, source: string): void {
  const previous = taken.get(name)
  if (previous !== undefined) {
    throw new ConfigurationError(
      `${source}: ${previous} and ${location} both give the name "${name}"; ` +
        'rename one of the keys (dots in keys read as nesting)'
    )
  }
  taken.set(name, location)
}

/** Throws when a metric named in `required` is missing from the document. */
export function requireMetrics(
  document: MetricsDocument,
  required: readonly string[],
  sourceDescription: string
): void {
  const missing = required.filter((name) => !Object.hasOwn(document.metrics, name))
  if (missing.length === 0) return
  const available = Object.keys(document.metrics)
  const shown = available.slice(0, 20).join(', ') + (available.length > 20 ? ', …' : '')
  throw new ConfigurationError(
    `${sourceDescription}: required metric${missing.length > 1 ? 's' : ''} ` +
      `${missing.map((name) => JSON.stringify(name)).join(', ')} not found; ` +
      `available: ${shown || '(none)'}`
  )
}
