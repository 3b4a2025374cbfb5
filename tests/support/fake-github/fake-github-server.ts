import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { deploymentHandlers } from './deployments.js'
import {
  FakeState,
  type CommentRecord,
  type CommitRecord,
  type IssueRecord,
  type PullRequestRecord,
  type WorkflowRunRecord
} from './fake-state.js'
import { FaultPlan, type DropRule, type FailureRule } from './faults.js'
import { handleGraphql } from './graphql.js'
import type { Handler, HandlerResult } from './handler.js'
import { gitCommitHandlers } from './git-commits.js'
import { issueCommentHandlers } from './issue-comments.js'
import { issueHandlers } from './issues.js'
import { loadOpenApiIndex, type OpenApiIndex } from './openapi-spec.js'
import { pullRequestHandlers } from './pull-requests.js'
import { GITHUB_ACTIONS_BOT, type Account, type Hosts } from './resources.js'
import { RouteMatcher } from './route-matcher.js'
import { SchemaValidator } from './schema-validator.js'
import { userHandlers } from './users.js'
import { ARTIFACT_BLOB_PATH, workflowRunHandlers } from './workflow-runs.js'

export interface FakeGitHubOptions {
  /** `ghes` serves REST under /api/v3 and GraphQL at /api/graphql, like GitHub Enterprise Server. */
  flavor?: 'dotcom' | 'ghes'
  /** Base of html_url fields (GITHUB_SERVER_URL). */
  webUrl?: string
  /** owner/name used by the seed helpers when none is given. */
  repository?: string
}

export interface RecordedRequest {
  method: string
  /** Without the GHES prefix and without the query string. */
  path: string
  query: Record<string, string>
  body: unknown
  operationId?: string
  status?: number
  /** Set when the response was dropped on purpose after the request had been handled. */
  dropped?: boolean
  /** Set when the response came from failNext rather than the handler. */
  injected?: boolean
}

export interface Violation {
  method: string
  path: string
  operationId?: string
  where: 'request' | 'response' | 'route'
  problems: string[]
}

export type Author = 'github-actions[bot]' | 'someone' | Account

const HANDLERS: Record<string, Handler> = {
  ...issueCommentHandlers,
  ...issueHandlers,
  ...pullRequestHandlers,
  ...gitCommitHandlers,
  ...deploymentHandlers,
  ...workflowRunHandlers,
  ...userHandlers
}

const SOMEONE: Account = { login: 'someone', id: 583231, type: 'User' }

/**
 * A loopback stand-in for api.github.com: in-memory state, every request and response checked against
 * @octokit/openapi, faults armed per test. Serves callers in this process and in child processes alike.
 */
export class FakeGitHub {
  readonly state = new FakeState()
  readonly requests: RecordedRequest[] = []
  readonly violations: Violation[] = []
  private readonly faults = new FaultPlan()
  private readonly flavor: 'dotcom' | 'ghes'
  private readonly webUrl: string
  private readonly owner: string
  private readonly repo: string
  private server: Server | undefined
  private origin = ''
  private spec: OpenApiIndex | undefined
  private matcher: RouteMatcher | undefined
  private validator: SchemaValidator | undefined

  constructor(options: FakeGitHubOptions = {}) {
    this.flavor = options.flavor ?? 'dotcom'
    this.webUrl =
      options.webUrl ?? (this.flavor === 'ghes' ? 'https://ghe.test' : 'https://github.com')
    const [owner, repo] = (options.repository ?? 'octo-org/models').split('/')
    this.owner = owner ?? 'octo-org'
    this.repo = repo ?? 'models'
  }

  /** Starts listening on 127.0.0.1 and returns the REST base URL to use as GITHUB_API_URL. */
  async start(): Promise<string> {
    this.spec = loadOpenApiIndex(Object.keys(HANDLERS))
    this.matcher = new RouteMatcher(this.spec.routes)
    this.validator = new SchemaValidator()
    const server = createServer((req, res) => void this.serve(req, res))
    server.keepAliveTimeout = 1000
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    this.server = server
    this.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    return this.apiUrl
  }

