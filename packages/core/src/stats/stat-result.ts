/**
 * What the comparison needs to know about the statistical evidence for one metric's change.
 * Every test in this folder returns a superset of this shape (bootstrap, DeLong, Welch, McNemar),
 * so any of them can be passed to `compareMetrics` as is.
 * The change counts as significant when p < α (if a p-value is given) and the interval
 * [low, high] excludes 0 (if an interval is given).
 */
export interface StatResult {
  readonly method: string
  /** candidate − baseline as estimated by the method */
  readonly delta?: number
  readonly low?: number
  readonly high?: number
  readonly level?: number
  readonly pValue?: number
  /** Standard error of `delta`; with α and power it gives the minimum detectable effect. */
  readonly standardError?: number
  /** The statistic recomputed, e.g. 'macro-f1' or 'f1[cat]', when it is not the method's name. */
  readonly statistic?: string
  /** The metric of both models as recomputed from the predictions, to check the files against. */
  readonly recomputed?: { readonly baseline: number; readonly candidate: number }
}
