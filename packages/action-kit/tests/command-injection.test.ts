import { describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseModelRef } from '@ml-actions/registry'
import { bashCommand, execCommandRunner } from '../src/command/index.js'

const HOSTILE = '$(touch pwned-dollar)`touch pwned-backtick`;touch pwned-semicolon'

describe('$(…) and backticks in event fields and names stay data', () => {
  it('reach the user command as an environment value, never as shell text', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'injection-'))
    const result = await execCommandRunner({
      ...bashCommand('printf "%s" "$GITHUB_HEAD_REF" > head-ref.txt'),
      cwd,
      env: { PATH: process.env.PATH ?? '', GITHUB_HEAD_REF: HOSTILE },
      onStdout: () => undefined,
      onStderr: () => undefined
    })
    expect(result.exitCode).toBe(0)
    expect(await readFile(join(cwd, 'head-ref.txt'), 'utf8')).toBe(HOSTILE)
    for (const name of ['pwned-dollar', 'pwned-backtick', 'pwned-semicolon']) {
      expect(existsSync(join(cwd, name))).toBe(false)
    }
  })

  it.each(['$(id)', '`id`', 'a;b', 'a b', '../x'])('refuses the model name %j', (name) => {
    expect(() => parseModelRef(`${name}@production`, 'model-name')).toThrow(
      expect.objectContaining({ name: 'ConfigurationError', input: 'model-name' })
    )
  })
})
