/**
 * erf, erfc and the standard normal distribution to near double precision.
 * Below |x| = 1.5, erf uses the series erf(x) = 2/√π · x e^{−x²} Σ (2x²)^n / (1·3·…·(2n+1)),
 * whose terms are all positive (no cancellation). At and above 1.5, erfc is the incomplete gamma
 * Q(1/2, x²) by its continued fraction (modified Lentz), so the upper tail keeps its relative
 * accuracy down to the underflow of e^{−x²} near x ≈ 26.5, where 1 − erf would keep none.
 */
const TWO_OVER_SQRT_PI = 1.1283791670955126
const INVERSE_SQRT_PI = 0.5641895835477563
const SQRT_TWO = 1.4142135623730951
const INVERSE_SQRT_TWO_PI = 0.3989422804014327
const SERIES_LIMIT = 1.5
const EPSILON = 1e-17
const CONVERGED = 2.5e-16
const TINY = 1e-300

export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN
  const magnitude = Math.abs(x)
  if (magnitude < SERIES_LIMIT) return erfSeries(x)
  const value = 1 - erfcContinuedFraction(magnitude)
  return x < 0 ? -value : value
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN
  if (x < 0) return 2 - erfc(-x)
  if (x < SERIES_LIMIT) return 1 - erfSeries(x)
  return erfcContinuedFraction(x)
}

function erfSeries(x: number): number {
  const twoXSquared = 2 * x * x
  let term = 1
  let sum = 1
  for (let n = 1; n < 200; n++) {
    term *= twoXSquared / (2 * n + 1)
    sum += term
    if (term < sum * EPSILON) break
  }
  return TWO_OVER_SQRT_PI * x * Math.exp(-x * x) * sum
}

function erfcContinuedFraction(x: number): number {
  const z = x * x
  if (z > 745) return 0
  let b = z + 0.5
  let c = 1 / TINY
  let d = 1 / b
  let fraction = d
  for (let i = 1; i < 500; i++) {
    const a = -i * (i - 0.5)
    b += 2
    d = a * d + b
    if (Math.abs(d) < TINY) d = TINY
    c = b + a / c
    if (Math.abs(c) < TINY) c = TINY
    d = 1 / d
    const step = d * c
    fraction *= step
    if (Math.abs(step - 1) < CONVERGED) break
  }
  return Math.exp(-z) * x * INVERSE_SQRT_PI * fraction
}

export function normalPdf(x: number): number {
  return INVERSE_SQRT_TWO_PI * Math.exp(-0.5 * x * x)
}

/** P(Z ≤ x); accurate relative to its own size in both tails. */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / SQRT_TWO)
}

/** P(Z > x). */
export function normalSurvival(x: number): number {
  return 0.5 * erfc(x / SQRT_TWO)
}

/** Two-sided p-value of a standard normal statistic: P(|Z| ≥ |z|). */
export function normalTwoSidedPValue(z: number): number {
  return erfc(Math.abs(z) / SQRT_TWO)
}

/**
 * Φ⁻¹(p). Start from Abramowitz & Stegun 26.2.23 (absolute error < 4.5e-4), then Halley steps on
 * the tail probability, which converge cubically; three steps reach the accuracy of erfc.
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return NaN
  if (p === 0) return -Infinity
  if (p === 1) return Infinity
  if (p === 0.5) return 0
  const upper = p > 0.5
  const tail = upper ? 1 - p : p
  let x = tailStart(tail)
  for (let step = 0; step < 6; step++) {
    const density = normalPdf(x)
    if (density === 0) break
    const ratio = (normalSurvival(x) - tail) / density
    const next = x + ratio / (1 - (x * ratio) / 2)
    const converged = Math.abs(next - x) <= 1e-15 * Math.abs(next)
    x = next
    if (converged) break
  }
  return upper ? x : -x
}

function tailStart(tail: number): number {
  const t = Math.sqrt(-2 * Math.log(tail))
  return (
    t -
    (2.515517 + t * (0.802853 + t * 0.010328)) /
      (1 + t * (1.432788 + t * (0.189269 + t * 0.001308)))
  )
}
