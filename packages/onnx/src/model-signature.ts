import type { ModelHeader, ValueSignature } from './model-header.js'

export interface ModelSignature {
  readonly inputs: ValueSignature[]
  readonly outputs: ValueSignature[]
}

/** The inputs a caller must feed: graph inputs that an initializer does not already provide. */
export function modelSignature(header: ModelHeader): ModelSignature {
  const graph = header.graph
  if (!graph) return { inputs: [], outputs: [] }
  const initialized = new Set(graph.initializers.map((initializer) => initializer.name))
  return {
    inputs: graph.declaredInputs.filter((input) => !initialized.has(input.name)),
    outputs: graph.outputs
  }
}

export function formatShape(shape: ValueSignature['shape']): string {
  if (shape === null) return '?'
  return `[${shape.map((dim) => (dim === null ? '?' : String(dim))).join(', ')}]`
}
