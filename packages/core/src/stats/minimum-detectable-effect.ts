import { normalQuantile } from './normal.js'

/**
 * The smallest true change a two-sided test at level α detects with the given power, for an
 * estimate with this standard error (normal approximation): (z₁₋α/₂ + z_power) · SE.
 * It tells a reviewer whether "not significant" means "no change of that size" or "too few
 * samples to tell".
 */
export function minimumDetectableEffect(
  standardError: number,
  alpha: number,
  power: number
): number {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`)
  if (!(power > 0 && power < 1)) throw new RangeError(`power must be in (0, 1), got ${power}`)
  if (!(standardError >= 0)) return NaN
  return (normalQuantile(1 - alpha / 2) + normalQuantile(power)) * standardError
}

/** The standard error a symmetric normal interval of this width and level implies. */
export function standardErrorOfInterval(low: number, high: number, level: number): number {
  return (high - low) / (2 * normalQuantile(1 - (1 - level) / 2))
}
