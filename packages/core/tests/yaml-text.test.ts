import { describe, expect, it } from '@jest/globals'
import { ConfigurationError } from '../src/errors.js'
import { readResultsFile } from '../src/io/index.js'
import { parsePolicy } from '../src/policy/index.js'
import { parseComparisonRules } from '../src/compare/index.js'
import { parseYamlText } from '../src/yaml-text.js'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** "Billion laughs": nine levels of nine aliases each would expand to 9^9 strings. */
export const ALIAS_BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((name, index) => {
    const previous = 'abcdefghi'[index] ?? 'a'
    return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`
  })
].join('\n')

describe('parser limits are configuration errors naming the file and the input', () => {
  it('refuses an alias bomb in a results file, naming the file', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'yaml-bomb-'))
    const path = join(directory, 'metrics.yaml')
    await writeFile(path, ALIAS_BOMB)
    const reading = readResultsFile(path)
    await expect(reading).rejects.toThrow(ConfigurationError)
    await expect(reading).rejects.toThrow(`${path}: invalid YAML: its aliases expand too far`)
  })

  it('refuses an alias bomb in a policy, naming the policy and the input', async () => {
    const parsing = parsePolicy(ALIAS_BOMB, 'gate.yml')
    await expect(parsing).rejects.toMatchObject({
      name: 'ConfigurationError',
      input: 'policy',
      message: expect.stringMatching(/^Policy gate\.yml is not valid YAML: its aliases expand/)
    })
  })

  it('refuses an alias bomb in comparison rules, naming the rules input', async () => {
    await expect(parseComparisonRules(ALIAS_BOMB, 'rules.yml')).rejects.toMatchObject({
      input: 'rules',
      message: expect.stringMatching(/^rules\.yml: not valid YAML\/JSON: its aliases expand/)
    })
  })

  it('keeps a few aliases, which are legitimate YAML', async () => {
    const value = await parseYamlText('base: &b {lr: 0.1}\nrun: *b\n', { failure: 'x' })
    expect(value).toEqual({ base: { lr: 0.1 }, run: { lr: 0.1 } })
  })

  it('gives the position of a syntax error', async () => {
    await expect(parseYamlText('a: [1, 2', { failure: 'f.yml is bad' })).rejects.toThrow(
      /^f\.yml is bad at line \d+, column \d+: /
    )
  })
})
