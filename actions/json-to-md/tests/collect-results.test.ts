import { beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { collectResults } from '../src/collect-results.js'

let cwd: string

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'json-to-md-collect-'))
  await mkdir(join(cwd, 'results', 'nested'), { recursive: true })
  await mkdir(join(cwd, 'broken'), { recursive: true })
  await writeFile(join(cwd, 'results', 'b.json'), '{"f1": 0.9}')
  await writeFile(join(cwd, 'results', 'a.yaml'), 'loss: 0.25\n')
  await writeFile(join(cwd, 'results', 'nested', 'c.toml'), 'accuracy = 0.75\n')
  await writeFile(join(cwd, 'results', 'd.csv'), 'epoch,loss\n0,0.5\n1,0.4\n')
  await writeFile(join(cwd, 'broken', 'duplicate.json'), '{"f1": 0.9, "f1": 0.8}')
})

describe('collectResults', () => {
  it('expands paths and globs in input order, each glob sorted, reading every syntax', async () => {
    const results = await collectResults(
      ['results/b.json', 'results/**/*.{yaml,toml,csv}', 'results/*.json'],
      cwd
    )
    expect(results).toEqual([
      { name: 'results/b.json', data: { f1: 0.9 } },
      { name: 'results/a.yaml', data: { loss: 0.25 } },
      {
        name: 'results/d.csv',
        data: [
          { epoch: 0, loss: 0.5 },
          { epoch: 1, loss: 0.4 }
        ]
      },
      { name: 'results/nested/c.toml', data: { accuracy: 0.75 } }
    ])
  })

  it('drops matches of ! exclusions, and fails naming files when nothing is left', async () => {
    const results = await collectResults(['results/**/*', '!results/nested/**', '!**/*.csv'], cwd)
    expect(results.map((r) => r.name)).toEqual(['results/a.yaml', 'results/b.json'])
    await expect(collectResults(['results/*.json', '!results/*'], cwd)).rejects.toMatchObject({
      name: 'ConfigurationError',
      input: 'files',
      message: 'files: the ! exclusions removed every match of results/*.json, !results/*'
    })
  })

  it.each([
    [['results/*.parquet'], 'files: no files match the pattern "results/*.parquet"'],
    [['results/b.json', 'results/gone.json'], 'results/gone.json does not exist'],
    [['results'], 'results is a directory, not a results file'],
    [['broken/duplicate.json'], /^broken\/duplicate\.json: duplicate key f1 at line 1\./]
  ])('names the input and the file as written: %j', async (patterns, message) => {
    const failure = await collectResults(patterns, cwd).catch((error: unknown) => error)
    expect(failure).toMatchObject({ name: 'ConfigurationError', input: 'files' })
    expect((failure as Error).message).toMatch(message)
    expect((failure as Error).message).not.toContain(cwd)
  })
})
