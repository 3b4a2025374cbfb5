import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, readFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { descriptorWriter } from '../src/descriptor-writer.js'

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))

function scratchFile(): { fd: number; read: () => string } {
  const path = join(mkdtempSync(join(tmpdir(), 'descriptor-writer-')), 'out')
  const fd = openSync(path, 'w')
  return { fd, read: () => readFileSync(path, 'utf8') }
}

function eagain(): Error {
  return Object.assign(new Error('EAGAIN: resource temporarily unavailable, write'), {
    code: 'EAGAIN'
  })
}

/** A stream that holds what it is given until `drain()`, as a socket on a full pipe does. */
function heldStream(): { stream: Writable; received: string[]; drain: () => Promise<void> } {
  const received: string[] = []
  const pending: (() => void)[] = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      received.push(chunk.toString('utf8'))
      pending.push(done)
    }
  })
  const drain = async () => {
    while (stream.writableLength > 0) {
      pending.shift()?.()
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
  return { stream, received, drain }
}

describe('descriptorWriter', () => {
  it('writes the whole text to the descriptor, multi-byte characters and short writes included', () => {
    const { fd, read } = scratchFile()
    const threeBytesAtATime = (target: number, buffer: Uint8Array, offset: number) =>
      writeSync(target, buffer, offset, Math.min(3, buffer.length - offset))
    const write = descriptorWriter(
      fd,
      () => {
        throw new Error('a descriptor that takes every byte never needs the stream')
      },
      threeBytesAtATime
    )
    write('::warning::Δ accuracy −2 pp ✓\n')
    write('second\n')
    closeSync(fd)
    expect(read()).toBe('::warning::Δ accuracy −2 pp ✓\nsecond\n')
  })

  it('on EAGAIN hands the rest to the stream, and later text too until the stream has drained', async () => {
    const { fd, read } = scratchFile()
    const { stream, received, drain } = heldStream()
    // The pipe takes four bytes, then refuses until the test opens it again.
    let pipe: 'short' | 'full' | 'open' = 'short'
    const write = descriptorWriter(
      fd,
      () => stream,
      (target, buffer, offset) => {
        if (pipe === 'full') throw eagain()
        const length = pipe === 'short' ? 4 : buffer.length - offset
        pipe = pipe === 'short' ? 'full' : pipe
        return writeSync(target, buffer, offset, length)
      }
    )
    write('abcdefgh\n')
    pipe = 'open'
    write('queued behind the rest\n')
    expect(read()).toBe('abcd')
    expect(stream.writableLength).toBe('efgh\nqueued behind the rest\n'.length)
    await drain()
    expect(received).toEqual(['efgh\n', 'queued behind the rest\n'])
    write('after the drain\n')
    closeSync(fd)
    expect(read()).toBe('abcdafter the drain\n')
    expect(received).toHaveLength(2)
  })

  it('throws any other error the descriptor gives', () => {
    const { fd } = scratchFile()
    closeSync(fd)
    const write = descriptorWriter(fd, () => {
      throw new Error('not for EBADF')
    })
    expect(() => write('lost\n')).toThrow(expect.objectContaining({ code: 'EBADF' }))
  })

  it('keeps the order of a flood through a full non-blocking pipe the parent reads late', async () => {
    const lines = 2000
    const child = spawn(
      process.execPath,
      [
        '--import',
        join(repoRoot, 'scripts', 'ts-loader.mjs'),
        join(repoRoot, 'packages', 'action-kit', 'tests', 'support', 'flood-stdout.ts'),
        String(lines)
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] }
    )
    child.stdout.pause()
    // The child reports once its last line is written or queued: only then does this side read.
    let stderr = ''
    await new Promise<void>((resolve) =>
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString()
        if (stderr.endsWith('\n')) resolve()
      })
    )
    const chunks: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
    child.stdout.resume()
    const code = await new Promise((resolve) => child.on('close', resolve))
    expect(stderr).toMatch(/^refused [1-9]\d*\n$/)
    expect(code).toBe(0)
    const numbers = Buffer.concat(chunks)
      .toString('utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => Number(line.split(' ')[0]))
    expect(numbers).toEqual(Array.from({ length: lines }, (_, i) => i))
  })
})
