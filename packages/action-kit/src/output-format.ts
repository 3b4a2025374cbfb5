import type { OutputValue } from './action-definition.js'

/** Outputs are strings on the runner: lists travel as JSON so `fromJSON()` reads them back. */
export function formatOutput(value: OutputValue): string {
  if (value === undefined) return ''
  if (Array.isArray(value)) return JSON.stringify(value)
  return String(value)
}
