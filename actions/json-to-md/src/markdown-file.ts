import { mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

type Env = Readonly<Record<string, string | undefined>>

/**
 * Where the markdown goes when `output-file` is empty: RUNNER_TEMP, one file per step (GITHUB_ACTION
 * is the step's id), so two json-to-md steps in one job do not overwrite each other's file.
 */
export function defaultMarkdownPath(env: Env): string {
  const step = (env.GITHUB_ACTION || 'results').replace(/[^A-Za-z0-9._-]/g, '_')
  return join(env.RUNNER_TEMP || tmpdir(), 'ml-actions', `json-to-md-${step}.md`)
}

/** Writes the markdown and returns the absolute path written. */
export async function writeMarkdownFile(
  path: string,
  markdown: string,
  cwd: string
): Promise<string> {
  const absolute = resolve(cwd, path)
  await mkdir(dirname(absolute), { recursive: true })
  await writeFile(absolute, markdown, 'utf8')
  return absolute
}
