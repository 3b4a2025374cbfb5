import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { layoutEntries, layoutProblems, treeFiles } from '../../scripts/check-layout.mjs'
import { repoRoot } from '../support/action-metadata.js'

const map = (lines: string[]): string =>
  [
    '# Contributing',
    '',
    '## Layout',
    '```',
    ...lines,
    '```',
    '',
    '## Rules',
    '```',
    'x/  not the map',
    '```'
  ].join('\n')

const TREE = [
  'README.md',
  'actions/json-to-md/src/main.ts',
  'actions/json-to-md/tests/e2e.test.ts',
  'actions/deploy-gate/src/main.ts',
  'json-to-md/action.yml',
  'deploy-gate/action.yml',
  'packages/core/src/errors.ts',
  'packages/core/src/stats/welch.ts',
  'packages/core/bench/compare.ts',
  'packages/onnx/src/index.ts',
  'src/bundle/entry.ts',
  'tests/support/run-bundle.ts'
]
const MAP = [
  'actions/              the actions',
  'actions/<name>/       one action',
  '<name>/               only action.yml',
  'packages/             the libraries',
  'packages/core/        pure library',
  '                      (a continuation line)',
  'packages/core/src/stats/  statistics',
  'packages/onnx/        ONNX',
  'packages/<pkg>/bench/ benchmarks',
  'src/                  composition',
  'src/bundle/entry.ts   the bundle entry',
  'tests/                cross-action tests',
  'tests/support/        helpers'
]

describe('the map of the tree in docs/contributing.md', () => {
  it('names every folder of the tree as it is, and nothing that is gone', () => {
    const contributing = readFileSync(join(repoRoot, 'docs', 'contributing.md'), 'utf8')
    expect(layoutEntries(contributing).length).toBeGreaterThan(30)
    expect(layoutProblems(contributing, treeFiles(repoRoot, { untracked: false }))).toEqual([])
  })

  it('reads only the Layout block, one entry per unindented line', () => {
    expect(layoutEntries(map(MAP)).map((entry) => entry.path)).toEqual(
      MAP.filter((line) => !line.startsWith(' ')).map((line) => line.split(/\s+/)[0])
    )
    expect(layoutProblems(map(MAP), TREE)).toEqual([])
  })

  it('fails on a folder the map does not name', () => {
    expect(
      layoutProblems(map(MAP), [...TREE, 'packages/core/src/archive/zip.ts', 'scripts/bench/a.mjs'])
    ).toEqual([
      'packages/core/src/archive/ is in the tree but not in the map',
      'scripts/ is in the tree but not in the map',
      'scripts/bench/ is in the tree but not in the map'
    ])
  })

  it('fails on a line whose folder or file is gone, or that says nothing', () => {
    const tree = TREE.filter(
      (file) => !file.startsWith('packages/onnx/') && !file.includes('/bench/')
    )
    expect(layoutProblems(map([...MAP, 'src/serve/']), tree)).toEqual([
      'the map names packages/onnx/, which is not in the tree (map line 8)',
      'the map names packages/<pkg>/bench/, which is not in the tree (map line 9)',
      'the map names src/serve/, which is not in the tree (map line 14)',
      "the map's line for src/serve/ says nothing about it"
    ])
  })

  it('expands <name> over the actions only, so it cannot cover an unrelated top-level folder', () => {
    expect(layoutProblems(map(MAP), [...TREE, 'notes/todo.ts'])).toEqual([
      'notes/ is in the tree but not in the map'
    ])
  })
})
