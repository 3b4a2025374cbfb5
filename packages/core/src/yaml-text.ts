import { ConfigurationError } from './errors.js'

export interface YamlTextOptions {
  /** The start of every error message, naming the file or the input: `Policy gate.yml is not valid YAML`. */
  readonly failure: string
  /** The input the text came from, carried by the ConfigurationError. */
  readonly input?: string
  /** Keep mappings as `Map`s, so keys such as `__proto__` stay data. */
  readonly mapAsMap?: boolean
}

/**
 * YAML text to a plain value. Syntax errors and the parser's resource limits (an alias bomb stops at
 * `maxAliasCount`, deep nesting at the stack) are the author's to fix, so both become a
 * `ConfigurationError` that starts with `failure` and gives the position where the parser has one.
 * The parser is loaded on first use: a step that reads no YAML does not pay for it at start-up.
 */
export async function parseYamlText(text: string, options: YamlTextOptions): Promise<unknown> {
  const { parseDocument } = await import('yaml')
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true })
  const error = document.errors[0]
  if (error !== undefined) {
    const position = error.linePos?.[0]
    const where = position ? ` at line ${position.line}, column ${position.col}` : ''
    // With prettyErrors the first line ends in the position, which `where` already gives.
    const firstLine = error.message.split('\n')[0] ?? error.message
    const reason = firstLine.replace(/ at line \d+, column \d+:?$/, '')
    throw new ConfigurationError(`${options.failure}${where}: ${reason}`, options.input)
  }
  try {
    return document.toJS({ mapAsMap: options.mapAsMap ?? false })
  } catch (thrown) {
    throw new ConfigurationError(`${options.failure}: ${limitReason(thrown)}`, options.input)
  }
}

function limitReason(thrown: unknown): string {
  const message = thrown instanceof Error ? thrown.message : String(thrown)
  if (/alias count/i.test(message)) {
    return 'its aliases expand too far (an alias bomb); use fewer `*alias` references'
  }
  if (thrown instanceof RangeError) return 'it is nested too deeply to read'
  return message
}
