import { randomUUID } from 'node:crypto'
import type { BlobStore } from './blob-store.js'

export interface ConditionalWriteProbe {
  /** True when a second create-only write of the same key was refused, as it must be. */
  honoursPreconditions: boolean
  probedAt: string
}

const probes = new WeakMap<BlobStore, Promise<ConditionalWriteProbe>>()

/**
 * Some S3-compatible servers (s3rver, older gateways) accept `If-None-Match: *` and overwrite
 * anyway, which would let two promoters both "win". Writing one key twice reveals that; the
 * result is cached per store instance because it costs three requests.
 */
export function probeConditionalWrites(store: BlobStore): Promise<ConditionalWriteProbe> {
  let probe = probes.get(store)
  if (!probe) {
    probe = runProbe(store)
    probes.set(store, probe)
    probe.catch(() => probes.delete(store))
  }
  return probe
}

async function runProbe(store: BlobStore): Promise<ConditionalWriteProbe> {
  const key = `_probe/conditional-write/${randomUUID()}.json`
  const body = Buffer.from(JSON.stringify({ probe: 'create-only', at: new Date().toISOString() }))
  try {
    const first = await store.putIfAbsent(key, body)
    const second = await store.putIfAbsent(key, body)
    return { honoursPreconditions: first && !second, probedAt: new Date().toISOString() }
  } finally {
    await store.delete(key).catch(() => undefined)
  }
}
