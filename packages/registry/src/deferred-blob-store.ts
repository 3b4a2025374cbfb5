import type { Readable } from 'node:stream'
import type { BlobBody, BlobInfo, BlobStore, PutOptions } from './blob-store.js'

/**
 * A store whose implementation is loaded on its first operation. The S3 backend is opened this
 * way: the AWS SDK is most of a bundle's start-up cost, and a step that never reaches the
 * registry (a missing input, a local-directory registry) should not pay it.
 */
export class DeferredBlobStore implements BlobStore {
  private loaded: Promise<BlobStore> | undefined

  constructor(
    readonly location: string,
    private readonly load: () => Promise<BlobStore>
  ) {}

  private store(): Promise<BlobStore> {
    this.loaded ??= this.load()
    return this.loaded
  }

  async putIfAbsent(key: string, body: Buffer): Promise<boolean> {
    return (await this.store()).putIfAbsent(key, body)
  }

  async put(key: string, body: BlobBody, options?: PutOptions): Promise<void> {
    return (await this.store()).put(key, body, options)
  }

  async getStream(key: string): Promise<Readable> {
    return (await this.store()).getStream(key)
  }

  async head(key: string): Promise<BlobInfo | null> {
    return (await this.store()).head(key)
  }

  async *list(prefix: string): AsyncIterable<BlobInfo> {
    yield* (await this.store()).list(prefix)
  }

  async delete(key: string): Promise<void> {
    return (await this.store()).delete(key)
  }

  async sweepInterruptedWrites(olderThanMs: number, dryRun: boolean): Promise<string[]> {
    return (await (await this.store()).sweepInterruptedWrites?.(olderThanMs, dryRun)) ?? []
  }
}
