import type { DocumentBuilder } from './document-builder.js'
import { isJsonObject, orderedKeys } from './json-object.js'
import type { KeyPath } from './key-path.js'
import type { JsonObject, JsonValue } from './model.js'
import { splitRowFields } from './row-fields.js'

export type RestHandler = (path: KeyPath, value: JsonValue) => void

/**
 * Whether an object is a table of members (classes, slices) rather than nested scalars: at least
 * `minMembers` members, each an object, all sharing at least one numeric field.
 */
export function looksLikeGroup(
  builder: DocumentBuilder,
  value: JsonObject,
  minMembers = 2
): boolean {
  const members = orderedKeys(value)
  if (members.length < minMembers) return false
  let shared: Set<string> | undefined
  for (const member of members) {
    const row = value[member]
    if (!isJsonObject(row)) return false
    const numericFields = Object.entries(row)
      .filter(([, cell]) => builder.numberOf(cell) !== undefined)
      .map(([field]) => field)
    shared = new Set(
      shared === undefined ? numericFields : numericFields.filter((field) => shared?.has(field))
    )
    if (shared.size === 0) return false
  }
  return true
}

/**
 * Adds an object of members as a group, keeping the members' file order. Non-numeric cells are
 * not dropped: they go to `onRest` (labels such as `per_class.cat.note`).
 */
export function addObjectGroup(
  builder: DocumentBuilder,
  name: string,
  path: KeyPath,
  value: JsonObject,
  onRest: RestHandler
): void {
  const rows: Array<readonly [string, Record<string, number>]> = []
  for (const member of orderedKeys(value)) {
    const row = value[member]
    const memberPath = path.key(member)
    if (!isJsonObject(row)) {
      if (row !== undefined) onRest(memberPath, row)
      continue
    }
    const { fields, rest } = splitRowFields(builder, row, memberPath)
    rows.push([member, fields])
    for (const item of rest) onRest(item.path, item.value)
  }
  builder.addGroup(name, path, rows)
}
