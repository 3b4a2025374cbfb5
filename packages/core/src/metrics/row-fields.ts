import type { DocumentBuilder } from './document-builder.js'
import { isJsonObject, orderedKeys, setEntry } from './json-object.js'
import type { KeyPath } from './key-path.js'
import type { JsonObject, JsonValue } from './model.js'

export interface RowFields {
  /** Numeric leaves by field name, nested objects joined with dots (`f1.micro`). */
  readonly fields: Record<string, number>
  /** Everything else (text, booleans, lists), with its place in the file. */
  readonly rest: ReadonlyArray<{ readonly path: KeyPath; readonly value: JsonValue }>
}

/** Splits one table row (a per-class entry, an epoch record) into its numbers and the rest. */
export function splitRowFields(
  builder: DocumentBuilder,
  row: JsonObject,
  rowPath: KeyPath,
  skipKeys: readonly string[] = []
): RowFields {
  const fields: Record<string, number> = {}
  const rest: Array<{ path: KeyPath; value: JsonValue }> = []
  const visit = (value: JsonValue, path: KeyPath, fieldParts: readonly string[]): void => {
    if (isJsonObject(value)) {
      for (const key of orderedKeys(value))
        visit(value[key] ?? null, path.key(key), [...fieldParts, key])
      return
    }
    if (Array.isArray(value) && value.length === 1) {
      visit(value[0] ?? null, path.index(0, false), fieldParts)
      return
    }
    const number = builder.numberOf(value)
    if (number !== undefined) {
      setEntry(fields, fieldParts.join('.'), number)
    } else if (value !== null) {
      rest.push({ path, value })
    }
  }
  for (const key of orderedKeys(row)) {
    if (!skipKeys.includes(key)) visit(row[key] ?? null, rowPath.key(key), [key])
  }
  return { fields, rest }
}
