import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import {
  nodeId,
  readOnlyTokenResponse,
  serverErrorResponse,
  startFakeGitHub,
  type FakeGitHub
} from './index.js'

const AUTH = { authorization: 'token ghs_fake', 'content-type': 'application/json' }
const REPO = '/repos/octo-org/models'

async function call(
  fake: FakeGitHub,
  method: string,
  path: string,
  body?: unknown,
  base = fake.apiUrl
) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: AUTH,
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  })
  const text = await response.text()
  return {
    status: response.status,
    headers: response.headers,
    json: text ? (JSON.parse(text) as unknown) : undefined
  }
}

describe('fake-github', () => {
  let fake: FakeGitHub

  beforeEach(async () => {
    fake = await startFakeGitHub()
  })

  afterEach(async () => {
    await fake.stop()
  })

  it('serves a seeded commit of the git database with its tree, valid against the schema, and 404 for others', async () => {
    const sha = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'
    fake.seedCommit({
      sha,
      treeSha: '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
      parents: ['a'.repeat(40)]
    })

    const found = await call(fake, 'GET', `${REPO}/git/commits/${sha}`)
    expect(found.status).toBe(200)
    expect(found.json).toMatchObject({
      sha,
      tree: { sha: '4b825dc642cb6eb9a060e54bf8d69288fbee4904' },
      parents: [{ sha: 'a'.repeat(40) }]
    })
    expect((await call(fake, 'GET', `${REPO}/git/commits/${'b'.repeat(40)}`)).status).toBe(404)
    expect(fake.violations).toEqual([])
  })

  it('rejects a request body that violates the schema and records the violation', async () => {
    const response = await call(fake, 'POST', `${REPO}/issues/7/comments`, { bodyy: 'x' })

    expect(response.status).toBe(500)
    expect(fake.violations).toHaveLength(1)
    expect(fake.violations[0]?.problems.join()).toMatch(/must have required property 'body'/)
    expect(() => fake.assertNoViolations()).toThrow(/issues\/create-comment/)
    expect(fake.comments(7)).toHaveLength(0)
  })

  it('flags query parameters the operation does not define and paths GitHub does not have', async () => {
    await call(fake, 'GET', `${REPO}/issues/7/comments?perpage=100`)
    await call(fake, 'GET', `${REPO}/issue/7/comments`)

    expect(fake.violations.map((v) => v.where)).toEqual(['request', 'route'])
    fake.violations.length = 0
  })

  it('creates, gets, updates and deletes comments with schema-valid responses', async () => {
    const created = await call(fake, 'POST', `${REPO}/issues/7/comments`, { body: 'hello' })
    expect(created.status).toBe(201)
    const comment = created.json as {
      id: number
      user: { login: string; type: string }
      html_url: string
    }
    expect(comment.user).toMatchObject({ login: 'github-actions[bot]', type: 'Bot' })
    expect(comment.html_url).toBe(
      `https://github.com/octo-org/models/pull/7#issuecomment-${comment.id}`
    )

    expect((await call(fake, 'GET', `${REPO}/issues/comments/${comment.id}`)).status).toBe(200)
    const updated = await call(fake, 'PATCH', `${REPO}/issues/comments/${comment.id}`, {
      body: 'bye'
    })
    expect(updated.json).toMatchObject({ body: 'bye' })
    expect((await call(fake, 'DELETE', `${REPO}/issues/comments/${comment.id}`)).status).toBe(204)
    expect((await call(fake, 'GET', `${REPO}/issues/comments/${comment.id}`)).status).toBe(404)
    fake.assertNoViolations()
  })

  it('paginates with RFC 5988 links that keep per_page', async () => {
    fake.seedComments(3, 150)

    const first = await call(fake, 'GET', `${REPO}/issues/3/comments?per_page=100`)
    expect(first.json).toHaveLength(100)
    expect(first.headers.get('link')).toContain(
      `<${fake.apiUrl}${REPO}/issues/3/comments?per_page=100&page=2>; rel="next"`
    )
    const second = await call(fake, 'GET', `${REPO}/issues/3/comments?per_page=100&page=2`)
    expect(second.json).toHaveLength(50)
    expect(second.headers.get('link')).not.toContain('rel="next"')
    expect((await call(fake, 'GET', `${REPO}/issues/3/comments`)).json).toHaveLength(30)
    fake.assertNoViolations()
  })

  it('fails the next matching requests as armed, then behaves again', async () => {
    fake.failNext({ method: 'GET', path: /\/issues\/\d+\/comments$/, ...serverErrorResponse(502) })
    fake.failNext({ method: 'POST', path: /\/comments$/, ...readOnlyTokenResponse() })

    expect((await call(fake, 'GET', `${REPO}/issues/1/comments`)).status).toBe(502)
    expect((await call(fake, 'GET', `${REPO}/issues/1/comments`)).status).toBe(200)
    const denied = await call(fake, 'POST', `${REPO}/issues/1/comments`, { body: 'x' })
    expect(denied.status).toBe(403)
    expect(denied.headers.get('x-accepted-github-permissions')).toBe(
      'issues=write; pull_requests=write'
    )
    expect(fake.comments(1)).toHaveLength(0)
    expect(fake.requests.filter((r) => r.injected)).toHaveLength(2)
    fake.assertNoViolations()
  })

  it('performs a request and then drops the connection', async () => {
    fake.dropResponseAfterHandling({ method: 'POST', path: /\/comments$/ })

    await expect(call(fake, 'POST', `${REPO}/issues/1/comments`, { body: 'x' })).rejects.toThrow()
    expect(fake.comments(1)).toHaveLength(1)
    expect(fake.requests[0]).toMatchObject({ dropped: true, status: 201 })
  })

  it('minimizes a comment through GraphQL and flags unknown documents', async () => {
    const comment = fake.seedComment(4, 'old report')
    const mutation =
      'mutation($subjectId: ID!, $classifier: ReportedContentClassifiers!) { minimizeComment(input: {subjectId: $subjectId, classifier: $classifier}) { minimizedComment { isMinimized } } }'

    const response = await call(fake, 'POST', '/graphql', {
      query: mutation,
      variables: { subjectId: nodeId('IssueComment', comment.id), classifier: 'OUTDATED' }
    })
    expect(response.json).toMatchObject({
      data: { minimizeComment: { minimizedComment: { isMinimized: true } } }
    })
    expect(fake.comments(4)[0]?.minimizedAs).toBe('OUTDATED')

    await call(fake, 'POST', '/graphql', { query: '{ viewer { login } }' })
    expect(fake.violations).toHaveLength(1)
    fake.violations.length = 0
  })

  it('serves pull requests with fork head repositories and finds them by head sha', async () => {
    fake.seedPullRequest({ number: 12, headSha: 'a'.repeat(40), forkOwner: 'contributor' })
    fake.seedPullRequest({ number: 13, headSha: 'b'.repeat(40) })

    const fork = (await call(fake, 'GET', `${REPO}/pulls/12`)).json as {
      head: { repo: { id: number; fork: boolean } }
      base: { repo: { id: number } }
    }
    expect(fork.head.repo.fork).toBe(true)
    expect(fork.head.repo.id).not.toBe(fork.base.repo.id)
    const byCommit = await call(fake, 'GET', `${REPO}/commits/${'b'.repeat(40)}/pulls`)
    expect((byCommit.json as { number: number }[]).map((p) => p.number)).toEqual([13])
    expect(await call(fake, 'GET', `${REPO}/pulls?state=open&per_page=100`)).toMatchObject({
      status: 200
    })
    expect((await call(fake, 'GET', `${REPO}/pulls/99`)).status).toBe(404)
    fake.assertNoViolations()
  })

  it('answers deployments with 201, 202 (auto-merge) and 409 (failing contexts)', async () => {
    const created = await call(fake, 'POST', `${REPO}/deployments`, {
      ref: 'main',
      environment: 'staging',
      auto_merge: false,
      required_contexts: []
    })
    expect(created.status).toBe(201)
    const id = (created.json as { id: number }).id
    const status = await call(fake, 'POST', `${REPO}/deployments/${id}/statuses`, {
      state: 'success'
    })
    expect(status.status).toBe(201)
    expect((await call(fake, 'GET', `${REPO}/deployments/${id}/statuses`)).json).toHaveLength(1)

    fake.state.deploymentRules.behindDefaultBranch = true
    expect((await call(fake, 'POST', `${REPO}/deployments`, { ref: 'topic' })).status).toBe(202)
    fake.state.deploymentRules.behindDefaultBranch = false
    fake.state.deploymentRules.failingContexts = ['ci/test']
    const conflict = await call(fake, 'POST', `${REPO}/deployments`, { ref: 'topic' })
    expect(conflict.status).toBe(409)
    expect(JSON.stringify(conflict.json)).toContain('ci/test')
    fake.assertNoViolations()
  })

  it('lists workflow runs with filters and artifacts by name', async () => {
    const run = fake.seedWorkflowRun({
      event: 'pull_request',
      headBranch: 'feature',
      conclusion: 'success'
    })
    fake.seedWorkflowRun({ event: 'push', headBranch: 'main', conclusion: 'failure' })
    fake.seedArtifact({ name: 'metrics', runId: run.id })
    fake.seedArtifact({ name: 'model', runId: run.id })

    const runs = await call(
      fake,
      'GET',
      `${REPO}/actions/runs?branch=feature&status=success&event=pull_request`
    )
    expect(runs.json).toMatchObject({ total_count: 1, workflow_runs: [{ id: run.id }] })
    const artifacts = await call(fake, 'GET', `${REPO}/actions/artifacts?name=metrics&per_page=10`)
    expect(artifacts.json).toMatchObject({
      total_count: 1,
      artifacts: [{ name: 'metrics', workflow_run: { id: run.id } }]
    })
    fake.assertNoViolations()
  })
})

