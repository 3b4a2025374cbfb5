import { denseByteSize, elementType, isFeedableByNode } from './element-type.js'
import { finding } from './finding.js'
import type { Finding } from './finding.js'
import type { GraphHeader, InitializerInfo, ModelHeader } from './model-header.js'
import { modelSignature } from './model-signature.js'

/** What the pinned onnxruntime accepts (research §2.5-6); newer models are rejected at load. */
export interface RuntimeLimits {
  readonly maxIrVersion: number
  readonly maxDefaultOpset: number
}

export const ORT_1_30_LIMITS: RuntimeLimits = { maxIrVersion: 13, maxDefaultOpset: 26 }

const DEFAULT_DOMAINS = new Set(['', 'ai.onnx'])
const KNOWN_DOMAINS = new Set([
  '',
  'ai.onnx',
  'ai.onnx.ml',
  'com.microsoft',
  'ai.onnx.training',
  'ai.onnx.preview.training'
])

/** Checks that need only the header; external data files are checked by checkExternalData. */
export function checkModelStructure(
  header: ModelHeader,
  limits: RuntimeLimits = ORT_1_30_LIMITS
): Finding[] {
  const findings: Finding[] = []
  findings.push(...checkVersions(header, limits))
  findings.push(...checkMetadata(header))
  if (header.graphFieldCount > 1) {
    findings.push(
      finding(
        'repeated-graph',
        'warning',
        `The model holds ${header.graphFieldCount} graph fields; readers merge them.`
      )
    )
  }
  const graph = header.graph
  if (!graph) {
    findings.push(finding('missing-graph', 'error', 'The model has no graph.'))
    return findings
  }
  findings.push(...checkGraph(graph))
  findings.push(...checkSignatureTypes(header))
  for (const initializer of graph.initializers) findings.push(...checkInitializerSize(initializer))
  return findings
}

function checkVersions(header: ModelHeader, limits: RuntimeLimits): Finding[] {
  const findings: Finding[] = []
  if (header.irVersion === undefined || header.irVersion === 0) {
    findings.push(finding('missing-ir-version', 'error', 'The model does not set ir_version.'))
  } else if (header.irVersion > limits.maxIrVersion) {
    findings.push(
      finding(
        'ir-version-too-new',
        'error',
        `IR version ${header.irVersion} is newer than onnxruntime supports (≤ ${limits.maxIrVersion}).`
      )
    )
  }
  if (header.opsetImports.length === 0 && (header.irVersion ?? 0) >= 3) {
    findings.push(
      finding(
        'missing-opset-import',
        'error',
        'The model imports no operator set (required from IR version 3).'
      )
    )
  }
  const seen = new Set<string>()
  for (const opset of header.opsetImports) {
    const domain = opset.domain || 'ai.onnx'
    if (seen.has(domain))
      findings.push(
        finding(
          'duplicate-opset-import',
          'error',
          `Operator set domain "${domain}" is imported twice.`
        )
      )
    seen.add(domain)
    if (DEFAULT_DOMAINS.has(opset.domain) && opset.version > limits.maxDefaultOpset) {
      findings.push(
        finding(
          'opset-too-new',
          'error',
          `ai.onnx opset ${opset.version} is newer than onnxruntime supports (≤ ${limits.maxDefaultOpset}).`
        )
      )
    }
    if (!KNOWN_DOMAINS.has(opset.domain)) {
      findings.push(
        finding(
          'custom-domain',
          'info',
          `The model imports the custom operator domain "${opset.domain}".`
        )
      )
    }
  }
  return findings
}

function checkMetadata(header: ModelHeader): Finding[] {
  const keys = header.metadata.map((entry) => entry.key)
  return duplicates(keys).map((key) =>
    finding('duplicate-metadata-key', 'error', `Metadata key "${key}" appears more than once.`)
  )
}

