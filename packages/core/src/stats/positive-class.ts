import { ConfigurationError } from '../errors.js'

/**
 * Which class is "positive" for binary precision, recall, F1 and ROC AUC: the one named, or for
 * two-class problems the conventional one ('1' — which is also what true/True read as —, 'yes',
 * 'positive', 'pos'). Guessing between arbitrary names such as 'cat' and 'dog' would silently flip
 * the metric, so that is refused.
 */
const CONVENTIONAL_POSITIVES = ['1', 'yes', 'positive', 'pos']
export const POSITIVE_CLASS_INPUT = 'positive-class'

export function choosePositiveClass(classes: readonly string[], named?: string): string {
  if (named !== undefined) {
    if (!classes.includes(named)) {
      throw new ConfigurationError(
        `positive class '${named}' does not occur in the labels or predictions (classes: ${preview(classes)})`,
        POSITIVE_CLASS_INPUT
      )
    }
    return named
  }
  if (classes.length <= 2) {
    for (const conventional of CONVENTIONAL_POSITIVES) {
      const match = classes.find((name) => name.toLowerCase() === conventional)
      if (match !== undefined) return match
    }
  }
  throw new ConfigurationError(
    `cannot tell which class is positive among ${preview(classes)}: name the positive class, or use a macro average for multiclass labels`,
    POSITIVE_CLASS_INPUT
  )
}

function preview(classes: readonly string[]): string {
  const shown = classes.slice(0, 10).map((name) => `'${name}'`)
  return classes.length > 10 ? `${shown.join(', ')}, …` : shown.join(', ')
}
