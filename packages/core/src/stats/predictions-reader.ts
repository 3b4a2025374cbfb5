import { ConfigurationError } from '../errors.js'
import { parseDelimitedText } from './delimited-text.js'
import { parseNpy, type NpyArray } from './npy.js'
import { canonicalClassName, type ClassScores, type PredictionSet } from './prediction-set.js'

/**
 * Per-sample predictions files:
 * - CSV / TSV with a header. Columns (case-insensitive): `id` (or sample_id), `label` (target,
 *   y_true, truth), `prediction` (pred, predicted, y_pred), `score` (prob, probability, y_score:
 *   the positive-class score) and `score_<class>` (one per class). Without an id column, rows are
 *   identified by their 0-based position, like .npy rows.
 * - JSON Lines: one object per line with the same keys, plus `scores` as an array (classes 0…k−1)
 *   or an object {class: score}.
 * - .npy: see `predictionsFromNpyFiles`; a lone file holds scores when it is floating point
 *   (1-D: positive-class score, 2-D: one column per class 0…k−1) and predicted classes otherwise.
 * Without a prediction column, per-class scores give the prediction by argmax (first on ties).
 */
export type PredictionsFormat = 'csv' | 'tsv' | 'jsonl' | 'npy'

export function predictionsFormatOf(path: string): PredictionsFormat | undefined {
  const lowered = path.toLowerCase()
  if (lowered.endsWith('.csv')) return 'csv'
  if (lowered.endsWith('.tsv') || lowered.endsWith('.tab')) return 'tsv'
  if (lowered.endsWith('.jsonl') || lowered.endsWith('.ndjson')) return 'jsonl'
  if (lowered.endsWith('.npy')) return 'npy'
  return undefined
}

export function readPredictions(
  content: Uint8Array | string,
  source: string,
  format: PredictionsFormat | undefined = predictionsFormatOf(source)
): PredictionSet {
  if (format === undefined) {
    throw new ConfigurationError(
      `${source}: cannot tell the predictions format from the file name (expected .csv, .tsv, .jsonl or .npy)`
    )
  }
  if (format === 'npy') {
    if (typeof content === 'string') {
      throw new ConfigurationError(`${source}: .npy files must be read as bytes, not text`)
    }
    const array = parseNpy(content, source)
    const role = array.dtype.startsWith('float') ? 'scores' : 'predictions'
    return predictionsFromNpyArrays({ [role]: { path: source, array } })
  }
  const text = typeof content === 'string' ? content : new TextDecoder('utf-8').decode(content)
  if (format === 'jsonl') return parseJsonLines(text, source)
  return parseDelimited(text, source, format === 'tsv' ? '\t' : ',')
}

export interface NpyFile {
  readonly path: string
  readonly bytes: Uint8Array
}

/** Predictions kept as separate arrays (e.g. `np.save('scores.npy', model.predict_proba(X))`). */
export function predictionsFromNpyFiles(files: {
  readonly labels?: NpyFile
  readonly predictions?: NpyFile
  readonly scores?: NpyFile
}): PredictionSet {
  const load = (file: NpyFile | undefined): LoadedArray | undefined =>
    file === undefined ? undefined : { path: file.path, array: parseNpy(file.bytes, file.path) }
  return predictionsFromNpyArrays({
    labels: load(files.labels),
    predictions: load(files.predictions),
    scores: load(files.scores)
  })
}

interface LoadedArray {
  readonly path: string
  readonly array: NpyArray
}

function predictionsFromNpyArrays(arrays: {
  readonly labels?: LoadedArray | undefined
  readonly predictions?: LoadedArray | undefined
  readonly scores?: LoadedArray | undefined
}): PredictionSet {
  const present = [arrays.labels, arrays.predictions, arrays.scores].filter(
    (loaded): loaded is LoadedArray => loaded !== undefined
  )
  const first = present[0]
  if (first === undefined) throw new ConfigurationError('no .npy predictions files were given')
  const source = present.map((loaded) => loaded.path).join(' + ')
  const rows = first.array.shape[0] ?? 0
  for (const loaded of present) {
    if ((loaded.array.shape[0] ?? 0) !== rows) {
      throw new ConfigurationError(
        `${loaded.path} has ${loaded.array.shape[0]} rows but ${first.path} has ${rows}: the arrays must describe the same samples in the same order`
      )
    }
  }
  const classesOf = (loaded: LoadedArray | undefined): string[] | undefined => {
    if (loaded === undefined) return undefined
    if (loaded.array.shape.length !== 1) {
      throw new ConfigurationError(
        `${loaded.path}: class labels must be a 1-D array, got shape (${loaded.array.shape.join(', ')})`
      )
    }
    return Array.from(loaded.array.data, (value) => canonicalClassName(value))
  }
  let scores: Float64Array | undefined
  let classScores: ClassScores | undefined
  const scoreArray = arrays.scores?.array
  if (scoreArray !== undefined) {
    const columns = scoreArray.shape.length === 1 ? 1 : (scoreArray.shape[1] ?? 0)
    assertFinite(scoreArray.data, arrays.scores?.path ?? source)
    if (columns === 1) {
      scores = scoreArray.data
    } else {
      classScores = {
        classes: Array.from({ length: columns }, (_, j) => String(j)),
        values: scoreArray.data
      }
    }
  }
  const labels = classesOf(arrays.labels)
  const predictions = classesOf(arrays.predictions) ?? (classScores && argmaxClasses(classScores))
  return {
    source,
    ids: Array.from({ length: rows }, (_, i) => String(i)),
    ...(labels ? { labels } : {}),
    ...(predictions ? { predictions } : {}),
    ...(scores ? { scores } : {}),
    ...(classScores ? { classScores } : {})
  }
}

