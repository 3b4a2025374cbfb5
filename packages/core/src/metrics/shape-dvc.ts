import type { Shape } from './shape.js'
import { interpretTree } from './tree-interpreter.js'
import { KeyPath } from './key-path.js'

/**
 * DVC metrics files, read the way `dvc metrics show` reads them: nested keys joined with dots,
 * single-item lists unwrapped, other lists ignored, no groups or series. Any JSON/YAML/TOML file
 * is a valid DVC metrics file, so this shape is only used when asked for (`format: 'dvc'`).
 */
export const dvcMetrics: Shape = {
  format: 'dvc',
  matches: () => true,
  interpret(builder, data, context) {
    interpretTree(builder, data, KeyPath.root, { ...context, tables: false })
  }
}
