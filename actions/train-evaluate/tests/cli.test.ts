import { describe, expect, it } from '@jest/globals'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CliIo } from '@ml-actions/action-kit/cli'
import { main } from '../../../src/cli/main.js'

async function cli(argv: string[], cwd: string) {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: { PATH: process.env.PATH },
    cwd
  }
  const code = await main(argv, io)
  return { code, stdout, stderr }
}

describe('ml-actions train-evaluate and ml-actions registry', () => {
  it('runs the command, prints the metrics table, registers, and the registry command reads it back', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'train-evaluate-cli-'))
    const trained = await cli(
      [
        'train-evaluate',
        '--run',
        'echo \'{"accuracy": 0.875, "loss": 0.31}\' > metrics.json && echo weights > model.bin',
        '--metrics',
        'metrics.json',
        '--model',
        'model.bin',
        '--model-name',
        'tiny'
      ],
      cwd
    )
    expect(trained.stderr).toContain('Registered tiny/1')
    expect(trained.code).toBe(0)
    expect(trained.stdout).toMatch(/\| accuracy +\| +0\.875 \|/)
    expect(trained.stderr).toMatch(/model-version=1/)

    const listed = await cli(['registry', 'list'], cwd)
    expect(listed).toMatchObject({ code: 0, stdout: 'tiny  latest=1  versions=1\n' })
    const shown = await cli(['registry', 'show', 'tiny@latest', '--json'], cwd)
    expect(JSON.parse(shown.stdout)).toMatchObject({
      version: 1,
      manifest: { metrics: { accuracy: 0.875, loss: 0.31 } }
    })
    const promoted = await cli(
      ['registry', 'promote', 'tiny', 'prod', '1', '--expect', 'none'],
      cwd
    )
    expect(promoted.code).toBe(0)
    expect((await cli(['registry', 'resolve', 'tiny@prod'], cwd)).stdout).toBe('tiny/1\n')
    expect((await cli(['registry', 'verify'], cwd)).code).toBe(0)
  })

  it('exits with the command exit code', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'train-evaluate-cli-'))
    const failed = await cli(['train-evaluate', '--run', 'exit 7'], cwd)
    expect(failed.code).toBe(7)
    expect(failed.stderr).toContain('The command failed with exit code 7')
  })
})
