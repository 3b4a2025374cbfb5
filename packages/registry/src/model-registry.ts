import { ConfigurationError } from '@ml-actions/core/errors'
import type { BlobStore } from './blob-store.js'
import { listAliasNames, readAliasHead, readAliasLog, type AliasEntry } from './alias-log.js'
import {
  assertAliasWritesSafe,
  moveAlias,
  rollbackAlias,
  type AliasMoveContext,
  type AliasMoveOptions,
  type RollbackOptions
} from './alias-moves.js'
import type { GcOptions, GcReport } from './garbage-collection.js'
import { getRecord, putRecord, type PutRecordOptions, type RecordRef } from './immutable-records.js'
import type { VerifyReport } from './integrity-check.js'
import { assertAliasName, assertModelName, assertVersionNumber, LATEST_ALIAS } from './layout.js'
import type { Manifest } from './manifest.js'
import type { ModelFileSource } from './model-files.js'
import { parseModelRef } from './model-ref.js'
import type { RegisterOptions, RegisterResult } from './registration.js'
import { readEvents, type RegistryEvent } from './registry-events.js'
import { openStore, type OpenStoreOptions } from './store-uri.js'
import type { CheckoutOptions, CheckoutResult } from './model-checkout.js'
import type { DownloadResult } from './version-download.js'
import type { VersionPredictions } from './version-predictions.js'
import { listModelNames, requireManifest, scanVersions } from './version-catalog.js'

export interface ModelRegistryOptions {
  /** Permit alias moves on a store whose probe showed it ignores create-only preconditions. */
  allowUnsafeAliases?: boolean
  /** Injected clock for timestamps and gc ages. */
  now?: () => Date
}

export interface OpenRegistryOptions extends ModelRegistryOptions, OpenStoreOptions {}

export interface ResolvedModel {
  name: string
  version: number
  /** Set when the reference went through an alias (including `latest`). */
  alias?: string
  manifest: Manifest
}

export interface ModelSummary {
  name: string
  versions: number[]
  latest: number | null
  aliases: Record<string, number>
}

export class ModelRegistry {
  private readonly aliasContext: AliasMoveContext
  private readonly now: () => Date

  constructor(
    readonly store: BlobStore,
    options: ModelRegistryOptions = {}
  ) {
    this.now = options.now ?? (() => new Date())
    this.aliasContext = {
      store,
      allowUnsafeAliases: options.allowUnsafeAliases ?? false,
      now: this.now
    }
  }

  /** `file:///abs`, a directory path, `s3://bucket/prefix`, or nothing for `./.ml-registry`. */
  static open(uri?: string, options: OpenRegistryOptions = {}): ModelRegistry {
    return new ModelRegistry(openStore(uri, options), options)
  }

  get location(): string {
    return this.store.location
  }

  async register(
    name: string,
    files: readonly ModelFileSource[],
    options: RegisterOptions = {}
  ): Promise<RegisterResult> {
    assertModelName(name)
    // Register, download, verify and gc each load their code on first use: a registry user needs
    // one or two of them (a gate none), and together they are a good part of a bundle's start-up.
    const { registerModelVersion } = await import('./registration.js')
    return registerModelVersion(this.store, name, files, options, this.now)
  }

  async get(name: string, version: number): Promise<Manifest> {
    assertModelName(name)
    assertVersionNumber(version)
    return requireManifest(this.store, name, version)
  }

  async resolve(ref: string): Promise<ResolvedModel> {
    const parsed = parseModelRef(ref)
    if ('version' in parsed) {
      const manifest = await requireManifest(this.store, parsed.name, parsed.version, 'ref')
      return { name: parsed.name, version: parsed.version, manifest }
    }
    const { name, alias } = parsed
    let version: number | undefined
    if (alias === LATEST_ALIAS) {
      version = (await scanVersions(this.store, name)).committed.at(-1)
      if (version === undefined) {
        throw new ConfigurationError(
          `Model "${name}" has no versions in the registry ${this.location}`,
          'ref'
        )
      }
    } else {
      const head = await readAliasHead(this.store, name, alias)
      if (!head) {
        throw new ConfigurationError(
          `Alias ${name}@${alias} is not set in the registry ${this.location}`,
          'ref'
        )
      }
      version = head.version
    }
    const manifest = await requireManifest(this.store, name, version, 'ref')
    return { name, version, alias, manifest }
  }

