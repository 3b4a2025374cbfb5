/**
 * Adjusted p-values for a family of tests, as statsmodels' `multipletests` computes them:
 * - holm: Holm's step-down (controls the family-wise error rate, no independence assumption);
 * - bh: Benjamini–Hochberg step-up (controls the false discovery rate under independence or
 *   positive dependence, which per-class cells of one classifier have);
 * - none: the p-values as given.
 * Non-finite p-values are not part of the family and come back as given.
 */
export type MultipleTestingMethod = 'holm' | 'bh' | 'none'

export function adjustPValues(pValues: readonly number[], method: MultipleTestingMethod): number[] {
  const adjusted = [...pValues]
  if (method === 'none') return adjusted
  const order = pValues
    .map((p, index) => ({ p, index }))
    .filter(({ p }) => Number.isFinite(p))
    .sort((left, right) => left.p - right.p || left.index - right.index)
  const m = order.length
  if (m === 0) return adjusted
  if (method === 'holm') {
    let running = 0
    order.forEach(({ p, index }, rank) => {
      running = Math.max(running, Math.min(1, (m - rank) * p))
      adjusted[index] = running
    })
    return adjusted
  }
  let running = 1
  for (let rank = m - 1; rank >= 0; rank--) {
    const entry = order[rank]
    if (entry === undefined) continue
    running = Math.min(running, (m / (rank + 1)) * entry.p)
    adjusted[entry.index] = Math.min(1, running)
  }
  return adjusted
}
