import { createHash } from 'node:crypto'
import { IntegrityError } from './errors.js'
import { BufferPool } from './buffer-pool.js'
import { readFileChunks } from './file-chunks.js'

/** Chunk size of streamed writes: bounded memory stays a few MiB per stream. */
export const STREAM_BUFFER_BYTES = 1024 * 1024

export interface ContentDigest {
  sha256: string
  size: number
}

/**
 * Passes chunks through while hashing them. The iteration fails as soon as more bytes arrive than
 * expected, and at its end when the content is not what was expected: a writer that commits only
 * once the chunks are exhausted (rename, multipart complete) never commits wrong bytes under their
 * content address or the final path.
 */
export async function* verifiedChunks(
  chunks: AsyncIterable<Buffer>,
  expected: ContentDigest,
  file: string,
  reason: string
): AsyncGenerator<Buffer> {
  const hash = createHash('sha256')
  let size = 0
  for await (const chunk of chunks) {
    size += chunk.length
    if (size > expected.size)
      throw integrityError(expected, `more than ${expected.size} bytes`, file, reason)
    hash.update(chunk)
    yield chunk
  }
  const mismatch = digestMismatch(expected, { sha256: hash.digest('hex'), size }, file, reason)
  if (mismatch) throw mismatch
}

/** The error for content that is not what was recorded, or null when it is. */
export function digestMismatch(
  expected: ContentDigest,
  actual: ContentDigest,
  file: string,
  reason: string
): IntegrityError | null {
  if (actual.size === expected.size && actual.sha256 === expected.sha256) return null
  return integrityError(expected, `${actual.sha256} (${actual.size} bytes)`, file, reason)
}

/** `got` says what arrived instead, e.g. a digest and size, or "more than N bytes". */
export function integrityError(
  expected: ContentDigest,
  got: string,
  file: string,
  reason: string
): IntegrityError {
  return new IntegrityError(
    `${file} ${reason}: expected sha256 ${expected.sha256} (${expected.size} bytes), got ${got}`,
    file
  )
}

/** Digest of a stream or any other source of chunks; each chunk goes back to `pool` once hashed. */
export async function digestStream(
  chunks: AsyncIterable<Buffer | Uint8Array>,
  pool?: BufferPool
): Promise<ContentDigest> {
  const hash = createHash('sha256')
  let size = 0
  for await (const chunk of chunks) {
    hash.update(chunk as Buffer)
    size += (chunk as Buffer).length
    pool?.give(chunk as Buffer)
  }
  return { sha256: hash.digest('hex'), size }
}

/** Large enough that reading and hashing, not the hand-offs between them, set the pace. */
export const DIGEST_CHUNK_BYTES = 4 * 1024 * 1024

export function digestFile(filePath: string): Promise<ContentDigest> {
  const pool = new BufferPool()
  return digestStream(readFileChunks(filePath, DIGEST_CHUNK_BYTES, pool), pool)
}

export function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex')
}
