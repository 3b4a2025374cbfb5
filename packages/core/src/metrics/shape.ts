import type { DocumentBuilder } from './document-builder.js'
import type { JsonValue, ResultsFile, ResultsFormat } from './model.js'
import type { TreeContext } from './tree-interpreter.js'

/** A known results layout: how to recognise it and how to read it. */
export interface Shape {
  readonly format: ResultsFormat
  matches(data: JsonValue, file: ResultsFile): boolean
  interpret(builder: DocumentBuilder, data: JsonValue, context: TreeContext): void
}
