import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { repoRoot } from '../../../tests/support/action-metadata.js'
import { startFakeGitHub, type FakeGitHub } from '../../../tests/support/fake-github/index.js'
import {
  createGateWorkspace,
  MODEL,
  POLICY,
  RUN_SHA,
  type GateWorkspace
} from './support/gate-fixture.js'

// `ml-actions deploy-gate --alert issue` from the committed dist/cli bundle on CircleCI: the
// repository comes from CircleCI's variables, the token from GITHUB_TOKEN, no GITHUB_* else.

const run = promisify(execFile)
const CLI = join(repoRoot, 'dist', 'cli', 'index.js')
const TOKEN = 'ghp_ci_bot_token'
const BOT = { login: 'ml-ci-bot', id: 90210, type: 'User' } as const

let fake: FakeGitHub
let ws: GateWorkspace
let brokenFlag: string

beforeEach(async () => {
  fake = await startFakeGitHub({ repository: 'octo-org/models' })
  fake.setTokenAccount(TOKEN, BOT)
  ws = await createGateWorkspace()
  await writeFile(join(ws.dir, 'policy.yml'), POLICY)
  brokenFlag = join(ws.dir, 'smoke-test-fails')
})

afterEach(async () => {
  await fake.stop()
  fake.assertNoViolations()
})

const circleci = {
  CIRCLECI: 'true',
  CIRCLE_SHA1: RUN_SHA,
  CIRCLE_BRANCH: 'main',
  CIRCLE_PROJECT_USERNAME: 'octo-org',
  CIRCLE_PROJECT_REPONAME: 'models',
  CIRCLE_REPOSITORY_URL: 'git@github.com:octo-org/models.git',
  CIRCLE_BUILD_NUM: '311',
  CIRCLE_BUILD_URL: 'https://circleci.com/gh/octo-org/models/311',
  CIRCLE_JOB: 'deploy'
}

async function gate(env: Record<string, string>) {
  const candidate = await ws.register(0.95)
  const reports = await ws.writeReports(candidate, 1)
  const args = [
    CLI,
    'deploy-gate',
    '--model-name',
    MODEL,
    '--candidate',
    String(candidate.version),
    '--registry',
    'registry',
    '--policy',
    'policy.yml',
    ...reports.flatMap((r) => ['--reports', r]),
    '--no-create-deployment',
    '--deploy',
    'true',
    '--smoke-test',
    `test ! -e ${JSON.stringify(brokenFlag)}`,
    '--alert',
    'issue'
  ]
  try {
    const { stdout, stderr } = await run(process.execPath, args, {
      cwd: ws.dir,
      env: { PATH: process.env.PATH ?? '', HOME: ws.dir, ...circleci, ...env }
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

describe('ml-actions deploy-gate --alert issue on CircleCI', () => {
  it('opens the alert issue as the token user on a failed smoke test and closes it on the next good deploy', async () => {
    await writeFile(brokenFlag, '')
    const api = { ML_ACTIONS_GITHUB_API_URL: fake.apiUrl, GITHUB_TOKEN: TOKEN }
    const failed = await gate(api)
    expect(failed.code).toBe(1)
    const [issue, ...others] = fake.issues()
    expect(others).toEqual([])
    expect(issue).toMatchObject({ state: 'open' })
    expect(issue!.author.login).toBe('ml-ci-bot')
    expect(issue!.body).toContain('- Run: https://circleci.com/gh/octo-org/models/311')

    // A second failure updates the same issue: the token user's own issue is found again.
    expect((await gate(api)).code).toBe(1)
    expect(fake.issues()).toHaveLength(1)

    await rm(brokenFlag)
    expect((await gate(api)).code).toBe(0)
    expect(fake.issues()[0]).toMatchObject({ state: 'closed' })
  })

  it('without a token: one line saying what was skipped and why, and no request', async () => {
    await writeFile(brokenFlag, '')
    const failed = await gate({ ML_ACTIONS_GITHUB_API_URL: fake.apiUrl })
    expect(failed.code).toBe(1)
    const lines = `${failed.stdout}\n${failed.stderr}`
      .split('\n')
      .filter((line) => line.includes('alert issue'))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain(
      'Did not open or update the alert issue for classifier@production: no GitHub token was given (--github-token, or GITHUB_TOKEN in the environment).'
    )
    expect(fake.requests).toEqual([])
  })
})
