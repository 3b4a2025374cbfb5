/**
 * Joint counts of (true class, baseline prediction, candidate prediction) over the samples both
 * models scored. Every count-based metric of both models (accuracy, precision, recall, F1, macro
 * averages) is a function of these cells alone, which is what lets the bootstrap resample cells
 * instead of samples.
 */
export interface PairedContingency {
  readonly classes: readonly string[]
  readonly total: number
  /** Class index of the truth for each cell. */
  readonly truth: Int32Array
  readonly baseline: Int32Array
  readonly candidate: Int32Array
  readonly counts: Float64Array
}

export interface ContingencyCell {
  readonly truth: string
  readonly baseline: string
  readonly candidate: string
  readonly count: number
}

/** Build from class indices (fast path for large arrays, e.g. decoded .npy files). */
export function contingencyFromClassIndices(
  classes: readonly string[],
  truth: ArrayLike<number>,
  baseline: ArrayLike<number>,
  candidate: ArrayLike<number>
): PairedContingency {
  const size = truth.length
  if (baseline.length !== size || candidate.length !== size) {
    throw new RangeError(
      `paired arrays differ in length: truth ${size}, baseline ${baseline.length}, candidate ${candidate.length}`
    )
  }
  const classCount = classes.length
  const cellOfKey = new Map<number, number>()
  const truthOfCell: number[] = []
  const baselineOfCell: number[] = []
  const candidateOfCell: number[] = []
  const countOfCell: number[] = []
  for (let i = 0; i < size; i++) {
    const t = truth[i] ?? 0
    const b = baseline[i] ?? 0
    const c = candidate[i] ?? 0
    const key = (t * classCount + b) * classCount + c
    const cell = cellOfKey.get(key)
    if (cell === undefined) {
      cellOfKey.set(key, countOfCell.length)
      truthOfCell.push(t)
      baselineOfCell.push(b)
      candidateOfCell.push(c)
      countOfCell.push(1)
    } else {
      countOfCell[cell] = (countOfCell[cell] ?? 0) + 1
    }
  }
  return {
    classes,
    total: size,
    truth: Int32Array.from(truthOfCell),
    baseline: Int32Array.from(baselineOfCell),
    candidate: Int32Array.from(candidateOfCell),
    counts: Float64Array.from(countOfCell)
  }
}

/** Build from per-sample class names (labels and predictions of two aligned prediction sets). */
export function contingencyFromLabels(
  truth: readonly string[],
  baseline: readonly string[],
  candidate: readonly string[]
): PairedContingency {
  const classes: string[] = []
  const indexOf = new Map<string, number>()
  const encode = (values: readonly string[]): Int32Array => {
    const encoded = new Int32Array(values.length)
    for (let i = 0; i < values.length; i++) {
      const value = values[i] ?? ''
      let index = indexOf.get(value)
      if (index === undefined) {
        index = classes.length
        indexOf.set(value, index)
        classes.push(value)
      }
      encoded[i] = index
    }
    return encoded
  }
  const truthIndices = encode(truth)
  const baselineIndices = encode(baseline)
  const candidateIndices = encode(candidate)
  return contingencyFromClassIndices(classes, truthIndices, baselineIndices, candidateIndices)
}

/** Build from already-aggregated cells, e.g. counts published in a paper or kept from a report. */
export function contingencyFromCells(cells: readonly ContingencyCell[]): PairedContingency {
  const classes: string[] = []
  const indexOf = new Map<string, number>()
  const classIndex = (name: string): number => {
    let index = indexOf.get(name)
    if (index === undefined) {
      index = classes.length
      indexOf.set(name, index)
      classes.push(name)
    }
    return index
  }
  const kept = cells.filter((cell) => cell.count > 0)
  for (const cell of kept) {
    if (!Number.isInteger(cell.count)) {
      throw new RangeError(`contingency counts must be whole numbers, got ${cell.count}`)
    }
  }
  return {
    classes,
    total: kept.reduce((sum, cell) => sum + cell.count, 0),
    truth: Int32Array.from(kept, (cell) => classIndex(cell.truth)),
    baseline: Int32Array.from(kept, (cell) => classIndex(cell.baseline)),
    candidate: Int32Array.from(kept, (cell) => classIndex(cell.candidate)),
    counts: Float64Array.from(kept, (cell) => cell.count)
  }
}

/** The contingency cell of every sample: what a per-sample bootstrap draws from. */
export function cellOfEachSample(
  contingency: PairedContingency,
  truth: ArrayLike<number>,
  baseline: ArrayLike<number>,
  candidate: ArrayLike<number>
): Int32Array {
  const classCount = contingency.classes.length
  const cellOfKey = new Map<number, number>()
  for (let cell = 0; cell < contingency.counts.length; cell++) {
    const key =
      ((contingency.truth[cell] ?? 0) * classCount + (contingency.baseline[cell] ?? 0)) *
        classCount +
      (contingency.candidate[cell] ?? 0)
    cellOfKey.set(key, cell)
  }
  const cells = new Int32Array(truth.length)
  for (let i = 0; i < truth.length; i++) {
    const key =
      ((truth[i] ?? 0) * classCount + (baseline[i] ?? 0)) * classCount + (candidate[i] ?? 0)
    const cell = cellOfKey.get(key)
    if (cell === undefined) throw new RangeError(`sample ${i} has no cell in this contingency`)
    cells[i] = cell
  }
  return cells
}
