import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import {
  ciRunFromEnv,
  detectCiRun,
  readGitCheckout,
  repositoryFromUrl
} from '../../src/ci/index.js'

const git = (cwd: string, ...args: string[]) =>
  promisify(execFile)('git', ['-C', cwd, ...args], {
    env: {
      PATH: process.env.PATH ?? '',
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com'
    }
  })

const SHA = '2c5f4b8ad6c1a4a84f2b3c1f4f0f3fb7f7a0d2e1'

// Variable names and value shapes as CircleCI documents them for a pull request on a GitHub project.
const CIRCLECI = {
  CI: 'true',
  CIRCLECI: 'true',
  CIRCLE_SHA1: SHA,
  CIRCLE_BRANCH: 'retune-alpha',
  CIRCLE_PROJECT_USERNAME: 'octo-org',
  CIRCLE_PROJECT_REPONAME: 'models',
  CIRCLE_REPOSITORY_URL: 'git@github.com:octo-org/models.git',
  CIRCLE_PULL_REQUEST: 'https://github.com/octo-org/models/pull/12',
  CIRCLE_PULL_REQUESTS: 'https://github.com/octo-org/models/pull/12',
  CIRCLE_BUILD_NUM: '731',
  CIRCLE_BUILD_URL: 'https://circleci.com/gh/octo-org/models/731',
  CIRCLE_WORKFLOW_ID: '6f7c2b5e-1d4c-4b6a-9c21-3f0c3b2a1e55',
  CIRCLE_JOB: 'pipeline',
  CIRCLE_USERNAME: 'octocat'
}

describe('ciRunFromEnv', () => {
  it('reads a CircleCI pull-request build of a GitHub repository', () => {
    expect(ciRunFromEnv(CIRCLECI)).toEqual({
      provider: 'circleci',
      repository: 'octo-org/models',
      serverUrl: 'https://github.com',
      sha: SHA,
      ref: 'refs/heads/retune-alpha',
      branch: 'retune-alpha',
      changeRequest: {
        number: 12,
        forge: 'github',
        repository: 'octo-org/models',
        fromFork: false
      },
      runId: '731',
      runUrl: 'https://circleci.com/gh/octo-org/models/731',
      workflow: '6f7c2b5e-1d4c-4b6a-9c21-3f0c3b2a1e55',
      job: 'pipeline',
      actor: 'octocat',
      event: 'pull_request'
    })
  })

  it('marks a CircleCI build of a fork (CIRCLE_PR_* are set only then)', () => {
    const run = ciRunFromEnv({
      ...CIRCLECI,
      CIRCLE_PR_NUMBER: '13',
      CIRCLE_PR_USERNAME: 'mallory',
      CIRCLE_PR_REPONAME: 'models',
      CIRCLE_PULL_REQUEST: 'https://github.com/octo-org/models/pull/13'
    })
    expect(run.changeRequest).toEqual({
      number: 13,
      forge: 'github',
      repository: 'octo-org/models',
      fromFork: true,
      headRepository: 'mallory/models'
    })
  })

  it('reads a GitLab merge request pipeline as a GitLab change, which no GitHub token reaches', () => {
    const run = ciRunFromEnv({
      GITLAB_CI: 'true',
      CI_SERVER_URL: 'https://gitlab.example.com',
      CI_PROJECT_PATH: 'ml/models',
      CI_COMMIT_SHA: SHA,
      CI_MERGE_REQUEST_IID: '5',
      CI_MERGE_REQUEST_PROJECT_ID: '77',
      CI_MERGE_REQUEST_SOURCE_PROJECT_ID: '77',
      CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'retune',
      CI_PIPELINE_SOURCE: 'merge_request_event',
      CI_PIPELINE_ID: '901',
      CI_JOB_ID: '4410',
      CI_JOB_NAME: 'pipeline',
      CI_JOB_URL: 'https://gitlab.example.com/ml/models/-/jobs/4410',
      GITLAB_USER_LOGIN: 'maria'
    })
    expect(run).toMatchObject({
      provider: 'gitlab-ci',
      repository: 'ml/models',
      serverUrl: 'https://gitlab.example.com',
      sha: SHA,
      ref: 'refs/heads/retune',
      changeRequest: { number: 5, forge: 'gitlab', fromFork: false },
      runId: '4410',
      runUrl: 'https://gitlab.example.com/ml/models/-/jobs/4410',
      event: 'merge_request_event'
    })
  })

  it('reads a GitLab external pull request pipeline as the GitHub pull request it builds', () => {
    const run = ciRunFromEnv({
      GITLAB_CI: 'true',
      CI_PROJECT_PATH: 'mirror/models',
      CI_COMMIT_SHA: SHA,
      CI_PIPELINE_SOURCE: 'external_pull_request_event',
      CI_EXTERNAL_PULL_REQUEST_IID: '12',
      CI_EXTERNAL_PULL_REQUEST_SOURCE_REPOSITORY: 'octo-org/models',
      CI_EXTERNAL_PULL_REQUEST_TARGET_REPOSITORY: 'octo-org/models',
      CI_EXTERNAL_PULL_REQUEST_SOURCE_BRANCH_NAME: 'retune'
    })
    expect(run.changeRequest).toEqual({
      number: 12,
      forge: 'github',
      repository: 'octo-org/models',
      fromFork: false,
      headRepository: 'octo-org/models'
    })
  })

  it('keeps GitHub Actions as the runner describes it, pull request from the merge ref', () => {
    expect(
      ciRunFromEnv({
        GITHUB_ACTIONS: 'true',
        GITHUB_REPOSITORY: 'octo-org/models',
        GITHUB_SHA: SHA,
        GITHUB_REF: 'refs/pull/12/merge',
        GITHUB_HEAD_REF: 'retune',
        GITHUB_RUN_ID: '99',
        GITHUB_RUN_ATTEMPT: '2'
      })
    ).toMatchObject({
      provider: 'github-actions',
      sha: SHA,
      branch: 'retune',
      changeRequest: { number: 12, forge: 'github' },
      runUrl: 'https://github.com/octo-org/models/actions/runs/99/attempts/2'
    })
  })
})

