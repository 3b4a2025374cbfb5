import { addHistory } from './history.js'
import { isJsonObject, orderedKeys, setEntry } from './json-object.js'
import { KeyPath } from './key-path.js'
import type { JsonObject, JsonValue } from './model.js'
import type { Shape } from './shape.js'

/**
 * Keras `history.history` saved as JSON: `{loss: [...], val_loss: [...], accuracy: [...]}`, one
 * value per epoch. Becomes series `history` indexed by a 0-based `epoch` (as Keras's CSVLogger
 * counts), and the last epoch's values the metrics `loss`, `val_loss`, … under their own names.
 */
export const kerasHistory: Shape = {
  format: 'keras-history',
  matches(data) {
    if (!isJsonObject(data)) return false
    const keys = orderedKeys(data)
    const lengths = new Set<number>()
    for (const key of keys) {
      const values = data[key]
      if (!Array.isArray(values) || values.length === 0) return false
      if (!values.every((value) => typeof value === 'number')) return false
      lengths.add(values.length)
    }
    return lengths.size === 1 && keys.some((key) => key === 'loss' || key.startsWith('val_'))
  },
  interpret(builder, data) {
    if (!isJsonObject(data)) return
    const keys = orderedKeys(data)
    const epochs = Math.max(...keys.map((key) => arrayAt(data, key).length))
    const records: JsonObject[] = []
    for (let epoch = 0; epoch < epochs; epoch++) {
      const record: JsonObject = { epoch }
      for (const key of keys) setEntry(record, key, arrayAt(data, key)[epoch] ?? null)
      records.push(record)
    }
    addHistory(builder, records, KeyPath.root, {
      seriesName: 'history',
      scalarPrefix: '',
      index: 'epoch'
    })
  }
}

function arrayAt(data: JsonObject, key: string): readonly JsonValue[] {
  const values = data[key]
  return Array.isArray(values) ? values : []
}
