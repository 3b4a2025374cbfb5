import { readFile, stat } from 'node:fs/promises'
import { ConfigurationError } from '../errors.js'

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024

export interface TextFileOptions {
  readonly maxBytes?: number | undefined
  readonly allowEmpty?: boolean
}

/** Reads a file as text after checking its size; shared by every reader of user files. */
export async function readTextFile(
  path: string,
  { maxBytes = DEFAULT_MAX_BYTES, allowEmpty = false }: TextFileOptions = {}
): Promise<string> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new ConfigurationError(describeFsError(path, error))
  })
  if (info.isDirectory()) {
    throw new ConfigurationError(`${path} is a directory, not a results file`)
  }
  requireWithinLimit(path, info.size, maxBytes)
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new ConfigurationError(describeFsError(path, error))
  })
  // The file may have grown since it was measured.
  requireWithinLimit(path, bytes.length, maxBytes)
  const text = decodeText(bytes, path)
  if (text.trim() === '' && !allowEmpty) throw new ConfigurationError(`${path} is empty`)
  return text
}

function requireWithinLimit(path: string, size: number, maxBytes: number): void {
  if (size <= maxBytes) return
  throw new ConfigurationError(
    `${path} is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for results files`
  )
}

function decodeText(bytes: Buffer, path: string): string {
  // PowerShell's `>` and `Out-File` write UTF-16 with a byte order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  const zeroByte = bytes.indexOf(0)
  if (zeroByte !== -1) {
    throw new ConfigurationError(`${path} is not a text file (binary data at byte ${zeroByte})`)
  }
  try {
    // The decoder drops a UTF-8 byte order mark.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new ConfigurationError(`${path} is not UTF-8 text`)
  }
}

function describeFsError(path: string, error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') return `${path} does not exist`
  if (error.code === 'EACCES' || error.code === 'EPERM')
    return `${path} cannot be read: permission denied`
  return `${path} cannot be read: ${error.message}`
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${trimNumber(bytes / 1024)} KiB`
  return `${trimNumber(bytes / (1024 * 1024))} MiB`
}

function trimNumber(value: number): string {
  return String(Math.round(value * 10) / 10)
}
