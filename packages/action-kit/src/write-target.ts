import { realpath } from 'node:fs/promises'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import { ConfigurationError } from '@ml-actions/core/errors'
import type { ActionContext } from './action-definition.js'
import { input } from './input-spec.js'

/** The input that lets a workflow author write a file outside the workspace and RUNNER_TEMP. */
export const ALLOW_WRITES_OUTSIDE_WORKSPACE = 'allow-writes-outside-workspace'

/** The opt-out input of an action whose path input `pathInput` names a file it writes. */
export function writeConfinementInputs(pathInput: string) {
  return {
    [ALLOW_WRITES_OUTSIDE_WORKSPACE]: input.boolean({
      default: 'false',
      description:
        `Let \`${pathInput}\` point outside the workspace and RUNNER_TEMP (after symlinks are resolved). ` +
        'Off by default, so `../../etc/passwd` or a committed symlink is refused; paths from a config file are always confined.'
    })
  }
}

export interface WriteTargetOptions {
  /** The input (or config key) the path came from, named in the refusal. */
  readonly input: string
  /** True only for a path a workflow author wrote and opted out for; never for one read from a file. */
  readonly allowOutside: boolean
}

/**
 * The absolute path a step may write `path` to. On a runner (GITHUB_WORKSPACE set) a path must stay
 * inside the workspace or RUNNER_TEMP after symlinks in its existing part are resolved, so
 * `../../etc/passwd` or a symlink a pull request committed cannot make a step overwrite a file of the
 * runner's. Off a runner (the CLI) the user's own paths are theirs to choose.
 */
export async function writeTarget(
  path: string,
  context: Pick<ActionContext, 'cwd' | 'env'>,
  options: WriteTargetOptions
): Promise<string> {
  const absolute = isAbsolute(path) ? path : resolve(context.cwd, path)
  const workspace = context.env.GITHUB_WORKSPACE
  if (!workspace || options.allowOutside) return absolute
  const roots = [workspace, context.env.RUNNER_TEMP].filter((root): root is string => !!root)
  const real = await resolveExisting(absolute)
  for (const root of roots) {
    if (isInside(real, await resolveExisting(resolve(root)))) return absolute
  }
  throw new ConfigurationError(
    `${options.input}: ${path} is outside the workspace and RUNNER_TEMP` +
      (real === absolute ? '' : ` (it resolves to ${real})`) +
      `; write under the workspace, or set ${ALLOW_WRITES_OUTSIDE_WORKSPACE}: true if the workflow means it`,
    options.input
  )
}

/** The path with symlinks resolved in its deepest existing ancestor; the rest cannot be a link yet. */
async function resolveExisting(path: string): Promise<string> {
  let existing = path
  for (;;) {
    try {
      return resolve(await realpath(existing), relative(existing, path))
    } catch {
      const parent = dirname(existing)
      if (parent === existing) return path
      existing = parent
    }
  }
}

function isInside(path: string, root: string): boolean {
  const fromRoot = relative(root, path)
  return fromRoot !== '..' && !fromRoot.startsWith(`..${sep}`) && !isAbsolute(fromRoot)
}
