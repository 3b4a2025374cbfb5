import { ciRunFromEnv, needsGitCheckout, type CiRun } from './ci-run.js'
import { readGitCheckout } from './git-checkout.js'

export {
  CI_PROVIDERS,
  ciProviderOf,
  ciRunFromEnv,
  needsGitCheckout,
  type ChangeRequest,
  type CiProvider,
  type CiRun
} from './ci-run.js'
export { readGitCheckout, type GitCheckout } from './git-checkout.js'
export { forgeOf, repositoryFromUrl, type RepositoryLocation } from './repository-url.js'

type Environment = Readonly<Record<string, string | undefined>>

// One answer per environment and folder: every step of a pipeline asks, git is asked once.
const detected = new WeakMap<Environment, Map<string, Promise<CiRun>>>()

/** The CI run this process belongs to, with git asked for what the CI's variables leave out. */
export function detectCiRun(env: Environment, cwd: string): Promise<CiRun> {
  const fromEnv = ciRunFromEnv(env)
  if (!needsGitCheckout(fromEnv)) return Promise.resolve(fromEnv)
  let byFolder = detected.get(env)
  if (!byFolder) detected.set(env, (byFolder = new Map()))
  let run = byFolder.get(cwd)
  if (!run) {
    run = readGitCheckout(cwd).then((git) => ciRunFromEnv(env, git))
    byFolder.set(cwd, run)
  }
  return run
}