  async list(): Promise<ModelSummary[]> {
    const summaries: ModelSummary[] = []
    for (const name of await listModelNames(this.store)) {
      const versions = await this.listVersions(name)
      summaries.push({
        name,
        versions,
        latest: versions.at(-1) ?? null,
        aliases: await this.aliases(name)
      })
    }
    return summaries.filter((summary) => summary.versions.length > 0)
  }

  /** Committed versions, ascending; claims still uploading (or abandoned) are not listed. */
  async listVersions(name: string): Promise<number[]> {
    assertModelName(name)
    return (await scanVersions(this.store, name)).committed
  }

  async download(name: string, version: number, destination: string): Promise<DownloadResult> {
    const { downloadVersion } = await import('./version-download.js')
    return downloadVersion(this.store, await this.get(name, version), destination)
  }

  /** The evaluation predictions registered with a version, verified; undefined when it has none. */
  async predictions(manifest: Manifest): Promise<VersionPredictions | undefined> {
    const { readVersionPredictions } = await import('./version-predictions.js')
    return readVersionPredictions(this.store, manifest)
  }

  /**
   * `name@alias`, `name/7` or `name@latest` into `destination`, verified, with its manifest
   * beside the files; refuses a non-empty directory unless `force`.
   */
  async checkout(
    ref: string,
    destination: string,
    options: CheckoutOptions = {}
  ): Promise<CheckoutResult & { alias?: string }> {
    const resolved = await this.resolve(ref)
    const { checkoutVersion } = await import('./model-checkout.js')
    const result = await checkoutVersion(this.store, resolved.manifest, destination, options)
    return { ...result, ...(resolved.alias ? { alias: resolved.alias } : {}) }
  }

  async promote(
    name: string,
    alias: string,
    version: number,
    options: AliasMoveOptions = {}
  ): Promise<AliasEntry> {
    assertModelName(name)
    assertAliasName(alias)
    assertVersionNumber(version)
    if (options.expect !== undefined && options.expect !== null)
      assertVersionNumber(options.expect, 'expect')
    return moveAlias(this.aliasContext, name, alias, version, 'promote', options)
  }

  /**
   * Runs the conditional-write probe now (it otherwise runs before the first alias move), so a
   * caller can refuse to start long work whose result it could not promote safely.
   */
  async assertAliasMovesSafe(): Promise<void> {
    await assertAliasWritesSafe(this.aliasContext)
  }

  async rollback(name: string, alias: string, options: RollbackOptions = {}): Promise<AliasEntry> {
    assertModelName(name)
    assertAliasName(alias)
    if (options.to !== undefined) assertVersionNumber(options.to, 'to')
    return rollbackAlias(this.aliasContext, name, alias, options)
  }

  /** Newest first. */
  async history(name: string, alias: string): Promise<AliasEntry[]> {
    assertModelName(name)
    assertAliasName(alias)
    return (await readAliasLog(this.store, name, alias)).reverse()
  }

  async aliases(name: string): Promise<Record<string, number>> {
    assertModelName(name)
    const current: Record<string, number> = {}
    for (const alias of await listAliasNames(this.store, name)) {
      const head = await readAliasHead(this.store, name, alias)
      if (head) current[alias] = head.version
    }
    return current
  }

  async events(name: string): Promise<RegistryEvent[]> {
    assertModelName(name)
    return readEvents(this.store, name)
  }

  async verify(name?: string): Promise<VerifyReport> {
    if (name !== undefined) assertModelName(name)
    const { verifyRegistry } = await import('./integrity-check.js')
    return verifyRegistry(this.store, name)
  }

  async gc(options: GcOptions = {}): Promise<GcReport> {
    const { collectGarbage } = await import('./garbage-collection.js')
    return collectGarbage(this.store, options, this.now)
  }

  async putRecord(kind: string, body: unknown, options: PutRecordOptions = {}): Promise<RecordRef> {
    return putRecord(this.store, kind, body, options)
  }

  async getRecord<T = unknown>(ref: string): Promise<T> {
    return getRecord<T>(this.store, ref)
  }
}
