import type { InferenceSession } from 'onnxruntime-node'
import type { ModelSignature } from './model-signature.js'
import { runSession } from './model-session.js'
import { sliceFirstAxis } from './nd-array.js'
import type { NdArray } from './nd-array.js'
import type { OnnxRuntimeModule } from './onnx-runtime-loader.js'
import { compareOutput } from './output-parity.js'
import type { ComparedPair, OutputParity } from './output-parity.js'
import { toleranceFor } from './tolerance-spec.js'
import type { ToleranceSpec } from './tolerance-spec.js'
import { syntheticInputs } from './synthetic-inputs.js'

export type BatchConsistency =
  | { readonly status: 'skipped'; readonly reason: string }
  | {
      readonly status: 'checked'
      readonly passed: boolean
      readonly batchSize: number
      readonly batchDimension: string
      readonly outputs: OutputParity[]
      readonly runError?: string
    }

/**
 * Run N samples as one batch and one by one, and compare: a model whose rows influence each other
 * (a baked-in batch size, a bad reshape, batch-norm in training mode) shows up here.
 */
export async function checkBatchConsistency(
  ort: OnnxRuntimeModule,
  session: InferenceSession,
  signature: ModelSignature,
  batchSize: number,
  tolerance: ToleranceSpec
): Promise<BatchConsistency> {
  const batchDimension = sharedLeadingSymbol(signature)
  if (!batchDimension) {
    return {
      status: 'skipped',
      reason: 'the inputs have no shared symbolic first dimension to vary'
    }
  }
  const batched = syntheticInputs(signature.inputs, { [batchDimension]: batchSize }, 7)
  try {
    const whole = await runSession(ort, session, batched)
    const rowsByOutput = new Map<string, NdArray[]>()
    for (let row = 0; row < batchSize; row++) {
      const single = new Map(
        [...batched].map(([name, array]) => [name, sliceFirstAxis(array, row, row + 1)])
      )
      for (const [name, output] of await runSession(ort, session, single)) {
        rowsByOutput.set(name, [...(rowsByOutput.get(name) ?? []), output])
      }
    }
    const outputs: OutputParity[] = []
    for (const [name, batchedOutput] of whole) {
      const rows = rowsByOutput.get(name)
      if (!rows || batchedOutput.shape[0] !== batchSize) continue
      const pairs: ComparedPair[] = rows.map((single, row) => ({
        sample: `row ${row}`,
        actual: single,
        expected: sliceFirstAxis(batchedOutput, row, row + 1)
      }))
      outputs.push(compareOutput(name, pairs, toleranceFor(tolerance, name)))
    }
    return {
      status: 'checked',
      passed: outputs.every((output) => output.passed),
      batchSize,
      batchDimension,
      outputs
    }
  } catch (error) {
    const runError = error instanceof Error ? error.message : String(error)
    return { status: 'checked', passed: false, batchSize, batchDimension, outputs: [], runError }
  }
}

function sharedLeadingSymbol(signature: ModelSignature): string | undefined {
  const leading = signature.inputs.map((input) => input.shape?.[0])
  const first = leading[0]
  if (typeof first !== 'string' || leading.some((dim) => dim !== first)) return undefined
  return first
}
