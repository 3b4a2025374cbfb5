import { addObjectGroup } from './groups.js'
import { isJsonObject, orderedKeys, rememberKeyOrder, setEntry } from './json-object.js'
import { KeyPath } from './key-path.js'
import type { JsonObject } from './model.js'
import type { Shape } from './shape.js'
import { interpretTree } from './tree-interpreter.js'

const AVERAGE_KEYS = ['macro avg', 'weighted avg', 'micro avg', 'samples avg']

/**
 * scikit-learn `classification_report(..., output_dict=True)`: class entries become group
 * `per_class` (precision, recall, f1-score, support) in report order; `accuracy` and the averages
 * become metrics (`accuracy`, `macro avg.f1-score`, `weighted avg.precision`).
 */
export const sklearnReport: Shape = {
  format: 'sklearn-report',
  matches: (data) =>
    isJsonObject(data) &&
    AVERAGE_KEYS.some((key) => {
      const average = data[key]
      return isJsonObject(average) && 'f1-score' in average
    }),
  interpret(builder, data, context) {
    if (!isJsonObject(data)) return
    const classes: JsonObject = {}
    const classOrder: string[] = []
    for (const key of orderedKeys(data)) {
      const value = data[key] ?? null
      if (!AVERAGE_KEYS.includes(key) && isJsonObject(value) && 'f1-score' in value) {
        setEntry(classes, key, value)
        classOrder.push(key)
      } else {
        interpretTree(builder, value, KeyPath.root.key(key), context)
      }
    }
    rememberKeyOrder(classes, classOrder)
    // The classes sit at the top level of the report, so that is where their cells are located.
    addObjectGroup(builder, 'per_class', KeyPath.root, classes, (restPath, value) =>
      interpretTree(builder, value, restPath, context)
    )
  }
}
