import { regularizedIncompleteBeta } from './incomplete-beta.js'
import { erfc } from './normal.js'

/**
 * McNemar's test of paired accuracy: do the two models err on different samples more often in one
 * direction than chance allows? Only the discordant samples matter (b = only the baseline right,
 * c = only the candidate right); under H0 each is a fair coin flip.
 *
 * - exact (b + c < 25 under 'auto'): two-sided binomial test, p = min(1, 2·P(X ≤ min(b, c))) with
 *   X ~ Binomial(b + c, ½); the statistic reported is min(b, c), as statsmodels does.
 * - chi-square: (|b − c| − 1)² / (b + c) with Edwards' continuity correction, p from χ²(1).
 *
 * The switch at 25 discordant pairs is the usual rule (e.g. statsmodels' documentation and
 * Fagerland et al. 2013, who show the corrected chi-square is conservative but adequate beyond it).
 * statsmodels.stats.contingency_tables.mcnemar gives the same numbers with exact=True / exact=False.
 */
export const MCNEMAR_EXACT_BELOW = 25

export type McNemarMethod = 'auto' | 'exact' | 'chi-square'

export interface DiscordantPairs {
  /** Samples only the baseline classified correctly. */
  readonly baselineOnlyCorrect: number
  /** Samples only the candidate classified correctly. */
  readonly candidateOnlyCorrect: number
}

export interface McNemarResult {
  readonly method: 'mcnemar-exact' | 'mcnemar-chi-square'
  readonly statistic: number
  readonly pValue: number
  readonly baselineOnlyCorrect: number
  readonly candidateOnlyCorrect: number
  /** Accuracy delta candidate − baseline, when the number of paired samples is known. */
  readonly delta?: number
}

export function mcnemarTest(
  pairs: DiscordantPairs,
  options: { method?: McNemarMethod; samples?: number } = {}
): McNemarResult {
  const b = pairs.baselineOnlyCorrect
  const c = pairs.candidateOnlyCorrect
  if (!(Number.isInteger(b) && Number.isInteger(c) && b >= 0 && c >= 0)) {
    throw new RangeError(`McNemar counts must be non-negative integers, got ${b} and ${c}`)
  }
  const discordant = b + c
  const method = options.method ?? 'auto'
  const exact = method === 'exact' || (method === 'auto' && discordant < MCNEMAR_EXACT_BELOW)
  const delta =
    options.samples !== undefined && options.samples > 0 ? (c - b) / options.samples : undefined
  const common = {
    baselineOnlyCorrect: b,
    candidateOnlyCorrect: c,
    ...(delta === undefined ? {} : { delta })
  }
  if (exact) {
    const smaller = Math.min(b, c)
    return {
      method: 'mcnemar-exact',
      statistic: smaller,
      pValue: Math.min(1, 2 * binomialHalfCdf(smaller, discordant)),
      ...common
    }
  }
  // Not clamped at b = c, matching R's mcnemar.test and statsmodels.
  const excess = Math.abs(b - c) - 1
  const statistic = discordant > 0 ? (excess * excess) / discordant : 0
  return {
    method: 'mcnemar-chi-square',
    statistic,
    // χ²(1) survival: P(Z² ≥ s) = erfc(√(s/2))
    pValue: erfc(Math.sqrt(statistic / 2)),
    ...common
  }
}

/** P(X ≤ k) for X ~ Binomial(n, ½), via P(X ≤ k) = I_{1/2}(n − k, k + 1). */
function binomialHalfCdf(k: number, n: number): number {
  if (k >= n) return 1
  return regularizedIncompleteBeta(0.5, n - k, k + 1)
}
