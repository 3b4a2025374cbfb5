import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { cp, mkdir, mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { repoRoot } from '../support/action-metadata.js'
import { startFakeGitHub, type FakeGitHub, type IssueRecord } from '../support/fake-github/index.js'

// `ml-actions pipeline` from the committed dist/cli bundle, as another CI runs it: that CI's own
// variables and not one GITHUB_* variable, a small project (train, compare, gate) over the local
// registry, and the loopback GitHub API for the combined comment and the gate's Deployment.

const run = promisify(execFile)
const CLI = join(repoRoot, 'dist', 'cli', 'index.js')
const REPOSITORY = 'octo-org/models'
const PULL_REQUEST = 12
const SHA = '2c5f4b8ad6c1a4a84f2b3c1f4f0f3fb7f7a0d2e1'
/** A second push to the same pull request: a new commit, a new CI job. */
const NEXT_SHA = '9e0d31c7b5a2f4e6d8c0b1a3f5e7d9c2b4a6f8e1'
const TOKEN = 'ghp_ci_bot_token'
const BOT = { login: 'ml-ci-bot', id: 90210, type: 'User' } as const

interface CliRun {
  code: number
  stdout: string
  stderr: string
}

async function project(): Promise<string> {
  const cwd = await mkdtemp(join(tmpdir(), 'cli-pipeline-'))
  await cp(join(repoRoot, 'tests', 'fixtures', 'cli-pipeline'), cwd, { recursive: true })
  await mkdir(join(cwd, '.github'))
  await cp(join(cwd, 'ml-actions.yml'), join(cwd, '.github', 'ml-actions.yml'))
  return cwd
}

async function git(cwd: string, ...args: string[]): Promise<string> {
  const identity = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com' }
  const { stdout } = await run('git', ['-C', cwd, ...args], {
    env: {
      PATH: process.env.PATH ?? '',
      ...identity,
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com'
    }
  })
  return stdout.trim()
}

async function pipeline(
  cwd: string,
  env: Record<string, string>,
  args: string[] = []
): Promise<CliRun> {
  // Only what the other CI would set: no GITHUB_* variable reaches the CLI.
  expect(Object.keys(env).filter((name) => name.startsWith('GITHUB_'))).toEqual([])
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [CLI, 'pipeline', '--config', '.github/ml-actions.yml', ...args],
      {
        cwd,
        env: { PATH: process.env.PATH ?? '', HOME: cwd, PYTHON: '/usr/bin/python3', ...env },
        timeout: 60_000
      }
    )
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' }
  }
}

async function manifest(cwd: string, version: number): Promise<Record<string, unknown>> {
  const path = join(cwd, '.ml-registry', 'models', 'tiny', 'versions', String(version))
  return JSON.parse(await readFile(join(path, 'manifest.json'), 'utf8')) as Record<string, unknown>
}

function output(result: CliRun, name: string): string | undefined {
  return new RegExp(`^${name}=(.*)$`, 'm').exec(result.stderr)?.[1]
}

