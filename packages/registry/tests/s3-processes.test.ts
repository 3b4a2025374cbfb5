import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { ModelRegistry } from '../src/model-registry.js'
import { RegistryProcesses } from './support/registry-processes.js'
import {
  startS3TestServer,
  TEST_BUCKET,
  testS3Store,
  uniquePrefix,
  type S3TestServer
} from './support/s3-test-server.js'

/**
 * Real processes against s3rver behind the conditional-write proxy: the proxy answers 412 to the
 * losing create-only PUT exactly as S3 does, so the race runs through the SDK's real error path.
 */
describe('several processes sharing one S3 registry', () => {
  let server: S3TestServer
  let processes: RegistryProcesses

  beforeAll(async () => {
    server = await startS3TestServer()
    processes = await RegistryProcesses.start({ s3Endpoint: server.proxiedEndpoint })
  }, 60_000)
  afterAll(async () => {
    await processes.stop()
    await server.close()
  })
  beforeEach(() => {
    server.proxy.injectFault = () => undefined
  })

  const openRegistry = (prefix: string) =>
    new ModelRegistry(testS3Store(server.proxiedEndpoint, prefix))

  test('exactly one of several processes wins each alias sequence number', async () => {
    const prefix = uniquePrefix('processes')
    const registry = openRegistry(prefix)
    for (let i = 1; i <= 4; i++) await registry.register('m', [{ name: 'a', content: `v${i}` }])
    const root = `s3://${TEST_BUCKET}/${prefix}`

    const first = await processes.race(
      root,
      Array.from({ length: 4 }, (_, i) => ['promote', 'm', 'prod', String(i + 1), 'none'])
    )
    const winners = first.filter((result) => result.ok)
    expect(winners).toHaveLength(1)
    for (const loser of first.filter((result) => !result.ok)) {
      expect(loser).toMatchObject({ name: 'ConcurrencyError', actual: winners[0]?.version })
    }
    const second = await processes.race(
      root,
      Array.from({ length: 4 }, (_, i) => ['promote', 'm', 'prod', String(i + 1)])
    )
    expect(second.every((result) => result.ok)).toBe(true)
    expect(second.map((result) => result.seq).sort()).toEqual([2, 3, 4, 5])
    const log = (await registry.history('m', 'prod')).reverse()
    expect(log.map((entry) => entry.seq)).toEqual([1, 2, 3, 4, 5])
    for (let i = 1; i < log.length; i++) expect(log[i]?.previousVersion).toBe(log[i - 1]?.version)
  }, 60_000)

  test('a process killed during a multipart upload leaves no visible version or blob', async () => {
    const prefix = uniquePrefix('killed')
    const barrier = path.join(mkdtempSync(path.join(os.tmpdir(), 'registry-barrier-')), 'go')
    await writeFile(barrier, '')
    const partsBefore = () =>
      server.proxy.requests.filter(
        (request) => request.path.includes(`/${prefix}/`) && request.path.includes('partNumber=')
      ).length
    const { child, result } = processes.spawn([
      'register-slowly',
      `s3://${TEST_BUCKET}/${prefix}`,
      barrier,
      'm'
    ])
    const deadline = Date.now() + 30_000
    while (partsBefore() < 2 && Date.now() < deadline) await sleep(20)
    expect(partsBefore()).toBeGreaterThanOrEqual(2)
    child.kill('SIGKILL')
    expect(await result).toMatchObject({ ok: false, name: 'SIGKILL' })

    const registry = openRegistry(prefix)
    expect(await registry.listVersions('m')).toEqual([])
    expect(await registry.list()).toEqual([])
    const keys: string[] = []
    for await (const info of registry.store.list('')) keys.push(info.key)
    expect(keys).toEqual([])
    expect(await registry.gc({ gracePeriodMs: 0 })).toMatchObject({
      removedClaims: [],
      removedBlobs: []
    })
  }, 60_000)
})
