import { ConfigurationError } from '@ml-actions/core/errors'

/**
 * One input of an action, keyed by its action.yml name: how it parses, and what action.yml, the docs
 * and the CLI's `--help` say about it (all generated from it).
 */
export interface InputParser<V> {
  readonly kind: 'string' | 'boolean' | 'number' | 'list' | 'choice'
  readonly required: boolean
  /** What an empty input means, under the runner, the CLI and the pipeline alike. */
  readonly default: string
  /** action.yml's default when the runner evaluates it (an expression such as the job token). */
  readonly runnerDefault?: string
  readonly description: string
  readonly choices?: readonly string[]
  /** `raw` is the trimmed input text; '' means "not given" and selects the default. */
  parse(raw: string, name: string): V
}

type Common = { required?: boolean; default?: string; description: string }

const TRUE = new Set(['true', 'True', 'TRUE'])
const FALSE = new Set(['false', 'False', 'FALSE'])

function withDefault<V>(
  kind: InputParser<V>['kind'],
  opts: Common,
  parseGiven: (raw: string, name: string) => V,
  extra: Partial<InputParser<V>> = {}
): InputParser<V> {
  const required = opts.required ?? false
  const fallback = opts.default ?? ''
  return {
    kind,
    required,
    default: fallback,
    description: opts.description,
    ...extra,
    parse(raw, name) {
      const text = raw === '' ? fallback : raw
      if (text === '' && required) {
        throw new ConfigurationError(`Input required and not supplied: ${name}`, name)
      }
      return parseGiven(text, name)
    }
  }
}

export const input = {
  string(opts: Common): InputParser<string> {
    return withDefault('string', opts, (text) => text)
  },

  /** A token input: on the runner it defaults to the job's token; under the CLI and in tests to ''. */
  githubToken(opts: Pick<Common, 'description'>): InputParser<string> {
    return withDefault('string', opts, (text) => text, { runnerDefault: '${{ github.token }}' })
  },

  boolean(opts: Common & { default: 'true' | 'false' }): InputParser<boolean> {
    return withDefault('boolean', opts, (text, name) => {
      if (TRUE.has(text)) return true
      if (FALSE.has(text)) return false
      throw new ConfigurationError(
        `Input "${name}" must be true or false (YAML 1.2 core schema), got "${text}"`,
        name
      )
    })
  },

  number(
    opts: Common & { min?: number; max?: number; integer?: boolean }
  ): InputParser<number | undefined> {
    return withDefault('number', opts, (text, name) => {
      if (text === '') return undefined
      const value = Number(text)
      const bounds = `${opts.min ?? '-∞'}..${opts.max ?? '∞'}`
      if (!Number.isFinite(value) || (opts.integer && !Number.isInteger(value))) {
        throw new ConfigurationError(
          `Input "${name}" must be ${opts.integer ? 'an integer' : 'a number'} in ${bounds}, got "${text}"`,
          name
        )
      }
      if (
        (opts.min !== undefined && value < opts.min) ||
        (opts.max !== undefined && value > opts.max)
      ) {
        throw new ConfigurationError(`Input "${name}" must be in ${bounds}, got ${value}`, name)
      }
      return value
    })
  },

  /** Newline- or comma-separated values; blank entries and `#` comments dropped. */
  list(opts: Common): InputParser<string[]> {
    return withDefault('list', opts, (text) => splitList(text))
  },

  choice<C extends string>(choices: readonly C[], opts: Common & { default: C }): InputParser<C> {
    return withDefault(
      'choice',
      opts,
      (text, name) => {
        if ((choices as readonly string[]).includes(text)) return text as C
        throw new ConfigurationError(
          `Input "${name}" must be one of ${choices.join(', ')}; got "${text}"`,
          name
        )
      },
      { choices }
    )
  }
}

export function splitList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .flatMap((line) => (line.includes(',') && !/[{}]/.test(line) ? line.split(',') : [line]))
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '' && !entry.startsWith('#'))
}

export type InputSpec = Record<string, InputParser<unknown>>
export type InputsOf<S extends InputSpec> = {
  -readonly [K in keyof S as CamelCase<K & string>]: S[K] extends InputParser<infer V> ? V : never
}

type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S

export function camelCase(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())
}

/** Parse every input of a spec from a raw source (runner env, CLI flags, or a test table). */
export function readInputs<S extends InputSpec>(
  spec: S,
  source: (name: string) => string | undefined
): InputsOf<S> {
  const result: Record<string, unknown> = {}
  for (const [name, parser] of Object.entries(spec)) {
    result[camelCase(name)] = parser.parse((source(name) ?? '').trim(), name)
  }
  return result as InputsOf<S>
}
