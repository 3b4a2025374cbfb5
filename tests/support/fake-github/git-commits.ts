import type { CommitRecord } from './fake-state.js'
import { notFound, type Handler, type HandlerContext } from './handler.js'
import { nodeId } from './resources.js'

function commitResource(context: HandlerContext, commit: CommitRecord) {
  const api = `${context.hosts.api}/repos/${commit.owner}/${commit.repo}/git`
  const web = `${context.hosts.web}/${commit.owner}/${commit.repo}/commit`
  const person = {
    name: 'Someone',
    email: 'someone@example.com',
    date: commit.createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z')
  }
  return {
    sha: commit.sha,
    node_id: nodeId('Commit', parseInt(commit.sha.slice(0, 8), 16)),
    url: `${api}/commits/${commit.sha}`,
    html_url: `${web}/${commit.sha}`,
    author: person,
    committer: person,
    message: commit.message,
    tree: { sha: commit.treeSha, url: `${api}/trees/${commit.treeSha}` },
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${api}/commits/${sha}`,
      html_url: `${web}/${sha}`
    })),
    verification: {
      verified: false,
      reason: 'unsigned',
      signature: null,
      payload: null,
      verified_at: null
    }
  }
}

export const gitCommitHandlers: Record<string, Handler> = {
  'git/get-commit': (context) => {
    const owner = (context.pathParams.owner ?? '').toLowerCase()
    const repo = (context.pathParams.repo ?? '').toLowerCase()
    const sha = (context.pathParams.commit_sha ?? '').toLowerCase()
    const commit = context.state.commits.find(
      (c) => c.owner.toLowerCase() === owner && c.repo.toLowerCase() === repo && c.sha === sha
    )
    return commit ? { status: 200, body: commitResource(context, commit) } : notFound()
  }
}
