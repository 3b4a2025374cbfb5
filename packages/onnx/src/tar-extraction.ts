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
  const reader = new TarReader(destination, keep)
  let settle: { resolve: (value: TarExtraction) => void; reject: (error: Error) => void }
  const extraction = new Promise<TarExtraction>((resolve, reject) => {
    settle = { resolve, reject }
  })
  const writable = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      reader.consume(chunk).then(
        () => callback(),
        (error: Error) => callback(error)
      )
    },
    final(callback) {
      if (reader.insideEntry)
        callback(new Error('the archive ends inside an entry (truncated download?)'))
      else callback()
    }
  })
  writable.once('finish', () => settle.resolve({ files: reader.files }))
  writable.once('error', (error) => settle.reject(error))
  // The pipeline that drives the extractor reports the error; an unawaited promise must not too.
  extraction.catch(() => undefined)
  return Object.assign(writable, { extraction })
}

/** The body of an entry still to read: its bytes (kept only when they are written), then padding. */
interface PendingBody {
  remaining: number
  readonly padding: number
  readonly chunks: Buffer[]
}

/**
 * The archive as a sequence of 512-byte headers, each followed by its body: a pax or GNU long-name
 * record names the next entry, a file entry is written when kept, the rest is skipped.
 */
class TarReader {
  readonly files: string[] = []
  private pending: Buffer = Buffer.alloc(0)
  private entry: (PendingBody & { readonly path: string | undefined }) | undefined
  private metadata: (PendingBody & { readonly kind: 'pax' | 'long-name' }) | undefined
  private paxPath: string | undefined
  private longName: string | undefined
  private finished = false

  constructor(
    private readonly destination: string,
    private readonly keep: TarEntryFilter
  ) {}

  get insideEntry(): boolean {
    return this.entry !== undefined || this.metadata !== undefined
  }

  async consume(chunk: Buffer): Promise<void> {
    if (this.finished) return
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk])
    for (;;) {
      if (this.finished) return
      const progressed = this.metadata
        ? this.takeMetadata(this.metadata)
        : this.entry
          ? await this.takeEntry(this.entry)
          : this.takeHeader()
      if (!progressed) return
    }
  }

  /** Moves the body's bytes out of `pending`; true once the body and its padding are complete. */
  private takeBody(body: PendingBody, keepBytes: boolean): boolean {
    const take = Math.min(body.remaining, this.pending.length)
    if (keepBytes) body.chunks.push(this.pending.subarray(0, take))
    this.pending = this.pending.subarray(take)
    body.remaining -= take
    if (body.remaining > 0 || this.pending.length < body.padding) return false
    this.pending = this.pending.subarray(body.padding)
    return true
  }

  private takeMetadata(metadata: NonNullable<TarReader['metadata']>): boolean {
    if (!this.takeBody(metadata, true)) return false
    const text = Buffer.concat(metadata.chunks).toString('utf8')
    if (metadata.kind === 'pax') this.paxPath = paxHeaderPath(text) ?? this.paxPath
    else this.longName = text.replace(/\0.*$/s, '')
    this.metadata = undefined
    return true
  }

  private async takeEntry(entry: NonNullable<TarReader['entry']>): Promise<boolean> {
    if (!this.takeBody(entry, entry.path !== undefined)) return false
    if (entry.path !== undefined) {
      const target = join(this.destination, entry.path)
      await mkdir(dirname(target), { recursive: true })
      await writeFile(target, Buffer.concat(entry.chunks))
      this.files.push(entry.path)
    }
    this.entry = undefined
    return true
  }

  private takeHeader(): boolean {
    if (this.pending.length < BLOCK) return false
    const header = this.pending.subarray(0, BLOCK)
    this.pending = this.pending.subarray(BLOCK)
    if (header.every((byte) => byte === 0)) {
      this.finished = true
      return false
    }
    verifyChecksum(header)
    const size = readOctal(header, 124, 12)
    const body = { remaining: size, padding: (BLOCK - (size % BLOCK)) % BLOCK, chunks: [] }
    const type = String.fromCharCode(header[156] ?? 0)
    if (type === 'x' || type === 'L') {
      this.metadata = { ...body, kind: type === 'x' ? 'pax' : 'long-name' }
      return true
    }
    if (type === 'g') {
      this.entry = { ...body, path: undefined }
      return true
    }
    const name = this.paxPath ?? this.longName ?? headerPath(header)
    this.paxPath = undefined
    this.longName = undefined
    const inner = safeInnerPath(name)
    const regular = type === '0' || type === '\0' || type === '7'
    this.entry = { ...body, path: regular && inner !== '' && this.keep(inner) ? inner : undefined }
    return true
  }
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
