import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const execFileAsync = promisify(execFile)
import type { CliIo } from '@ml-actions/action-kit/cli'
import { main } from '../../../src/cli/main.js'
import { repoRoot } from '../../../tests/support/action-metadata.js'
import { startFakeGitHub, type FakeGitHub } from '../../../tests/support/fake-github/index.js'
import { runBundle } from '../../../tests/support/run-bundle.js'
import {
  PULL_REQUEST,
  REPOSITORY,
  pullRequestOpened
} from '../../../tests/support/webhook-events.js'

let workspace: string
let fake: FakeGitHub
let runnerEnv: Record<string, string>

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'json-to-md-cli-'))
  await cp(
    join(repoRoot, 'tests', 'fixtures', 'metrics', 'made-with-ml'),
    join(workspace, 'results'),
    { recursive: true }
  )
  const eventPath = join(workspace, 'event.json')
  await writeFile(eventPath, JSON.stringify(pullRequestOpened()))
  runnerEnv = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath }
})

beforeEach(async () => {
  fake = await startFakeGitHub({ repository: REPOSITORY })
})

afterEach(async () => {
  await fake.stop()
  fake.assertNoViolations()
})

async function cli(argv: string[], env: Record<string, string> = runnerEnv) {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: { ...fake.env(), ...env, RUNNER_TEMP: workspace },
    cwd: workspace
  }
  const code = await main(['json-to-md', ...argv], io)
  return { code, stdout, stderr }
}

describe('ml-actions json-to-md', () => {
  it('prints exactly the markdown the action renders, and sends nothing without a token', async () => {
    const argv = ['results/*.json', '--title', 'Made-With-ML', '--precision', '3']
    const printed = await cli([...argv, '--exclude', 'run_id'])
    const action = await runBundle('json-to-md', {
      cwd: workspace,
      inputs: {
        files: 'results/*.json',
        title: 'Made-With-ML',
        precision: '3',
        exclude: 'run_id',
        comment: 'off'
      }
    })

    expect(printed).toMatchObject({
      code: 0,
      stderr: expect.stringContaining('Rendering 2 file(s)')
    })
    expect(printed.stdout).toBe(`${action.outputs.markdown}\n`)
    expect(printed.stdout).toContain(
      '| computer-vision             |     0.975 |  0.929 | 0.951 |          71 |'
    )
    expect(printed.stdout).not.toContain('run_id')
    // One line says what was skipped and why.
    expect(printed.stderr.match(/Not commenting/g)).toHaveLength(1)
    expect(printed.stderr).toContain(`${REPOSITORY}#${PULL_REQUEST}: no github-token was given`)
    expect(fake.requests).toEqual([])
  })

  it('keeps one sticky comment on the pull request named by --pr-number, off any CI', async () => {
    const argv = ['results/evaluation_results.json', '--title', 'Eval', '--github-token', 'tok']
    // No runner variables: the repository comes from the git remote, the PR from the flag.
    const local = { ML_ACTIONS_GITHUB_API_URL: fake.apiUrl }
    await execFileAsync('git', ['init', '-q', workspace])
    await execFileAsync('git', [
      '-C',
      workspace,
      'remote',
      'add',
      'origin',
      `git@github.com:${REPOSITORY}.git`
    ])
    const first = await cli([...argv, '--pr-number', String(PULL_REQUEST)], local)
    const second = await cli(
      [...argv, '--pr-number', String(PULL_REQUEST), '--precision', '2'],
      local
    )
    expect([first.code, second.code]).toEqual([0, 0])
    const comments = fake.comments(PULL_REQUEST)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toContain('<!-- ml-actions:json-to-md:')
    expect(comments[0]!.body).toContain(second.stdout.trim().split('\n')[0]!)
    expect(fake.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1)
  })

  it('writes --output-file when asked, and only then', async () => {
    const printed = await cli(['results/training_results.json', '--output-file', 'out/results.md'])
    expect(printed.code).toBe(0)
    expect(await readFile(join(workspace, 'out', 'results.md'), 'utf8')).toBe(printed.stdout)
    expect(printed.stdout).toContain('| lr          | 0.0001 |')
  })

  it('exits 2 naming a missing file', async () => {
    const printed = await cli(['results/missing.json'])
    expect(printed).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: results/missing.json does not exist\n'
    })
  })

  it('is the same in the committed dist/cli bundle', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(repoRoot, 'dist', 'cli', 'index.js'), 'json-to-md', 'results/evaluation_results.json'],
      { cwd: workspace, env: { PATH: process.env.PATH ?? '' } }
    )
    const inProcess = await cli(['results/evaluation_results.json'])
    expect(stdout).toBe(inProcess.stdout)
    expect(stdout).toContain('### per_class')
  })
})
