import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

export const repoRoot = new URL('../../', import.meta.url).pathname

export interface ActionInputMetadata {
  description: string
  required?: boolean
  default?: string
  deprecationMessage?: string
}

export interface ActionMetadata {
  name: string
  description: string
  inputs: Record<string, ActionInputMetadata>
  outputs: Record<string, { description: string }>
  runs: { using: string; main?: string; steps?: unknown[] }
}

export function actionNames(): string[] {
  return readdirSync(join(repoRoot, 'actions')).filter((name) =>
    existsSync(join(repoRoot, 'actions', name, 'action.yml'))
  )
}

/** The bundle of the root action (action.yml at the top, `uses: org/ml-actions@v1`). */
export const ROOT_ACTION_BUNDLE = 'pipeline'

export function readActionMetadata(name: string): ActionMetadata {
  const file =
    name === ROOT_ACTION_BUNDLE
      ? join(repoRoot, 'action.yml')
      : join(repoRoot, 'actions', name, 'action.yml')
  const text = readFileSync(file, 'utf8')
  const metadata = parse(text) as ActionMetadata
  return { ...metadata, inputs: metadata.inputs ?? {}, outputs: metadata.outputs ?? {} }
}
