import { Readable } from 'node:stream'
import type { BufferPool } from './buffer-pool.js'

export interface BlobInfo {
  key: string
  size: number
  lastModified: Date
}

/**
 * Bytes produced in pieces of the size the store asks for, so a file can be read straight into
 * upload parts. The iteration may fail at its end (content that does not match its digest); a
 * store commits only after it finished. A store that passes a pool gives chunks back to it once
 * they are written.
 */
export interface ChunkSource {
  chunks(chunkBytes: number, pool?: BufferPool): AsyncIterable<Buffer>
}

export type BlobBody = Buffer | Readable | ChunkSource

/** The body as chunks; those of a stream or buffer come as they are, whatever `chunkBytes`. */
export function chunksOf(
  body: BlobBody,
  chunkBytes: number,
  pool?: BufferPool
): AsyncIterable<Buffer> | Iterable<Buffer> {
  if (Buffer.isBuffer(body)) return [body]
  if (body instanceof Readable) return body
  return body.chunks(chunkBytes, pool)
}

export interface PutOptions {
  /** Known length lets the S3 backend size multipart parts within the 10,000-part limit. */
  size?: number
}

/**
 * The few operations the registry needs from storage. Keys are `/`-separated and relative to the
 * registry root; every backend must give create-only writes real create-only semantics, because
 * version numbers and alias moves are claimed with them.
 */
export interface BlobStore {
  /** Human-readable location for messages, e.g. `file:///srv/registry` or `s3://bucket/prefix`. */
  readonly location: string
  /** Create-only write. Resolves false when the key already exists; the existing object is kept. */
  putIfAbsent(key: string, body: Buffer): Promise<boolean>
  /**
   * Overwriting write, streamed; readers see either nothing or the complete object, and nothing at
   * all when the body fails, even at its very end.
   */
  put(key: string, body: BlobBody, options?: PutOptions): Promise<void>
  /** Throws `BlobNotFoundError` when the key is absent. */
  getStream(key: string): Promise<Readable>
  head(key: string): Promise<BlobInfo | null>
  /** Every key starting with `prefix`, in lexicographic order, fetched page by page. */
  list(prefix: string): AsyncIterable<BlobInfo>
  /** Absent keys are not an error. */
  delete(key: string): Promise<void>
  /** Remove leftovers of interrupted writes older than the given age; returns what was removed. */
  sweepInterruptedWrites?(olderThanMs: number, dryRun: boolean): Promise<string[]>
}

export async function readBytes(store: BlobStore, key: string): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of await store.getStream(key)) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

export async function readJson<T>(store: BlobStore, key: string): Promise<T> {
  const text = (await readBytes(store, key)).toString('utf8')
  try {
    return JSON.parse(text) as T
  } catch (error) {
    throw new Error(`${store.location}/${key} is not valid JSON: ${(error as Error).message}`, {
      cause: error
    })
  }
}

export function jsonBytes(value: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8')
}