  async stop(): Promise<void> {
    const server = this.server
    if (!server) return
    this.server = undefined
    server.closeAllConnections()
    await new Promise<void>((resolve, reject) =>
      server.close((error) => (error ? reject(error) : resolve()))
    )
  }

  get apiUrl(): string {
    return this.flavor === 'ghes' ? `${this.origin}/api/v3` : this.origin
  }

  get graphqlUrl(): string {
    return this.flavor === 'ghes' ? `${this.origin}/api/graphql` : `${this.origin}/graphql`
  }

  get serverUrl(): string {
    return this.webUrl
  }

  /** The variables a runner would set for this host; spread into a child process's env. */
  env(): Record<string, string> {
    return {
      GITHUB_API_URL: this.apiUrl,
      GITHUB_GRAPHQL_URL: this.graphqlUrl,
      GITHUB_SERVER_URL: this.webUrl,
      GITHUB_REPOSITORY: `${this.owner}/${this.repo}`,
      GITHUB_REPOSITORY_OWNER: this.owner
    }
  }

  failNext(rule: FailureRule): void {
    this.faults.failNext(rule)
  }

  /** Performs the request, then destroys the socket without answering: the client never learns it worked. */
  dropResponseAfterHandling(rule: DropRule): void {
    this.faults.dropResponseAfterHandling(rule)
  }

  /** Makes requests with this token act as another account (a PAT user, an app). */
  setTokenAccount(token: string, account: Account): void {
    this.state.setTokenAccount(token, account)
  }

  seedComments(
    issueNumber: number,
    count: number,
    options: { by?: Author; body?: (index: number) => string; repository?: string } = {}
  ): CommentRecord[] {
    const [owner, repo] = this.repositoryName(options.repository)
    const author = toAccount(options.by ?? 'someone')
    const seeded: CommentRecord[] = []
    for (let i = 0; i < count; i++) {
      const now = this.state.now()
      const comment: CommentRecord = {
        id: this.state.nextId(),
        owner,
        repo,
        issueNumber,
        body: options.body?.(i) ?? `Comment ${i + 1} by ${author.login}`,
        author,
        createdAt: now,
        updatedAt: now
      }
      this.state.comments.push(comment)
      seeded.push(comment)
    }
    return seeded
  }

  seedComment(
    issueNumber: number,
    body: string,
    by: Author = 'github-actions[bot]'
  ): CommentRecord {
    const [comment] = this.seedComments(issueNumber, 1, { by, body: () => body })
    return comment as CommentRecord
  }

  /** Comments currently on an issue or pull request, oldest first. */
  comments(issueNumber: number, repository?: string): CommentRecord[] {
    const [owner, repo] = this.repositoryName(repository)
    return this.state.comments.filter(
      (c) => c.issueNumber === issueNumber && c.owner === owner && c.repo === repo
    )
  }

  /** Issues (not pull requests) of the repository, by number. */
  issues(repository?: string): IssueRecord[] {
    const [owner, repo] = this.repositoryName(repository)
    return this.state.issues
      .filter((i) => i.owner === owner && i.repo === repo)
      .sort((a, b) => a.number - b.number)
  }

  seedIssue(options: {
    title: string
    body?: string
    by?: Author
    state?: 'open' | 'closed'
    repository?: string
  }): IssueRecord {
    const [owner, repo] = this.repositoryName(options.repository)
    const now = this.state.now()
    const closed = options.state === 'closed'
    const issue: IssueRecord = {
      owner,
      repo,
      number: this.state.nextIssueNumber(owner, repo),
      id: this.state.nextId(),
      title: options.title,
      body: options.body ?? '',
      state: closed ? 'closed' : 'open',
      stateReason: closed ? 'completed' : null,
      author: toAccount(options.by ?? 'someone'),
      createdAt: now,
      updatedAt: now,
      closedAt: closed ? now : null
    }
    this.state.issues.push(issue)
    return issue
  }

