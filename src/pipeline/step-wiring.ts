import { ConfigurationError } from '@ml-actions/core/errors'
import type { RawInputs } from './pipeline-config.js'
import { stepNameOf, type StepName } from './step-names.js'

/** What the steps that already ran produced: their outputs as the runner would have written them. */
export type StepOutputs = ReadonlyMap<StepName, Readonly<Record<string, string>>>

/** An input a step takes from an earlier step's output unless the config sets it. */
export interface WiringRule {
  readonly step: StepName
  readonly input: string
  readonly from: readonly { readonly step: StepName; readonly output: string }[]
  /** Several sources that produced a value: `first` takes the earliest, `all` joins them by line. */
  readonly join: 'first' | 'all'
}

const EXPRESSION = /\$\{\{\s*([^}]*?)\s*\}\}/g
const STEP_OUTPUT = /^steps\.([a-z-]+)\.outputs\.([a-z0-9-]+)$/

/**
 * Replaces `${{ steps.<step>.outputs.<name> }}` with what that step produced. Nothing else is
 * evaluated: any other expression is a mistake in the config, named with where it stands.
 */
export function substituteStepOutputs(text: string, outputs: StepOutputs, where: string): string {
  return text.replace(EXPRESSION, (_whole, expression: string) => {
    const match = STEP_OUTPUT.exec(expression)
    const step = match ? stepNameOf(match[1] as string) : undefined
    if (!match || !step) {
      throw new ConfigurationError(
        `${where}: only \${{ steps.<step>.outputs.<name> }} can be used here, not "\${{ ${expression} }}"`,
        'config'
      )
    }
    const produced = outputs.get(step)
    if (!produced) {
      throw new ConfigurationError(
        `${where}: step "${step}" has not run before this one, so its outputs are not known`,
        'config'
      )
    }
    return produced[match[2] as string] ?? ''
  })
}

/** The inputs a step gets from earlier steps, for those the config leaves unset. */
export function wiredInputs(
  step: StepName,
  given: RawInputs,
  outputs: StepOutputs,
  rules: readonly WiringRule[]
): Record<string, string> {
  const wired: Record<string, string> = {}
  for (const rule of rules) {
    if (rule.step !== step || (given[rule.input] ?? '') !== '') continue
    const values = rule.from
      .map((source) => outputs.get(source.step)?.[source.output] ?? '')
      .filter((value) => value !== '')
    if (values.length === 0) continue
    wired[rule.input] = rule.join === 'all' ? values.join('\n') : (values[0] as string)
  }
  return wired
}