describe('fake-github serving a child process', () => {
  it('answers a process spawned with its env, as the e2e bundle runs', async () => {
    const fake = await startFakeGitHub()
    try {
      const script = `
        const res = await fetch(process.env.GITHUB_API_URL + '/repos/' + process.env.GITHUB_REPOSITORY + '/issues/9/comments', {
          method: 'POST', headers: { authorization: 'token ghs_child' }, body: JSON.stringify({ body: 'from child' })
        })
        process.exit(res.status === 201 ? 0 : 1)`
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
        env: { PATH: process.env.PATH ?? '', ...fake.env() },
        stdio: 'inherit'
      })
      const code = await new Promise((resolve) => child.on('close', resolve))
      expect(code).toBe(0)
      expect(fake.comments(9).map((c) => c.body)).toEqual(['from child'])
      fake.assertNoViolations()
    } finally {
      await fake.stop()
    }
  })
})

describe('fake-github as GitHub Enterprise Server', () => {
  it('serves REST under /api/v3, GraphQL at /api/graphql, and nothing at the root', async () => {
    const fake = await startFakeGitHub({ flavor: 'ghes' })
    try {
      expect(fake.apiUrl).toMatch(/\/api\/v3$/)
      const created = await call(fake, 'POST', `${REPO}/issues/2/comments`, { body: 'hi' })
      expect(created.json).toMatchObject({
        html_url: expect.stringMatching(/^https:\/\/ghe\.test\//)
      })
      expect(created.headers.get('x-ratelimit-remaining')).toBeNull()
      fake.assertNoViolations()

      await call(
        fake,
        'GET',
        `${REPO}/issues/2/comments`,
        undefined,
        fake.apiUrl.replace('/api/v3', '')
      )
      expect(fake.violations[0]?.problems.join()).toMatch(/outside the API prefix/)
    } finally {
      await fake.stop()
    }
  })
})
