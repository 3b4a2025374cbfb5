import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ConfigurationError } from '@ml-actions/core/errors'
import type { BlobStore } from './blob-store.js'
import { DeferredBlobStore } from './deferred-blob-store.js'
import { gcsLocationUri, gcsStoreOptions, parseGcsUri } from './gcs-location.js'
import { LocalDirectoryStore } from './local-directory-store.js'
import { parseS3Uri, s3LocationUri } from './s3-location.js'
import type { S3StoreOptions } from './s3-store.js'

export const DEFAULT_REGISTRY_DIRECTORY = '.ml-registry'

export interface OpenStoreOptions {
  /** Base for relative directory paths. */
  cwd?: string
  s3?: S3StoreOptions
}

/**
 * `file:///abs/path`, a bare path, `s3://bucket/prefix`, `gs://bucket/prefix` (Google Cloud Storage
 * through its S3-compatible XML API), or nothing for `./.ml-registry`.
 */
export function openStore(uri: string | undefined, options: OpenStoreOptions = {}): BlobStore {
  const cwd = options.cwd ?? process.cwd()
  const trimmed = uri?.trim() ?? ''
  if (trimmed === '') return new LocalDirectoryStore(path.resolve(cwd, DEFAULT_REGISTRY_DIRECTORY))
  if (trimmed.startsWith('s3://')) {
    const location = parseS3Uri(trimmed)
    return new DeferredBlobStore(s3LocationUri(location), async () => {
      const { S3BlobStore } = await import('./s3-store.js')
      return new S3BlobStore(location.bucket, location.prefix, options.s3)
    })
  }
  if (trimmed.startsWith('gs://')) {
    const location = parseGcsUri(trimmed)
    const uri = gcsLocationUri(location)
    return new DeferredBlobStore(uri, async () => {
      const { S3BlobStore } = await import('./s3-store.js')
      return new S3BlobStore(location.bucket, location.prefix, {
        ...gcsStoreOptions(options.s3),
        location: uri
      })
    })
  }
  if (trimmed.startsWith('file:')) {
    let directory: string
    try {
      directory = fileURLToPath(trimmed)
    } catch (error) {
      throw new ConfigurationError(
        `Registry URI "${trimmed}" is not a valid file URL (use file:///absolute/path): ${(error as Error).message}`,
        'registry'
      )
    }
    return new LocalDirectoryStore(directory)
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
    throw new ConfigurationError(
      `Registry URI "${trimmed}" has an unsupported scheme; use file:///path, a directory path, s3://bucket/prefix or gs://bucket/prefix`,
      'registry'
    )
  }
  return new LocalDirectoryStore(path.resolve(cwd, trimmed))
}
