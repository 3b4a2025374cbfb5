import { ConfigurationError } from '@ml-actions/core/errors'
import { finding } from './finding.js'
import type { Finding } from './finding.js'
import type { Dimension, ValueSignature } from './model-header.js'
import { formatShape } from './model-signature.js'
import type { ModelSignature } from './model-signature.js'

/**
 * Compare the candidate's signature with the expected one (a contract file or the baseline model).
 * Anything a serving client would notice is breaking (error); additions it can ignore are info.
 */
export function checkSignatureContract(
  expected: ModelSignature,
  actual: ModelSignature
): Finding[] {
  return [
    ...compareSide('input', expected.inputs, actual.inputs),
    ...compareSide('output', expected.outputs, actual.outputs)
  ]
}

function compareSide(
  kind: 'input' | 'output',
  expected: readonly ValueSignature[],
  actual: readonly ValueSignature[]
): Finding[] {
  const findings: Finding[] = []
  const actualByName = new Map(actual.map((value) => [value.name, value]))
  const expectedNames = new Set(expected.map((value) => value.name))
  const added = actual.filter((value) => !expectedNames.has(value.name))
  for (const want of expected) {
    const have = actualByName.get(want.name)
    if (!have) {
      const lookalike = added.find(
        (value) =>
          value.dtype === want.dtype && formatShape(value.shape) === formatShape(want.shape)
      )
      findings.push(
        lookalike
          ? finding(
              `${kind}-renamed`,
              'error',
              `${capitalize(kind)} "${want.name}" is gone; "${lookalike.name}" has its type and shape (renamed?).`
            )
          : finding(
              `${kind}-missing`,
              'error',
              `${capitalize(kind)} "${want.name}" (${want.dtype} ${formatShape(want.shape)}) is missing.`
            )
      )
      continue
    }
    findings.push(...compareValue(kind, want, have))
  }
  for (const value of added) {
    findings.push(
      kind === 'output'
        ? finding(
            'output-added',
            'info',
            `New output "${value.name}" (${value.dtype} ${formatShape(value.shape)}); existing clients can ignore it.`
          )
        : finding(
            'input-added',
            'error',
            `New required input "${value.name}" (${value.dtype} ${formatShape(value.shape)}); existing clients do not send it.`
          )
    )
  }
  return findings
}

function compareValue(
  kind: 'input' | 'output',
  want: ValueSignature,
  have: ValueSignature
): Finding[] {
  const subject = `${capitalize(kind)} "${want.name}"`
  const findings: Finding[] = []
  if (want.dtype !== have.dtype) {
    findings.push(
      finding(
        `${kind}-dtype-changed`,
        'error',
        `${subject} changed type ${want.dtype} → ${have.dtype}.`
      )
    )
  }
  if (want.shape === null || have.shape === null) {
    if (want.shape !== null)
      findings.push(
        finding(
          `${kind}-rank-unknown`,
          'error',
          `${subject} no longer declares a shape (was ${formatShape(want.shape)}).`
        )
      )
    return findings
  }
  if (want.shape.length !== have.shape.length) {
    findings.push(
      finding(
        `${kind}-rank-changed`,
        'error',
        `${subject} changed rank ${want.shape.length} → ${have.shape.length} (${formatShape(want.shape)} → ${formatShape(have.shape)}).`
      )
    )
    return findings
  }
  want.shape.forEach((before, axis) => {
    const after = have.shape?.[axis] ?? null
    const change = describeDimensionChange(before, after)
    if (change)
      findings.push(
        finding(
          `${kind}-${change.code}`,
          change.severity,
          `${subject} dimension ${axis}: ${change.text}.`
        )
      )
  })
  return findings
}

function describeDimensionChange(
  before: Dimension,
  after: Dimension
): { code: string; severity: 'error' | 'info'; text: string } | undefined {
  const isStatic = (dim: Dimension) => typeof dim === 'number'
  if (before === after) return undefined
  if (isStatic(before) && isStatic(after))
    return { code: 'dim-changed', severity: 'error', text: `${before} → ${after}` }
  if (isStatic(before))
    return {
      code: 'static-to-dynamic',
      severity: 'error',
      text: `static ${before} became dynamic (${after ?? '?'})`
    }
  if (isStatic(after))
    return {
      code: 'dynamic-to-static',
      severity: 'error',
      text: `dynamic ${before ?? '?'} became static ${after}`
    }
  return {
    code: 'dim-renamed',
    severity: 'info',
    text: `symbolic name ${before ?? '?'} → ${after ?? '?'}`
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** A contract file is `{inputs: [...], outputs: [...]}` of `{name, dtype, shape}`, or an earlier report. */
export function parseSignatureContract(text: string, source: string): ModelSignature {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new ConfigurationError(
      `contract "${source}" is not valid JSON: ${(error as Error).message}`,
      'contract'
    )
  }
  const candidate =
    (parsed as { structure?: { signature?: unknown } })?.structure?.signature ?? parsed
  const record = candidate as { inputs?: unknown; outputs?: unknown }
  return {
    inputs: readValues(record.inputs, `${source}: inputs`),
    outputs: readValues(record.outputs, `${source}: outputs`)
  }
}

function readValues(value: unknown, where: string): ValueSignature[] {
  if (!Array.isArray(value))
    throw new ConfigurationError(
      `contract ${where} must be a list of {name, dtype, shape}.`,
      'contract'
    )
  return value.map((entry, index) => {
    const item = entry as { name?: unknown; dtype?: unknown; shape?: unknown }
    if (typeof item.name !== 'string' || typeof item.dtype !== 'string') {
      throw new ConfigurationError(
        `contract ${where}[${index}] needs a string name and dtype.`,
        'contract'
      )
    }
    const shape = item.shape === null || item.shape === undefined ? null : item.shape
    if (
      shape !== null &&
      (!Array.isArray(shape) ||
        shape.some((dim) => dim !== null && typeof dim !== 'number' && typeof dim !== 'string'))
    ) {
      throw new ConfigurationError(
        `contract ${where}[${index}].shape must list numbers, names or null.`,
        'contract'
      )
    }
    return { name: item.name, dtype: item.dtype, shape: shape as Dimension[] | null }
  })
}
