import { ConfigurationError } from '../errors.js'
import * as zlib from 'node:zlib'

export interface ZipEntry {
  readonly name: string
  readonly data: Uint8Array
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50
const ZIP64_END_LOCATOR = 0x07064b50
const ZIP64_END_RECORD = 0x06064b50
const CENTRAL_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50
const ZIP64_EXTRA = 0x0001
const STORED = 0
const DEFLATED = 8

/**
 * Read every file of a zip archive from its central directory (the local headers of numpy's
 * `savez` carry zip64 placeholders, so sizes come from the directory). Stored and deflated only.
 */
export function readZipEntries(bytes: Uint8Array, source: string): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const directory = locateCentralDirectory(view, source)
  const entries: ZipEntry[] = []
  let at = directory.offset
  for (let index = 0; index < directory.count; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_ENTRY) {
      throw new ConfigurationError(`${source}: corrupt zip central directory (entry ${index}).`)
    }
    const flags = view.getUint16(at + 8, true)
    const method = view.getUint16(at + 10, true)
    const crc = view.getUint32(at + 16, true)
    let compressedSize = view.getUint32(at + 20, true)
    let size = view.getUint32(at + 24, true)
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    let localOffset = view.getUint32(at + 42, true)
    if (at + 46 + nameLength + extraLength > bytes.length) {
      throw new ConfigurationError(
        `${source}: corrupt zip central directory (entry ${index} runs past the end).`
      )
    }
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength))
    const zip64 = readZip64Extra(view, at + 46 + nameLength, extraLength, {
      size,
      compressedSize,
      localOffset
    })
    ;({ size, compressedSize, localOffset } = zip64)
    if (![size, compressedSize, localOffset].every(Number.isFinite)) {
      throw new ConfigurationError(`${source}: corrupt zip64 sizes (entry ${index}).`)
    }
    at += 46 + nameLength + extraLength + commentLength
    if (escapesItsDirectory(name)) {
      throw new ConfigurationError(
        `${source}: entry "${name}" has an absolute or climbing (..) path; no zip tool writes one.`
      )
    }
    if (name.endsWith('/')) continue
    if (flags & 1) throw new ConfigurationError(`${source}: entry "${name}" is encrypted.`)
    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== LOCAL_HEADER) {
      throw new ConfigurationError(`${source}: entry "${name}" points to no local header.`)
    }
    const dataStart =
      localOffset +
      30 +
      view.getUint16(localOffset + 26, true) +
      view.getUint16(localOffset + 28, true)
    if (dataStart + compressedSize > bytes.length)
      throw new ConfigurationError(`${source}: entry "${name}" is truncated.`)
    const stored = bytes.subarray(dataStart, dataStart + compressedSize)
    const data = decompress(stored, method, size, `${source}: entry "${name}"`)
    if (typeof zlib.crc32 === 'function' && zlib.crc32(data) !== crc) {
      throw new ConfigurationError(`${source}: entry "${name}" fails its CRC-32 check.`)
    }
    entries.push({ name, data })
  }
  return entries
}

function decompress(stored: Uint8Array, method: number, size: number, what: string): Uint8Array {
  if (method === STORED) return stored
  if (method !== DEFLATED)
    throw new ConfigurationError(
      `${what} uses compression method ${method}; only stored and deflate are supported.`
    )
  let data: Buffer
  try {
    data = zlib.inflateRawSync(stored, { maxOutputLength: Math.max(size, 1) })
  } catch (error) {
    // zlib stops at the cap instead of inflating a zip bomb whole; say so in the archive's terms.
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE')
      throw new ConfigurationError(`${what} inflates past its declared ${size} bytes.`)
    throw new ConfigurationError(`${what} is not valid deflate data (${String(error)}).`)
  }
  if (data.length !== size)
    throw new ConfigurationError(`${what} inflates to ${data.length} bytes, expected ${size}.`)
  return data
}

/**
 * Entries are read into memory, never extracted, but a caller that writes one under its name must
 * not be able to leave its directory: a name a zip tool writes is relative and never climbs.
 */
function escapesItsDirectory(name: string): boolean {
  if (/^([/\\]|[A-Za-z]:)/.test(name)) return true
  return name.split(/[/\\]/).includes('..')
}

function locateCentralDirectory(view: DataView, source: string): { offset: number; count: number } {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff)
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) !== END_OF_CENTRAL_DIRECTORY) continue
    let count = view.getUint16(at + 10, true)
    let offset = view.getUint32(at + 16, true)
    const locator = at - 20
    if (
      (count === 0xffff || offset === 0xffffffff) &&
      locator >= 0 &&
      view.getUint32(locator, true) === ZIP64_END_LOCATOR
    ) {
      const record = Number(view.getBigUint64(locator + 8, true))
      if (view.getUint32(record, true) === ZIP64_END_RECORD) {
        count = Number(view.getBigUint64(record + 32, true))
        offset = Number(view.getBigUint64(record + 48, true))
      }
    }
    return { offset, count }
  }
  throw new ConfigurationError(
    `${source} is not a zip/.npz archive (no end-of-central-directory record).`
  )
}

function readZip64Extra(
  view: DataView,
  start: number,
  length: number,
  values: { size: number; compressedSize: number; localOffset: number }
): { size: number; compressedSize: number; localOffset: number } {
  const result = { ...values }
  for (let at = start; at + 4 <= start + length;) {
    const id = view.getUint16(at, true)
    const fieldLength = view.getUint16(at + 2, true)
    if (id === ZIP64_EXTRA) {
      let cursor = at + 4
      const next = (): number => {
        // A zip64 field shorter than the sizes it stands for: the caller reports the archive as corrupt.
        if (cursor + 8 > Math.min(at + 4 + fieldLength, start + length)) return Number.NaN
        const value = Number(view.getBigUint64(cursor, true))
        cursor += 8
        return value
      }
      if (values.size === 0xffffffff) result.size = next()
      if (values.compressedSize === 0xffffffff) result.compressedSize = next()
      if (values.localOffset === 0xffffffff) result.localOffset = next()
    }
    at += 4 + fieldLength
  }
  return result
}
