import { ConfigurationError } from '../errors.js'
import { rememberKeyOrder, setEntry } from './json-object.js'
import { KeyPath } from './key-path.js'
import type { JsonObject, JsonValue } from './model.js'

// Deep enough for any real results file, shallow enough that recursion cannot exhaust the stack.
const MAX_DEPTH = 1000
// Everything up to the next quote, backslash or control character (JSON forbids raw ones).
// eslint-disable-next-line no-control-regex
const PLAIN_STRING_RUN = /[^"\\\u0000-\u001f]*/y
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const WORDS: ReadonlyArray<readonly [string, JsonValue]> = [
  ['true', true],
  ['false', false],
  ['null', null],
  // Python's json.dump writes these for float('nan') and float('inf') unless allow_nan=False.
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['-Infinity', Number.NEGATIVE_INFINITY]
]
const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t'
}

export interface StrictJsonOptions {
  /** Line number of the text's first line, for text cut out of a larger file (JSON Lines). */
  readonly firstLine?: number
}

/**
 * Parses JSON like `JSON.parse`, but rejects duplicate keys (which `JSON.parse` silently resolves
 * to the last value), accepts Python's `NaN`/`Infinity`/`-Infinity`, keeps the file's key order
 * and reports errors with the file name, line and column.
 */
export function parseStrictJson(
  text: string,
  source: string,
  options: StrictJsonOptions = {}
): JsonValue {
  return new StrictJsonParser(text, source, options.firstLine ?? 1).parseDocument()
}

class StrictJsonParser {
  private position = 0
  // Keys and list positions leading to the value being parsed, turned into a KeyPath only for errors.
  private readonly pathStack: Array<string | number> = []

  constructor(
    private readonly text: string,
    private readonly source: string,
    private readonly firstLine: number
  ) {}

  parseDocument(): JsonValue {
    this.skipWhitespace()
    if (this.position >= this.text.length) this.fail('the file holds no JSON value')
    const value = this.parseValue(0)
    this.skipWhitespace()
    if (this.position < this.text.length) this.fail('unexpected content after the JSON value')
    return value
  }

  private parseValue(depth: number): JsonValue {
    if (depth > MAX_DEPTH) this.fail(`values are nested more than ${MAX_DEPTH} levels deep`)
    const char = this.text[this.position]
    if (char === '{') return this.parseObject(depth)
    if (char === '[') return this.parseArray(depth)
    if (char === '"') return this.parseString()
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
      if (this.text.startsWith('-Infinity', this.position)) return this.parseWord()
      return this.parseNumber()
    }
    return this.parseWord()
  }

  private parseObject(depth: number): JsonObject {
    const result: JsonObject = {}
    const keys: string[] = []
    this.position++
    this.skipWhitespace()
    if (this.text[this.position] === '}') {
      this.position++
      return result
    }
    for (;;) {
      this.skipWhitespace()
      if (this.text[this.position] !== '"') this.fail('expected a key in double quotes')
      const keyStart = this.position
      const key = this.parseString()
      if (Object.hasOwn(result, key)) {
        const { line } = this.locate(keyStart)
        throw new ConfigurationError(
          `${this.source}: duplicate key ${this.currentPath().key(key).toString()} at line ${line}. ` +
            'JSON keeps only the last value, so the file is ambiguous; remove one of them.'
        )
      }
      this.skipWhitespace()
      this.expect(':')
      this.skipWhitespace()
      this.pathStack.push(key)
      setEntry(result, key, this.parseValue(depth + 1))
      this.pathStack.pop()
      keys.push(key)
      this.skipWhitespace()
      if (this.text[this.position] === ',') {
        this.position++
        continue
      }
      this.expect('}')
      rememberKeyOrder(result, keys)
      return result
    }
  }

  private parseArray(depth: number): JsonValue[] {
    const result: JsonValue[] = []
    this.position++
    this.skipWhitespace()
    if (this.text[this.position] === ']') {
      this.position++
      return result
    }
    for (;;) {
      this.skipWhitespace()
      this.pathStack.push(result.length)
      result.push(this.parseValue(depth + 1))
      this.pathStack.pop()
      this.skipWhitespace()
      if (this.text[this.position] === ',') {
        this.position++
        continue
      }
      this.expect(']')
      return result
    }
  }

  private parseString(): string {
    let value = ''
    this.position++
    for (;;) {
      PLAIN_STRING_RUN.lastIndex = this.position
      PLAIN_STRING_RUN.test(this.text)
      value += this.text.slice(this.position, PLAIN_STRING_RUN.lastIndex)
      this.position = PLAIN_STRING_RUN.lastIndex
      const code = this.text.charCodeAt(this.position)
      if (code === 0x22) {
        this.position++
        return value
      }
      if (code === 0x5c) value += this.parseEscape()
      else if (Number.isNaN(code)) this.fail('unterminated string')
      else this.fail('control character inside a string')
    }
  }

  private parseEscape(): string {
    const escape = this.text[this.position + 1]
    if (escape === 'u') {
      const hex = this.text.slice(this.position + 2, this.position + 6)
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('invalid \\u escape')
      this.position += 6
      return String.fromCharCode(Number.parseInt(hex, 16))
    }
    const replacement = escape === undefined ? undefined : ESCAPES[escape]
    if (replacement === undefined) this.fail('invalid escape sequence')
    this.position += 2
    return replacement
  }

  private parseNumber(): number {
    NUMBER.lastIndex = this.position
    const match = NUMBER.exec(this.text)
    if (match === null) this.fail('invalid number')
    this.position += match[0].length
    return Number(match[0])
  }

  private parseWord(): JsonValue {
    for (const [word, value] of WORDS) {
      if (this.text.startsWith(word, this.position)) {
        this.position += word.length
        return value
      }
    }
    const found = this.text[this.position]
    this.fail(
      found === undefined ? 'unexpected end of file' : `unexpected ${JSON.stringify(found)}`
    )
  }

  private expect(char: string): void {
    if (this.text[this.position] !== char) {
      const found = this.text[this.position]
      const what = found === undefined ? 'end of file' : JSON.stringify(found)
      this.fail(`expected ${JSON.stringify(char)} but found ${what}`)
    }
    this.position++
  }

  private skipWhitespace(): void {
    for (;;) {
      const code = this.text.charCodeAt(this.position)
      if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return
      this.position++
    }
  }

  private currentPath(): KeyPath {
    return this.pathStack.reduce<KeyPath>(
      (path, part) => (typeof part === 'number' ? path.index(part) : path.key(part)),
      KeyPath.root
    )
  }

  private locate(offset: number): { line: number; column: number } {
    let line = this.firstLine
    let lineStart = 0
    for (let index = 0; index < offset; index++) {
      if (this.text.charCodeAt(index) === 0x0a) {
        line++
        lineStart = index + 1
      }
    }
    return { line, column: offset - lineStart + 1 }
  }

  private fail(reason: string): never {
    const { line, column } = this.locate(this.position)
    throw new ConfigurationError(
      `${this.source}: invalid JSON at line ${line}, column ${column}: ${reason}`
    )
  }
}