  seedPullRequest(options: {
    number: number
    headSha: string
    headRef?: string
    baseRef?: string
    /** Login of the contributor whose fork the PR comes from; same-repository PR when omitted. */
    forkOwner?: string
    state?: 'open' | 'closed'
    repository?: string
    /** A merged PR: the commit its merge put on the base branch (the PR is closed). */
    mergeCommitSha?: string
    baseSha?: string
  }): PullRequestRecord {
    const [owner, repo] = this.repositoryName(options.repository)
    const headRepo = options.forkOwner
      ? this.state.fork(owner, repo, options.forkOwner)
      : this.state.repository(owner, repo)
    const pull: PullRequestRecord = {
      owner,
      repo,
      number: options.number,
      id: this.state.nextId(),
      title: `Pull request ${options.number}`,
      state: options.state ?? (options.mergeCommitSha ? 'closed' : 'open'),
      headSha: options.headSha,
      ...(options.mergeCommitSha ? { mergeCommitSha: options.mergeCommitSha } : {}),
      headRef: options.headRef ?? `feature-${options.number}`,
      baseSha: options.baseSha ?? '6dcb09b5b57875f334f61aebed695e2e4193db5e',
      baseRef: options.baseRef ?? 'main',
      headRepo,
      author: options.forkOwner
        ? { login: options.forkOwner, id: 6_000_000 + options.number, type: 'User' }
        : SOMEONE,
      createdAt: this.state.now()
    }
    this.state.pullRequests.push(pull)
    return pull
  }

  /** A commit GET git/commits/{sha} knows: its tree is what a merge is compared by. */
  seedCommit(options: {
    sha: string
    treeSha: string
    parents?: string[]
    message?: string
    repository?: string
  }): CommitRecord {
    const [owner, repo] = this.repositoryName(options.repository)
    const commit: CommitRecord = {
      owner,
      repo,
      sha: options.sha.toLowerCase(),
      treeSha: options.treeSha.toLowerCase(),
      parents: options.parents ?? [],
      message: options.message ?? `Commit ${options.sha.slice(0, 7)}`,
      createdAt: this.state.now()
    }
    this.state.commits.push(commit)
    return commit
  }

  seedWorkflowRun(
    options: Partial<Omit<WorkflowRunRecord, 'owner' | 'repo' | 'headRepo' | 'createdAt'>> & {
      repository?: string
      forkOwner?: string
    } = {}
  ): WorkflowRunRecord {
    const [owner, repo] = this.repositoryName(options.repository)
    const id = options.id ?? this.state.nextId()
    const run: WorkflowRunRecord = {
      owner,
      repo,
      id,
      name: options.name ?? 'ci',
      workflowId: options.workflowId ?? 161335,
      path: options.path ?? '.github/workflows/ci.yml',
      runNumber: options.runNumber ?? this.state.workflowRuns.length + 1,
      runAttempt: options.runAttempt ?? 1,
      event: options.event ?? 'push',
      status: options.status ?? 'completed',
      conclusion: options.conclusion === undefined ? 'success' : options.conclusion,
      headBranch: options.headBranch ?? 'main',
      headSha: options.headSha ?? 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      headRepo: options.forkOwner
        ? this.state.fork(owner, repo, options.forkOwner)
        : this.state.repository(owner, repo),
      pullRequestNumbers: options.pullRequestNumbers ?? [],
      createdAt: this.state.now()
    }
    this.state.workflowRuns.push(run)
    return run
  }

  seedArtifact(options: {
    name: string
    runId: number
    sizeInBytes?: number
    expired?: boolean
    repository?: string
    /** Zip bytes served by GET …/artifacts/{id}/zip (through a redirect, as on GitHub). */
    content?: Uint8Array
  }) {
    const [owner, repo] = this.repositoryName(options.repository)
    const createdAt = this.state.now()
    const artifact = {
      owner,
      repo,
      id: this.state.nextId(),
      name: options.name,
      sizeInBytes: options.sizeInBytes ?? options.content?.length ?? 2048,
      expired: options.expired ?? false,
      createdAt,
      expiresAt: new Date(createdAt.getTime() + 90 * 24 * 3600 * 1000),
      runId: options.runId,
      ...(options.content ? { content: options.content } : {})
    }
    this.state.artifacts.push(artifact)
    return artifact
  }

