import { join } from 'node:path'
import type { ActionDefinition, InputSpec } from '@ml-actions/action-kit'
import { repoRoot } from './action-metadata.js'

export type AnyActionDefinition = ActionDefinition<InputSpec, string>

/**
 * The defineAction() object of an action: `actions/<name>/src/definition.ts`, or for the root action
 * (`name` undefined) `src/pipeline/definition.ts`.
 */
export async function loadDefinition(name?: string): Promise<AnyActionDefinition> {
  const file =
    name === undefined
      ? join(repoRoot, 'src', 'pipeline', 'definition.ts')
      : join(repoRoot, 'actions', name, 'src', 'definition.ts')
  const module = (await import(file)) as Record<string, unknown>
  const expected = name ?? 'ml-actions'
  const found = Object.values(module).find(
    (value): value is AnyActionDefinition =>
      typeof value === 'object' && value !== null && (value as { name?: unknown }).name === expected
  )
  if (!found) throw new Error(`${file} exports no definition named ${expected}`)
  return found
}
