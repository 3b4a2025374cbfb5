import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { Writable } from 'node:stream'

const BLOCK = 512

export interface TarEntryFilter {
  /** Path inside the archive with its first segment (npm's `package/`) removed. */
  (path: string): boolean
}

export interface TarExtraction {
  /** Files written, as archive paths without the first segment. */
  readonly files: string[]
}

/**
 * A streaming reader of the ustar/pax archives npm publishes: regular files whose path passes
 * `keep` are written under `destination`; everything else (other platforms' binaries, directories,
 * links) is skipped without being held in memory. Paths that would leave `destination` are an error,
 * whatever the filter says: the archive comes from the network.
 */
export function tarExtractor(
  destination: string,
  keep: TarEntryFilter
): Writable & { readonly extraction: Promise<TarExtraction> } {
  const files: string[] = []
  let pending: Buffer = Buffer.alloc(0)
  let entry:
    { path: string | undefined; remaining: number; padding: number; chunks: Buffer[] } | undefined
  let paxPath: string | undefined
  let longName: string | undefined
  let metadata:
    { kind: 'pax' | 'long-name'; remaining: number; padding: number; chunks: Buffer[] } | undefined
  let finished = false
  let settle: { resolve: (value: TarExtraction) => void; reject: (error: Error) => void }
  const extraction = new Promise<TarExtraction>((resolve, reject) => {
    settle = { resolve, reject }
  })

  async function consume(): Promise<void> {
    for (;;) {
      if (finished) return
      if (metadata) {
        const take = Math.min(metadata.remaining, pending.length)
        metadata.chunks.push(pending.subarray(0, take))
        pending = pending.subarray(take)
        metadata.remaining -= take
        if (metadata.remaining > 0) return
        if (pending.length < metadata.padding) return
        pending = pending.subarray(metadata.padding)
        const text = Buffer.concat(metadata.chunks).toString('utf8')
        if (metadata.kind === 'pax') paxPath = paxHeaderPath(text) ?? paxPath
        else longName = text.replace(/\0.*$/s, '')
        metadata = undefined
        continue
      }
      if (entry) {
        const take = Math.min(entry.remaining, pending.length)
        if (entry.path !== undefined) entry.chunks.push(pending.subarray(0, take))
        pending = pending.subarray(take)
        entry.remaining -= take
        if (entry.remaining > 0) return
        if (pending.length < entry.padding) return
        pending = pending.subarray(entry.padding)
        if (entry.path !== undefined) {
          const target = join(destination, entry.path)
          await mkdir(dirname(target), { recursive: true })
          await writeFile(target, Buffer.concat(entry.chunks))
          files.push(entry.path)
        }
        entry = undefined
        continue
      }
      if (pending.length < BLOCK) return
      const header = pending.subarray(0, BLOCK)
      pending = pending.subarray(BLOCK)
      if (header.every((byte) => byte === 0)) {
        finished = true
        return
      }
      verifyChecksum(header)
      const size = readOctal(header, 124, 12)
      const padding = (BLOCK - (size % BLOCK)) % BLOCK
      const type = String.fromCharCode(header[156] ?? 0)
      if (type === 'x' || type === 'L') {
        metadata = {
          kind: type === 'x' ? 'pax' : 'long-name',
          remaining: size,
          padding,
          chunks: []
        }
        continue
      }
      if (type === 'g') {
        entry = { path: undefined, remaining: size, padding, chunks: [] }
        continue
      }
      const name = paxPath ?? longName ?? headerPath(header)
      paxPath = undefined
      longName = undefined
      const inner = safeInnerPath(name)
      const regular = type === '0' || type === '\0' || type === '7'
      entry = {
        path: regular && inner !== '' && keep(inner) ? inner : undefined,
        remaining: size,
        padding,
        chunks: []
      }
    }
  }

  const writable = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (finished) return callback()
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk])
      consume().then(
        () => callback(),
        (error: Error) => callback(error)
      )
    },
    final(callback) {
      if (entry || metadata)
        callback(new Error('the archive ends inside an entry (truncated download?)'))
      else callback()
    }
  })
  writable.once('finish', () => settle.resolve({ files }))
  writable.once('error', (error) => settle.reject(error))
  // The pipeline that drives the extractor reports the error; an unawaited promise must not too.
  extraction.catch(() => undefined)
  return Object.assign(writable, { extraction })
}

function headerPath(header: Buffer): string {
  const name = cString(header, 0, 100)
  const magic = cString(header, 257, 6)
  const prefix = magic.startsWith('ustar') ? cString(header, 345, 155) : ''
  return prefix ? `${prefix}/${name}` : name
}

function paxHeaderPath(text: string): string | undefined {
  // Records are "<length> <key>=<value>\n".
  for (const record of text.split('\n')) {
    const match = /^\d+ path=(.*)$/s.exec(record)
    if (match) return match[1]
  }
  return undefined
}

/** Drop the first segment (`package/`) and refuse anything that could escape the destination. */
function safeInnerPath(path: string): string {
  const segments = path
    .replace(/\\/g, '/')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
  if (
    path.startsWith('/') ||
    /^[A-Za-z]:/.test(path) ||
    segments.includes('..') ||
    path.includes('\0')
  ) {
    throw new Error(`the archive holds an unsafe path "${path}"`)
  }
  return segments.slice(1).join('/')
}

function cString(buffer: Buffer, offset: number, length: number): string {
  const field = buffer.subarray(offset, offset + length)
  const end = field.indexOf(0)
  return field.subarray(0, end === -1 ? field.length : end).toString('utf8')
}

function readOctal(buffer: Buffer, offset: number, length: number): number {
  const text = cString(buffer, offset, length).trim()
  const value = text === '' ? 0 : Number.parseInt(text, 8)
  if (!Number.isSafeInteger(value) || value < 0)
    throw new Error('the archive has a corrupt entry size')
  return value
}

function verifyChecksum(header: Buffer): void {
  const stored = readOctal(header, 148, 8)
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (header[i] as number)
  if (sum !== stored) throw new Error('the archive has a corrupt header (checksum mismatch)')
}
