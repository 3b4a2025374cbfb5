import type { InputSpec, InputsOf } from './input-spec.js'
import type { Logger } from './logger.js'

/** What an action declares: its action.yml name, inputs and outputs (the contract test reads these). */
export interface ActionDefinition<S extends InputSpec, O extends string> {
  readonly name: string
  readonly inputs: S
  readonly outputs: readonly O[]
}

export function defineAction<S extends InputSpec, const O extends string>(
  definition: ActionDefinition<S, O>
): ActionDefinition<S, O> {
  return definition
}

export type OutputValue = string | number | boolean | readonly string[] | undefined

/** The environment an action body runs in: the runner, the CLI, or a test. */
export interface ActionContext {
  readonly log: Logger
  readonly env: Readonly<Record<string, string | undefined>>
  readonly cwd: string
  /** True under the CLI: no runner files, results go to stdout. */
  readonly cli: boolean
}

export interface ActionOutcome<O extends string> {
  readonly outputs: Partial<Record<O, OutputValue>>
  /** Markdown for the job summary (runner) or stdout (CLI). */
  readonly report?: string
  /** An intended failure (a regression, a rejected gate): outputs are written first. */
  readonly failure?: string
}

export type ActionBody<S extends InputSpec, O extends string> = (
  inputs: InputsOf<S>,
  context: ActionContext
) => Promise<ActionOutcome<O>>
