import { describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { memoryLogger } from '@ml-actions/action-kit'
import { readInputs } from '@ml-actions/action-kit'
import { sha256Hex } from '@ml-actions/registry'
import type { DataCache } from '../src/data-cache.js'
import { dataManifest } from '../src/data-manifest.js'
import { trainEvaluate } from '../src/definition.js'
import { execCommandRunner } from '@ml-actions/action-kit/command'
import { createTrainEvaluate } from '../src/train-evaluate.js'

/** The cache service's contract, in memory: exact key first, then the newest entry by prefix. */
function memoryCache(): DataCache & { keys: string[]; saves: string[] } {
  const entries = new Map<string, string>()
  const saves: string[] = []
  return {
    keys: [],
    saves,
    available: async () => true,
    async restore(paths, primaryKey, restoreKeys) {
      const key =
        (entries.has(primaryKey) ? primaryKey : undefined) ??
        [...entries.keys()]
          .reverse()
          .find((k) => restoreKeys.some((prefix) => k.startsWith(prefix)))
      if (key === undefined) return undefined
      const stored = entries.get(key) as string
      for (const target of paths) {
        await rm(target, { recursive: true, force: true })
        await cp(join(stored, basename(target)), target, { recursive: true })
      }
      return key
    },
    async save(paths, key) {
      if (entries.has(key)) throw new Error(`cache entry ${key} exists`)
      const stored = await mkdtemp(join(tmpdir(), 'memory-cache-'))
      for (const source of paths)
        await cp(source, join(stored, basename(source)), { recursive: true })
      entries.set(key, stored)
      saves.push(key)
    }
  }
}

async function runStep(
  workspace: string,
  cache: DataCache,
  run: string,
  extra: Record<string, string> = {}
) {
  const body = createTrainEvaluate({ runCommand: execCommandRunner, dataCache: cache })
  const inputs = readInputs(
    trainEvaluate.inputs,
    (name) => ({ run, 'cache-paths': 'data', ...extra })[name]
  )
  const log = memoryLogger()
  const outcome = await body(inputs, {
    log,
    env: { PATH: process.env.PATH, RUNNER_OS: 'Linux', RUNNER_TEMP: workspace },
    cwd: workspace,
    cli: false
  })
  return { outcome, log }
}

const download =
  'test -f data/train.csv || { mkdir -p data; echo "downloaded" >> log.txt; echo "a,b" > data/train.csv; }'

describe('data cache (content-addressed default key)', () => {
  it('misses and saves, then restores exactly what the command uses, then saves again when the data changes', async () => {
    const cache = memoryCache()
    const first = await mkdtemp(join(tmpdir(), 'cache-first-'))
    const cold = await runStep(first, cache, download)
    expect(cold.outcome.failure).toBeUndefined()
    expect(cold.outcome.outputs['cache-hit']).toBe(false)
    expect(cache.saves).toHaveLength(1)
    expect(cache.saves[0]).toMatch(/^ml-data-linux-[0-9a-f]{12}-[0-9a-f]{32}$/)

    const second = await mkdtemp(join(tmpdir(), 'cache-second-'))
    const warm = await runStep(second, cache, download)
    expect(warm.outcome.outputs['cache-hit']).toBe(true)
    expect(cache.saves).toHaveLength(1)
    expect(warm.log.lines.join('\n')).toContain(`Data cache restored from ${cache.saves[0]}`)
    expect(existsSync(join(second, 'log.txt'))).toBe(false)

    const third = await mkdtemp(join(tmpdir(), 'cache-third-'))
    const changed = await runStep(third, cache, `${download}; echo "c,d" >> data/train.csv`)
    expect(changed.outcome.outputs['cache-hit']).toBe(false)
    expect(cache.saves).toHaveLength(2)
    expect(cache.saves[1]).not.toBe(cache.saves[0])
    expect(cache.saves[1]?.slice(0, 27)).toBe(cache.saves[0]?.slice(0, 27))
  })

  it('an explicit key restores only that key, and a failing command saves nothing', async () => {
    const cache = memoryCache()
    const workspace = await mkdtemp(join(tmpdir(), 'cache-explicit-'))
    await mkdir(join(workspace, 'data'))
    await writeFile(join(workspace, 'data', 'x.bin'), 'x')
    const failed = await runStep(workspace, cache, 'exit 2', { 'cache-key': 'data,v1' })
    expect(failed.outcome.failure).toMatch(/exit code 2/)
    expect(cache.saves).toEqual([])
    const saved = await runStep(workspace, cache, 'true', { 'cache-key': 'data,v1' })
    expect(saved.outcome.outputs['cache-hit']).toBe(false)
    expect(cache.saves).toEqual(['data-v1'])
    const hit = await runStep(workspace, cache, 'true', { 'cache-key': 'data,v1' })
    expect(hit.outcome.outputs['cache-hit']).toBe(true)
  })

  it('is skipped with a note where no cache service exists', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'cache-none-'))
    const cache = { ...memoryCache(), available: async () => false }
    const { outcome } = await runStep(workspace, cache, download)
    expect(outcome.outputs['cache-hit']).toBe(false)
    expect(outcome.report).toMatch(/Data cache: skipped: no GitHub Actions cache service/)
  })
})

describe('data manifest', () => {
  it('hashes every file under folders and globs; a glob matching nothing yet hides nothing', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'data-manifest-'))
    await mkdir(join(workspace, 'data', 'raw'), { recursive: true })
    await writeFile(join(workspace, 'data', 'raw', 'a.csv'), 'a\n')
    await writeFile(join(workspace, 'labels.txt'), 'cat\n')
    const manifest = await dataManifest(['data', 'labels.txt', 'later/**/*.bin'], workspace)
    expect(manifest.files).toEqual([
      { path: 'data/raw/a.csv', size: 2, sha256: sha256Hex('a\n') },
      { path: 'labels.txt', size: 4, sha256: sha256Hex('cat\n') }
    ])
    expect(manifest.digest).toBe(
      sha256Hex(`${sha256Hex('a\n')} 2 data/raw/a.csv\n${sha256Hex('cat\n')} 4 labels.txt\n`)
    )
    expect((await dataManifest(['missing/'], workspace)).files).toEqual([])
  })
})
