/** A parsed results file before interpretation: what JSON/YAML/TOML/CSV can express. */
export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue }
export type JsonObject = { [key: string]: JsonValue }

export type ResultsFormat =
  | 'json'
  | 'yaml'
  | 'toml'
  | 'csv'
  | 'tsv'
  | 'dvc'
  | 'mlflow-run'
  | 'hf-trainer-state'
  | 'hf-eval-results'
  | 'sklearn-report'
  | 'keras-history'
  | 'mwml-training'
  | 'mwml-evaluation'

/** One file as read from disk: its syntax and its value tree (NaN/Infinity kept as numbers). */
export interface ResultsFile {
  readonly path: string
  readonly syntax: 'json' | 'yaml' | 'toml' | 'csv' | 'tsv' | 'text'
  readonly data: JsonValue
}

/** A per-class or per-slice table: member (row) -> field (column) -> value. */
export interface MetricGroup {
  readonly name: string
  readonly rows: Readonly<Record<string, Readonly<Record<string, number>>>>
  /**
   * Row names in file order. A JS object puts integer-like keys (sklearn's class labels "0", "1",
   * "10") first and sorted, so `Object.keys(rows)` alone cannot be trusted to keep the file's order.
   */
  readonly rowOrder?: readonly string[]
  /** Field names in first-seen order, for rendering columns. */
  readonly fieldOrder?: readonly string[]
}

/** A per-step history such as per-epoch losses: one record per step, in order. */
export interface MetricSeries {
  readonly name: string
  /** The field that orders the steps (epoch, step), when there is one. */
  readonly index?: string
  readonly points: ReadonlyArray<Readonly<Record<string, number>>>
}

export interface MetricsMetadata {
  model?: string
  version?: string
  gitSha?: string
  runId?: string
  timestamp?: string
  datasetDigest?: string
  [key: string]: string | undefined
}

/**
 * Named numeric results of one evaluation. Scalars are flattened with dots (`overall.f1`);
 * groups and series are kept whole so they can be shown as tables and compared cell by cell.
 */
export interface MetricsDocument {
  readonly sources: readonly string[]
  /** For a merged document, the first source's format; `formats` lists every source's. */
  readonly format: ResultsFormat
  /** One format per entry of `sources`, when the document was merged from several. */
  readonly formats?: readonly ResultsFormat[]
  readonly metrics: Readonly<Record<string, number>>
  readonly groups: Readonly<Record<string, MetricGroup>>
  readonly series: Readonly<Record<string, MetricSeries>>
  /** Non-numeric scalars (params as strings, timestamps, run ids), flattened like metrics. */
  readonly labels: Readonly<Record<string, string>>
  readonly metadata: MetricsMetadata
}
