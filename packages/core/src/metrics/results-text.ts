import { extname } from 'node:path'
import { ConfigurationError } from '../errors.js'
import { toJsonValue } from './foreign-value.js'
import type { JsonValue, ResultsFile } from './model.js'
import { parseStrictJson } from './strict-json.js'
import { overflowingNumbers, overflowWarning } from './number-overflow.js'
import { parseYamlText } from '../yaml-text.js'

export interface ReadResultsFileOptions {
  /** Files larger than this are refused before they are read. Default 50 MiB. */
  readonly maxBytes?: number
  /** Parse as this syntax whatever the extension says. */
  readonly syntax?: ResultsFile['syntax']
  /** Told about what the file says that is read differently than written (1e309 becomes ∞). */
  readonly warn?: (message: string) => void
}

type Syntax = ResultsFile['syntax']

const SYNTAX_BY_EXTENSION: Readonly<Record<string, Syntax | 'jsonl'>> = {
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.toml': 'toml',
  '.csv': 'csv',
  '.tsv': 'tsv'
}

/**
 * Parses the text of one results file by the extension of its path: .json, .jsonl/.ndjson (a list, one value per
 * line), .yaml/.yml, .toml, .csv, .tsv; any other name is tried as JSON, then YAML. Every problem
 * the user can fix (missing file, too large, not text, malformed, duplicate keys) throws a
 * `ConfigurationError` that names the file.
 */
export async function parseResultsText(
  text: string,
  path: string,
  options: Omit<ReadResultsFileOptions, 'maxBytes'> = {}
): Promise<ResultsFile> {
  if (options.warn) {
    for (const literal of overflowingNumbers(text)) options.warn(overflowWarning(path, literal))
  }
  const declared = options.syntax ?? SYNTAX_BY_EXTENSION[extname(path).toLowerCase()]
  switch (declared) {
    case 'json':
      return { path, syntax: 'json', data: parseStrictJson(text, path) }
    case 'jsonl':
      return { path, syntax: 'json', data: parseJsonLines(text, path) }
    case 'yaml':
      return { path, syntax: 'yaml', data: await parseYaml(text, path) }
    case 'toml':
      return { path, syntax: 'toml', data: await parseTomlText(text, path) }
    case 'csv':
      return { path, syntax: 'csv', data: await parseTable(text, ',', path) }
    case 'tsv':
      return { path, syntax: 'tsv', data: await parseTable(text, '\t', path) }
    default:
      return sniff(text, path)
  }
}

function parseJsonLines(text: string, path: string): JsonValue[] {
  const values: JsonValue[] = []
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() !== '') values.push(parseStrictJson(line, path, { firstLine: index + 1 }))
  })
  return values
}

// The YAML, TOML and CSV/TSV parsers load when a file of theirs is first read: most results are
// JSON, and the parsers would otherwise be a large share of every step's start-up.
async function parseTable(text: string, delimiter: string, path: string): Promise<JsonValue> {
  const { parseDelimitedTable } = await import('./delimited-table.js')
  return parseDelimitedTable(text, delimiter, path)
}

async function parseYaml(text: string, path: string): Promise<JsonValue> {
  const value = await parseYamlText(text, { failure: `${path}: invalid YAML`, mapAsMap: true })
  return toJsonValue(value, path)
}

async function parseTomlText(text: string, path: string): Promise<JsonValue> {
  const { parse: parseToml, TomlError } = await import('smol-toml')
  try {
    return toJsonValue(parseToml(text), path)
  } catch (error) {
    if (error instanceof TomlError) {
      const reason = error.message.split('\n')[0] ?? error.message
      throw new ConfigurationError(
        `${path}: invalid TOML at line ${error.line}, column ${error.column}: ${reason}`
      )
    }
    throw error
  }
}

async function sniff(text: string, path: string): Promise<ResultsFile> {
  try {
    return { path, syntax: 'json', data: parseStrictJson(text, path) }
  } catch (jsonError) {
    const looksLikeJson = /^\s*[[{]/.test(text)
    let data: JsonValue
    try {
      data = await parseYaml(text, path)
    } catch (yamlError) {
      throw looksLikeJson ? jsonError : yamlError
    }
    // Almost any text is a valid YAML string; a results file has to be a mapping or a list.
    if (typeof data !== 'object' || data === null) {
      throw new ConfigurationError(
        `${path} is neither JSON nor a YAML mapping or list; ` +
          'give it a .json, .yaml, .toml, .csv or .tsv extension'
      )
    }
    return { path, syntax: 'yaml', data }
  }
}
