import { ConfigurationError } from '../errors.js'

/**
 * The header of NumPy's .npy format (versions 1.0, 2.0 and 3.0; see numpy.lib.format): the magic
 * "\x93NUMPY", a version, a little-endian header length, then a Python dict literal
 * {'descr': '<f8', 'fortran_order': False, 'shape': (n, k), } padded with spaces. What a reader
 * accepts of it (byte orders, dtypes, ranks, Fortran order) is the reader's to say.
 */
export interface NpyHeader {
  /** The dtype descriptor as written, e.g. `<f8`. */
  readonly descr: string
  /** Its first character: `<`, `>`, `|` or `=`. */
  readonly byteOrder: string
  /** The rest of it: the kind and item size, e.g. `f8`. */
  readonly typeCode: string
  readonly fortranOrder: boolean
  readonly shape: readonly number[]
  /** Offset of the first data byte. */
  readonly dataStart: number
}

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]

/** `source` names the file in error messages. */
export function readNpyHeader(bytes: Uint8Array, source: string): NpyHeader {
  if (bytes.length < 10 || MAGIC.some((byte, i) => bytes[i] !== byte)) {
    throw new ConfigurationError(`${source} is not a .npy file (no \\x93NUMPY magic).`)
  }
  const major = bytes[6] ?? 0
  if (major < 1 || major > 3) {
    throw new ConfigurationError(
      `${source}: .npy format version ${major} is not supported (1, 2 and 3 are).`
    )
  }
  const headerStart = major === 1 ? 10 : 12
  if (bytes.length < headerStart) throw new ConfigurationError(`${source}: truncated .npy header.`)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const headerLength = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true)
  const dataStart = headerStart + headerLength
  if (dataStart > bytes.length) throw new ConfigurationError(`${source}: truncated .npy header.`)
  const header = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(
    bytes.subarray(headerStart, dataStart)
  )
  const descr = /'descr'\s*:\s*'([^']+)'/.exec(header)?.[1]
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(header)?.[1]
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(header)?.[1]
  if (descr === undefined || fortran === undefined || shapeText === undefined) {
    throw new ConfigurationError(
      `${source}: cannot read the .npy header ${JSON.stringify(header.trim())} (it lacks descr, fortran_order or shape; structured dtypes are not supported).`
    )
  }
  const shape = shapeText
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => Number(part.replace(/L$/, '')))
  if (shape.some((size) => !Number.isSafeInteger(size) || size < 0)) {
    throw new ConfigurationError(`${source}: invalid shape (${shapeText}) in the .npy header.`)
  }
  return {
    descr,
    byteOrder: descr.charAt(0),
    typeCode: descr.slice(1),
    fortranOrder: fortran === 'True',
    shape,
    dataStart
  }
}
