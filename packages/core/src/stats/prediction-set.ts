/**
 * Per-sample outputs of one model on an evaluation set, as read from a predictions file.
 * Class names are strings so that files of different formats agree: see `canonicalClassName`.
 */
export interface ClassScores {
  readonly classes: readonly string[]
  /** Row-major: sample i, class j at i * classes.length + j. */
  readonly values: Float64Array
}

export interface PredictionSet {
  /** The file (or files) the set was read from, for error messages. */
  readonly source: string
  readonly ids: readonly string[]
  readonly labels?: readonly string[]
  readonly predictions?: readonly string[]
  /** Score of the positive class, for binary problems (ROC AUC). */
  readonly scores?: Float64Array
  readonly classScores?: ClassScores
}

const INTEGRAL = /^[+-]?\d+(?:\.0*)?$/

/**
 * One spelling per class across CSV text, JSON values and .npy numbers: booleans (JSON, .npy bool,
 * or the words true/false in any case) become '1' / '0', integral numbers lose a trailing '.0' and
 * a leading '+', so `1`, `1.0`, `true` and `True` all name the class '1'. Other text is kept as
 * written (trimmed), so '01' stays distinct from '1'.
 */
export function canonicalClassName(value: string | number | boolean): string {
  if (typeof value === 'boolean') return value ? '1' : '0'
  if (typeof value === 'number') return String(value)
  const text = value.trim()
  const lowered = text.toLowerCase()
  if (lowered === 'true') return '1'
  if (lowered === 'false') return '0'
  if (INTEGRAL.test(text)) {
    const unsigned = text.replace(/^\+/, '').replace(/\.0*$/, '')
    return unsigned === '-0' ? '0' : unsigned
  }
  return text
}
