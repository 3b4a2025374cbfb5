import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

/** The commit the report is about: GITHUB_SHA in a run, else `git rev-parse HEAD` where available. */
export async function currentGitSha(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string
): Promise<string | undefined> {
  if (env.GITHUB_SHA) return env.GITHUB_SHA
  try {
    const { stdout } = await promisify(execFile)('git', ['rev-parse', 'HEAD'], {
      cwd,
      timeout: 5_000
    })
    const sha = stdout.trim()
    return /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined
  } catch {
    return undefined
  }
}
