import { promisify } from 'node:util'

/** What a git checkout says about itself: the facts a CI's variables give, where there is no CI. */
export interface GitCheckout {
  readonly sha?: string
  /** Empty on a detached HEAD. */
  readonly branch?: string
  readonly remoteUrl?: string
}

/**
 * Asks git in `cwd` (an args array, never a shell string). Not a checkout, or no git: an empty
 * answer, since a run outside any repository is allowed and records no commit.
 */
export async function readGitCheckout(cwd: string): Promise<GitCheckout> {
  // Loaded only off GitHub Actions, where the runner's variables already say all of this.
  const { execFile } = await import('node:child_process')
  const run = promisify(execFile)
  const ask = async (args: string[]): Promise<string | undefined> => {
    try {
      const { stdout } = await run('git', args, { cwd, timeout: 5_000 })
      const answer = stdout.trim()
      return answer === '' ? undefined : answer
    } catch {
      return undefined
    }
  }
  const [sha, branch, remoteUrl] = await Promise.all([
    ask(['rev-parse', '--verify', '-q', 'HEAD']),
    ask(['symbolic-ref', '-q', '--short', 'HEAD']),
    ask(['config', '--get', 'remote.origin.url'])
  ])
  return {
    ...(sha && /^[0-9a-f]{40,64}$/.test(sha) ? { sha } : {}),
    ...(branch ? { branch } : {}),
    ...(remoteUrl ? { remoteUrl } : {})
  }
}
