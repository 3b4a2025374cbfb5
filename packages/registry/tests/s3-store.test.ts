import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { ConfigurationError } from '@ml-actions/core/errors'
import { readBytes } from '../src/blob-store.js'
import { probeConditionalWrites } from '../src/conditional-write-probe.js'
import { ModelRegistry } from '../src/model-registry.js'
import { parseS3Uri } from '../src/s3-location.js'
import { multipartPartSize, S3BlobStore } from '../src/s3-store.js'
import { sha256Hex } from '../src/sha256-stream.js'
import { openStore } from '../src/store-uri.js'
import { LocalDirectoryStore } from '../src/local-directory-store.js'
import {
  startS3TestServer,
  testS3Store,
  uniquePrefix,
  type ProxiedRequest,
  type S3TestServer,
  TEST_BUCKET,
  TEST_CREDENTIALS
} from './support/s3-test-server.js'

const MIB = 1024 * 1024
let server: S3TestServer

beforeAll(async () => {
  server = await startS3TestServer()
})
afterAll(() => server.close())
beforeEach(() => {
  server.proxy.injectFault = () => undefined
  server.proxy.emulateConditionalWrites = true
})

const isCreateOnlyPut = (request: ProxiedRequest) =>
  request.method === 'PUT' && request.headers['if-none-match'] === '*'

describe('conditional-write probe', () => {
  test('detects that s3rver ignores If-None-Match and refuses alias moves there', async () => {
    const store = testS3Store(server.directEndpoint, uniquePrefix('unsafe'))
    expect(await probeConditionalWrites(store)).toMatchObject({ honoursPreconditions: false })
    expect(probeConditionalWrites(store)).toBe(probeConditionalWrites(store))

    const registry = new ModelRegistry(store)
    await registry.register('m', [{ name: 'a', content: 'x' }])
    const refusal = await registry.promote('m', 'prod', 1).catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(ConfigurationError)
    expect((refusal as Error).message).toMatch(
      /ignores create-only preconditions.*allowUnsafeAliases/s
    )
    await expect(registry.resolve('m@prod')).rejects.toThrow(/not set/)

    const permissive = new ModelRegistry(store, { allowUnsafeAliases: true })
    expect(await permissive.promote('m', 'prod', 1)).toMatchObject({ seq: 1, version: 1 })
  })

  test('passes on a server that honours preconditions, and on a directory', async () => {
    expect(
      await probeConditionalWrites(testS3Store(server.proxiedEndpoint, uniquePrefix('safe')))
    ).toMatchObject({
      honoursPreconditions: true
    })
    const directory = mkdtempSync(path.join(os.tmpdir(), 'registry-probe-'))
    const local = new LocalDirectoryStore(directory)
    expect(await probeConditionalWrites(local)).toMatchObject({ honoursPreconditions: true })
    expect(await readdir(directory, { recursive: true })).not.toContainEqual(
      expect.stringMatching(/\.json$/)
    )
  })
})

describe('S3 create-only writes', () => {
  test('412 Precondition Failed means "already exists"', async () => {
    const store = testS3Store(server.proxiedEndpoint, uniquePrefix('412'))
    expect(await store.putIfAbsent('k.json', Buffer.from('first'))).toBe(true)
    expect(await store.putIfAbsent('k.json', Buffer.from('second'))).toBe(false)
    expect((await readBytes(store, 'k.json')).toString()).toBe('first')
  })

  test('409 ConditionalRequestConflict is retried', async () => {
    const store = testS3Store(server.proxiedEndpoint, uniquePrefix('409'))
    let conflicts = 0
    server.proxy.injectFault = (request) =>
      isCreateOnlyPut(request) && conflicts++ < 2 ? 'conflict' : undefined
    expect(await store.putIfAbsent('k.json', Buffer.from('x'))).toBe(true)
    expect(conflicts).toBe(3)
  })

  test('a 412 on the alias entry surfaces as ConcurrencyError, never as a silent overwrite', async () => {
    const registry = new ModelRegistry(testS3Store(server.proxiedEndpoint, uniquePrefix('race')))
    await registry.register('m', [{ name: 'a', content: '1' }])
    await registry.register('m', [{ name: 'a', content: '2' }])
    await registry.promote('m', 'prod', 1, { expect: null })
    server.proxy.injectFault = (request) =>
      isCreateOnlyPut(request) &&
      request.path.split('?')[0]?.endsWith('/aliases/prod/000000000002.json')
        ? 'precondition'
        : undefined
    const lost = await registry
      .promote('m', 'prod', 2, { expect: 1 })
      .catch((error: unknown) => error)
    expect(lost).toMatchObject({ name: 'ConcurrencyError', expected: 1, alias: 'prod' })
    expect((await registry.history('m', 'prod')).map((entry) => entry.version)).toEqual([1])
  })
})