function assertFinite(values: Float64Array, source: string): void {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i] ?? NaN)) {
      throw new ConfigurationError(
        `${source}: score at flat index ${i} is ${values[i]}, not a finite number`
      )
    }
  }
}

const COLUMN_ALIASES: Readonly<Record<string, Column>> = {
  id: 'id',
  sample_id: 'id',
  label: 'label',
  target: 'label',
  y_true: 'label',
  truth: 'label',
  prediction: 'prediction',
  pred: 'prediction',
  predicted: 'prediction',
  y_pred: 'prediction',
  score: 'score',
  prob: 'score',
  probability: 'score',
  y_score: 'score'
}

type Column = 'id' | 'label' | 'prediction' | 'score'

class PredictionsBuilder {
  readonly ids: string[] = []
  readonly labels: string[] = []
  readonly predictions: string[] = []
  readonly scores: number[] = []
  readonly classScoreRows: number[] = []
  classes: string[] | undefined

  constructor(readonly source: string) {}

  number(raw: unknown, where: string, what: string): number {
    const value =
      typeof raw === 'number'
        ? raw
        : typeof raw === 'string' && raw.trim() !== ''
          ? Number(raw)
          : NaN
    if (!Number.isFinite(value)) {
      throw new ConfigurationError(
        `${this.source}:${where}: ${what} ${JSON.stringify(raw)} is not a finite number`
      )
    }
    return value
  }

  build(has: { id: boolean; label: boolean; prediction: boolean; score: boolean }): PredictionSet {
    const classScores =
      this.classes === undefined
        ? undefined
        : { classes: this.classes, values: Float64Array.from(this.classScoreRows) }
    const predictions = has.prediction
      ? this.predictions
      : classScores === undefined
        ? undefined
        : argmaxClasses(classScores)
    if (predictions === undefined && !has.score) {
      throw new ConfigurationError(
        `${this.source}: no prediction, score or score_<class> column/key; at least one is needed`
      )
    }
    return {
      source: this.source,
      ids: has.id ? this.ids : this.ids.map((_, i) => String(i)),
      ...(has.label ? { labels: this.labels } : {}),
      ...(predictions ? { predictions } : {}),
      ...(has.score ? { scores: Float64Array.from(this.scores) } : {}),
      ...(classScores ? { classScores } : {})
    }
  }
}

function parseDelimited(text: string, source: string, delimiter: string): PredictionSet {
  const rows = parseDelimitedText(text, delimiter)
  const header = rows[0]
  if (header === undefined) throw new ConfigurationError(`${source}: the file is empty`)
  const columnOf = new Map<Column, number>()
  const classColumns: { index: number; name: string }[] = []
  header.fields.forEach((raw, index) => {
    const name = raw.trim()
    const lowered = name.toLowerCase()
    const column = COLUMN_ALIASES[lowered]
    if (column !== undefined) {
      if (columnOf.has(column)) {
        throw new ConfigurationError(
          `${source}: more than one ${column} column in the header (${name})`
        )
      }
      columnOf.set(column, index)
    } else if (lowered.startsWith('score_')) {
      classColumns.push({ index, name: canonicalClassName(name.slice('score_'.length)) })
    }
  })
  const builder = new PredictionsBuilder(source)
  if (classColumns.length > 0) builder.classes = classColumns.map((column) => column.name)
  const width = header.fields.length
  for (const row of rows.slice(1)) {
    if (row.fields.length !== width) {
      throw new ConfigurationError(
        `${source}:${row.line}: ${row.fields.length} fields, but the header has ${width}`
      )
    }
    const cell = (column: Column): string | undefined => {
      const index = columnOf.get(column)
      return index === undefined ? undefined : (row.fields[index] ?? '').trim()
    }
    const where = String(row.line)
    builder.ids.push(cell('id') ?? String(builder.ids.length))
    const label = cell('label')
    if (label !== undefined) builder.labels.push(requireClass(label, source, where, 'label'))
    const prediction = cell('prediction')
    if (prediction !== undefined) {
      builder.predictions.push(requireClass(prediction, source, where, 'prediction'))
    }
    const score = cell('score')
    if (score !== undefined) builder.scores.push(builder.number(score, where, 'score'))
    for (const column of classColumns) {
      builder.classScoreRows.push(
        builder.number(row.fields[column.index] ?? '', where, `score_${column.name}`)
      )
    }
  }
  const id = columnOf.has('id')
  if (id) assertIdsPresent(builder.ids, source)
  return builder.build({
    id,
    label: columnOf.has('label'),
    prediction: columnOf.has('prediction'),
    score: columnOf.has('score')
  })
}