function checkGraph(graph: GraphHeader): Finding[] {
  const findings: Finding[] = []
  if (graph.outputs.length === 0)
    findings.push(finding('no-outputs', 'error', 'The graph declares no outputs.'))
  const initializerNames = graph.initializers.map((initializer) => initializer.name)
  for (const name of duplicates(initializerNames)) {
    findings.push(
      finding('duplicate-initializer', 'error', `Initializer "${name}" is defined more than once.`)
    )
  }
  const initialized = new Set(initializerNames)
  const definitions = [
    ...graph.declaredInputs
      .filter((input) => !initialized.has(input.name))
      .map((input) => input.name),
    ...new Set(initializerNames),
    ...graph.nodes.flatMap((node) => node.outputs.filter((output) => output !== ''))
  ]
  for (const name of duplicates(definitions)) {
    findings.push(
      finding(
        'duplicate-value-name',
        'error',
        `Value "${name}" is produced by more than one graph input, initializer or node.`
      )
    )
  }
  // Sparse initializer names are not read by the header walk, so they could be what an output names.
  if (graph.sparseInitializerCount === 0) {
    const produced = new Set(definitions)
    graph.declaredInputs.forEach((input) => produced.add(input.name))
    for (const output of graph.outputs) {
      if (!produced.has(output.name)) {
        findings.push(
          finding(
            'output-not-produced',
            'error',
            `Graph output "${output.name}" is not produced by any node, initializer or graph input.`
          )
        )
      }
    }
  }
  for (const name of duplicates(graph.outputs.map((output) => output.name))) {
    findings.push(
      finding('duplicate-output', 'error', `Graph output "${name}" is declared more than once.`)
    )
  }
  for (const node of graph.nodes) {
    if (node.opType === '')
      findings.push(finding('node-without-op', 'error', `Node "${node.name}" has no op_type.`))
  }
  if (graph.sparseInitializerCount > 0) {
    findings.push(
      finding(
        'sparse-initializers',
        'info',
        `${graph.sparseInitializerCount} sparse initializers are not inventoried.`
      )
    )
  }
  return findings
}

function checkSignatureTypes(header: ModelHeader): Finding[] {
  const signature = modelSignature(header)
  const findings: Finding[] = []
  for (const [kind, values] of [
    ['input', signature.inputs],
    ['output', signature.outputs]
  ] as const) {
    for (const value of values) {
      if (!isFeedableByNode(value.dtype)) {
        findings.push(
          finding(
            'unsupported-io-type',
            'error',
            `Graph ${kind} "${value.name}" has type ${value.dtype}, which onnxruntime-node cannot exchange; cast it to float32/float16 at the graph boundary.`
          )
        )
      }
      for (const dim of value.shape ?? []) {
        if (typeof dim === 'number' && dim < 0) {
          findings.push(
            finding(
              'negative-dimension',
              'error',
              `Graph ${kind} "${value.name}" declares a negative dimension ${dim}.`
            )
          )
        }
      }
    }
  }
  return findings
}

/** onnx.checker does not compare raw_data with the declared shape (research §2.1); do it here. */
export function checkInitializerSize(initializer: InitializerInfo): Finding[] {
  if (initializer.dims.some((dim) => dim < 0)) {
    return [
      finding(
        'negative-dimension',
        'error',
        `Initializer "${initializer.name}" declares a negative dimension.`
      )
    ]
  }
  const expected = denseByteSize(initializer.dataType, initializer.elements)
  if (
    initializer.storage === 'raw' &&
    expected !== undefined &&
    initializer.rawDataBytes !== expected
  ) {
    return [
      finding(
        'raw-data-size-mismatch',
        'error',
        `Initializer "${initializer.name}" (${initializer.dtype} [${initializer.dims.join(', ')}]) holds ${initializer.rawDataBytes} bytes of raw_data; its shape needs ${expected}.`
      )
    ]
  }
  const packsSeveralPerValue =
    elementType(initializer.dataType).bits === 4 || initializer.dtype.startsWith('complex')
  if (
    initializer.storage === 'typed' &&
    initializer.dtype !== 'string' &&
    !packsSeveralPerValue &&
    initializer.typedElements !== initializer.elements
  ) {
    return [
      finding(
        'typed-data-count-mismatch',
        'error',
        `Initializer "${initializer.name}" holds ${initializer.typedElements} values; its shape [${initializer.dims.join(', ')}] needs ${initializer.elements}.`
      )
    ]
  }
  if (initializer.storage === 'empty' && initializer.elements > 0) {
    return [
      finding(
        'initializer-without-data',
        'error',
        `Initializer "${initializer.name}" has a shape but no data.`
      )
    ]
  }
  return []
}

function duplicates(names: readonly string[]): string[] {
  const seen = new Set<string>()
  const repeated = new Set<string>()
  for (const name of names) {
    if (seen.has(name)) repeated.add(name)
    seen.add(name)
  }
  return [...repeated]
}
