import type { DocumentBuilder } from './document-builder.js'
import { isJsonObject } from './json-object.js'
import { joinName, type KeyPath } from './key-path.js'
import type { JsonValue } from './model.js'
import { splitRowFields } from './row-fields.js'

// Counters rather than results: they order a history but are not compared as final values.
const STEP_FIELDS = ['step', 'epoch'] as const

export interface HistoryOptions {
  /** Series name; defaults to the list's flattened name. */
  readonly seriesName?: string
  /** Prefix of the final-value metrics; defaults to the list's flattened name. */
  readonly scalarPrefix?: string
  /** Forces the ordering field instead of detecting `step`, then `epoch`. */
  readonly index?: string
}

/**
 * Adds a list of per-step records as a series. When the records are ordered by `step` or `epoch`
 * (a training history), the last recorded value of every other field also becomes a metric named
 * `<prefix>.<field>`: Made-With-ML's `metrics` list gives `metrics.val_loss`, Keras's top-level
 * history gives plain `val_loss`. "Last recorded" means the last record that has the field, so a
 * final summary record without eval fields does not hide the last evaluation.
 * Text inside records (notes, phase names) is not numeric history and is left out.
 */
export function addHistory(
  builder: DocumentBuilder,
  records: readonly JsonValue[],
  path: KeyPath,
  options: HistoryOptions = {}
): void {
  const points: Array<Record<string, number>> = []
  const pointPositions: number[] = []
  records.forEach((record, position) => {
    if (!isJsonObject(record)) return
    points.push(splitRowFields(builder, record, path.index(position)).fields)
    pointPositions.push(position)
  })
  const index = options.index ?? detectIndex(points)
  const defaultName = path.isRoot ? (index === undefined ? 'rows' : 'history') : path.name
  builder.addSeries(options.seriesName ?? defaultName, path, points, index)
  if (index === undefined) return

  const prefix = options.scalarPrefix ?? path.name
  const last = new Map<string, { value: number; position: number }>()
  points.forEach((point, pointNumber) => {
    for (const [field, value] of Object.entries(point)) {
      last.set(field, { value, position: pointPositions[pointNumber] ?? pointNumber })
    }
  })
  const fieldsInFirstSeenOrder = [...new Set(points.flatMap((point) => Object.keys(point)))]
  for (const field of fieldsInFirstSeenOrder) {
    const final = last.get(field)
    if (final === undefined || field === index || isStepField(field)) continue
    builder.addMetric(
      joinName(prefix, field),
      final.value,
      `${path.index(final.position).toString()}.${field}`
    )
  }
}

function isStepField(field: string): boolean {
  return (STEP_FIELDS as readonly string[]).includes(field)
}

function detectIndex(points: ReadonlyArray<Readonly<Record<string, number>>>): string | undefined {
  if (points.length === 0) return undefined
  return STEP_FIELDS.find((field) =>
    points.every((point) => Number.isFinite(point[field] ?? Number.NaN))
  )
}
