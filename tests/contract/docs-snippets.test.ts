import { beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { loadDefinition, type AnyActionDefinition } from '../support/action-definition.js'
import { actionNames, repoRoot } from '../support/action-metadata.js'
import { snippetAsWorkflow, yamlSnippets } from '../support/markdown-snippets.js'
import {
  actionUsageProblems,
  inputValueProblems,
  ourActionName,
  scriptInjectionProblems
} from '../support/workflow-contract.js'

const definitions = new Map<string | undefined, AnyActionDefinition>()
beforeAll(async () => {
  definitions.set(undefined, await loadDefinition())
  for (const name of actionNames()) definitions.set(name, await loadDefinition(name))
})
const parsersOf = (path: string | undefined) => definitions.get(ourActionName(path))?.inputs

/** Hand-written documentation (the generated docs/actions pages repeat the action READMEs). */
function documentationFiles(): string[] {
  const files = existsSync(join(repoRoot, 'README.md')) ? ['README.md'] : []
  for (const name of readdirSync(join(repoRoot, 'actions')))
    if (existsSync(join(repoRoot, 'actions', name, 'README.md')))
      files.push(`actions/${name}/README.md`)
  for (const file of readdirSync(join(repoRoot, 'docs'), { recursive: true })) {
    const path = `docs/${String(file)}`
    if (path.endsWith('.md') && !path.startsWith('docs/actions/')) files.push(path)
  }
  return files.sort()
}

function snippetProblems(file: string): string[] {
  const problems: string[] = []
  for (const snippet of yamlSnippets(readFileSync(join(repoRoot, file), 'utf8'))) {
    const workflow = snippet.counterexample ? undefined : snippetAsWorkflow(snippet.text)
    if (!workflow) continue
    for (const problem of [
      ...actionUsageProblems(workflow),
      ...inputValueProblems(workflow, parsersOf),
      ...scriptInjectionProblems(workflow)
    ])
      problems.push(`${file}:${snippet.line}: ${problem}`)
  }
  return problems
}

describe.each(documentationFiles())('%s', (file) => {
  it('shows workflow snippets with real inputs, valid values and no expressions in scripts', () => {
    expect(snippetProblems(file)).toEqual([])
  })
})

describe('the snippet reader', () => {
  const markdown = [
    'A job:',
    '```yaml',
    'steps:',
    '  - uses: org/ml-actions/actions/json-to-md@v1',
    '    with: { file: results.json }',
    '```',
    '  ```yml',
    '  - run: echo "${{ github.head_ref }}"',
    '  ```',
    '```yaml counterexample',
    '- run: echo "${{ github.head_ref }}"',
    '```',
    '```yaml',
    'rules: { accuracy: { direction: higher } }',
    '```'
  ].join('\n')
  const snippets = yamlSnippets(markdown)

  it('reads fenced YAML, indented or not, and recognises counterexamples', () => {
    expect(snippets.map(({ line, counterexample }) => ({ line, counterexample }))).toEqual([
      { line: 2, counterexample: false },
      { line: 7, counterexample: false },
      { line: 10, counterexample: true },
      { line: 13, counterexample: false }
    ])
  })

  it('checks a job and a list of steps, and leaves other YAML alone', () => {
    const [job, steps, , rules] = snippets.map((snippet) => snippetAsWorkflow(snippet.text))
    expect(actionUsageProblems(job!)).toEqual([
      'job snippet, step 1: input file is not declared by actions/json-to-md',
      'job snippet, step 1: required input files of actions/json-to-md is missing'
    ])
    expect(scriptInjectionProblems(steps!)).toEqual([
      'job snippet, step 1: ${{ }} in run: (pass it through env:)'
    ])
    expect(rules).toBeUndefined()
  })
})
