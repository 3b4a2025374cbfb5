export interface LimitedRows<T> {
  head: T[]
  /** Rows left out between head and tail. */
  omitted: number
  tail: T[]
}

/**
 * Keep at most `max` rows: the first and the last ones, because for a training history both the
 * start and the end matter more than the middle.
 */
export function limitRows<T>(rows: readonly T[], max: number): LimitedRows<T> {
  if (rows.length <= max) return { head: [...rows], omitted: 0, tail: [] }
  const headLength = Math.ceil(max / 2)
  const tailLength = max - headLength
  return {
    head: rows.slice(0, headLength),
    omitted: rows.length - max,
    tail: rows.slice(rows.length - tailLength)
  }
}
