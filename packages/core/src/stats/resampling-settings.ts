import { DEFAULT_SEED } from './random.js'

export const DEFAULT_RESAMPLES = 10_000
export const DEFAULT_LEVEL = 0.95

/** A confidence level, 0.95 when absent; anything outside (0, 1) is a caller's bug. */
export function confidenceLevel(level: number = DEFAULT_LEVEL): number {
  if (!(level > 0 && level < 1)) {
    throw new RangeError(`confidence level must be in (0, 1), got ${level}`)
  }
  return level
}

export interface ResamplingSettings {
  readonly resamples: number
  readonly level: number
  readonly seed: number
}

/** What every bootstrap of this package is asked for, defaulted and checked in one place. */
export function resamplingSettings(options: {
  readonly resamples?: number
  readonly level?: number
  readonly seed?: number
}): ResamplingSettings {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES
  if (!Number.isInteger(resamples) || resamples < 1) {
    throw new RangeError(`bootstrap resamples must be a positive integer, got ${resamples}`)
  }
  return {
    resamples,
    level: confidenceLevel(options.level),
    seed: options.seed ?? DEFAULT_SEED
  }
}
