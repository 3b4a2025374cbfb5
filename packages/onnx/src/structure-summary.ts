import type { ModelHeader } from './model-header.js'

export interface InitializerGroup {
  readonly count: number
  readonly parameters: number
  readonly bytes: number
}

export interface StructureSummary {
  readonly irVersion: number | undefined
  readonly opsetImports: { domain: string; version: number }[]
  readonly producer: { name: string; version: string }
  readonly domain: string
  readonly modelVersion: number
  readonly metadata: Record<string, string>
  readonly graphName: string
  readonly nodeCount: number
  /** `Conv: 12`; ops of other domains are keyed `domain::Op`. */
  readonly opHistogram: Record<string, number>
  readonly initializers: {
    readonly count: number
    readonly parameters: number
    readonly bytes: number
    readonly externalBytes: number
    readonly byDtype: Record<string, InitializerGroup>
    readonly largest: {
      name: string
      dtype: string
      dims: number[]
      bytes: number
      external: boolean
    }[]
  }
}

export const LARGEST_INITIALIZERS = 10

/** The report's view of the header: counts and sizes, no tensor data. */
export function summarizeStructure(header: ModelHeader): StructureSummary {
  const graph = header.graph
  const opHistogram: Record<string, number> = {}
  for (const node of graph?.nodes ?? []) {
    const key =
      node.domain && node.domain !== 'ai.onnx' ? `${node.domain}::${node.opType}` : node.opType
    opHistogram[key] = (opHistogram[key] ?? 0) + 1
  }
  const byDtype: Record<string, InitializerGroup> = {}
  let parameters = 0
  let bytes = 0
  let externalBytes = 0
  for (const initializer of graph?.initializers ?? []) {
    const group = byDtype[initializer.dtype] ?? { count: 0, parameters: 0, bytes: 0 }
    byDtype[initializer.dtype] = {
      count: group.count + 1,
      parameters: group.parameters + initializer.elements,
      bytes: group.bytes + initializer.storedBytes
    }
    parameters += initializer.elements
    bytes += initializer.storedBytes
    if (initializer.storage === 'external') externalBytes += initializer.storedBytes
  }
  const largest = [...(graph?.initializers ?? [])]
    .sort((a, b) => b.storedBytes - a.storedBytes)
    .slice(0, LARGEST_INITIALIZERS)
    .map((initializer) => ({
      name: initializer.name,
      dtype: initializer.dtype,
      dims: initializer.dims,
      bytes: initializer.storedBytes,
      external: initializer.storage === 'external'
    }))
  return {
    irVersion: header.irVersion,
    opsetImports: header.opsetImports,
    producer: { name: header.producerName, version: header.producerVersion },
    domain: header.domain,
    modelVersion: header.modelVersion,
    metadata: Object.fromEntries(header.metadata.map((entry) => [entry.key, entry.value])),
    graphName: graph?.name ?? '',
    nodeCount: graph?.nodes.length ?? 0,
    opHistogram,
    initializers: {
      count: graph?.initializers.length ?? 0,
      parameters,
      bytes,
      externalBytes,
      byDtype,
      largest
    }
  }
}
