import { basename, extname } from 'node:path'
import { ConfigurationError } from '../errors.js'
import { DocumentBuilder } from './document-builder.js'
import type { InterpretOptions } from './interpret-options.js'
import { KeyPath } from './key-path.js'
import type { MetricsDocument, ResultsFile, ResultsFormat } from './model.js'
import type { Shape } from './shape.js'
import { dvcMetrics } from './shape-dvc.js'
import { huggingFaceEvalResults, huggingFaceTrainerState } from './shape-hugging-face.js'
import { kerasHistory } from './shape-keras-history.js'
import { madeWithMlEvaluation, madeWithMlTraining } from './shape-made-with-ml.js'
import { sklearnReport } from './shape-sklearn-report.js'
import { interpretTree } from './tree-interpreter.js'

// Most specific first: a Made-With-ML file would also pass for a generic one.
const DETECTED_SHAPES: readonly Shape[] = [
  madeWithMlTraining,
  madeWithMlEvaluation,
  huggingFaceTrainerState,
  sklearnReport,
  kerasHistory,
  huggingFaceEvalResults
]
const SHAPES_BY_FORMAT: ReadonlyMap<ResultsFormat, Shape> = new Map(
  [...DETECTED_SHAPES, dvcMetrics].map((shape) => [shape.format, shape])
)

/**
 * Interprets a parsed results file. Known layouts (Made-With-ML, Hugging Face, scikit-learn,
 * Keras) are detected and set `format`; anything else gets the generic reading (nested objects
 * flattened with dots, tables kept as groups and series; see `interpretTree`) and the file's
 * syntax as its format. NaN/±Infinity metrics, missing `required` metrics and names claimed twice
 * throw a `ConfigurationError` naming the file and key path.
 */
export function toMetricsDocument(
  file: ResultsFile,
  options: InterpretOptions = {}
): MetricsDocument {
  const builder = new DocumentBuilder(file.path, options)
  const context = { tables: true, rootName: fileStem(file.path) }
  const shape = chooseShape(file, options.format)
  if (shape === undefined) {
    interpretTree(builder, file.data, KeyPath.root, context)
    return builder.build(genericFormat(file, options.format))
  }
  shape.interpret(builder, file.data, context)
  return builder.build(shape.format)
}

function chooseShape(file: ResultsFile, requested: ResultsFormat | undefined): Shape | undefined {
  if (requested === 'mlflow-run') {
    throw new ConfigurationError(
      `${file.path}: an MLflow run is a directory; read it with readMlflowRun`
    )
  }
  const forced = requested === undefined ? undefined : SHAPES_BY_FORMAT.get(requested)
  if (forced !== undefined) {
    if (!forced.matches(file.data, file)) {
      throw new ConfigurationError(`${file.path} does not have the layout of a ${requested} file`)
    }
    return forced
  }
  if (requested !== undefined) return undefined
  return DETECTED_SHAPES.find((shape) => shape.matches(file.data, file))
}

function genericFormat(file: ResultsFile, requested: ResultsFormat | undefined): ResultsFormat {
  if (requested !== undefined) return requested
  return file.syntax === 'text' ? 'json' : file.syntax
}

export function fileStem(path: string): string {
  const name = basename(path)
  return name.slice(0, name.length - extname(name).length) || name
}
