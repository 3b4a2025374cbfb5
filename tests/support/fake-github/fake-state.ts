import { GITHUB_ACTIONS_BOT, type Account, type RepositoryRecord } from './resources.js'

export interface CommentRecord {
  id: number
  owner: string
  repo: string
  issueNumber: number
  body: string
  author: Account
  createdAt: Date
  updatedAt: Date
  minimizedAs?: string
}

export interface IssueRecord {
  owner: string
  repo: string
  number: number
  id: number
  title: string
  body: string
  state: 'open' | 'closed'
  stateReason: 'completed' | 'not_planned' | 'reopened' | null
  author: Account
  createdAt: Date
  updatedAt: Date
  closedAt: Date | null
}

export interface PullRequestRecord {
  owner: string
  repo: string
  number: number
  id: number
  title: string
  state: 'open' | 'closed'
  headSha: string
  headRef: string
  baseSha: string
  baseRef: string
  /** Set once merged: the commit the merge (merge, squash or rebase) put on the base branch. */
  mergeCommitSha?: string
  /** null when the fork was deleted. */
  headRepo: RepositoryRecord | null
  author: Account
  createdAt: Date
}

/** A commit of the repository's git database: what GET git/commits/{sha} returns. */
export interface CommitRecord {
  owner: string
  repo: string
  /** Lower case, as GitHub returns it. */
  sha: string
  treeSha: string
  parents: string[]
  message: string
  createdAt: Date
}

export interface DeploymentStatusRecord {
  id: number
  state: string
  description: string
  environment: string
  environmentUrl: string
  logUrl: string
  creator: Account
  createdAt: Date
}

export interface DeploymentRecord {
  owner: string
  repo: string
  id: number
  sha: string
  ref: string
  task: string
  environment: string
  description: string | null
  payload: Record<string, unknown> | string
  transient: boolean
  production: boolean
  creator: Account
  createdAt: Date
  statuses: DeploymentStatusRecord[]
}

export interface WorkflowRunRecord {
  owner: string
  repo: string
  id: number
  name: string
  workflowId: number
  path: string
  runNumber: number
  runAttempt: number
  event: string
  status: 'queued' | 'in_progress' | 'completed'
  conclusion: string | null
  headBranch: string
  headSha: string
  headRepo: RepositoryRecord
  pullRequestNumbers: number[]
  createdAt: Date
}

export interface ArtifactRecord {
  owner: string
  repo: string
  id: number
  name: string
  sizeInBytes: number
  expired: boolean
  createdAt: Date
  expiresAt: Date
  runId: number
  /** The zip archive served by the download endpoint. */
  content?: Uint8Array
}

/** Everything the fake remembers, with a deterministic clock and id sequence. */
export class FakeState {
  readonly comments: CommentRecord[] = []
  readonly pullRequests: PullRequestRecord[] = []
  readonly commits: CommitRecord[] = []
  readonly issues: IssueRecord[] = []
  readonly deployments: DeploymentRecord[] = []
  readonly workflowRuns: WorkflowRunRecord[] = []
  readonly artifacts: ArtifactRecord[] = []
  /** How POST /deployments behaves: GitHub's auto-merge and required-contexts checks run before it creates anything. */
  readonly deploymentRules = { behindDefaultBranch: false, failingContexts: [] as string[] }
  private readonly repositories = new Map<string, RepositoryRecord>()
  private readonly tokenAccounts = new Map<string, Account>()
  private nextIdValue = 2_000_000_001
  private clock = Date.parse('2025-03-01T08:00:00Z')

  nextId(): number {
    return this.nextIdValue++
  }

  /** Every event is one second after the previous one, so "oldest" is unambiguous. */
  now(): Date {
    this.clock += 1000
    return new Date(this.clock)
  }

  repository(owner: string, name: string): RepositoryRecord {
    const fullName = `${owner}/${name}`.toLowerCase()
    let record = this.repositories.get(fullName)
    if (!record) {
      record = {
        owner: { login: owner, id: 100_000 + this.repositories.size, type: 'Organization' },
        name,
        id: 700_000_000 + this.repositories.size,
        fork: false,
        defaultBranch: 'main'
      }
      this.repositories.set(fullName, record)
    }
    return record
  }

  /** A repository under another owner standing for a contributor's fork. */
  fork(ofOwner: string, ofName: string, forkOwner: string): RepositoryRecord {
    const base = this.repository(ofOwner, ofName)
    const record = this.repository(forkOwner, base.name)
    record.owner = { ...record.owner, type: 'User' }
    record.fork = true
    return record
  }

  /** Issues and pull requests share one number sequence per repository, as on GitHub. */
  nextIssueNumber(owner: string, repo: string): number {
    const same = (r: { owner: string; repo: string }) =>
      r.owner.toLowerCase() === owner.toLowerCase() && r.repo.toLowerCase() === repo.toLowerCase()
    const used = [
      ...this.issues.filter(same).map((i) => i.number),
      ...this.pullRequests.filter(same).map((p) => p.number),
      ...this.comments.filter(same).map((c) => c.issueNumber)
    ]
    return Math.max(0, ...used) + 1
  }

  setTokenAccount(token: string, account: Account): void {
    this.tokenAccounts.set(token, account)
  }

  /** Any token not registered acts as the workflow's GITHUB_TOKEN. */
  accountForToken(token: string | undefined): Account {
    return (token && this.tokenAccounts.get(token)) || GITHUB_ACTIONS_BOT
  }
}
