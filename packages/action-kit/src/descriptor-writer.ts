import { writeSync } from 'node:fs'

/** Writes text to one of the process's standard descriptors. */
export type TextWriter = (text: string) => void

/** What a writer needs of the stream it falls back to: `process.stdout` or `process.stderr`. */
export interface FallbackStream {
  write(chunk: Uint8Array): boolean
  readonly writableLength: number
}

type WriteSync = (fd: number, buffer: Uint8Array, offset: number) => number

/**
 * Text to a descriptor with `fs.writeSync` instead of through `process.stdout`/`process.stderr`:
 * node builds those streams on first use, and for a pipe (what the runner gives a step) that loads
 * `node:net` and `node:stream`, ~3 ms of every step's start before its first line of output.
 *
 * A descriptor someone has made non-blocking (the stream itself does, once anything touches it) can
 * refuse a write with EAGAIN while the pipe is full: the rest then goes to the stream, which queues
 * it, and so does every later text while the stream still holds unwritten bytes, so the output keeps
 * its order. Once the stream has drained, writes go straight to the descriptor again.
 */
export function descriptorWriter(
  fd: number,
  stream: () => FallbackStream,
  write: WriteSync = writeSync
): TextWriter {
  let queued: FallbackStream | undefined
  return (text) => {
    const bytes = Buffer.from(text, 'utf8')
    if (queued && queued.writableLength > 0) {
      queued.write(bytes)
      return
    }
    let offset = 0
    try {
      while (offset < bytes.length) offset += write(fd, bytes, offset)
    } catch (thrown) {
      if ((thrown as NodeJS.ErrnoException).code !== 'EAGAIN') throw thrown
      queued = stream()
      queued.write(bytes.subarray(offset))
    }
  }
}

export const writeStdout: TextWriter = descriptorWriter(1, () => process.stdout)
export const writeStderr: TextWriter = descriptorWriter(2, () => process.stderr)
