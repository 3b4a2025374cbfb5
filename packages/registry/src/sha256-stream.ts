import { createHash } from 'node:crypto'
import { Transform, type TransformCallback, type Readable } from 'node:stream'
import { IntegrityError } from './errors.js'

/** Shared by readers and writers of blob streams; bounded memory stays a few MiB per stream. */
export const STREAM_BUFFER_BYTES = 1024 * 1024

export interface ContentDigest {
  sha256: string
  size: number
}

/**
 * Passes bytes through while hashing them, and fails the stream at its end when the content is
 * not what was expected: the error reaches the writer before it commits (rename, multipart
 * complete), so wrong bytes never appear under their content address or the final path.
 */
export class Sha256VerifyingStream extends Transform {
  private readonly hash = createHash('sha256')
  private bytes = 0

  constructor(
    private readonly expected: ContentDigest,
    private readonly file: string,
    private readonly reason = 'does not match its recorded digest'
  ) {
    // Larger buffers than the 16 KiB default: fewer hand-offs on multi-GiB models.
    super({ highWaterMark: STREAM_BUFFER_BYTES })
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk)
    this.bytes += chunk.length
    callback(null, chunk)
  }

  override _flush(callback: TransformCallback): void {
    const actual = { sha256: this.hash.digest('hex'), size: this.bytes }
    callback(digestMismatch(this.expected, actual, this.file, this.reason))
  }
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

export async function digestStream(stream: Readable): Promise<ContentDigest> {
  const hash = createHash('sha256')
  let size = 0
  for await (const chunk of stream) {
    hash.update(chunk as Buffer)
    size += (chunk as Buffer).length
  }
  return { sha256: hash.digest('hex'), size }
}

export function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex')
}
