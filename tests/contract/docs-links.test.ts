import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { repoRoot } from '../support/action-metadata.js'
import { headingAnchors, isExternal, markdownLinks } from '../support/markdown-links.js'

/** The documentation a user reads: the READMEs, the changelog and everything under docs/. */
function documentationFiles(): string[] {
  const files = ['README.md', 'CHANGELOG.md'].filter((file) => existsSync(join(repoRoot, file)))
  for (const name of readdirSync(join(repoRoot, 'actions'))) {
    if (existsSync(join(repoRoot, 'actions', name, 'README.md')))
      files.push(`actions/${name}/README.md`)
  }
  for (const file of readdirSync(join(repoRoot, 'docs'), { recursive: true }))
    if (String(file).endsWith('.md')) files.push(`docs/${String(file)}`)
  return files.sort()
}

function brokenLinks(file: string): string[] {
  const text = readFileSync(join(repoRoot, file), 'utf8')
  const problems: string[] = []
  for (const { target, line } of markdownLinks(text)) {
    if (isExternal(target)) continue
    const [path = '', fragment] = target.split('#')
    const resolved = path === '' ? join(repoRoot, file) : join(repoRoot, dirname(file), path)
    const shown = `${file}:${line}: ${target}`
    if (path.startsWith('/') || !resolved.startsWith(repoRoot)) {
      problems.push(`${shown} leaves the repository`)
      continue
    }
    if (!existsSync(resolved)) {
      problems.push(`${shown} → ${relative(repoRoot, resolved)} does not exist`)
      continue
    }
    if (fragment && resolved.endsWith('.md') && statSync(resolved).isFile()) {
      if (!headingAnchors(readFileSync(resolved, 'utf8')).has(fragment))
        problems.push(`${shown}: no heading #${fragment}`)
    }
  }
  return problems
}

const files = documentationFiles()

describe.each(files)('%s', (file) => {
  it('links only to files and headings that exist', () => {
    expect(brokenLinks(file)).toEqual([])
  })
})

it('finds the documentation', () => {
  expect(files).toEqual(
    expect.arrayContaining([
      'README.md',
      'CHANGELOG.md',
      'docs/README.md',
      'docs/security.md',
      'docs/comparison.md',
      'docs/releasing.md'
    ])
  )
})

describe('the link reader', () => {
  it('finds links outside code and GitHub-style anchors', () => {
    const markdown = [
      '# Set-up & use',
      'See [a](x.md#set-up--use), ![i](img.png "t") and `[not](code.md)`.',
      '<a href="page.md">p</a>',
      '```',
      '[fenced](nope.md)',
      '```',
      '## Set-up & use',
      '[ref]: ../other.md'
    ].join('\n')
    expect(markdownLinks(markdown)).toEqual([
      { target: 'x.md#set-up--use', line: 2 },
      { target: 'img.png', line: 2 },
      { target: 'page.md', line: 3 },
      { target: '../other.md', line: 8 }
    ])
    expect([...headingAnchors(markdown)]).toEqual(['set-up--use', 'set-up--use-1'])
  })
})
