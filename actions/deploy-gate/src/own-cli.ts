import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

/**
 * The start script of the ml-actions CLI this step runs from, for deploy commands that use it
 * (`node "$ML_ACTIONS_CLI" serve …`, as the example's serve-local.sh does): on a runner the step is
 * `dist/<name>/index.js` of the action's checkout, from the command line `bin/ml-actions.js`; both
 * sit beside `dist/cli/index.js`. Undefined when neither layout holds (the sources under jest).
 */
export function ownCliPath(script: string | undefined): string | undefined {
  if (!script) return undefined
  const here = dirname(resolve(script))
  for (const candidate of [
    join(here, '..', 'cli', 'index.js'),
    join(here, '..', 'dist', 'cli', 'index.js')
  ])
    if (existsSync(candidate)) return resolve(candidate)
  return undefined
}

/** The commands' environment: the step's, with ML_ACTIONS_CLI named unless the workflow set it. */
export function withOwnCli(
  env: Readonly<Record<string, string | undefined>>,
  script: string | undefined
): Readonly<Record<string, string | undefined>> {
  if (env.ML_ACTIONS_CLI) return env
  const cli = ownCliPath(script)
  return cli ? { ...env, ML_ACTIONS_CLI: cli } : env
}
