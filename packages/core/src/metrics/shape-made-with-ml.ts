import { addObjectGroup } from './groups.js'
import { addHistory } from './history.js'
import { isJsonObject } from './json-object.js'
import { KeyPath } from './key-path.js'
import type { Shape } from './shape.js'
import { interpretObject, interpretTree } from './tree-interpreter.js'

/**
 * Made-With-ML `results/training_results.json`:
 * `{timestamp, run_id, params: {lr, …}, metrics: [{epoch, train_loss, val_loss}, …]}`.
 * Params become `params.*` metrics (text params labels); the epoch list becomes series `metrics`
 * indexed by `epoch`, and its last epoch's values the metrics `metrics.train_loss`, `metrics.val_loss`.
 */
export const madeWithMlTraining: Shape = {
  format: 'mwml-training',
  matches: (data) =>
    isJsonObject(data) &&
    isJsonObject(data['params']) &&
    Array.isArray(data['metrics']) &&
    data['metrics'].length > 0 &&
    data['metrics'].every((record) => isJsonObject(record) && 'epoch' in record),
  interpret(builder, data, context) {
    if (!isJsonObject(data)) return
    interpretObject(builder, data, KeyPath.root, context, ['metrics'])
    const epochs = data['metrics']
    // Forced even for one epoch, which the generic reading would unwrap into plain scalars.
    if (Array.isArray(epochs))
      addHistory(builder, epochs, KeyPath.root.key('metrics'), { index: 'epoch' })
  }
}

const TABLE_KEYS = ['per_class', 'slices']

/**
 * Made-With-ML `results/evaluation_results.json`:
 * `{timestamp, run_id, overall: {precision, recall, f1, num_samples}, per_class: {…}, slices: {…}}`.
 * `overall.*` become metrics; `per_class` and `slices` become groups in file order, even with a
 * single member.
 */
export const madeWithMlEvaluation: Shape = {
  format: 'mwml-evaluation',
  matches: (data) =>
    isJsonObject(data) && isJsonObject(data['overall']) && isJsonObject(data['per_class']),
  interpret(builder, data, context) {
    if (!isJsonObject(data)) return
    interpretObject(builder, data, KeyPath.root, context, TABLE_KEYS)
    for (const key of TABLE_KEYS) {
      const table = data[key]
      if (table === undefined) continue
      const path = KeyPath.root.key(key)
      if (!isJsonObject(table)) {
        interpretTree(builder, table, path, context)
        continue
      }
      addObjectGroup(builder, key, path, table, (restPath, value) =>
        interpretTree(builder, value, restPath, context)
      )
    }
  }
}
