export type BootstrapMethod = 'paired-bootstrap-multinomial' | 'paired-bootstrap'

/** What every paired bootstrap of a metric reports about candidate − baseline. */
export interface BootstrapDelta {
  readonly method: BootstrapMethod
  /** The metric bootstrapped, e.g. 'accuracy' or 'mean'. */
  readonly statistic: string
  readonly baseline: number
  readonly candidate: number
  /** candidate − baseline on the observed samples */
  readonly delta: number
  readonly low: number
  readonly high: number
  readonly level: number
  readonly resamples: number
  /** Standard deviation of the resampled deltas. */
  readonly standardError: number
  readonly seed: number
  readonly samples: number
}
