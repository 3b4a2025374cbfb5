import { promisify } from 'node:util'

/** The commit the report is about: GITHUB_SHA in a run, else `git rev-parse HEAD` where available. */
export async function currentGitSha(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string
): Promise<string | undefined> {
  if (env.GITHUB_SHA) return env.GITHUB_SHA
  try {
    // Runners set GITHUB_SHA; only a run elsewhere loads child_process to ask git.
    const { execFile } = await import('node:child_process')
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
