import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { repoRoot } from '../support/action-metadata.js'

// The npm package `ml-actions` as a user gets it: `npm pack` of what scripts/pack-cli.mjs stages,
// installed into an empty folder with no registry reachable, then run through npx.

const run = promisify(execFile)
const env = {
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? tmpdir(),
  ONNXRUNTIME_NODE_INSTALL: 'skip'
}

describe('the ml-actions npm package', () => {
  let user: string
  let tarball: string

  beforeAll(async () => {
    const packs = await mkdtemp(join(tmpdir(), 'cli-pack-'))
    const packed = await run(
      process.execPath,
      [join(repoRoot, 'scripts', 'pack-cli.mjs'), '--pack-destination', packs],
      { cwd: repoRoot, env }
    )
    tarball = packed.stdout.trim()
    user = await mkdtemp(join(tmpdir(), 'cli-user-'))
    await run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], {
      cwd: user,
      env
    })
  }, 120_000)

  it('carries the repository version and an ml-actions bin', async () => {
    const root = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as {
      version: string
    }
    const installed = JSON.parse(
      await readFile(join(user, 'node_modules', 'ml-actions', 'package.json'), 'utf8')
    ) as { name: string; version: string; bin: Record<string, string>; private?: boolean }
    expect(installed).toMatchObject({
      name: 'ml-actions',
      version: root.version,
      bin: { 'ml-actions': 'bin/ml-actions.js' }
    })
    expect(installed.private).toBeUndefined()
    expect(tarball).toMatch(new RegExp(`ml-actions-${root.version.replace(/\./g, '\\.')}\\.tgz$`))
  })

  it('answers npx ml-actions --help from the empty folder', async () => {
    const { stdout } = await run('npx', ['--offline', 'ml-actions', '--help'], { cwd: user, env })
    expect(stdout).toContain('Usage: ml-actions <command> [options]')
    expect(stdout).toMatch(/^ {2}pipeline +The root action off GitHub/m)
  })

  it("describes a command's options from the action's definition, in the bundle", async () => {
    const { stdout } = await run('npx', ['--offline', 'ml-actions', 'json-to-md', '--help'], {
      cwd: user,
      env
    })
    expect(stdout).toMatch(/^ {2}--title <text> +Heading shown above the tables/m)
  })

  it('runs a command with nothing but the package installed', async () => {
    await writeFile(join(user, 'metrics.json'), JSON.stringify({ accuracy: 0.9731, loss: 0.0004 }))
    const { stdout } = await run('npx', ['--offline', 'ml-actions', 'json-to-md', 'metrics.json'], {
      cwd: user,
      env
    })
    expect(stdout).toContain('| accuracy | 0.9731 |')
    expect(stdout).toContain('| loss     | 0.0004 |')
  })
})
