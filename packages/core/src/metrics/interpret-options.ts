import type { ResultsFormat } from './model.js'

/** How a parsed results file is turned into a metrics document. */
export interface InterpretOptions {
  /** Use this shape instead of detecting it; `dvc` means plain nested flattening, no tables. */
  readonly format?: ResultsFormat
  /** Accept NaN and ±Infinity as metric values instead of refusing the file. */
  readonly allowNonFinite?: boolean
  /** Metric names that must be present; a missing one is an error. */
  readonly required?: readonly string[]
  /** Read strings such as "0.91" as numbers; by default they are labels, never silently numbers. */
  readonly coerceNumericStrings?: boolean
}
