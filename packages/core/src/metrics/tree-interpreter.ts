import type { DocumentBuilder } from './document-builder.js'
import { addObjectGroup, looksLikeGroup } from './groups.js'
import { addHistory } from './history.js'
import { isJsonObject, orderedKeys } from './json-object.js'
import { joinName, type KeyPath } from './key-path.js'
import type { JsonObject, JsonValue } from './model.js'
import { splitRowFields } from './row-fields.js'

export interface TreeContext {
  /** False for DVC: only nested scalars, no groups or series; lists other than single items are skipped. */
  readonly tables: boolean
  /** Name for a file whose whole content is one scalar (its file stem). */
  readonly rootName: string
}

/**
 * The generic reading of a value tree: nested objects flatten to dotted names, single-item lists
 * are unwrapped (as DVC does), objects of objects sharing numeric fields become groups, lists of
 * records become series (or a group when their first column names the rows), lists of numbers
 * become series of `value`, and text and booleans become labels.
 */
export function interpretTree(
  builder: DocumentBuilder,
  value: JsonValue,
  path: KeyPath,
  context: TreeContext
): void {
  if (Array.isArray(value)) interpretList(builder, value, path, context)
  else if (isJsonObject(value)) interpretObject(builder, value, path, context)
  else builder.addScalar(path.isRoot ? path.key(context.rootName) : path, value)
}

/** Interprets the members of an object, except those the caller has already handled. */
export function interpretObject(
  builder: DocumentBuilder,
  value: JsonObject,
  path: KeyPath,
  context: TreeContext,
  skip: readonly string[] = []
): void {
  for (const key of orderedKeys(value)) {
    if (skip.includes(key)) continue
    const child = value[key] ?? null
    const childPath = path.key(key)
    if (context.tables && isJsonObject(child) && looksLikeGroup(builder, child)) {
      addObjectGroup(builder, childPath.name, childPath, child, (restPath, restValue) =>
        interpretTree(builder, restValue, restPath, context)
      )
    } else {
      interpretTree(builder, child, childPath, context)
    }
  }
}

function interpretList(
  builder: DocumentBuilder,
  list: readonly JsonValue[],
  path: KeyPath,
  context: TreeContext
): void {
  if (list.length === 1) {
    interpretTree(builder, list[0] ?? null, path.index(0, false), context)
    return
  }
  if (!context.tables || list.length === 0) return
  if (list.every(isJsonObject)) {
    interpretRecordList(builder, list, path, context)
    return
  }
  const numbers = list.map((item) => builder.numberOf(item))
  if (numbers.every((number) => number !== undefined)) {
    const name = path.isRoot ? 'values' : path.name
    builder.addSeries(
      name,
      path,
      numbers.map((number) => ({ value: number }))
    )
    return
  }
  list.forEach((item, position) => interpretTree(builder, item, path.index(position), context))
}

function interpretRecordList(
  builder: DocumentBuilder,
  records: readonly JsonObject[],
  path: KeyPath,
  context: TreeContext
): void {
  const keyColumn = rowNameColumn(builder, records)
  if (keyColumn === undefined) addHistory(builder, records, path)
  else interpretNamedRows(builder, records, keyColumn, path, context)
}

/**
 * The column that names the rows of a table such as `class,precision,recall` or `name,value`:
 * the first column, when every row has distinct text there and some other column is numeric.
 */
function rowNameColumn(
  builder: DocumentBuilder,
  records: readonly JsonObject[]
): string | undefined {
  const first = records[0]
  const column = first === undefined ? undefined : orderedKeys(first)[0]
  if (column === undefined) return undefined
  const names = new Set<string>()
  for (const record of records) {
    const name = record[column]
    if (typeof name !== 'string' || name === '' || names.has(name)) return undefined
    if (builder.numberOf(name) !== undefined) return undefined
    names.add(name)
  }
  const hasNumbers = records.some((record) =>
    Object.entries(record).some(
      ([key, cell]) => key !== column && builder.numberOf(cell) !== undefined
    )
  )
  return hasNumbers ? column : undefined
}

/**
 * A table whose rows are named by `keyColumn`. With a single value column (`name,value`) each row
 * is one metric named after the row; with several it is a group named after the list (or, at the
 * top level of a CSV, after the key column).
 */
function interpretNamedRows(
  builder: DocumentBuilder,
  records: readonly JsonObject[],
  keyColumn: string,
  path: KeyPath,
  context: TreeContext
): void {
  const valueColumns = [
    ...new Set(records.flatMap((record) => orderedKeys(record).filter((key) => key !== keyColumn)))
  ]
  const rowName = (record: JsonObject): string => String(record[keyColumn])
  if (valueColumns.length === 1) {
    const [valueColumn] = valueColumns as [string]
    records.forEach((record, position) => {
      const cell = record[valueColumn] ?? null
      const location = path.index(position).key(valueColumn)
      if (isJsonObject(cell) || Array.isArray(cell)) {
        interpretTree(builder, cell, location, context)
      } else {
        builder.addScalar(location, cell, joinName(path.name, rowName(record)))
      }
    })
    return
  }
  const groupName = path.isRoot ? keyColumn : path.name
  const rows = records.map((record, position) => {
    const rowPath = path.index(position)
    const { fields, rest } = splitRowFields(builder, record, rowPath, [keyColumn])
    for (const item of rest) {
      const field = item.path.nameParts.slice(rowPath.nameParts.length).join('.')
      if (Array.isArray(item.value) || isJsonObject(item.value)) continue
      builder.addScalar(item.path, item.value, joinName(groupName, rowName(record), field))
    }
    return [rowName(record), fields] as const
  })
  builder.addGroup(groupName, path, rows)
}
