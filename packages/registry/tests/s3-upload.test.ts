import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readBytes } from '../src/blob-store.js'
import { IntegrityError } from '../src/errors.js'
import { BufferPool } from '../src/buffer-pool.js'
import { bufferChunks, readFileChunks } from '../src/file-chunks.js'
import { partsOf } from '../src/s3-upload.js'
import { sha256Hex, verifiedChunks } from '../src/sha256-stream.js'
import {
  startS3TestServer,
  testS3Store,
  uniquePrefix,
  type S3TestServer
} from './support/s3-test-server.js'
import { openDescriptorsOn } from './support/open-descriptors.js'

const MIB = 1024 * 1024

function patterned(size: number, seed: number): Buffer {
  const bytes = Buffer.alloc(size)
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed) % 251
  return bytes
}

async function collect(chunks: AsyncIterable<Buffer>): Promise<Buffer[]> {
  const all: Buffer[] = []
  for await (const chunk of chunks) all.push(chunk)
  return all
}

describe('parts of an upload', () => {
  test('chunks of any size regroup into parts of exactly the part size, bytes unchanged', async () => {
    const bytes = patterned(10_000, 1)
    const sizes = [1, 999, 3000, 4096, 1904]
    const chunks: Buffer[] = []
    let offset = 0
    for (const size of sizes) {
      chunks.push(bytes.subarray(offset, offset + size))
      offset += size
    }
    const parts = await collect(partsOf(chunks, 4096))
    expect(parts.map((part) => part.length)).toEqual([4096, 4096, 1808])
    expect(Buffer.concat(parts).equals(bytes)).toBe(true)
  })

  test('a chunk that covers a whole part is passed on without a copy', async () => {
    const chunks = [patterned(4096, 2), patterned(4096, 3), patterned(100, 4)]
    const parts = await collect(partsOf(chunks, 4096))
    expect(parts.map((part, i) => part === chunks[i])).toEqual([true, true, true])
    const whole = patterned(3 * 4096 + 5, 5)
    const views = await collect(partsOf([whole], 4096))
    expect(views.map((part) => part.length)).toEqual([4096, 4096, 4096, 5])
    expect(views.every((part) => part.buffer === whole.buffer)).toBe(true)
  })

  test('no chunks, or only empty ones, make no parts', async () => {
    expect(await collect(partsOf([], 4096))).toEqual([])
    expect(await collect(partsOf([Buffer.alloc(0), Buffer.alloc(0)], 4096))).toEqual([])
  })
})

describe('file chunks', () => {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'file-chunks-'))

  test.each([
    ['an exact multiple of the chunk size', 3 * 4096, [4096, 4096, 4096]],
    ['a shorter last chunk', 2 * 4096 + 7, [4096, 4096, 7]],
    ['less than one chunk', 10, [10]],
    ['an empty file', 0, []]
  ])('%s', async (_label, size, expectedLengths) => {
    const file = path.join(directory, `file-${size}.bin`)
    const bytes = patterned(size, 6)
    writeFileSync(file, bytes)
    const chunks = await collect(readFileChunks(file, 4096))
    expect(chunks.map((chunk) => chunk.length)).toEqual(expectedLengths)
    expect(Buffer.concat(chunks).equals(bytes)).toBe(true)
    expect(new Set(chunks.map((chunk) => chunk.buffer)).size).toBe(chunks.length) // fresh buffers
    expect(openDescriptorsOn(file)).toEqual([])
  })

  test('a reader that stops early still closes the file, with a read-ahead in flight', async () => {
    const file = path.join(directory, 'early-stop.bin')
    writeFileSync(file, patterned(5 * 4096, 7))
    for await (const chunk of readFileChunks(file, 4096)) {
      expect(chunk.length).toBe(4096)
      break
    }
    expect(openDescriptorsOn(file)).toEqual([])
  })

  test('a file smaller than a chunk costs its size, not a chunk', async () => {
    const file = path.join(directory, 'small.bin')
    writeFileSync(file, patterned(10_000, 16))
    const chunks = await collect(readFileChunks(file, 8 * MIB))
    expect(chunks.map((chunk) => chunk.buffer.byteLength)).toEqual([10_000])
  })

  test('a file that grows while it is read is read to its new end', async () => {
    const file = path.join(directory, 'growing.bin')
    const start = patterned(2 * 4096, 14)
    const tail = patterned(100_000, 15)
    writeFileSync(file, start)
    const chunks: Buffer[] = []
    for await (const chunk of readFileChunks(file, 4096)) {
      if (chunks.length === 0) appendFileSync(file, tail)
      chunks.push(chunk)
    }
    expect(Buffer.concat(chunks).equals(Buffer.concat([start, tail]))).toBe(true)
  })

  test('a missing file fails on the first read, naming it', async () => {
    const missing = path.join(directory, 'missing.bin')
    await expect(collect(readFileChunks(missing, 4096))).rejects.toThrow(missing)
  })

  test('buffer chunks are views of the bytes', () => {
    const bytes = patterned(10, 8)
    const chunks = [...bufferChunks(bytes, 4)]
    expect(chunks.map((chunk) => chunk.length)).toEqual([4, 4, 2])
    expect(chunks.every((chunk) => chunk.buffer === bytes.buffer)).toBe(true)
  })
})

