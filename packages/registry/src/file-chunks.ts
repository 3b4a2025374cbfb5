import { open, type FileHandle } from 'node:fs/promises'
import type { BufferPool } from './buffer-pool.js'

/** Buffer for reads past the size the file had when opened: it grew, or it is not a regular file. */
const UNEXPECTED_TAIL_BYTES = 64 * 1024

/**
 * A file's bytes in fresh buffers of `chunkBytes` (the last one shorter), each read straight from
 * the file: an upload hands them on as parts without copying, and a small file costs no more than
 * its size. The next chunk is read while the caller works on the current one. Reading goes on
 * until the end of the file, not just its size at opening, so a file that grows is seen whole.
 * With a pool, buffers come from it; the caller gives each back when done with it.
 */
export async function* readFileChunks(
  filePath: string,
  chunkBytes: number,
  pool?: BufferPool
): AsyncGenerator<Buffer> {
  const handle = await open(filePath, 'r')
  let next: Promise<Buffer> | undefined
  try {
    const { size } = await handle.stat()
    let position = 0
    const readNext = () => {
      const remaining = size - position
      const length = Math.min(chunkBytes, remaining > 0 ? remaining : UNEXPECTED_TAIL_BYTES)
      return readFull(handle, pool?.take(length) ?? Buffer.allocUnsafe(length))
    }
    next = readNext()
    for (;;) {
      const chunk = await next
      next = undefined
      if (chunk.length === 0) return
      position += chunk.length
      next = readNext()
      yield chunk
    }
  } finally {
    // A read still in flight must finish before its handle closes.
    await next?.catch(() => undefined)
    await handle.close()
  }
}

async function readFull(handle: FileHandle, buffer: Buffer): Promise<Buffer> {
  const { length } = buffer
  let filled = 0
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, null)
    if (bytesRead === 0) break
    filled += bytesRead
  }
  return filled === length ? buffer : buffer.subarray(0, filled)
}

/** Views of `bytes`, `chunkBytes` long except possibly the last; nothing is copied. */
export function* bufferChunks(bytes: Buffer, chunkBytes: number): Generator<Buffer> {
  for (let start = 0; start < bytes.length; start += chunkBytes)
    yield bytes.subarray(start, Math.min(start + chunkBytes, bytes.length))
}
