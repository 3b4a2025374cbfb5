import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The inputs' descriptions from an action.yml next to this code: the checkout's (src/cli or dist/lib)
 * or the npm package's, which carries the action.yml files. Empty when none is found: the help then
 * lists the options without them.
 */
export async function actionInputDescriptions(actionFile: string): Promise<Record<string, string>> {
  let directory = dirname(fileURLToPath(import.meta.url))
  for (let depth = 0; depth < 4; depth++, directory = dirname(directory)) {
    const path = join(directory, actionFile)
    if (!existsSync(path)) continue
    // Only --help reads the YAML; no command run pays for the parser.
    const { parse } = await import('yaml')
    const metadata = parse(await readFile(path, 'utf8')) as {
      inputs?: Record<string, { description?: string }>
    }
    return Object.fromEntries(
      Object.entries(metadata.inputs ?? {}).map(([name, spec]) => [name, spec.description ?? ''])
    )
  }
  return {}
}
