import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { loadDefinition } from '../support/action-definition.js'
import { loadDefinitions, planDocs } from '../../scripts/gen-docs.mjs'
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

  it('describes every input, and names each choice of a choice input', async () => {
    const definition = await loadDefinition(name)
    for (const [inputName, parser] of Object.entries(definition.inputs)) {
      expect({ input: inputName, described: parser.description.trim().length > 0 }).toEqual({
        input: inputName,
        described: true
      })
      for (const choice of parser.choices ?? [])
        expect({ input: inputName, choice, named: parser.description.includes(choice) }).toEqual({
          input: inputName,
          choice,
          named: true
        })
    }
    for (const output of definition.outputs)
      expect({ output, described: definition.outputDescriptions[output]!.length > 0 }).toEqual({
        output,
        described: true
      })
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

describe('the files generated from the definitions', () => {
  it('are fresh: action.yml (both forms), the root action.yml and the docs tables are what npm run docs writes', async () => {
    const { files } = planDocs(repoRoot, await loadDefinitions(repoRoot))
    expect(files.map((file) => file.path)).toEqual(
      expect.arrayContaining(['action.yml', ...names.map((name) => `actions/${name}/action.yml`)])
    )
    for (const { path, content } of files)
      expect({ path, fresh: readFileSync(join(repoRoot, path), 'utf8') === content }).toEqual({
        path,
        fresh: true
      })
  })
})

it('finds the actions', () => {
  expect(names).toContain('json-to-md')
})