function requireClass(text: string, source: string, where: string, what: string): string {
  if (text === '') throw new ConfigurationError(`${source}:${where}: empty ${what}`)
  return canonicalClassName(text)
}

function assertIdsPresent(ids: readonly string[], source: string): void {
  const empty = ids.findIndex((id) => id === '')
  if (empty >= 0) throw new ConfigurationError(`${source}: row ${empty + 1} has an empty id`)
}

function parseJsonLines(text: string, source: string): PredictionSet {
  const builder = new PredictionsBuilder(source)
  let keys: string | undefined
  let has = { id: false, label: false, prediction: false, score: false }
  const lines = text.split(/\r?\n/)
  lines.forEach((line, index) => {
    if (line.trim() === '') return
    const where = String(index + 1)
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      throw new ConfigurationError(
        `${source}:${where}: not valid JSON (${(error as Error).message})`
      )
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new ConfigurationError(`${source}:${where}: each line must be a JSON object`)
    }
    const record = value as Record<string, unknown>
    const fields = readJsonRecord(record, builder, where)
    const signature = fields.join(',')
    if (keys === undefined) {
      keys = signature
      has = {
        id: fields.includes('id'),
        label: fields.includes('label'),
        prediction: fields.includes('prediction'),
        score: fields.includes('score')
      }
    } else if (signature !== keys) {
      throw new ConfigurationError(
        `${source}:${where}: fields {${signature}} differ from the first record's {${keys}}`
      )
    }
  })
  if (keys === undefined) throw new ConfigurationError(`${source}: the file has no records`)
  if (has.id) assertIdsPresent(builder.ids, source)
  return builder.build(has)
}

function readJsonRecord(
  record: Record<string, unknown>,
  builder: PredictionsBuilder,
  where: string
): string[] {
  const source = builder.source
  const fields: string[] = []
  const classScores = new Map<string, number>()
  for (const [key, value] of Object.entries(record)) {
    const lowered = key.toLowerCase()
    const column = COLUMN_ALIASES[lowered]
    if (column === 'id') {
      if (typeof value !== 'string' && typeof value !== 'number') {
        throw new ConfigurationError(`${source}:${where}: id must be a string or a number`)
      }
      builder.ids.push(String(value).trim())
      fields.push('id')
    } else if (column === 'label' || column === 'prediction') {
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        throw new ConfigurationError(
          `${source}:${where}: ${key} must be a string, number or boolean`
        )
      }
      const name =
        typeof value === 'string'
          ? requireClass(value, source, where, key)
          : canonicalClassName(value)
      ;(column === 'label' ? builder.labels : builder.predictions).push(name)
      fields.push(column)
    } else if (column === 'score') {
      builder.scores.push(builder.number(value, where, key))
      fields.push('score')
    } else if (lowered === 'scores') {
      if (Array.isArray(value)) {
        value.forEach((score, j) =>
          classScores.set(String(j), builder.number(score, where, `scores[${j}]`))
        )
      } else if (value !== null && typeof value === 'object') {
        for (const [name, score] of Object.entries(value)) {
          classScores.set(canonicalClassName(name), builder.number(score, where, `scores.${name}`))
        }
      } else {
        throw new ConfigurationError(`${source}:${where}: scores must be an array or an object`)
      }
    } else if (lowered.startsWith('score_')) {
      classScores.set(
        canonicalClassName(key.slice('score_'.length)),
        builder.number(value, where, key)
      )
    }
  }
  if (classScores.size > 0) {
    const classes = [...classScores.keys()]
    if (builder.classes === undefined) builder.classes = classes
    else if (builder.classes.join('\u0000') !== classes.join('\u0000')) {
      throw new ConfigurationError(
        `${source}:${where}: score classes (${classes.join(', ')}) differ from the first record's (${builder.classes.join(', ')})`
      )
    }
    for (const score of classScores.values()) builder.classScoreRows.push(score)
    fields.push('scores')
  }
  return fields.sort()
}

function argmaxClasses(classScores: ClassScores): string[] {
  const width = classScores.classes.length
  const rows = width === 0 ? 0 : classScores.values.length / width
  const predictions: string[] = new Array<string>(rows)
  for (let i = 0; i < rows; i++) {
    let best = 0
    for (let j = 1; j < width; j++) {
      if (
        (classScores.values[i * width + j] ?? -Infinity) >
        (classScores.values[i * width + best] ?? -Infinity)
      )
        best = j
    }
    predictions[i] = classScores.classes[best] ?? ''
  }
  return predictions
}
