import { afterAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { readBytes, type BlobStore } from '../src/blob-store.js'
import { IntegrityError } from '../src/errors.js'
import { layout } from '../src/layout.js'
import { LocalDirectoryStore } from '../src/local-directory-store.js'
import { ModelRegistry } from '../src/model-registry.js'
import { sha256Hex } from '../src/sha256-stream.js'
import { VerifiedFileSink, WRITE_BATCH_BYTES } from '../src/verified-file-sink.js'
import { openDescriptorsOn } from './support/open-descriptors.js'

const MIB = 1024 * 1024
const scratch: string[] = []
afterAll(() => Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true }))))

function scratchDirectory(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'registry-verified-'))
  scratch.push(dir)
  return dir
}

/** Deterministic bytes that differ block to block, so a reordered or dropped batch shows. */
function patterned(size: number, seed = 1): Buffer {
  const bytes = Buffer.alloc(size)
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed + (i >> 12)) & 0xff
  return bytes
}

/** Irregular chunk sizes, none aligned to the write batch. */
function chunked(bytes: Buffer): Readable {
  const sizes = [1, 65_536, 7, 333_333, 1_048_577, 12_345]
  const chunks: Buffer[] = []
  for (let offset = 0, i = 0; offset < bytes.length; i++) {
    const size = sizes[i % sizes.length] ?? 1
    chunks.push(bytes.subarray(offset, offset + size))
    offset += size
  }
  return Readable.from(chunks)
}

const digestOf = (bytes: Buffer) => ({ sha256: sha256Hex(bytes), size: bytes.length })

/** Runs the pipeline and, whatever its outcome, waits for the sink to close its file. */
async function drain(source: Readable, sink: VerifiedFileSink): Promise<unknown> {
  const outcome = await pipeline(source, sink).catch((error: unknown) => error)
  if (!sink.closed) await new Promise((resolve) => sink.once('close', resolve))
  return outcome
}

describe('VerifiedFileSink', () => {
  test('writes content spanning several batches byte for byte and closes the file', async () => {
    const bytes = patterned(5 * WRITE_BATCH_BYTES + 123)
    const target = path.join(scratchDirectory(), 'out.bin')
    const sink = new VerifiedFileSink(target, digestOf(bytes), 'out.bin')
    expect(await drain(chunked(bytes), sink)).toBeUndefined()
    expect((await readFile(target)).equals(bytes)).toBe(true)
    expect(openDescriptorsOn(target)).toEqual([])
  })

  test('an empty file verifies and is created', async () => {
    const target = path.join(scratchDirectory(), 'empty')
    const sink = new VerifiedFileSink(target, digestOf(Buffer.alloc(0)), 'e')
    expect(await drain(Readable.from([]), sink)).toBeUndefined()
    expect((await readFile(target)).length).toBe(0)
  })

  test('a wrong digest fails the stream with IntegrityError and closes the file', async () => {
    const bytes = patterned(3 * MIB)
    const tampered = Buffer.from(bytes)
    tampered[2 * MIB] = (tampered[2 * MIB] ?? 0) ^ 1
    const target = path.join(scratchDirectory(), 'out.bin')
    const sink = new VerifiedFileSink(
      target,
      digestOf(bytes),
      'weights.bin',
      'does not match its manifest'
    )
    const failure = await drain(chunked(tampered), sink)
    expect(failure).toBeInstanceOf(IntegrityError)
    expect((failure as IntegrityError).file).toBe('weights.bin')
    expect((failure as Error).message).toMatch(
      new RegExp(`^weights\\.bin does not match its manifest: expected sha256 ${sha256Hex(bytes)}`)
    )
    expect(openDescriptorsOn(target)).toEqual([])
  })

  test('a truncated stream fails with IntegrityError naming both sizes', async () => {
    const bytes = patterned(2 * MIB + 5)
    const target = path.join(scratchDirectory(), 'out.bin')
    const sink = new VerifiedFileSink(target, digestOf(bytes), 'f')
    const failure = await drain(chunked(bytes.subarray(0, MIB)), sink)
    expect(failure).toBeInstanceOf(IntegrityError)
    expect((failure as Error).message).toMatch(
      new RegExp(`\\(${bytes.length} bytes\\), got [0-9a-f]{64} \\(${MIB} bytes\\)$`)
    )
    expect(openDescriptorsOn(target)).toEqual([])
  })

  test('a stream longer than expected fails as soon as it passes the size, without reading on', async () => {
    let pulled = 0
    const endless = new Readable({
      read() {
        pulled += 1
        this.push(Buffer.alloc(MIB, 7))
      }
    })
    const target = path.join(scratchDirectory(), 'out.bin')
    const sink = new VerifiedFileSink(target, digestOf(patterned(2 * MIB)), 'f')
    const failure = await drain(endless, sink)
    expect(failure).toBeInstanceOf(IntegrityError)
    expect((failure as Error).message).toMatch(/got more than 2097152 bytes$/)
    expect(pulled).toBeLessThan(8)
    expect(openDescriptorsOn(target)).toEqual([])
  })

  test('a source that dies midway fails with its own error and the file is closed', async () => {
    const bytes = patterned(3 * MIB)
    let sent = 0
    const dying = new Readable({
      read() {
        if (sent >= 2 * MIB) return this.destroy(new Error('connection reset'))
        this.push(bytes.subarray(sent, sent + 256 * 1024))
        sent += 256 * 1024
      }
    })
    const target = path.join(scratchDirectory(), 'out.bin')
    const failure = await drain(dying, new VerifiedFileSink(target, digestOf(bytes), 'f'))
    expect(failure).toMatchObject({ message: 'connection reset' })
    expect(openDescriptorsOn(target)).toEqual([])
  })

  test('refuses to overwrite an existing file', async () => {
    const target = path.join(scratchDirectory(), 'out.bin')
    await writeFile(target, 'keep me')
    const bytes = patterned(10)
    const failure = await drain(
      Readable.from([bytes]),
      new VerifiedFileSink(target, digestOf(bytes), 'f')
    )
    expect(failure).toMatchObject({ code: 'EEXIST' })
    expect(await readFile(target, 'utf8')).toBe('keep me')
  })
})

