import { ConfigurationError } from '@ml-actions/core/errors'
import { assertModelName, LATEST_ALIAS } from './layout.js'

export type ModelRef = { name: string; version: number } | { name: string; alias: string }

/** `name@alias`, `name@latest`, `name/7`, `name:7`, or a bare `name` (= latest). */
export function parseModelRef(ref: string, input = 'ref'): ModelRef {
  const trimmed = ref.trim()
  const versioned = /^([^@/:]+)[/:](\d+)$/.exec(trimmed)
  if (versioned?.[1] && versioned[2]) {
    assertModelName(versioned[1], input)
    const version = Number(versioned[2])
    if (!Number.isSafeInteger(version) || version < 1) {
      throw new ConfigurationError(`Model reference "${ref}" has an invalid version`, input)
    }
    return { name: versioned[1], version }
  }
  const aliased = /^([^@/:]+)(?:@([^@/:]+))?$/.exec(trimmed)
  if (!aliased?.[1]) {
    throw new ConfigurationError(
      `Model reference "${ref}" is not understood: use name, name@alias, name@latest or name/<version>`,
      input
    )
  }
  assertModelName(aliased[1], input)
  return { name: aliased[1], alias: aliased[2] ?? LATEST_ALIAS }
}

export function formatVersionRef(name: string, version: number): string {
  return `${name}/${version}`
}
