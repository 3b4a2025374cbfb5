import { ConfigurationError } from '@ml-actions/core/errors'

/** Names become key segments on disk and in S3, so they are kept to a portable grammar. */
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/
export const LATEST_ALIAS = 'latest'
const ALIAS_SEQUENCE_DIGITS = 12

export function assertModelName(name: string, input = 'name'): void {
  if (!NAME_PATTERN.test(name)) {
    throw new ConfigurationError(
      `Model name "${name}" is invalid: use letters, digits, ".", "_" and "-" (at most 128, starting with a letter or digit)`,
      input
    )
  }
}

export function assertAliasName(alias: string, input = 'alias'): void {
  if (!NAME_PATTERN.test(alias) || /^\d+$/.test(alias)) {
    throw new ConfigurationError(
      `Alias "${alias}" is invalid: use letters, digits, ".", "_" and "-", not only digits`,
      input
    )
  }
  if (alias === LATEST_ALIAS) {
    throw new ConfigurationError(
      `Alias "${LATEST_ALIAS}" is reserved: it always means the newest version`,
      input
    )
  }
}

export function assertVersionNumber(version: number, input = 'version'): void {
  if (!Number.isSafeInteger(version) || version < 1) {
    throw new ConfigurationError(
      `Version "${version}" is invalid: versions are integers from 1`,
      input
    )
  }
}

export const MODELS_PREFIX = 'models/'
export const BLOBS_PREFIX = 'blobs/sha256/'

export const layout = {
  model: (name: string) => `${MODELS_PREFIX}${name}/`,
  versions: (name: string) => `${MODELS_PREFIX}${name}/versions/`,
  claim: (name: string, version: number) =>
    `${MODELS_PREFIX}${name}/versions/${version}/claim.json`,
  manifest: (name: string, version: number) =>
    `${MODELS_PREFIX}${name}/versions/${version}/manifest.json`,
  aliases: (name: string) => `${MODELS_PREFIX}${name}/aliases/`,
  aliasLog: (name: string, alias: string) => `${MODELS_PREFIX}${name}/aliases/${alias}/`,
  aliasEntry: (name: string, alias: string, seq: number) =>
    `${MODELS_PREFIX}${name}/aliases/${alias}/${String(seq).padStart(ALIAS_SEQUENCE_DIGITS, '0')}.json`,
  events: (name: string) => `${MODELS_PREFIX}${name}/events/`,
  idempotency: (name: string, token: string) => `${MODELS_PREFIX}${name}/idempotency/${token}.json`,
  blob: (sha256: string) => `${BLOBS_PREFIX}${sha256.slice(0, 2)}/${sha256}`,
  records: (kind: string) => `records/${kind}/`
}

/** `models/<name>/versions/<n>/<file>` → `{ version: n, file }`, or null for any other key. */
export function parseVersionKey(
  name: string,
  key: string
): { version: number; file: string } | null {
  const prefix = layout.versions(name)
  if (!key.startsWith(prefix)) return null
  const match = /^(\d+)\/([^/]+)$/.exec(key.slice(prefix.length))
  if (!match?.[1] || !match[2]) return null
  return { version: Number(match[1]), file: match[2] }
}

export function parseAliasSequence(key: string): number | null {
  const match = /\/(\d+)\.json$/.exec(key)
  return match?.[1] ? Number(match[1]) : null
}

export function parseBlobKey(key: string): string | null {
  const match = /^blobs\/sha256\/[0-9a-f]{2}\/([0-9a-f]{64})$/.exec(key)
  return match?.[1] ?? null
}