describe.each([
  {
    ci: 'CircleCI',
    provider: 'circleci',
    // CircleCI's built-in variables for a pull-request build of a GitHub project.
    env: (sha: string, job: number) => ({
      CI: 'true',
      CIRCLECI: 'true',
      CIRCLE_SHA1: sha,
      CIRCLE_BRANCH: 'retune',
      CIRCLE_PROJECT_USERNAME: 'octo-org',
      CIRCLE_PROJECT_REPONAME: 'models',
      CIRCLE_REPOSITORY_URL: `git@github.com:${REPOSITORY}.git`,
      CIRCLE_PULL_REQUEST: `https://github.com/${REPOSITORY}/pull/${PULL_REQUEST}`,
      CIRCLE_BUILD_NUM: String(job),
      CIRCLE_BUILD_URL: `https://circleci.com/gh/${REPOSITORY}/${job}`,
      CIRCLE_WORKFLOW_ID: '6f7c2b5e-1d4c-4b6a-9c21-3f0c3b2a1e55',
      CIRCLE_JOB: 'model',
      CIRCLE_USERNAME: 'octocat'
    }),
    marker: '<!-- ml-actions:ml-actions:circleci/model -->',
    job: 731,
    runUrl: `https://circleci.com/gh/${REPOSITORY}/731`
  },
  {
    ci: 'GitLab CI',
    provider: 'gitlab-ci',
    // GitLab's predefined variables for an external pull request pipeline of a GitHub repository.
    env: (sha: string, job: number) => ({
      CI: 'true',
      GITLAB_CI: 'true',
      CI_SERVER_URL: 'https://gitlab.com',
      CI_PROJECT_PATH: 'octo-org/models',
      CI_COMMIT_SHA: sha,
      CI_COMMIT_REF_NAME: 'retune',
      CI_PIPELINE_SOURCE: 'external_pull_request_event',
      CI_EXTERNAL_PULL_REQUEST_IID: String(PULL_REQUEST),
      CI_EXTERNAL_PULL_REQUEST_SOURCE_REPOSITORY: REPOSITORY,
      CI_EXTERNAL_PULL_REQUEST_TARGET_REPOSITORY: REPOSITORY,
      CI_EXTERNAL_PULL_REQUEST_SOURCE_BRANCH_NAME: 'retune',
      CI_PIPELINE_ID: '901',
      CI_JOB_ID: String(job),
      CI_JOB_NAME: 'model',
      CI_JOB_URL: `https://gitlab.com/octo-org/models/-/jobs/${job}`,
      GITLAB_USER_LOGIN: 'octocat'
    }),
    marker: '<!-- ml-actions:ml-actions:gitlab-ci/model -->',
    job: 4410,
    runUrl: 'https://gitlab.com/octo-org/models/-/jobs/4410'
  }
])('ml-actions pipeline on $ci against GitHub', ({ provider, env, job, marker, runUrl }) => {
  let fake: FakeGitHub
  let cwd: string
  let first: CliRun
  let second: CliRun
  let alert: IssueRecord

  beforeAll(async () => {
    fake = await startFakeGitHub({ repository: REPOSITORY })
    fake.setTokenAccount(TOKEN, BOT)
    // An earlier failed deploy of tiny@production left its alert issue open.
    alert = fake.seedIssue({
      title: 'deploy-gate: deploying tiny@production version 7 failed',
      body: 'the smoke-test failed\n\n<!-- ml-actions:deploy-gate-alert:tiny@production -->',
      by: BOT
    })
    cwd = await project()
    const api = { ML_ACTIONS_GITHUB_API_URL: fake.apiUrl }
    first = await pipeline(cwd, { ...env(SHA, job), ...api }, ['--github-token', TOKEN])
    // The next push retrains: version 2 is compared with version 1, now production.
    second = await pipeline(cwd, { ...env(NEXT_SHA, job + 1), ...api, MODEL_ACCURACY: '0.93' }, [
      '--github-token',
      TOKEN
    ])
  }, 120_000)

  afterAll(async () => {
    await fake.stop()
    fake.assertNoViolations()
  })

  it('runs train, compare and gate, and the gate approves', () => {
    expect({ code: first.code, stderr: first.stderr }).toEqual({
      code: 0,
      stderr: expect.stringContaining('decision=approve')
    })
    expect(first.stdout).toContain('## ✅ ml-actions pipeline: every step passed')
    expect(output(first, 'model-version')).toBe('1')
    expect({ code: second.code, decision: output(second, 'decision') }).toEqual({
      code: 0,
      decision: 'approve'
    })
    expect(output(second, 'model-version')).toBe('2')
    expect(second.stdout).toContain('registry `tiny@production` → version 1')
  })

  it('keeps exactly one combined comment on the pull request; the next run updates it', () => {
    const comments = fake.comments(PULL_REQUEST)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.author.login).toBe(BOT.login)
    expect(comments[0]!.body).toContain(marker)
    expect(comments[0]!.body).toContain('## ✅ ml-actions pipeline: every step passed')
    expect(comments[0]!.body).toContain(NEXT_SHA.slice(0, 12))
    expect(output(first, 'comment-status')).toBe('created')
    expect(output(second, 'comment-status')).toBe('updated')
    expect(fake.count('POST', new RegExp(`/issues/${PULL_REQUEST}/comments$`))).toBe(1)
  })

  it('records the provider, commit and run in the lineage', async () => {
    const lineage = (await manifest(cwd, 1)).lineage as Record<string, Record<string, unknown>>
    expect(lineage.git).toEqual({ repository: REPOSITORY, sha: SHA, ref: 'refs/heads/retune' })
    expect(lineage.ci).toMatchObject({ provider, runUrl, changeRequest: PULL_REQUEST })
  })

  it("closes the open alert issue with the gate's good deploy, as the token's user", () => {
    const closed = fake.issues().find((issue) => issue.number === alert.number)
    expect(closed).toMatchObject({ state: 'closed', stateReason: 'completed' })
    const [comment, ...more] = fake.comments(alert.number)
    expect(more).toEqual([])
    expect(comment!.author.login).toBe(BOT.login)
    expect(comment!.body).toContain('Resolved: `tiny@production` is version 1')
    expect(comment!.body).toContain(`- Run: ${runUrl}`)
  })

  it('records each promotion as a Deployment of the commit built', () => {
    expect(fake.state.deployments.map((deployment) => deployment.ref)).toEqual([SHA, NEXT_SHA])
    expect(fake.state.deployments[1]).toMatchObject({ environment: 'production' })
  })
})

describe('ml-actions pipeline in a plain git checkout, no CI and no token', () => {
  let cwd: string
  let head: string
  let result: CliRun

  beforeAll(async () => {
    cwd = await project()
    await git(cwd, 'init', '-q', '-b', 'main')
    await git(cwd, 'add', '-A')
    await git(cwd, 'commit', '-q', '-m', 'model')
    await git(cwd, 'remote', 'add', 'origin', `https://github.com/${REPOSITORY}.git`)
    head = await git(cwd, 'rev-parse', 'HEAD')
    result = await pipeline(cwd, {}, ['--pr-number', String(PULL_REQUEST)])
  }, 60_000)

  it('takes the commit from git, and the gate approves on it', async () => {
    expect(result.code).toBe(0)
    expect(output(result, 'decision')).toBe('approve')
    const lineage = (await manifest(cwd, 1)).lineage as Record<string, Record<string, unknown>>
    expect(lineage.git).toEqual({ repository: REPOSITORY, sha: head, ref: 'refs/heads/main' })
    expect(lineage.ci).toEqual({ provider: 'local' })
  })

  it('says in one line which comment it skipped and why', () => {
    const skipped = result.stderr.split('\n').filter((line) => /Not commenting/.test(line))
    expect(skipped).toEqual([
      `warning: Not commenting on ${REPOSITORY}#${PULL_REQUEST}: no GitHub token was given (--github-token, or GITHUB_TOKEN in the environment).`
    ])
    expect(output(result, 'comment-status')).toBe('skipped')
    expect(result.stderr.split('\n').filter((line) => /alert issue/.test(line))).toEqual([
      'warning: [deploy-gate] Did not close the alert issue for tiny@production: no GitHub token was given (--github-token, or GITHUB_TOKEN in the environment).'
    ])
  })
})
