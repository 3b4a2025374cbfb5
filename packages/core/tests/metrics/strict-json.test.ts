import { describe, expect, test } from '@jest/globals'
import { ConfigurationError } from '@ml-actions/core/errors'
import { orderedKeys, parseStrictJson } from '../../src/metrics/index.js'

function failure(text: string): ConfigurationError {
  try {
    parseStrictJson(text, 'results.json')
  } catch (error) {
    if (error instanceof ConfigurationError) return error
    throw error
  }
  throw new Error('expected a ConfigurationError')
}

describe('parseStrictJson', () => {
  test('parses the same values as JSON.parse', () => {
    const text =
      '{"a": [1, -2.5, 3e2, 0.0001, 1E-4], "b": {"c": null, "d": true, "e": false}, "f": "x\\"y\\\\z\\u00e9\\n"}'
    expect(parseStrictJson(text, 'r.json')).toEqual(JSON.parse(text))
  })

  test('keeps 1e-4 as exactly 0.0001', () => {
    expect(parseStrictJson('{"lr": 1e-4}', 'r.json')).toEqual({ lr: 0.0001 })
  })

  test("accepts Python's NaN, Infinity and -Infinity as numbers", () => {
    const value = parseStrictJson('[NaN, Infinity, -Infinity, -1]', 'r.json')
    expect(value).toEqual([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1])
  })

  test('rejects a duplicate key, naming the file, the key path and the line', () => {
    const error = failure('{\n  "per_class": {\n    "dog": {"f1": 0.7,\n      "f1": 0.95}\n  }\n}')
    expect(error.message).toBe(
      'results.json: duplicate key per_class.dog.f1 at line 4. JSON keeps only the last value, ' +
        'so the file is ambiguous; remove one of them.'
    )
  })

  test('rejects duplicate keys inside lists with the list position in the path', () => {
    expect(failure('{"metrics": [{"a": 1}, {"a": 1, "a": 2}]}').message).toContain(
      'duplicate key metrics[1].a at line 1'
    )
  })

  test('quotes keys that are not plain words in paths', () => {
    expect(failure('{"a.b": {"x y": 1, "x y": 2}}').message).toContain(
      'duplicate key ["a.b"]["x y"] at line 1'
    )
  })

  test.each([
    ['{\n  "a": 1,\n}', 3, 1, 'expected a key in double quotes'],
    ['{"a": 1 "b": 2}', 1, 9, 'expected "}" but found "\\""'],
    ['[1, 2', 1, 6, 'expected "]" but found end of file'],
    ["{'a': 1}", 1, 2, 'expected a key in double quotes'],
    ['{"a": nan}', 1, 7, 'unexpected "n"'],
    ['{"a": 01}', 1, 8, 'expected "}" but found "1"'],
    ['{"a": "tab\there"}', 1, 11, 'control character inside a string'],
    ['{"a": "\\x"}', 1, 8, 'invalid escape sequence'],
    ['{"a": 1} {"b": 2}', 1, 10, 'unexpected content after the JSON value'],
    ['{"a": "open', 1, 12, 'unterminated string']
  ])('reports malformed JSON %j at line %i, column %i', (text, line, column, reason) => {
    expect(failure(text).message).toBe(
      `results.json: invalid JSON at line ${line}, column ${column}: ${reason}`
    )
  })

  test('parses objects nested 100 deep', () => {
    const text = '{"a":'.repeat(100) + '1' + '}'.repeat(100)
    let value = parseStrictJson(text, 'deep.json')
    for (let depth = 0; depth < 100; depth++) value = (value as { a: never })['a']
    expect(value).toBe(1)
  })

  test('refuses absurd nesting instead of overflowing the stack', () => {
    expect(failure('['.repeat(5000) + ']'.repeat(5000)).message).toBe(
      'results.json: invalid JSON at line 1, column 1002: values are nested more than 1000 levels deep'
    )
  })

  test('keeps __proto__ as data rather than a prototype', () => {
    const value = parseStrictJson('{"__proto__": {"polluted": 1}}', 'r.json') as Record<
      string,
      unknown
    >
    expect(Object.keys(value)).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  test('remembers the file order of integer-like keys', () => {
    const value = parseStrictJson('{"10": 1, "2": 2, "b": 3, "0": 4}', 'r.json') as object
    expect(Object.keys(value)).toEqual(['0', '2', '10', 'b'])
    expect(orderedKeys(value)).toEqual(['10', '2', 'b', '0'])
  })
})
