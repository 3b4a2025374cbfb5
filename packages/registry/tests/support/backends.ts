import { mkdtempSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { BlobStore } from '../../src/blob-store.js'
import { LocalDirectoryStore } from '../../src/local-directory-store.js'
import type { S3BlobStore } from '../../src/s3-store.js'
import {
  startS3TestServer,
  testS3Store,
  uniquePrefix,
  type S3TestServer
} from './s3-test-server.js'

/** One backend under test; every `newStore()` is an empty, isolated registry root. */
export interface BackendFixture {
  name: string
  setUp(): Promise<void>
  tearDown(): Promise<void>
  newStore(): BlobStore
  /** Another store instance on the same root, as a second process would open it. */
  reopen(store: BlobStore): BlobStore
}

export function localBackend(): BackendFixture {
  const roots: string[] = []
  return {
    name: 'local directory',
    async setUp() {},
    async tearDown() {
      await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })))
    },
    newStore() {
      const root = mkdtempSync(path.join(os.tmpdir(), 'registry-local-'))
      roots.push(root)
      return new LocalDirectoryStore(root)
    },
    reopen(store) {
      return new LocalDirectoryStore((store as LocalDirectoryStore).root)
    }
  }
}

/** s3rver behind a proxy that emulates `If-None-Match: *` (s3rver alone ignores it). */
export function s3Backend(): BackendFixture & { server(): S3TestServer } {
  let server: S3TestServer | undefined
  const requireServer = () => {
    if (!server) throw new Error('S3 test server not started')
    return server
  }
  return {
    name: 's3 (s3rver)',
    async setUp() {
      server = await startS3TestServer()
    },
    async tearDown() {
      await server?.close()
    },
    newStore() {
      return testS3Store(requireServer().proxiedEndpoint, uniquePrefix('suite'))
    },
    reopen(store) {
      return testS3Store(requireServer().proxiedEndpoint, (store as S3BlobStore).prefix)
    },
    server: requireServer
  }
}
