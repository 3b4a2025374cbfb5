/**
 * Another writer moved the alias first, or the caller's `expect` was stale. The caller should
 * re-read the current value and re-evaluate its decision (the baseline changed) before retrying.
 */
export class ConcurrencyError extends Error {
  override readonly name = 'ConcurrencyError'
  constructor(
    message: string,
    readonly model: string,
    readonly alias: string,
    readonly expected: number | null | undefined,
    readonly actual: number | null
  ) {
    super(message)
  }
}

/** Stored bytes do not match the digest or size the manifest recorded: corruption or tampering. */
export class IntegrityError extends Error {
  override readonly name = 'IntegrityError'
  constructor(
    message: string,
    readonly file: string
  ) {
    super(message)
  }
}

/** A key the caller expected is absent from the store. */
export class BlobNotFoundError extends Error {
  override readonly name = 'BlobNotFoundError'
  constructor(readonly key: string) {
    super(`Not found in the registry store: ${key}`)
  }
}