describe('S3 faults', () => {
  test('503 SlowDown once per request: a multipart registration still succeeds intact', async () => {
    const seen = new Set<string>()
    server.proxy.injectFault = (request) => {
      const id = `${request.method} ${request.path}`
      if (seen.has(id)) return undefined
      seen.add(id)
      return 'slowdown'
    }
    const registry = new ModelRegistry(
      testS3Store(server.proxiedEndpoint, uniquePrefix('slowdown'))
    )
    const weights = Buffer.alloc(18 * MIB)
    for (let i = 0; i < weights.length; i += 4096) weights[i] = i % 251
    const { manifest } = await registry.register('m', [{ name: 'weights.bin', content: weights }])
    expect(manifest.files[0]?.sha256).toBe(sha256Hex(weights))
    const partUploads = server.proxy.requests.filter((request) =>
      request.path.includes('partNumber=')
    )
    expect(partUploads.length).toBeGreaterThanOrEqual(6)
    server.proxy.injectFault = () => undefined
    const destination = mkdtempSync(path.join(os.tmpdir(), 'registry-slowdown-'))
    await registry.download('m', 1, destination)
    expect(await registry.verify()).toMatchObject({ ok: true })
  })

  test('a part that keeps failing rejects the registration with the root cause and commits nothing', async () => {
    const prefix = uniquePrefix('part-fails')
    server.proxy.injectFault = (request) =>
      request.method === 'PUT' && request.path.includes('partNumber=2') ? 'internal' : undefined
    const registry = new ModelRegistry(testS3Store(server.proxiedEndpoint, prefix))
    const failure = await registry
      .register('m', [{ name: 'weights.bin', content: Buffer.alloc(20 * MIB, 9) }])
      .catch((error: unknown) => error)
    expect(failure).toMatchObject({ name: 'InternalError' })
    const attempts = server.proxy.requests.filter(
      (request) => request.path.includes(`/${prefix}/`) && request.path.includes('partNumber=2')
    )
    expect(attempts.length).toBe(4) // maxAttempts
    expect(
      server.proxy.requests.some(
        (request) => request.method === 'DELETE' && request.path.includes(`/${prefix}/`)
      )
    ).toBe(true) // AbortMultipartUpload
    server.proxy.injectFault = () => undefined
    expect(await registry.listVersions('m')).toEqual([])
    const keys: string[] = []
    for await (const info of registry.store.list('')) keys.push(info.key)
    expect(keys).toEqual([])
  })

  test('a stalled request fails at the request timeout instead of hanging', async () => {
    const store = testS3Store(server.proxiedEndpoint, uniquePrefix('stall'), {
      requestTimeoutMs: 300,
      maxAttempts: 2
    })
    server.proxy.injectFault = () => 'stall'
    const started = Date.now()
    await expect(store.head('anything')).rejects.toMatchObject({ name: 'TimeoutError' })
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  test('a download cut off halfway fails and leaves no file at the final path', async () => {
    const registry = new ModelRegistry(
      testS3Store(server.proxiedEndpoint, uniquePrefix('truncate'))
    )
    await registry.register('m', [{ name: 'model.bin', content: Buffer.alloc(2 * MIB, 3) }])
    server.proxy.injectFault = (request) =>
      request.method === 'GET' && request.path.includes('/blobs/') ? 'truncate' : undefined
    const destination = mkdtempSync(path.join(os.tmpdir(), 'registry-truncate-'))
    await expect(registry.download('m', 1, destination)).rejects.toThrow()
    expect(await readdir(destination)).toEqual([])
  })

  test('a streamed upload straight to s3rver round-trips byte for byte (no aws-chunked framing)', async () => {
    const store = testS3Store(server.directEndpoint, uniquePrefix('stream'))
    const chunks = Array.from({ length: 5 }, (_, i) => Buffer.alloc(3 * MIB + i, i + 1))
    const expected = Buffer.concat(chunks)
    await store.put('blob', Readable.from(chunks))
    const stored = await readBytes(store, 'blob')
    expect(stored.length).toBe(expected.length)
    expect(sha256Hex(stored)).toBe(sha256Hex(expected))
  })
})

describe('S3 configuration', () => {
  test('parses s3:// URIs and rejects malformed ones by name', () => {
    expect(parseS3Uri('s3://bucket')).toEqual({ bucket: 'bucket', prefix: '' })
    expect(parseS3Uri('s3://bucket/team/models/')).toEqual({
      bucket: 'bucket',
      prefix: 'team/models'
    })
    expect(() => parseS3Uri('s3:///nobucket')).toThrow(/s3:\/\/\/nobucket/)
  })

  test('openStore picks the backend from the URI; the S3 one loads the SDK on first use', async () => {
    const unreachable = openStore('s3://b/p', {
      s3: {
        endpoint: 'http://127.0.0.1:1',
        region: 'eu-west-1',
        credentials: TEST_CREDENTIALS,
        maxAttempts: 1
      }
    })
    expect(unreachable).not.toBeInstanceOf(LocalDirectoryStore)
    expect(unreachable.location).toBe('s3://b/p')
    await expect(unreachable.head('x')).rejects.toThrow(/ECONNREFUSED/)

    const prefix = uniquePrefix('open-store')
    const s3 = openStore(`s3://${TEST_BUCKET}/${prefix}/`, {
      s3: { endpoint: server.directEndpoint, region: 'us-east-1', credentials: TEST_CREDENTIALS }
    })
    expect(s3.location).toBe(`s3://${TEST_BUCKET}/${prefix}`)
    expect(await s3.putIfAbsent('a/one.json', Buffer.from('{}'))).toBe(true)
    await s3.put('a/two.bin', Readable.from([Buffer.from('two')]))
    const keys = []
    for await (const blob of s3.list('a/')) keys.push(blob.key)
    expect(keys).toEqual(['a/one.json', 'a/two.bin'])
    expect((await readBytes(s3, 'a/two.bin')).toString()).toBe('two')
    await s3.delete('a/two.bin')
    expect(await s3.head('a/two.bin')).toBeNull()
    expect(await s3.sweepInterruptedWrites?.(0, true)).toEqual([])
    expect(openStore(undefined, { cwd: '/srv/project' }).location).toBe(
      'file:///srv/project/.ml-registry'
    )
    expect(openStore('registry', { cwd: '/srv/project' }).location).toBe(
      'file:///srv/project/registry'
    )
    expect(openStore('file:///var/reg').location).toBe('file:///var/reg')
    expect(openStore('gs://bucket/models').location).toBe('gs://bucket/models')
    expect(() => openStore('ftp://bucket')).toThrow(ConfigurationError)
  })

  test('custom endpoints get path-style addressing and checksums only when required', async () => {
    const store = new S3BlobStore('b', '', { endpoint: 'http://127.0.0.1:1', region: 'us-east-1' })
    const config = store.client.config
    expect(config.forcePathStyle).toBe(true)
    expect(await config.requestChecksumCalculation()).toBe('WHEN_REQUIRED')
    expect(await config.responseChecksumValidation()).toBe('WHEN_REQUIRED')
    const aws = new S3BlobStore('b', '', { region: 'us-east-1' })
    expect(aws.client.config.forcePathStyle).toBe(false)
    expect(await aws.client.config.requestChecksumCalculation()).toBe('WHEN_SUPPORTED')
  })

  test('multipart parts stay within the 10,000-part limit', () => {
    expect(multipartPartSize(undefined)).toBe(8 * MIB)
    expect(multipartPartSize(1024)).toBe(8 * MIB)
    const hundredGiB = 100 * 1024 * MIB
    expect(multipartPartSize(hundredGiB)).toBe(Math.ceil(hundredGiB / 10_000))
    expect(Math.ceil(hundredGiB / multipartPartSize(hundredGiB))).toBeLessThanOrEqual(10_000)
  })
})
