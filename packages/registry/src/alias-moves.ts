import { ConfigurationError } from '@ml-actions/core/errors'
import type { BlobStore } from './blob-store.js'
import { ALIAS_ENTRY_KIND, appendAliasEntry, readAliasHead, type AliasEntry } from './alias-log.js'
import { probeConditionalWrites } from './conditional-write-probe.js'
import { ConcurrencyError } from './errors.js'
import { appendEvent } from './registry-events.js'
import { requireManifest } from './version-catalog.js'

export interface AliasMoveOptions {
  /**
   * The version the caller believes the alias points to now (null: the alias must not exist yet).
   * When given, any other current value fails with `ConcurrencyError` instead of being
   * overwritten. When omitted, the move still cannot interleave with another, but whatever is
   * current gets replaced.
   */
  expect?: number | null
  actor?: string
  reason?: string
  decisionRef?: string
  runUrl?: string
}

export interface RollbackOptions extends Omit<AliasMoveOptions, 'expect'> {
  /** Version to return to; default: the version the current log entry replaced. */
  to?: number
  /** The version the caller saw as current; a different current value fails with `ConcurrencyError`. */
  expect?: number
}

export interface AliasMoveContext {
  store: BlobStore
  allowUnsafeAliases: boolean
  now: () => Date
}

const UNCONDITIONAL_RETRIES = 10

export async function assertAliasWritesSafe(context: AliasMoveContext): Promise<void> {
  if (context.allowUnsafeAliases) return
  const probe = await probeConditionalWrites(context.store)
  if (!probe.honoursPreconditions) {
    throw new ConfigurationError(
      `The registry store ${context.store.location} ignores create-only preconditions (If-None-Match: *), ` +
        'so two concurrent alias moves could both succeed. Use a store with conditional writes (AWS S3, MinIO, R2, a directory), ' +
        'or set allowUnsafeAliases (--allow-unsafe-aliases) if only one writer can ever move aliases.',
      'allow-unsafe-aliases'
    )
  }
}

export async function moveAlias(
  context: AliasMoveContext,
  name: string,
  alias: string,
  version: number,
  action: AliasEntry['action'],
  options: AliasMoveOptions
): Promise<AliasEntry> {
  await assertAliasWritesSafe(context)
  await requireManifest(context.store, name, version)
  for (let attempt = 0; attempt < UNCONDITIONAL_RETRIES; attempt++) {
    const head = await readAliasHead(context.store, name, alias)
    const current = head?.version ?? null
    if (options.expect !== undefined && options.expect !== current) {
      throw staleExpectation(name, alias, options.expect, current)
    }
    const entry: AliasEntry = {
      schemaVersion: 1,
      kind: ALIAS_ENTRY_KIND,
      model: name,
      alias,
      seq: (head?.seq ?? 0) + 1,
      action,
      version,
      previousVersion: current,
      actor: options.actor ?? 'unknown',
      ...(options.reason ? { reason: options.reason } : {}),
      ...(options.decisionRef ? { decisionRef: options.decisionRef } : {}),
      ...(options.runUrl ? { runUrl: options.runUrl } : {}),
      time: context.now().toISOString()
    }
    if (await appendAliasEntry(context.store, entry)) {
      await appendEvent(context.store, {
        schemaVersion: 1,
        kind: 'ml-actions/registry-event',
        type: action,
        model: name,
        version,
        alias,
        previousVersion: current,
        actor: entry.actor,
        time: entry.time,
        ...(options.runUrl ? { runUrl: options.runUrl } : {})
      })
      return entry
    }
    if (options.expect !== undefined) {
      const winner = await readAliasHead(context.store, name, alias)
      throw new ConcurrencyError(
        `Another writer moved ${name}@${alias} first (now version ${String(winner?.version ?? null)}, ` +
          `seq ${String(winner?.seq)}); re-read it and re-evaluate before promoting again`,
        name,
        alias,
        options.expect,
        winner?.version ?? null
      )
    }
  }
  throw new ConcurrencyError(
    `Could not move ${name}@${alias}: it kept changing under ${UNCONDITIONAL_RETRIES} attempts`,
    name,
    alias,
    undefined,
    (await readAliasHead(context.store, name, alias))?.version ?? null
  )
}

export async function rollbackAlias(
  context: AliasMoveContext,
  name: string,
  alias: string,
  options: RollbackOptions
): Promise<AliasEntry> {
  const head = await readAliasHead(context.store, name, alias)
  if (!head) {
    throw new ConfigurationError(
      `Alias ${name}@${alias} has never been set; there is nothing to roll back`,
      'alias'
    )
  }
  if (options.expect !== undefined && options.expect !== head.version) {
    throw staleExpectation(name, alias, options.expect, head.version)
  }
  const target = options.to ?? head.previousVersion
  if (target === null) {
    throw new ConfigurationError(
      `Alias ${name}@${alias} has no previous version to roll back to; name one with "to"`,
      'to'
    )
  }
  if (target === head.version) {
    throw new ConfigurationError(`Alias ${name}@${alias} already points to version ${target}`, 'to')
  }
  return moveAlias(context, name, alias, target, 'rollback', { ...options, expect: head.version })
}

function staleExpectation(
  name: string,
  alias: string,
  expected: number | null,
  actual: number | null
): ConcurrencyError {
  const describe = (value: number | null) => (value === null ? 'unset' : `version ${value}`)
  return new ConcurrencyError(
    `${name}@${alias} is ${describe(actual)}, not ${describe(expected)} as expected; ` +
      're-read it and re-evaluate before promoting',
    name,
    alias,
    expected,
    actual
  )
}
