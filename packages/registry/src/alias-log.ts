import { jsonBytes, readJson, type BlobStore } from './blob-store.js'
import { layout, parseAliasSequence } from './layout.js'

export const ALIAS_ENTRY_KIND = 'ml-actions/alias-move'

export interface AliasEntry {
  schemaVersion: 1
  kind: typeof ALIAS_ENTRY_KIND
  model: string
  alias: string
  /** Position in the log; the entry with the highest seq is the alias's current value. */
  seq: number
  action: 'promote' | 'rollback'
  version: number
  previousVersion: number | null
  actor: string
  reason?: string
  /** Reference of the decision record (e.g. a deploy-gate verdict) that justified the move. */
  decisionRef?: string
  runUrl?: string
  time: string
}

async function aliasEntryKeys(store: BlobStore, name: string, alias: string): Promise<string[]> {
  const keys: string[] = []
  for await (const info of store.list(layout.aliasLog(name, alias))) {
    if (parseAliasSequence(info.key) !== null) keys.push(info.key)
  }
  return keys.sort()
}

export async function readAliasHead(
  store: BlobStore,
  name: string,
  alias: string
): Promise<AliasEntry | null> {
  const keys = await aliasEntryKeys(store, name, alias)
  const last = keys.at(-1)
  return last ? readJson<AliasEntry>(store, last) : null
}

/** Oldest first. */
export async function readAliasLog(
  store: BlobStore,
  name: string,
  alias: string
): Promise<AliasEntry[]> {
  const keys = await aliasEntryKeys(store, name, alias)
  return Promise.all(keys.map((key) => readJson<AliasEntry>(store, key)))
}

/** The compare-and-swap: claiming `seq` succeeds for exactly one writer. */
export function appendAliasEntry(store: BlobStore, entry: AliasEntry): Promise<boolean> {
  return store.putIfAbsent(layout.aliasEntry(entry.model, entry.alias, entry.seq), jsonBytes(entry))
}

export async function listAliasNames(store: BlobStore, name: string): Promise<string[]> {
  const prefix = layout.aliases(name)
  const aliases = new Set<string>()
  for await (const info of store.list(prefix)) {
    const alias = info.key.slice(prefix.length).split('/')[0]
    if (alias) aliases.add(alias)
  }
  return [...aliases].sort()
}
