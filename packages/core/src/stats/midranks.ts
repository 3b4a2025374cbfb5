/**
 * Midranks (1-based; tied values share the mean of the ranks they span), O(n log n).
 * Ties must share ranks for the Mann–Whitney form of the AUC to count a tie as one half.
 */
export function midranks(values: ArrayLike<number>): Float64Array {
  const size = values.length
  const order = new Uint32Array(size)
  for (let i = 0; i < size; i++) order[i] = i
  order.sort((left, right) => {
    const a = values[left] ?? 0
    const b = values[right] ?? 0
    return a < b ? -1 : a > b ? 1 : 0
  })
  const ranks = new Float64Array(size)
  let start = 0
  while (start < size) {
    const value = values[order[start] ?? 0] ?? 0
    let end = start + 1
    while (end < size && (values[order[end] ?? 0] ?? 0) === value) end += 1
    const rank = (start + end + 1) / 2
    for (let i = start; i < end; i++) ranks[order[i] ?? 0] = rank
    start = end
  }
  return ranks
}
