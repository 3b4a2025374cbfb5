import { describe, expect, it } from '@jest/globals'
import { ConfigurationError } from '@ml-actions/core/errors'
import { input, readInputs, splitList } from '../src/input-spec.js'

const description = 'An input under test.'
const spec = {
  files: input.list({ required: true, description }),
  'comment-key': input.string({ default: 'default-key', description }),
  summary: input.boolean({ default: 'true', description }),
  precision: input.number({ default: '4', min: 1, max: 17, integer: true, description }),
  comment: input.choice(['off', 'upsert'] as const, { default: 'upsert', description })
}

describe('readInputs', () => {
  it('applies defaults and camel-cases names', () => {
    const inputs = readInputs(spec, (name) => ({ files: 'a.json\nb.json' })[name])
    expect(inputs).toEqual({
      files: ['a.json', 'b.json'],
      commentKey: 'default-key',
      summary: true,
      precision: 4,
      comment: 'upsert'
    })
  })

  it('names the input in every error', () => {
    const cases: Record<string, string> = {
      files: '',
      summary: 'yes',
      precision: '2.5',
      comment: 'sometimes'
    }
    for (const [name, value] of Object.entries(cases)) {
      const source = (n: string) => (n === name ? value : n === 'files' ? 'x' : undefined)
      expect(() => readInputs(spec, source)).toThrow(ConfigurationError)
      expect(() => readInputs(spec, source)).toThrow(name)
    }
  })

  it('rejects numbers out of range', () => {
    expect(() =>
      readInputs(spec, (n) => (n === 'files' ? 'x' : n === 'precision' ? '40' : undefined))
    ).toThrow('Input "precision" must be in 1..17, got 40')
  })
})

describe('splitList', () => {
  it('splits newlines and commas, drops blanks and comments', () => {
    expect(splitList('a.json, b.json\n\n# note\n  c/*.json  ')).toEqual([
      'a.json',
      'b.json',
      'c/*.json'
    ])
  })
  it('keeps brace globs whole', () => {
    expect(splitList('results/{train,eval}.json')).toEqual(['results/{train,eval}.json'])
  })
})
