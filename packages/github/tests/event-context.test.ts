import { describe, expect, it } from '@jest/globals'
import { createRequire } from 'node:module'
import { readEventContext } from '../src/index.js'

interface Example {
  name: string
  examples: Record<string, unknown>[]
}
const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as Example[]

function payload(event: string, action?: string): Record<string, unknown> {
  const found = examples
    .find((e) => e.name === event)
    ?.examples.find((p) => !action || p.action === action)
  if (!found) throw new Error(`no ${event} example`)
  return structuredClone(found)
}

const ENV = {
  GITHUB_EVENT_PATH: '/runner/event.json',
  GITHUB_REPOSITORY: 'octo-org/models',
  GITHUB_SHA: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
  GITHUB_RUN_ID: '4242',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_WORKFLOW: 'ci',
  GITHUB_JOB: 'evaluate',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: 'https://api.github.com'
}

function read(
  eventName: string,
  event: unknown,
  env: Record<string, string> = {},
  override?: number
) {
  return readEventContext(
    { ...ENV, GITHUB_EVENT_NAME: eventName, ...env },
    () => JSON.stringify(event),
    override === undefined ? {} : { pullRequestNumber: override }
  )
}

describe('readEventContext', () => {
  it('reads a same-repository pull_request event', () => {
    const event = payload('pull_request', 'opened')
    const pull = event.pull_request as {
      number: number
      head: { sha: string; ref: string }
      base: { ref: string; sha: string }
    }

    const context = read('pull_request', event)

    expect(context.pullRequest).toEqual({
      number: pull.number,
      source: 'event',
      headSha: pull.head.sha,
      headRef: pull.head.ref,
      baseRef: pull.base.ref,
      baseSha: pull.base.sha,
      headRepositoryId: 186853002,
      headRepositoryFullName: expect.any(String),
      isFork: false
    })
    expect(context.runUrl).toBe('https://github.com/octo-org/models/actions/runs/4242')
    expect(context).toMatchObject({ runId: 4242, runAttempt: 2, workflow: 'ci', job: 'evaluate' })
    expect(context.graphqlUrl).toBe('https://api.github.com/graphql')
  })

  it('detects a fork by repository id, also under pull_request_target', () => {
    const event = payload('pull_request', 'opened') as {
      pull_request: { head: { repo: { id: number } } }
    }
    event.pull_request.head.repo.id = 999

    expect(read('pull_request', event).pullRequest?.isFork).toBe(true)
    expect(read('pull_request_target', event).pullRequest?.isFork).toBe(true)
  })

  it('treats a deleted fork (head.repo null) as a fork', () => {
    const event = payload('pull_request', 'opened') as { pull_request: { head: { repo: unknown } } }
    event.pull_request.head.repo = null

    expect(read('pull_request', event).pullRequest?.isFork).toBe(true)
  })

  it('finds the PR of an issue_comment only when the issue is a pull request', () => {
    const onIssue = payload('issue_comment', 'created')
    expect(read('issue_comment', onIssue).pullRequest).toBeUndefined()

    const onPull = structuredClone(onIssue) as { issue: { number: number; pull_request?: unknown } }
    onPull.issue.pull_request = { url: 'https://api.github.com/repos/o/r/pulls/1' }
    expect(read('issue_comment', onPull).pullRequest).toEqual({
      number: onPull.issue.number,
      source: 'event'
    })
  })

  it('describes the triggering run of workflow_run, whose pull_requests GitHub leaves empty for forks', () => {
    const event = payload('workflow_run', 'completed') as { workflow_run: Record<string, unknown> }

    const context = read('workflow_run', event)

    expect(context.workflowRun).toMatchObject({
      id: event.workflow_run.id,
      headSha: event.workflow_run.head_sha,
      pullRequestNumbers: []
    })
    expect(context.pullRequest).toBeUndefined()
  })

  it('takes a PR from workflow_run only when it points at the run head', () => {
    const event = payload('workflow_run', 'completed') as { workflow_run: Record<string, unknown> }
    const sha = String(event.workflow_run.head_sha)
    event.workflow_run.pull_requests = [
      { number: 5, head: { sha, ref: 'x', repo: {} }, base: { sha: 'b', ref: 'main', repo: {} } },
      {
        number: 6,
        head: { sha: 'f'.repeat(40), ref: 'y', repo: {} },
        base: { sha: 'b', ref: 'main', repo: {} }
      }
    ]

    expect(read('workflow_run', event).pullRequest).toMatchObject({
      number: 5,
      source: 'workflow_run',
      headSha: sha
    })
  })

  it('lets an explicit number override, keeping payload details only for the same PR', () => {
    const event = payload('pull_request', 'opened') as { pull_request: { number: number } }

    expect(read('push', {}, {}, 17).pullRequest).toEqual({ number: 17, source: 'override' })
    expect(read('pull_request', event, {}, event.pull_request.number).pullRequest).toMatchObject({
      source: 'override',
      isFork: false
    })
  })

  it('derives the GHES GraphQL URL and tolerates a missing event file', () => {
    const context = readEventContext(
      {
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: '/nope',
        GITHUB_API_URL: 'https://ghe.test/api/v3/'
      },
      () => {
        throw Object.assign(new Error('missing'), { code: 'ENOENT' })
      }
    )
    expect(context).toMatchObject({
      apiUrl: 'https://ghe.test/api/v3',
      graphqlUrl: 'https://ghe.test/api/graphql',
      payload: {}
    })
    expect(context.repository).toBeUndefined()
  })

  it('names GITHUB_EVENT_PATH when the event file is not JSON', () => {
    expect(() => readEventContext({ GITHUB_EVENT_PATH: '/e.json' }, () => '{oops')).toThrow(
      /GITHUB_EVENT_PATH/
    )
  })
})
