import { createHash } from 'node:crypto'
import { open, type FileHandle } from 'node:fs/promises'
import { Writable } from 'node:stream'
import { digestMismatch, integrityError, type ContentDigest } from './sha256-stream.js'

/**
 * Received chunks (64 KiB off a socket or a file) are written in batches of about this size: one
 * syscall and one thread-pool hop per MiB instead of per chunk, which on a busy machine is what
 * pays for the hashing.
 */
export const WRITE_BATCH_BYTES = 1024 * 1024
/** Received but not yet written; beyond this the source is paused, so memory stays bounded. */
export const MAX_PENDING_BYTES = 4 * WRITE_BATCH_BYTES

/**
 * Creates `path` (it must not exist) and writes the stream into it while hashing it. The stream
 * fails when the content is not `expected`, as soon as it grows past the expected size or at its
 * end, and only after the file is closed: the caller renames it into place only after a clean
 * finish, and removes it otherwise.
 */
export class VerifiedFileSink extends Writable {
  private handle: FileHandle | undefined
  private readonly hash = createHash('sha256')
  private received = 0
  private batch: Buffer[] = []
  private batchBytes = 0
  private readonly ready: Buffer[][] = []
  private pendingBytes = 0
  private writing = false
  private writeError: Error | undefined
  /** A `_write` or `_final` callback held until the writes catch up. */
  private onWritesProgress: (() => void) | undefined

  constructor(
    private readonly path: string,
    private readonly expected: ContentDigest,
    private readonly file: string,
    private readonly reason = 'does not match its recorded digest'
  ) {
    // Well above one chunk, or every write would report backpressure and pause the source.
    super({ highWaterMark: WRITE_BATCH_BYTES })
  }

  override _construct(callback: (error?: Error | null) => void): void {
    open(this.path, 'wx').then((handle) => {
      this.handle = handle
      callback()
    }, callback)
  }

  override _write(
    chunk: Buffer,
    _encoding: BufferEncoding,
    callback: (error?: Error | null) => void
  ): void {
    if (this.writeError) return callback(this.writeError)
    this.received += chunk.length
    if (this.received > this.expected.size) {
      const got = `more than ${this.expected.size} bytes`
      return callback(integrityError(this.expected, got, this.file, this.reason))
    }
    this.hash.update(chunk)
    this.batch.push(chunk)
    this.batchBytes += chunk.length
    this.pendingBytes += chunk.length
    if (this.batchBytes >= WRITE_BATCH_BYTES) this.sealBatch()
    this.whenWritesAllow(() => this.pendingBytes <= MAX_PENDING_BYTES, callback)
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.sealBatch()
    this.whenWritesAllow(
      () => this.pendingBytes === 0,
      (error) => {
        if (error) return callback(error)
        const handle = this.handle
        this.handle = undefined
        handle?.close().then(() => {
          const actual = { sha256: this.hash.digest('hex'), size: this.received }
          callback(digestMismatch(this.expected, actual, this.file, this.reason))
        }, callback)
      }
    )
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.onWritesProgress = undefined
    const handle = this.handle
    this.handle = undefined
    // FileHandle.close waits for a write still in flight.
    if (!handle) return callback(error)
    handle.close().then(
      () => callback(error),
      () => callback(error)
    )
  }

  private sealBatch(): void {
    if (this.batchBytes === 0) return
    this.ready.push(this.batch)
    this.batch = []
    this.batchBytes = 0
    this.writeNext()
  }

  /** One write at a time, in order: concurrent writes to one file only contend for its lock. */
  private writeNext(): void {
    const chunks = this.writing ? undefined : this.ready.shift()
    if (!chunks || !this.handle) return
    const bytes = chunks.reduce((sum, chunk) => sum + chunk.length, 0)
    this.writing = true
    this.handle.writev(chunks).then(
      ({ bytesWritten }) => {
        this.writing = false
        if (bytesWritten !== bytes) {
          this.writeError = new Error(
            `Short write to ${this.path}: ${bytesWritten} of ${bytes} bytes`
          )
        }
        this.pendingBytes -= bytes
        this.writeNext()
        this.onWritesProgress?.()
      },
      (error: Error) => {
        this.writing = false
        this.writeError = error
        this.onWritesProgress?.()
      }
    )
  }

  private whenWritesAllow(condition: () => boolean, callback: (error?: Error) => void): void {
    const check = () => {
      if (this.writeError || condition()) {
        this.onWritesProgress = undefined
        callback(this.writeError)
        return true
      }
      return false
    }
    if (!check()) this.onWritesProgress = check
  }
}