  count(method: string, path?: RegExp): number {
    return this.requests.filter(
      (r) => r.method === method.toUpperCase() && (!path || path.test(r.path))
    ).length
  }

  /** Throws with every schema violation seen so far; call it after each test. */
  assertNoViolations(): void {
    if (this.violations.length === 0) return
    const lines = this.violations.map(
      (v) =>
        `${v.method} ${v.path} (${v.operationId ?? 'no operation'}) ${v.where}:\n    ${v.problems.join('\n    ')}`
    )
    throw new Error(
      `fake-github saw ${this.violations.length} OpenAPI violation(s):\n  ${lines.join('\n  ')}`
    )
  }

  private repositoryName(repository?: string): [string, string] {
    if (!repository) return [this.owner, this.repo]
    const [owner, repo] = repository.split('/')
    return [owner ?? this.owner, repo ?? this.repo]
  }

  private hosts(): Hosts {
    return { api: this.apiUrl, web: this.webUrl }
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req)
    const method = (req.method ?? 'GET').toUpperCase()
    const requestUrl = new URL(req.url ?? '/', this.origin)
    const prefix = this.flavor === 'ghes' ? '/api/v3' : ''
    const graphqlPath = this.flavor === 'ghes' ? '/api/graphql' : '/graphql'
    const isGraphql = requestUrl.pathname === graphqlPath
    const path = isGraphql ? '/graphql' : stripPrefix(requestUrl.pathname, prefix)
    const record: RecordedRequest = {
      method,
      path: path ?? requestUrl.pathname,
      query: Object.fromEntries(requestUrl.searchParams),
      body: undefined
    }
    this.requests.push(record)

    if (requestUrl.pathname.startsWith(ARTIFACT_BLOB_PATH)) return this.serveBlob(res, record)

    const violate = (where: Violation['where'], problems: string[], operationId?: string): void => {
      this.violations.push({
        method,
        path: record.path,
        where,
        problems,
        ...(operationId ? { operationId } : {})
      })
    }

