import type { InputSpec, InputsOf } from './input-spec.js'
import type { Logger } from './logger.js'

/** The icon and colour GitHub Marketplace shows for an action (action.yml `branding`). */
export interface ActionBranding {
  readonly icon: string
  readonly color: string
}

/**
 * What an action declares, once: scripts/gen-docs.mjs writes its action.yml, the root `<name>/action.yml`
 * and the docs tables from this; the runner, the CLI (options and `--help`) and the pipeline read it.
 */
export interface ActionDeclaration<S extends InputSpec, O extends string> {
  /** The folder under actions/ (`ml-actions` for the root action). */
  readonly name: string
  readonly description: string
  readonly branding: ActionBranding
  readonly inputs: S
  /** Each output with its description. */
  readonly outputs: Readonly<Record<O, string>>
}

export interface ActionDefinition<S extends InputSpec, O extends string> extends Omit<
  ActionDeclaration<S, O>,
  'outputs'
> {
  /** The output names, in declaration order: what the runner and the CLI write. */
  readonly outputs: readonly O[]
  readonly outputDescriptions: Readonly<Record<O, string>>
}

export function defineAction<S extends InputSpec, const O extends string>(
  declaration: ActionDeclaration<S, O>
): ActionDefinition<S, O> {
  return {
    ...declaration,
    outputs: Object.keys(declaration.outputs) as O[],
    outputDescriptions: declaration.outputs
  }
}

/** Where a body runs: on a GitHub runner (the cache and artifact services exist) or the command line. */
export type ActionRuntime = 'runner' | 'cli'

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
