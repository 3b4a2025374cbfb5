import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { readdir, utimes, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { readBytes } from '../src/blob-store.js'
import { LocalDirectoryStore } from '../src/local-directory-store.js'
import { ModelRegistry } from '../src/model-registry.js'
import { RegistryProcesses } from './support/registry-processes.js'

const scratch = () => mkdtempSync(path.join(os.tmpdir(), 'registry-local-test-'))

describe('local directory store', () => {
  test('create-only writes keep the first content; temp files are invisible until swept', async () => {
    const root = scratch()
    const store = new LocalDirectoryStore(root)
    expect(await store.putIfAbsent('a/b.json', Buffer.from('first'))).toBe(true)
    expect(await store.putIfAbsent('a/b.json', Buffer.from('second'))).toBe(false)
    expect((await readBytes(store, 'a/b.json')).toString()).toBe('first')

    const leftover = path.join(root, 'a', '.c.json.123-abc.partial')
    await writeFile(leftover, 'half')
    const hourAgo = new Date(Date.now() - 3_600_000)
    await utimes(leftover, hourAgo, hourAgo)
    const keys: string[] = []
    for await (const info of store.list('a/')) keys.push(info.key)
    expect(keys).toEqual(['a/b.json'])
    expect(await store.sweepInterruptedWrites(7_200_000, false)).toEqual([])
    expect(await store.sweepInterruptedWrites(60_000, true)).toEqual(['a/.c.json.123-abc.partial'])
    expect(await store.sweepInterruptedWrites(60_000, false)).toEqual(['a/.c.json.123-abc.partial'])
    expect(await readdir(path.join(root, 'a'))).toEqual(['b.json'])
  })

  test('keys cannot escape the registry root', async () => {
    const store = new LocalDirectoryStore(scratch())
    await expect(store.put('../outside', Buffer.from('x'))).rejects.toThrow(
      /leaves the registry root/
    )
  })
})

/**
 * Real processes racing on one directory, as parallel CI jobs on a shared volume would. Each
 * worker runs the actual registry code (compiled by swc), waits at a file barrier so all of them
 * are loaded before any starts, then performs one operation.
 */
describe('several processes sharing one registry directory', () => {
  let processes: RegistryProcesses

  beforeAll(async () => {
    processes = await RegistryProcesses.start()
  })
  afterAll(() => processes.stop())

  test('exactly one of several processes wins each alias sequence number', async () => {
    const root = scratch()
    const registry = ModelRegistry.open(root)
    const racers = 5
    for (let i = 1; i <= racers; i++)
      await registry.register('m', [{ name: 'a', content: `v${i}` }])

    const first = await processes.race(
      root,
      Array.from({ length: racers }, (_, i) => ['promote', 'm', 'prod', String(i + 1), 'none'])
    )
    const winners = first.filter((result) => result.ok)
    expect(winners).toHaveLength(1)
    const winner = winners[0]?.version
    for (const loser of first.filter((result) => !result.ok)) {
      expect(loser).toMatchObject({ name: 'ConcurrencyError', actual: winner })
    }

    const second = await processes.race(
      root,
      Array.from({ length: racers }, (_, i) => ['promote', 'm', 'prod', String(i + 1)])
    )
    expect(second.every((result) => result.ok)).toBe(true)
    expect(second.map((result) => result.seq).sort()).toEqual([2, 3, 4, 5, 6])
    const log = (await registry.history('m', 'prod')).reverse()
    for (let i = 1; i < log.length; i++) expect(log[i]?.previousVersion).toBe(log[i - 1]?.version)
  })

  test('processes registering at once get distinct version numbers', async () => {
    const root = scratch()
    const results = await processes.race(
      root,
      Array.from({ length: 4 }, (_, i) => ['register', 'm', `content-${i}`])
    )
    expect(results.map((result) => result.version).sort()).toEqual([1, 2, 3, 4])
    expect(await ModelRegistry.open(root).verify()).toMatchObject({ ok: true, versions: 4 })
  })

  test('a process killed during upload leaves nothing visible, and gc removes its temp file', async () => {
    const root = scratch()
    const barrier = path.join(root, '..', `${path.basename(root)}.go`)
    await writeFile(barrier, '')
    const { child, result } = processes.spawn(['register-slowly', root, barrier, 'm'])
    const registry = ModelRegistry.open(root)
    const blobDirectory = path.join(root, 'blobs', 'sha256')
    const partialAppeared = async () => {
      const files = await readdir(blobDirectory, { recursive: true }).catch(() => [])
      return files.some((file) => String(file).endsWith('.partial'))
    }
    const deadline = Date.now() + 20_000
    while (!(await partialAppeared()) && Date.now() < deadline) await sleep(10)
    child.kill('SIGKILL')
    expect(await result).toMatchObject({ ok: false, name: 'SIGKILL' })

    expect(await registry.list()).toEqual([])
    expect(await registry.listVersions('m')).toEqual([])
    const report = await registry.gc({ gracePeriodMs: 0 })
    expect(report.removedPartials).toHaveLength(1)
    expect(report.removedPartials[0]).toMatch(/^blobs\/sha256\/.*\.partial$/)
    const remaining = (await readdir(root, { recursive: true, withFileTypes: true })).filter(
      (entry) => entry.isFile()
    )
    expect(remaining).toEqual([])
  })
})
