import { ConfigurationError } from '@ml-actions/core/errors'
import { readBytes, type BlobStore } from './blob-store.js'
import { BlobNotFoundError } from './errors.js'
import { sha256Hex } from './sha256-stream.js'

const RECORD_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/

export interface RecordRef {
  /** Registry-relative key; store it in alias entries (`decisionRef`) and reports. */
  ref: string
  sha256: string
}

export interface PutRecordOptions {
  /** Without a key the record is content-addressed: its name is its sha256. */
  key?: string
}

/**
 * Decision records and reports are evidence, so they are never overwritten: a second write of
 * identical bytes is accepted (retries), different bytes under the same key are refused.
 */
export async function putRecord(
  store: BlobStore,
  kind: string,
  body: unknown,
  options: PutRecordOptions = {}
): Promise<RecordRef> {
  if (!RECORD_NAME.test(kind)) {
    throw new ConfigurationError(
      `Record kind "${kind}" is invalid: use letters, digits, ".", "_", "-"`,
      'kind'
    )
  }
  if (options.key !== undefined && !RECORD_NAME.test(options.key)) {
    throw new ConfigurationError(
      `Record key "${options.key}" is invalid: use letters, digits, ".", "_", "-"`,
      'key'
    )
  }
  const bytes = recordBytes(body)
  const sha256 = sha256Hex(bytes)
  const ref = `records/${kind}/${options.key ?? `sha256-${sha256}`}.json`
  if (await store.putIfAbsent(ref, bytes)) return { ref, sha256 }
  const existing = await readBytes(store, ref)
  if (!existing.equals(bytes)) {
    throw new ConfigurationError(
      `Record ${store.location}/${ref} already exists with different content; records are immutable`,
      'key'
    )
  }
  return { ref, sha256 }
}

export async function getRecord<T = unknown>(store: BlobStore, ref: string): Promise<T> {
  if (!/^records\/[^/]+\/[^/]+\.json$/.test(ref)) {
    throw new ConfigurationError(
      `"${ref}" is not a record reference (records/<kind>/<key>.json)`,
      'ref'
    )
  }
  try {
    return JSON.parse((await readBytes(store, ref)).toString('utf8')) as T
  } catch (error) {
    if (error instanceof BlobNotFoundError) {
      throw new ConfigurationError(`Record ${ref} does not exist in ${store.location}`, 'ref')
    }
    throw error
  }
}

/** sha256 of a record's bytes as putRecord stores them: what a holder of the body checks it against. */
export function recordSha256(body: unknown): string {
  return sha256Hex(recordBytes(body))
}

function recordBytes(body: unknown): Buffer {
  return Buffer.from(`${canonicalJson(body)}\n`, 'utf8')
}

/** Sorted keys so equal values always produce equal bytes and therefore equal addresses. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0
          )
        )
      : inner
  )
}