    let body: unknown
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw)
      } catch {
        violate('request', ['request body is not JSON'])
        return send(res, record, { status: 400, body: { message: 'Problems parsing JSON' } })
      }
    }
    record.body = body

    if (!authorization(req)) {
      return send(res, record, { status: 401, body: { message: 'Requires authentication' } })
    }
    const caller = this.state.accountForToken(authorization(req))

    if (path === undefined) {
      violate('route', [`${requestUrl.pathname} is outside the API prefix ${prefix}`])
      return send(res, record, { status: 404, body: { message: 'Not Found' } })
    }

    if (isGraphql) {
      if (method !== 'POST') violate('route', ['GraphQL takes POST'])
      const failure = this.faults.takeFailure(method, path)
      if (failure) {
        record.injected = true
        return send(res, record, failure)
      }
      const outcome = handleGraphql(this.state, body)
      if (outcome.violations.length > 0) violate('request', outcome.violations, 'graphql')
      return this.finish(req, res, record, method, path, outcome.result)
    }

    const route = this.matcher?.match(method, path)
    if (!route) {
      violate('route', [`no ${method} ${path} in api.github.com`])
      return send(res, record, { status: 404, body: { message: 'Not Found' } })
    }
    record.operationId = route.operationId
    const operation = this.spec?.operations[route.operationId]
    const handler = HANDLERS[route.operationId]
    if (!operation || !handler) {
      violate(
        'route',
        [`${route.operationId} is not implemented by fake-github`],
        route.operationId
      )
      return send(res, record, {
        status: 501,
        body: { message: `fake-github does not serve ${route.operationId}` }
      })
    }

    const requestProblems = this.validator?.checkRequest(operation, {
      pathParams: route.pathParams,
      query: requestUrl.searchParams,
      body
    })
    if (requestProblems && requestProblems.length > 0) {
      violate('request', requestProblems, route.operationId)
      return send(res, record, {
        status: 500,
        body: {
          message: `fake-github: request violates the OpenAPI schema: ${requestProblems.join('; ')}`
        }
      })
    }

    const failure = this.faults.takeFailure(method, path)
    let result: HandlerResult
    if (failure) {
      record.injected = true
      result = failure
    } else {
      result = handler({
        state: this.state,
        hosts: this.hosts(),
        requestUrl: new URL(requestUrl.pathname + requestUrl.search, this.origin),
        pathParams: route.pathParams,
        body,
        caller
      })
    }
    const responseProblems =
      this.validator?.checkResponse(operation, result.status, result.body) ?? []
    if (responseProblems.length > 0) {
      violate('response', responseProblems, route.operationId)
      return send(res, record, {
        status: 500,
        body: {
          message: `fake-github: response violates the OpenAPI schema: ${responseProblems.join('; ')}`
        }
      })
    }
    return this.finish(req, res, record, method, path, result)
  }

  /** The signed-URL side of an artifact download: no API token needed, raw zip bytes. */
  private serveBlob(res: ServerResponse, record: RecordedRequest): void {
    const id = Number(record.path.slice(ARTIFACT_BLOB_PATH.length))
    const content = this.state.artifacts.find((a) => a.id === id)?.content
    record.status = content ? 200 : 404
    if (!content) {
      res.writeHead(404, { 'content-type': 'text/plain' })
      res.end('BlobNotFound')
      return
    }
    res.writeHead(200, {
      'content-type': 'application/zip',
      'content-length': String(content.length)
    })
    res.end(Buffer.from(content))
  }

  private finish(
    req: IncomingMessage,
    res: ServerResponse,
    record: RecordedRequest,
    method: string,
    path: string,
    result: HandlerResult
  ): void {
    if (!record.injected && this.faults.takeDrop(method, path)) {
      record.dropped = true
      record.status = result.status
      req.socket.destroy()
      return
    }
    const rateHeaders: Record<string, string> =
      this.flavor === 'ghes' || result.headers?.['x-ratelimit-remaining'] !== undefined
        ? {}
        : {
            'x-ratelimit-limit': '1000',
            'x-ratelimit-remaining': String(Math.max(0, 1000 - this.requests.length)),
            'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
            'x-ratelimit-used': String(this.requests.length),
            'x-ratelimit-resource': path === '/graphql' ? 'graphql' : 'core'
          }
    send(res, record, { ...result, headers: { ...rateHeaders, ...result.headers } })
  }
}

/** Starts a fake on a free loopback port; the caller owns stop(). */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const fake = new FakeGitHub(options)
  await fake.start()
  return fake
}

function toAccount(author: Author): Account {
  if (author === 'github-actions[bot]') return GITHUB_ACTIONS_BOT
  if (author === 'someone') return SOMEONE
  return author
}

function stripPrefix(pathname: string, prefix: string): string | undefined {
  if (!prefix) return pathname
  if (pathname === prefix) return '/'
  return pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : undefined
}

function authorization(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization
  if (!header) return undefined
  const match = /^(?:token|bearer)\s+(.+)$/i.exec(header)
  return match?.[1]
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, record: RecordedRequest, result: HandlerResult): void {
  record.status = result.status
  const headers: Record<string, string> = {
    'x-github-request-id': `FAKE:${Date.now().toString(16)}`,
    ...result.headers
  }
  if (result.body === undefined) {
    res.writeHead(result.status, headers)
    res.end()
    return
  }
  const payload = JSON.stringify(result.body)
  res.writeHead(result.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(payload)),
    ...headers
  })
  res.end(payload)
}
