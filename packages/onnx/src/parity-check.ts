import type { InferenceSession } from 'onnxruntime-node'
import { ConfigurationError } from '@ml-actions/core/errors'
import { prepareFeeds } from './feed-preparation.js'
import { stripRuntimeNoise } from './load-error-classification.js'
import type { ModelSignature } from './model-signature.js'
import type { NdArray } from './nd-array.js'
import { runSession } from './model-session.js'
import type { OnnxRuntimeModule } from './onnx-runtime-loader.js'
import { compareOutput, describeComparison } from './output-parity.js'
import type { ComparedPair, OutputParity } from './output-parity.js'
import type { ReferenceSample } from './reference-data.js'
import { toleranceFor } from './tolerance-spec.js'
import type { ToleranceSpec } from './tolerance-spec.js'

export interface ParityResult {
  readonly passed: boolean
  readonly tolerance: ToleranceSpec
  /** The comparison rule in words (see describeComparison). */
  readonly semantics: string
  readonly samples: number
  readonly outputs: OutputParity[]
  /** Model outputs the reference does not cover (not compared). */
  readonly uncompared: string[]
  readonly casts: string[]
  /** onnxruntime refused the reference inputs (wrong shape or type). */
  readonly runError?: string
}

/** Run every reference sample through the session and compare each output with its reference. */
export async function checkParity(
  ort: OnnxRuntimeModule,
  session: InferenceSession,
  signature: ModelSignature,
  samples: readonly ReferenceSample[],
  tolerance: ToleranceSpec
): Promise<ParityResult> {
  const pairs = new Map<string, ComparedPair[]>()
  const casts = new Set<string>()
  const outputNames = signature.outputs.map((output) => output.name)
  for (const name of Object.keys(tolerance.perOutput ?? {})) {
    if (!outputNames.includes(name)) {
      throw new ConfigurationError(
        `atol/rtol name the output "${name}", which the model does not have (${outputNames.join(', ')}).`,
        'atol'
      )
    }
  }
  for (const sample of samples) {
    for (const name of sample.outputs.keys()) {
      if (!outputNames.includes(name)) {
        throw new ConfigurationError(
          `Reference output "${name}" (${sample.label}) is not an output of the model (${outputNames.join(', ')}).`,
          'reference-outputs'
        )
      }
    }
    const prepared = prepareFeeds(sample.inputs, signature, sample.label)
    prepared.casts.forEach((cast) => casts.add(cast))
    let actual: Map<string, NdArray>
    try {
      actual = await runSession(ort, session, prepared.feeds)
    } catch (error) {
      const runError = `${sample.label}: ${stripRuntimeNoise(error instanceof Error ? error.message : String(error))}`
      return {
        passed: false,
        tolerance,
        semantics: describeComparison(tolerance.mode),
        samples: samples.length,
        outputs: [],
        uncompared: [],
        casts: [...casts],
        runError
      }
    }
    for (const [name, expected] of sample.outputs) {
      const produced = actual.get(name)
      if (!produced) continue
      const list = pairs.get(name) ?? []
      list.push({ sample: sample.label, actual: produced, expected })
      pairs.set(name, list)
    }
  }
  const outputs = [...pairs].map(([name, list]) =>
    compareOutput(name, list, toleranceFor(tolerance, name))
  )
  return {
    passed: outputs.length > 0 && outputs.every((output) => output.passed),
    tolerance,
    semantics: describeComparison(tolerance.mode),
    samples: samples.length,
    outputs,
    uncompared: outputNames.filter((name) => !pairs.has(name)),
    casts: [...casts]
  }
}
