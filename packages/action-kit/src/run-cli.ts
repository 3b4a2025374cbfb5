import { ConfigurationError, toError } from '@ml-actions/core/errors'
import { showInvisible } from '@ml-actions/core/markdown'
import type { ActionBody, ActionDefinition, ActionContext } from './action-definition.js'
import { closestName } from './closest-name.js'
import { formatOutput } from './output-format.js'
import { readInputs, type InputSpec } from './input-spec.js'
import type { Logger } from './logger.js'
import { processIo } from './process-io.js'
import { progressLine } from './progress-line.js'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: Readonly<Record<string, string | undefined>>
  cwd: string
  /** stderr is a terminal: long steps show a progress line there (never in a log or a pipe). */
  terminal?: boolean
}

export function cliLogger(io: CliIo, verbose = false): Logger {
  const line = progressLine(io.stderr, io.terminal === true)
  return {
    info: (m) => line.write(`${m}\n`),
    warning: (m) => line.write(`warning: ${m}\n`),
    error: (m) => line.write(`error: ${m}\n`),
    debug: (m) => (verbose ? line.write(`debug: ${m}\n`) : undefined),
    untrusted: (t) => {
      const shown = showInvisible(t)
      line.write(shown.endsWith('\n') ? shown : `${shown}\n`)
    },
    progress: (label) => line.start(label)
  }
}

/**
 * Turn `--input-name value`, `--input-name=value`, `--flag` / `--no-flag` and positionals into the
 * raw input table the runner would have provided. Repeated flags of list inputs accumulate.
 */
export function parseCliArguments(
  spec: InputSpec,
  argv: readonly string[],
  positional?: string
): Map<string, string> {
  const raw = new Map<string, string>()
  const append = (name: string, value: string) => {
    const previous = raw.get(name)
    raw.set(name, previous === undefined ? value : `${previous}\n${value}`)
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--') {
      for (const rest of argv.slice(i + 1)) appendPositional(rest)
      break
    }
    if (!arg.startsWith('--')) {
      appendPositional(arg)
      continue
    }
    const eq = arg.indexOf('=')
    let name = eq === -1 ? arg.slice(2) : arg.slice(2, eq)
    let value: string | undefined = eq === -1 ? undefined : arg.slice(eq + 1)
    if (!(name in spec) && name.startsWith('no-') && spec[name.slice(3)]?.kind === 'boolean') {
      name = name.slice(3)
      value = 'false'
    }
    const parser = spec[name]
    if (!parser) {
      const meant = closestName(name, Object.keys(spec))
      throw new ConfigurationError(
        meant
          ? `Unknown option --${name}: did you mean --${meant}? (--help lists every option)`
          : `Unknown option --${name}. Options: ${Object.keys(spec)
              .map((n) => `--${n}`)
              .join(' ')}`,
        name
      )
    }
    if (value === undefined) {
      if (parser.kind === 'boolean') value = 'true'
      else {
        const next = argv[i + 1]
        if (next === undefined) throw new ConfigurationError(`Option --${name} needs a value`, name)
        value = next
        i++
      }
    }
    if (parser.kind === 'list') append(name, value)
    else raw.set(name, value)
  }
  return raw

  function appendPositional(value: string) {
    if (!positional) throw new ConfigurationError(`Unexpected argument "${value}"`)
    append(positional, value)
  }
}

/**
 * Inputs a command line takes from the environment when no option gives them: the token every CI
 * documents a secret variable for, so it never has to be typed where the shell history keeps it.
 */
export const CLI_ENVIRONMENT_INPUTS: Readonly<Record<string, readonly string[]>> = {
  'github-token': ['GITHUB_TOKEN', 'GH_TOKEN']
}

export function withEnvironmentInputs(
  spec: InputSpec,
  raw: Map<string, string>,
  env: CliIo['env']
): Map<string, string> {
  for (const [name, variables] of Object.entries(CLI_ENVIRONMENT_INPUTS)) {
    if (!(name in spec) || raw.has(name)) continue
    const value = variables.map((variable) => env[variable]).find((v) => v)
    if (value) raw.set(name, value)
  }
  return raw
}

/**
 * Run an action body from the command line: the same definition and body as on the runner, with
 * the report printed to stdout. Returns the exit code: 0 ok, 1 intended failure, 2 bad usage, 3 bug.
 */
export async function runCli<S extends InputSpec, O extends string>(
  definition: ActionDefinition<S, O>,
  body: ActionBody<S, O>,
  argv: readonly string[],
  options: { positional?: string; io?: CliIo; showOutputs?: boolean } = {}
): Promise<number> {
  const io = options.io ?? processIo
  const log = cliLogger(io, io.env.ML_ACTIONS_DEBUG === '1')
  try {
    const raw = withEnvironmentInputs(
      definition.inputs,
      parseCliArguments(definition.inputs, argv, options.positional),
      io.env
    )
    const inputs = readInputs(definition.inputs, (name) => raw.get(name))
    const context: ActionContext = { log, env: io.env, cwd: io.cwd, cli: true }
    const outcome = await body(inputs, context)
    if (outcome.report)
      io.stdout(outcome.report.endsWith('\n') ? outcome.report : `${outcome.report}\n`)
    if (options.showOutputs ?? true) {
      for (const name of definition.outputs) {
        const value = outcome.outputs[name]
        if (value !== undefined && name !== 'markdown') log.info(`${name}=${formatOutput(value)}`)
      }
    }
    if (outcome.failure) {
      log.error(outcome.failure)
      return 1
    }
    return 0
  } catch (thrown) {
    const error = toError(thrown)
    if (error instanceof ConfigurationError) {
      log.error(error.message)
      return 2
    }
    log.error(`${definition.name} failed unexpectedly: ${error.stack ?? error.message}`)
    return 3
  }
}
