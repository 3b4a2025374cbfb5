/** Where a repository lives, read from a clone URL: `git@github.com:org/repo.git`, `https://…/org/repo`. */
export interface RepositoryLocation {
  /** The web origin of its host, e.g. https://github.com. */
  readonly serverUrl: string
  /** `owner/name` (GitLab: `group/subgroup/name`). */
  readonly repository: string
}

const SCP_LIKE = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/\/)(.+)$/

export function repositoryFromUrl(url: string | undefined): RepositoryLocation | undefined {
  const text = url?.trim() ?? ''
  if (text === '') return undefined
  let host: string
  let path: string
  const scp = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? null : SCP_LIKE.exec(text)
  if (scp) {
    host = scp[1] as string
    path = scp[2] as string
  } else {
    let parsed: URL
    try {
      parsed = new URL(text)
    } catch {
      return undefined
    }
    if (parsed.protocol === 'file:') return undefined
    host = parsed.port && parsed.protocol.startsWith('http') ? parsed.host : parsed.hostname
    path = parsed.pathname
    if (parsed.protocol === 'http:') {
      return located(`http://${host}`, path)
    }
  }
  return located(`https://${host}`, path)
}

function located(serverUrl: string, path: string): RepositoryLocation | undefined {
  const repository = path.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '')
  return repository.split('/').length >= 2 && !repository.split('/').includes('')
    ? { serverUrl, repository }
    : undefined
}

/** The forge behind a web origin, where the name says so; anything else may be a GitHub Enterprise Server. */
export function forgeOf(
  serverUrl: string | undefined
): 'github' | 'gitlab' | 'bitbucket' | 'unknown' {
  const host = serverUrl ? hostOf(serverUrl) : ''
  if (host === 'github.com') return 'github'
  if (host === 'gitlab.com' || host.startsWith('gitlab.')) return 'gitlab'
  if (host === 'bitbucket.org') return 'bitbucket'
  return 'unknown'
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase()
  } catch {
    return ''
  }
}
