import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { loadDefinition } from '../support/action-definition.js'
import { actionNames, readActionMetadata, repoRoot } from '../support/action-metadata.js'

const names = actionNames()

describe.each(names)('action %s', (name) => {
  const metadata = readActionMetadata(name)

  it('runs the committed bundle, a CommonJS script, on node24', () => {
    expect(metadata.runs.using).toBe('node24')
    expect(metadata.runs.main).toBe(`../../dist/${name}/index.js`)
    expect(existsSync(join(repoRoot, 'dist', name, 'index.js'))).toBe(true)
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'dist', name, 'package.json'), 'utf8')) as {
      type?: string
    }
    expect(pkg.type).toBe('commonjs')
  })

  it('resolves from the short form org/ml-actions/<name> to the same committed bundle', () => {
    const aliasDir = join(repoRoot, name)
    expect(readdirSync(aliasDir)).toEqual(['action.yml'])
    const alias = parse(readFileSync(join(aliasDir, 'action.yml'), 'utf8')) as typeof metadata
    const { runs: aliasRuns, ...aliasRest } = alias
    const { runs, ...rest } = metadata
    expect(aliasRest).toEqual(rest)
    expect(aliasRuns.using).toBe(runs.using)
    expect(join(aliasDir, aliasRuns.main!)).toBe(join(repoRoot, 'actions', name, runs.main!))
  })

  it('declares exactly the inputs the code reads, with the same defaults', async () => {
    const definition = await loadDefinition(name)
    expect(Object.keys(definition.inputs).sort()).toEqual(Object.keys(metadata.inputs).sort())
    for (const [inputName, parser] of Object.entries(definition.inputs)) {
      const declared = metadata.inputs[inputName]!
      expect({ input: inputName, description: declared.description?.length > 0 }).toEqual({
        input: inputName,
        description: true
      })
      expect({ input: inputName, required: declared.required === true }).toEqual({
        input: inputName,
        required: parser.required
      })
      if (!parser.required) {
        // Every optional input has a default in action.yml; expressions (the token) default to '' in code.
        expect({ input: inputName, hasDefault: declared.default !== undefined }).toEqual({
          input: inputName,
          hasDefault: true
        })
        const declaredDefault = String(declared.default).includes('${{')
          ? ''
          : String(declared.default)
        expect({ input: inputName, default: parser.default }).toEqual({
          input: inputName,
          default: declaredDefault
        })
      }
      if (parser.choices) {
        for (const choice of parser.choices) expect(declared.description).toContain(choice)
      }
    }
  })

  it('declares exactly the outputs the code writes', async () => {
    const definition = await loadDefinition(name)
    expect([...definition.outputs].sort()).toEqual(Object.keys(metadata.outputs).sort())
  })

  it('documents every input and output in its README', () => {
    const readme = readFileSync(join(repoRoot, 'actions', name, 'README.md'), 'utf8')
    for (const inputName of Object.keys(metadata.inputs))
      expect(readme).toContain(`| \`${inputName}\` |`)
    for (const outputName of Object.keys(metadata.outputs))
      expect(readme).toContain(`| \`${outputName}\` |`)
    expect(readme).toContain(`uses: org/ml-actions/${name}@v1`)
  })

  it('names the token permissions it needs', () => {
    const readme = readFileSync(join(repoRoot, 'actions', name, 'README.md'), 'utf8')
    expect(readme).toMatch(/## Permissions/)
  })
})

it('finds the actions', () => {
  expect(names).toContain('json-to-md')
})
