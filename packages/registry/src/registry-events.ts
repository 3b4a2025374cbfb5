import { randomUUID } from 'node:crypto'
import { jsonBytes, readJson, type BlobStore } from './blob-store.js'
import { layout } from './layout.js'

export interface RegistryEvent {
  schemaVersion: 1
  kind: 'ml-actions/registry-event'
  type: 'register' | 'promote' | 'rollback'
  model: string
  version: number
  alias?: string
  previousVersion?: number | null
  actor?: string
  time: string
  runUrl?: string
}

/**
 * An append-only outbox: names sort by time and a random suffix keeps two writers in the same
 * millisecond apart, so no coordination is needed.
 */
export async function appendEvent(store: BlobStore, event: RegistryEvent): Promise<string> {
  const stamp = event.time.replace(/[-:]/g, '')
  const key = `${layout.events(event.model)}${stamp}-${randomUUID().slice(0, 8)}.json`
  await store.putIfAbsent(key, jsonBytes(event))
  return key
}

/** Oldest first. */
export async function readEvents(store: BlobStore, name: string): Promise<RegistryEvent[]> {
  const keys: string[] = []
  for await (const info of store.list(layout.events(name))) keys.push(info.key)
  keys.sort()
  return Promise.all(keys.map((key) => readJson<RegistryEvent>(store, key)))
}
