import type { Logger } from '@ml-actions/action-kit'
import type { EventContext, OctokitTiming } from '@ml-actions/github'

/** Where a commit's tree is asked: the checkout first, GitHub when the checkout does not have it. */
export interface TreeSource {
  readonly cwd: string
  readonly token: string
  readonly event: EventContext
  readonly env: Readonly<Record<string, string | undefined>>
  readonly log: Logger
  readonly timing?: Partial<OctokitTiming>
}

export interface CommitTree {
  readonly tree: string
  readonly from: 'git' | 'github'
}

const SHA = /^[0-9a-f]{7,64}$/i

/**
 * The tree (the code, whatever the commit's parents and message) of a commit: `git rev-parse
 * <sha>^{tree}` in the checkout, else GET /repos/{owner}/{repo}/git/commits/{sha}. Undefined when
 * neither knows the commit.
 */
export async function treeOfCommit(
  sha: string,
  source: TreeSource
): Promise<CommitTree | undefined> {
  if (!SHA.test(sha)) return undefined
  const fromGit = await treeFromCheckout(sha, source.cwd)
  if (fromGit) return { tree: fromGit, from: 'git' }
  const fromGitHub = await treeFromGitHub(sha, source)
  return fromGitHub ? { tree: fromGitHub, from: 'github' } : undefined
}

async function treeFromCheckout(sha: string, cwd: string): Promise<string | undefined> {
  const [{ execFile }, { promisify }] = await Promise.all([
    import('node:child_process'),
    import('node:util')
  ])
  try {
    const { stdout } = await promisify(execFile)(
      'git',
      ['rev-parse', '--verify', '-q', `${sha}^{tree}`],
      { cwd, timeout: 10_000 }
    )
    const tree = stdout.trim().toLowerCase()
    return SHA.test(tree) ? tree : undefined
  } catch {
    // Not a checkout, no git, or a shallow checkout without this commit: GitHub may know it.
    return undefined
  }
}

async function treeFromGitHub(sha: string, source: TreeSource): Promise<string | undefined> {
  const { event } = source
  if (!source.token || !event.repository) return undefined
  const { createOctokit } = await import('@ml-actions/github')
  const octokit = await createOctokit(source.token, {
    env: source.env,
    baseUrl: event.apiUrl,
    logger: source.log,
    ...(source.timing ? { timing: source.timing } : {})
  })
  try {
    const { data } = await octokit.rest.git.getCommit({
      owner: event.repository.owner,
      repo: event.repository.repo,
      commit_sha: sha
    })
    return data.tree.sha.toLowerCase()
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined
    throw error
  }
}
