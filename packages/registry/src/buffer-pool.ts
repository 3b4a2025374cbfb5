/**
 * Buffers handed back once their bytes are used up (hashed, or acknowledged by the server), so that
 * moving a large file through fixed-size chunks reuses a handful of buffers instead of allocating
 * the whole file anew: garbage chunks otherwise pile up between collections and set peak memory.
 */
export class BufferPool {
  private readonly free: Buffer[] = []
  private readonly issued = new WeakSet<Buffer>()

  constructor(private readonly capacity = 8) {}

  take(size: number): Buffer {
    const index = this.free.findIndex((buffer) => buffer.length === size)
    if (index !== -1) return this.free.splice(index, 1)[0] as Buffer
    const buffer = Buffer.allocUnsafe(size)
    this.issued.add(buffer)
    return buffer
  }

  /**
   * Only a buffer this pool issued is kept: anything else (a caller's bytes, a view of them) may
   * still be in use by its owner, and handing it out again would overwrite it.
   */
  give(buffer: Buffer): void {
    if (!this.issued.has(buffer) || this.free.includes(buffer)) return
    if (this.free.length < this.capacity) this.free.push(buffer)
  }
}
