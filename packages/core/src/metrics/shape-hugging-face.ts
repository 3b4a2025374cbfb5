import { basename } from 'node:path'
import { addHistory } from './history.js'
import { isJsonObject } from './json-object.js'
import { KeyPath } from './key-path.js'
import type { Shape } from './shape.js'
import { interpretObject } from './tree-interpreter.js'

// Trainer internals (callback flags and arguments), not results.
const TRAINER_INTERNALS = ['log_history', 'stateful_callbacks']

/**
 * Hugging Face `trainer_state.json`: top-level numbers (`best_metric`, `global_step`, `epoch`…)
 * become metrics; `log_history` becomes series `log_history` indexed by `step`, and the last
 * logged value of each field a metric such as `log_history.eval_loss`.
 */
export const huggingFaceTrainerState: Shape = {
  format: 'hf-trainer-state',
  matches: (data) =>
    isJsonObject(data) &&
    Array.isArray(data['log_history']) &&
    ('global_step' in data || 'best_metric' in data),
  interpret(builder, data, context) {
    if (!isJsonObject(data)) return
    interpretObject(builder, data, KeyPath.root, context, TRAINER_INTERNALS)
    const history = data['log_history']
    if (Array.isArray(history)) addHistory(builder, history, KeyPath.root.key('log_history'))
  }
}

const RESULTS_FILE_NAME = /^(?:all|eval|train|test|predict)_results\.json$/i
const TIMING_KEYS = ['eval_runtime', 'eval_samples_per_second', 'eval_steps_per_second']

/** Hugging Face `eval_results.json` / `all_results.json`: flat `eval_*` numbers, kept as named. */
export const huggingFaceEvalResults: Shape = {
  format: 'hf-eval-results',
  matches: (data, file) =>
    isJsonObject(data) &&
    Object.values(data).every((value) => typeof value !== 'object' || value === null) &&
    (RESULTS_FILE_NAME.test(basename(file.path)) || TIMING_KEYS.some((key) => key in data)),
  interpret(builder, data, context) {
    if (isJsonObject(data)) interpretObject(builder, data, KeyPath.root, context)
  }
}
