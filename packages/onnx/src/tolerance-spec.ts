import { ConfigurationError } from '@ml-actions/core/errors'
import type { ComparisonMode, Tolerance } from './output-parity.js'

/** The tolerances of a parity check: defaults plus per-output overrides (Polygraphy's `out0:1e-4`). */
export interface ToleranceSpec {
  readonly atol: number
  readonly rtol: number
  readonly mode: ComparisonMode
  readonly perOutput?: Readonly<Record<string, { readonly atol?: number; readonly rtol?: number }>>
}

export function toleranceFor(spec: ToleranceSpec, output: string): Tolerance {
  const override = spec.perOutput?.[output]
  return {
    atol: override?.atol ?? spec.atol,
    rtol: override?.rtol ?? spec.rtol,
    mode: spec.mode
  }
}

export interface ToleranceList {
  readonly value: number
  readonly perOutput: Record<string, number>
}

/**
 * `1e-5`, or `1e-5 logits:1e-4, probs:1e-3`: a bare number is the default, `name:value` sets one
 * output. The value follows the last colon, so names such as `output:0` keep theirs.
 */
export function parseToleranceList(
  text: string,
  inputName: string,
  fallback: number
): ToleranceList {
  let value = fallback
  let sawDefault = false
  const perOutput: Record<string, number> = {}
  for (const entry of text.split(/[\s,]+/).filter((part) => part !== '')) {
    const colon = entry.lastIndexOf(':')
    const name = colon === -1 ? undefined : entry.slice(0, colon)
    const number = parseTolerance(colon === -1 ? entry : entry.slice(colon + 1), entry, inputName)
    if (name === undefined) {
      if (sawDefault) {
        throw new ConfigurationError(
          `${inputName} has two default values; name the output of all but one (name:value).`,
          inputName
        )
      }
      sawDefault = true
      value = number
    } else if (name === '') {
      throw new ConfigurationError(`${inputName} entry "${entry}" has no output name.`, inputName)
    } else {
      perOutput[name] = number
    }
  }
  return { value, perOutput }
}

function parseTolerance(text: string, entry: string, inputName: string): number {
  const value = Number(text)
  if (text === '' || !Number.isFinite(value) || value < 0) {
    throw new ConfigurationError(
      `${inputName} entry "${entry}" is not a non-negative number (e.g. 1e-5 or logits:1e-4).`,
      inputName
    )
  }
  return value
}

/** Combine parsed atol and rtol lists into one spec. */
export function toleranceSpec(
  atol: ToleranceList,
  rtol: ToleranceList,
  mode: ComparisonMode
): ToleranceSpec {
  const names = new Set([...Object.keys(atol.perOutput), ...Object.keys(rtol.perOutput)])
  const perOutput: Record<string, { atol?: number; rtol?: number }> = {}
  for (const name of names) {
    perOutput[name] = {
      ...(atol.perOutput[name] !== undefined ? { atol: atol.perOutput[name] } : {}),
      ...(rtol.perOutput[name] !== undefined ? { rtol: rtol.perOutput[name] } : {})
    }
  }
  return {
    atol: atol.value,
    rtol: rtol.value,
    mode,
    ...(names.size > 0 ? { perOutput } : {})
  }
}
