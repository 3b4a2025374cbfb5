import { describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeTarget } from '../src/write-target.js'

async function runner(): Promise<{ workspace: string; temp: string; outside: string }> {
  const root = await mkdtemp(join(tmpdir(), 'write-target-'))
  const workspace = join(root, 'work')
  const temp = join(root, 'temp')
  const outside = join(root, 'elsewhere')
  await Promise.all([workspace, temp, outside].map((path) => mkdir(path)))
  return { workspace, temp, outside }
}

describe('writeTarget confines what a step writes', () => {
  it('refuses ../../etc/passwd, naming the input', async () => {
    const { workspace, temp } = await runner()
    const context = { cwd: workspace, env: { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: temp } }
    await expect(
      writeTarget('../../etc/passwd', context, { input: 'output-file', allowOutside: false })
    ).rejects.toMatchObject({
      name: 'ConfigurationError',
      input: 'output-file',
      message: expect.stringMatching(
        /^output-file: \.\.\/\.\.\/etc\/passwd is outside the workspace/
      )
    })
  })

  it('refuses a committed symlink that leads out of the workspace', async () => {
    const { workspace, temp, outside } = await runner()
    await symlink(outside, join(workspace, 'reports'))
    const context = { cwd: workspace, env: { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: temp } }
    await expect(
      writeTarget('reports/new/x.json', context, { input: 'report-path', allowOutside: false })
    ).rejects.toThrow(`(it resolves to ${join(outside, 'new', 'x.json')})`)
  })

  it('accepts the workspace and RUNNER_TEMP, and anything once the author opts out', async () => {
    const { workspace, temp, outside } = await runner()
    const context = { cwd: workspace, env: { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: temp } }
    const confined = { input: 'output-file', allowOutside: false }
    expect(await writeTarget('out/a.md', context, confined)).toBe(join(workspace, 'out', 'a.md'))
    expect(await writeTarget(join(temp, 'a.md'), context, confined)).toBe(join(temp, 'a.md'))
    const elsewhere = join(outside, 'a.md')
    await expect(writeTarget(elsewhere, context, confined)).rejects.toThrow('outside')
    expect(await writeTarget(elsewhere, context, { ...confined, allowOutside: true })).toBe(
      elsewhere
    )
  })

  it('does not mistake a sibling with a common prefix for the workspace', async () => {
    const { workspace, temp } = await runner()
    const context = { cwd: workspace, env: { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: temp } }
    await expect(
      writeTarget(`${workspace}-evil/x`, context, { input: 'output-file', allowOutside: false })
    ).rejects.toThrow('outside')
  })

  it('leaves paths alone off a runner, where the CLI user chooses them', async () => {
    const { workspace, outside } = await runner()
    const target = join(outside, 'x.md')
    const context = { cwd: workspace, env: {} }
    expect(await writeTarget(target, context, { input: 'output-file', allowOutside: false })).toBe(
      target
    )
  })
})
