import type { JsonValue } from '../metrics/model.js'
import { formatNumber } from './number-format.js'

/**
 * A one-line preview of a value that fits no table shape, for an inline-code cell. It stops once
 * `maxLength` characters are written, so a huge subtree costs no more than its preview.
 * Numbers use the same formatting as everywhere else (NaN stays NaN instead of JSON's null).
 */
export function compactJson(
  value: JsonValue,
  maxLength: number,
  significantDigits: number
): string {
  const parts: string[] = []
  let length = 0
  const write = (text: string): boolean => {
    parts.push(text)
    length += text.length
    return length < maxLength
  }
  const visit = (node: JsonValue): boolean => {
    if (typeof node === 'number') return write(formatNumber(node, { significantDigits }))
    if (node === null || typeof node !== 'object') return write(JSON.stringify(node))
    const isArray = Array.isArray(node)
    if (!write(isArray ? '[' : '{')) return false
    const entries = isArray ? node.map((item) => ['', item] as const) : Object.entries(node)
    for (const [index, [key, child]] of entries.entries()) {
      if (index > 0 && !write(', ')) return false
      if (!isArray && !write(`${JSON.stringify(key)}: `)) return false
      if (!visit(child)) return false
    }
    return write(isArray ? ']' : '}')
  }
  const complete = visit(value)
  const text = parts.join('')
  return complete && text.length <= maxLength ? text : `${text.slice(0, maxLength)}…`
}