/** Delegates to a local store, letting a test replace what a blob read returns. */
function faultyStore(
  inner: BlobStore,
  blobStream: (key: string, real: () => Promise<Readable>) => Promise<Readable>
): BlobStore {
  return {
    location: inner.location,
    putIfAbsent: (key, body) => inner.putIfAbsent(key, body),
    put: (key, body, options) => inner.put(key, body, options),
    getStream: (key) =>
      key.startsWith('blobs/') ? blobStream(key, () => inner.getStream(key)) : inner.getStream(key),
    head: (key) => inner.head(key),
    list: (prefix) => inner.list(prefix),
    delete: (key) => inner.delete(key)
  }
}

describe('downloadVersion on a local directory store', () => {
  const files = [
    { name: 'config.json', content: '{"layers":12}' },
    { name: 'weights/part-1.bin', content: patterned(WRITE_BATCH_BYTES * 2 + 1, 2) },
    { name: 'weights/part-2.bin', content: patterned(WRITE_BATCH_BYTES + 77, 3) },
    { name: 'empty.txt', content: '' }
  ]

  const registered = async () => {
    const registry = new ModelRegistry(new LocalDirectoryStore(scratchDirectory()))
    const { manifest } = await registry.register('m', files)
    return { registry, manifest }
  }

  const blobKeyOf = (content: Buffer | string) =>
    layout.blob(sha256Hex(Buffer.isBuffer(content) ? content : Buffer.from(content)))

  test('verifies and writes every file of a multi-file version', async () => {
    const { registry } = await registered()
    const destination = scratchDirectory()
    const result = await registry.download('m', 1, destination)
    expect(result.files).toHaveLength(files.length)
    for (const file of files) {
      const written = await readFile(path.join(destination, ...file.name.split('/')))
      expect(written.equals(Buffer.from(file.content))).toBe(true)
    }
    expect((await readdir(destination, { recursive: true })).sort()).toEqual(
      ['config.json', 'empty.txt', 'weights', 'weights/part-1.bin', 'weights/part-2.bin'].map(
        (name) => name.split('/').join(path.sep)
      )
    )
  })

  test('one corrupt file among several fails the download and no file reaches its final path', async () => {
    const { registry } = await registered()
    const key = blobKeyOf(files[1]!.content)
    const tampered = Buffer.from(await readBytes(registry.store, key))
    tampered[100] = (tampered[100] ?? 0) ^ 0xff
    await registry.store.put(key, tampered)
    const destination = scratchDirectory()
    const failure = await registry.download('m', 1, destination).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(IntegrityError)
    expect((failure as Error).message).toMatch(/m\/1: weights\/part-1\.bin does not match/)
    // The files before it verified, yet nothing was renamed into place and no temp remains.
    expect(await readdir(destination, { recursive: true })).toEqual(['weights'])
  })

  test('a blob with bytes appended is rejected and leaves nothing behind', async () => {
    const { registry } = await registered()
    const key = blobKeyOf(files[2]!.content)
    await registry.store.put(
      key,
      Buffer.concat([await readBytes(registry.store, key), Buffer.from('x')])
    )
    const destination = scratchDirectory()
    await expect(registry.download('m', 1, destination)).rejects.toThrow(/got more than/)
    expect(await readdir(destination, { recursive: true })).toEqual(['weights'])
  })

  test('a blob stream that ends early is rejected and leaves nothing behind', async () => {
    const { registry } = await registered()
    const truncating = new ModelRegistry(
      faultyStore(registry.store, async (_key, real) => {
        const bytes = Buffer.concat((await (await real()).toArray()) as Buffer[])
        return Readable.from([bytes.subarray(0, bytes.length >> 1)])
      })
    )
    const destination = scratchDirectory()
    await expect(truncating.download('m', 1, destination)).rejects.toThrow(IntegrityError)
    expect(await readdir(destination, { recursive: true })).toEqual([])
  })

  test('a blob stream that errors midway rejects with that error and leaves nothing behind', async () => {
    const { registry } = await registered()
    let reads = 0
    const dying = new ModelRegistry(
      faultyStore(registry.store, async (_key, real) => {
        reads += 1
        if (reads < 3) return real()
        const source = await real()
        return Readable.from(
          (async function* () {
            let chunks = 0
            for await (const chunk of source) {
              if (++chunks > 2) throw new Error('socket hang up')
              yield chunk as Buffer
            }
          })()
        )
      })
    )
    const destination = scratchDirectory()
    await expect(dying.download('m', 1, destination)).rejects.toThrow('socket hang up')
    expect(reads).toBe(3)
    expect(await readdir(destination, { recursive: true })).toEqual(['weights'])
  })
})