describe('verified chunks', () => {
  const bytes = patterned(10_000, 9)
  const expected = { sha256: sha256Hex(bytes), size: bytes.length }

  test('pass through unchanged when the content matches', async () => {
    const out = await collect(
      verifiedChunks(asAsync(bufferChunks(bytes, 3000)), expected, 'm', 'x')
    )
    expect(Buffer.concat(out).equals(bytes)).toBe(true)
  })

  test('fail at the end on a same-length change, and before passing on excess bytes', async () => {
    const changed = Buffer.from(bytes)
    changed[5000] = (changed[5000] ?? 0) ^ 1
    await expect(
      collect(
        verifiedChunks(asAsync(bufferChunks(changed, 3000)), expected, 'model.bin', 'changed')
      )
    ).rejects.toThrow(/model.bin changed: expected sha256/)
    const passedOn: number[] = []
    const longer = Buffer.concat([bytes, Buffer.alloc(5000)])
    const failure = await (async () => {
      for await (const chunk of verifiedChunks(
        asAsync(bufferChunks(longer, 3000)),
        expected,
        'm',
        'r'
      ))
        passedOn.push(chunk.length)
    })().catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(IntegrityError)
    expect(String(failure)).toContain('more than 10000 bytes')
    expect(passedOn.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(bytes.length)
  })
})

async function* asAsync(chunks: Iterable<Buffer>): AsyncGenerator<Buffer> {
  yield* chunks
}

describe('S3 put', () => {
  let server: S3TestServer
  beforeAll(async () => {
    server = await startS3TestServer()
  })
  afterAll(() => server.close())
  beforeEach(() => {
    server.proxy.injectFault = () => undefined
  })

  const requestsUnder = (prefix: string) =>
    server.proxy.requests.filter((request) => request.path.includes(`/${prefix}/`))

  test('an empty body and a one-part body are single PutObjects', async () => {
    const prefix = uniquePrefix('single')
    const store = testS3Store(server.proxiedEndpoint, prefix)
    await store.put('empty', Buffer.alloc(0))
    const onePart = patterned(8 * MIB, 10)
    await store.put('one-part', { chunks: (size) => asAsync(bufferChunks(onePart, size)) })
    expect((await readBytes(store, 'empty')).length).toBe(0)
    expect((await readBytes(store, 'one-part')).equals(onePart)).toBe(true)
    expect(requestsUnder(prefix).some((request) => request.path.includes('uploads'))).toBe(false)
  })

  test('a chunk source is asked for part-sized chunks and sent with a bounded number in flight', async () => {
    const prefix = uniquePrefix('in-flight')
    const store = testS3Store(server.proxiedEndpoint, prefix)
    let active = 0
    let mostActive = 0
    store.client.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName !== 'UploadPartCommand') return next(args)
        mostActive = Math.max(mostActive, ++active)
        try {
          return await next(args)
        } finally {
          active--
        }
      },
      { step: 'initialize' }
    )
    const bytes = patterned(8 * 8 * MIB + 123, 11)
    const asked: number[] = []
    await store.put(
      'blob',
      {
        chunks: (size) => {
          asked.push(size)
          return asAsync(bufferChunks(bytes, size))
        }
      },
      { size: bytes.length }
    )
    expect(asked).toEqual([8 * MIB])
    expect(mostActive).toBe(4)
    expect(sha256Hex(await readBytes(store, 'blob'))).toBe(sha256Hex(bytes))
    const parts = requestsUnder(prefix).filter((request) => request.path.includes('partNumber='))
    expect(parts).toHaveLength(9)
  })

  test('where the client sends checksums by default, the upload is CRC32 and every part carries one', async () => {
    const prefix = uniquePrefix('crc32')
    const store = testS3Store(server.proxiedEndpoint, prefix, { checksumMode: 'when_supported' })
    const bytes = patterned(17 * MIB, 18)
    await store.put('blob', { chunks: (size) => asAsync(bufferChunks(bytes, size)) })
    const requests = requestsUnder(prefix)
    const create = requests.find(
      (request) => request.method === 'POST' && request.path.includes('uploads')
    )
    expect(create?.headers['x-amz-checksum-algorithm']).toBe('CRC32')
    const parts = requests.filter((request) => request.path.includes('partNumber='))
    expect(parts).toHaveLength(3)
    for (const part of parts)
      expect(part.headers['x-amz-checksum-crc32']).toMatch(/^[A-Za-z0-9+/]{6}==$/)
    const plainStore = testS3Store(server.directEndpoint, prefix)
    expect(sha256Hex(await readBytes(plainStore, 'blob'))).toBe(sha256Hex(bytes))
  })

  test('a source that fails only at its end leaves no object and aborts the upload', async () => {
    const prefix = uniquePrefix('fails-at-end')
    const store = testS3Store(server.proxiedEndpoint, prefix)
    const bytes = patterned(20 * MIB, 12)
    const recorded = { sha256: sha256Hex(Buffer.from('something else')), size: bytes.length }
    const failure = await store
      .put('blob', {
        chunks: (size) => verifiedChunks(asAsync(bufferChunks(bytes, size)), recorded, 'w', 'x')
      })
      .catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(IntegrityError)
    expect(await store.head('blob')).toBeNull()
    const requests = requestsUnder(prefix)
    // 20 MiB is parts of 8, 8 and 4: the short last one waits for the end, which is the failure.
    expect(requests.filter((request) => request.path.includes('partNumber='))).toHaveLength(2)
    expect(
      requests.some((request) => request.method === 'POST' && /uploadId=/.test(request.path))
    ).toBe(false) // never completed
    expect(requests.some((request) => request.method === 'DELETE')).toBe(true) // aborted
  })

  test('a refused multipart start fails the put and closes the file it was reading', async () => {
    const prefix = uniquePrefix('create-refused')
    const store = testS3Store(server.proxiedEndpoint, prefix, { maxAttempts: 1 })
    const directory = mkdtempSync(path.join(os.tmpdir(), 'create-refused-'))
    const file = path.join(directory, 'weights.bin')
    writeFileSync(file, patterned(3 * 8 * MIB, 19))
    server.proxy.injectFault = (request) =>
      request.method === 'POST' && request.path.includes('uploads') ? 'internal' : undefined
    await expect(
      store.put('blob', { chunks: (size, pool) => readFileChunks(file, size, pool) })
    ).rejects.toMatchObject({ name: 'InternalError' })
    expect(openDescriptorsOn(file)).toEqual([])
  })

  test('a one-part source that fails at its end writes nothing either', async () => {
    const prefix = uniquePrefix('small-fails')
    const store = testS3Store(server.proxiedEndpoint, prefix)
    const bytes = patterned(1000, 13)
    const recorded = { sha256: sha256Hex(Buffer.from('other')), size: bytes.length }
    await expect(
      store.put('blob', {
        chunks: (size) => verifiedChunks(asAsync(bufferChunks(bytes, size)), recorded, 'w', 'x')
      })
    ).rejects.toBeInstanceOf(IntegrityError)
    expect(requestsUnder(prefix).filter((request) => request.method === 'PUT')).toEqual([])
  })
})

describe('buffer pool', () => {
  test('reuses the buffers it issued, once each, and never anyone else’s', () => {
    const pool = new BufferPool(2)
    const first = pool.take(4096)
    pool.give(first)
    pool.give(first)
    expect(pool.take(4096)).toBe(first)
    expect(pool.take(4096)).not.toBe(first) // given twice, kept once
    const callers = Buffer.alloc(4096)
    pool.give(callers)
    pool.give(first.subarray(0, 4096))
    expect(pool.take(4096)).not.toBe(callers)
    expect(pool.take(8192).length).toBe(8192)
  })

  test('reading a large file through a pool allocates a few buffers, not the file', async () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'pool-'))
    const file = path.join(directory, 'big.bin')
    const bytes = patterned(64 * 4096, 17)
    writeFileSync(file, bytes)
    const pool = new BufferPool()
    const seen = new Set<ArrayBufferLike>()
    const hashed: Buffer[] = []
    for await (const chunk of readFileChunks(file, 4096, pool)) {
      seen.add(chunk.buffer)
      hashed.push(Buffer.from(chunk))
      pool.give(chunk)
    }
    expect(Buffer.concat(hashed).equals(bytes)).toBe(true)
    expect(seen.size).toBeLessThanOrEqual(3)
  })
})