describe('detectCiRun in a git checkout with no CI variables', () => {
  it('takes the commit, branch and repository from git', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'ci-run-git-'))
    await git(cwd, 'init', '-q', '-b', 'train-v2')
    await writeFile(join(cwd, 'train.py'), 'print(1)\n')
    await git(cwd, 'add', 'train.py')
    await git(cwd, 'commit', '-q', '-m', 'train')
    await git(cwd, 'remote', 'add', 'origin', 'https://github.com/octo-org/models.git')
    const { stdout } = await git(cwd, 'rev-parse', 'HEAD')
    expect(await detectCiRun({ PATH: process.env.PATH }, cwd)).toEqual({
      provider: 'local',
      repository: 'octo-org/models',
      serverUrl: 'https://github.com',
      sha: stdout.trim(),
      branch: 'train-v2',
      ref: 'refs/heads/train-v2'
    })
  })

  it('answers with the provider alone outside any checkout', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'ci-run-none-'))
    expect(await readGitCheckout(cwd)).toEqual({})
    expect(await detectCiRun({ PATH: process.env.PATH }, cwd)).toEqual({ provider: 'local' })
  })
})

describe('repositoryFromUrl', () => {
  it.each([
    ['git@github.com:octo-org/models.git', 'https://github.com', 'octo-org/models'],
    ['https://github.com/octo-org/models', 'https://github.com', 'octo-org/models'],
    ['ssh://git@ghe.example.com/octo-org/models.git', 'https://ghe.example.com', 'octo-org/models'],
    ['https://gitlab.com/group/sub/models.git', 'https://gitlab.com', 'group/sub/models']
  ])('%s', (url, serverUrl, repository) => {
    expect(repositoryFromUrl(url)).toEqual({ serverUrl, repository })
  })

  it('knows no repository in a local path or a bare host', () => {
    expect(repositoryFromUrl('/srv/git/models.git')).toBeUndefined()
    expect(repositoryFromUrl('file:///srv/git/models.git')).toBeUndefined()
    expect(repositoryFromUrl('https://github.com/')).toBeUndefined()
  })
})
