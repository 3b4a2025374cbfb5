import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { CliIo } from '@ml-actions/action-kit/cli'
import { main } from '../../../src/cli/main.js'
import { repoRoot } from '../../../tests/support/action-metadata.js'
import { startFakeGitHub, type FakeGitHub } from '../../../tests/support/fake-github/index.js'
import { runBundle } from '../../../tests/support/run-bundle.js'
import { REPOSITORY, pullRequestOpened } from '../../../tests/support/webhook-events.js'

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

async function cli(argv: string[]) {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    // A CLI run inside a PR job still must not comment: it sees the event and a token, and ignores them.
    env: { ...fake.env(), ...runnerEnv, RUNNER_TEMP: workspace },
    cwd: workspace
  }
  const code = await main(['json-to-md', ...argv], io)
  return { code, stdout, stderr }
}

describe('ml-actions json-to-md', () => {
  it('prints exactly the markdown the action renders, and never comments', async () => {
    const argv = ['results/*.json', '--title', 'Made-With-ML', '--precision', '3']
    const printed = await cli([...argv, '--exclude', 'run_id', '--github-token', 'ghs_token'])
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
    expect(fake.requests).toEqual([])
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
