import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runRegistryCli, type RegistryCliIo } from '../src/cli.js'
import { ModelRegistry } from '../src/model-registry.js'

async function run(argv: string[], cwd: string, env: Record<string, string> = {}) {
  let stdout = ''
  let stderr = ''
  const io: RegistryCliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env,
    cwd
  }
  const code = await runRegistryCli(argv, io)
  return { code, stdout, stderr }
}

async function seededRegistry() {
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'registry-cli-'))
  const registry = ModelRegistry.open(undefined, { cwd })
  await registry.register('clf', [{ name: 'model.onnx', content: 'v1' }], { metrics: { acc: 0.9 } })
  await registry.register('clf', [{ name: 'model.onnx', content: 'v2' }])
  return { cwd, registry }
}

describe('registry CLI', () => {
  test('list, show and resolve on the default .ml-registry directory', async () => {
    const { cwd } = await seededRegistry()
    expect(await run(['list'], cwd)).toMatchObject({
      code: 0,
      stdout: 'clf  latest=2  versions=1,2\n'
    })
    const shown = await run(['show', 'clf/1', '--json'], cwd)
    expect(JSON.parse(shown.stdout)).toMatchObject({
      name: 'clf',
      version: 1,
      manifest: { metrics: { acc: 0.9 } }
    })
    expect((await run(['show', 'clf'], cwd)).stdout).toMatch(
      /^clf\/2 \(@latest\) created .*\n.* model\.onnx\n/
    )
    expect(await run(['resolve', 'clf@latest'], cwd)).toMatchObject({ code: 0, stdout: 'clf/2\n' })
  })

  test('promote with --expect, history, rollback', async () => {
    const { cwd } = await seededRegistry()
    const env = { GITHUB_ACTOR: 'octocat' }
    expect(
      (
        await run(
          ['promote', 'clf', 'prod', '1', '--expect', 'none', '--reason', 'first'],
          cwd,
          env
        )
      ).code
    ).toBe(0)
    const stale = await run(['promote', 'clf', 'prod', '2', '--expect', '2'], cwd, env)
    expect(stale.code).toBe(1)
    expect(stale.stderr).toMatch(/clf@prod is version 1, not version 2/)
    expect((await run(['promote', 'clf', 'prod', '2', '--expect', '1'], cwd, env)).stdout).toMatch(
      /#2 .* promote clf@prod: 1 -> 2 by octocat/
    )
    expect((await run(['rollback', 'clf', 'prod'], cwd, env)).stdout).toMatch(
      /rollback clf@prod: 2 -> 1/
    )
    const history = JSON.parse(
      (await run(['history', 'clf', 'prod', '--json'], cwd)).stdout
    ) as Array<{ seq: number }>
    expect(history.map((entry) => entry.seq)).toEqual([3, 2, 1])
    expect((await run(['resolve', 'clf@prod'], cwd)).stdout).toBe('clf/1\n')
  })

  test('verify and gc report, with exit 1 when verify finds problems', async () => {
    const { cwd, registry } = await seededRegistry()
    expect(await run(['verify'], cwd)).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^OK: 1 model/)
    })
    expect((await run(['gc', '--dry-run'], cwd)).stdout).toMatch(/would remove 0 abandoned claim/)
    const manifest = await registry.get('clf', 1)
    await registry.store.put(
      `blobs/sha256/${manifest.files[0]?.sha256.slice(0, 2)}/${manifest.files[0]?.sha256}`,
      Buffer.from('xx')
    )
    const failed = await run(['verify', 'clf'], cwd)
    expect(failed.code).toBe(1)
    expect(failed.stdout).toMatch(/FAILED[\s\S]*clf\/1 model\.onnx: blob .* hashes to/)
  })

  test('download writes the verified files and their manifest; refuses a non-empty directory', async () => {
    const { cwd, registry } = await seededRegistry()
    await registry.promote('clf', 'prod', 1)
    const first = await run(['download', 'clf@prod', '--to', 'out', '--json'], cwd)
    expect(first.code).toBe(0)
    const out = path.join(cwd, 'out')
    expect(JSON.parse(first.stdout)).toMatchObject({
      name: 'clf',
      version: 1,
      alias: 'prod',
      directory: out
    })
    expect(readFileSync(path.join(out, 'model.onnx'), 'utf8')).toBe('v1')
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'))
    expect(manifest).toEqual(await registry.get('clf', 1))

    const refused = await run(['download', 'clf@latest', '--to', 'out'], cwd)
    expect(refused).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/out is not empty.*--force/)
    })
    expect(readFileSync(path.join(out, 'model.onnx'), 'utf8')).toBe('v1')
    expect(await run(['download', 'clf/2', '--to', 'out', '--force'], cwd)).toMatchObject({
      code: 0,
      stdout: 'clf/2: 1 file(s), 2 bytes verified into ' + out + '\n'
    })
    expect(readFileSync(path.join(out, 'model.onnx'), 'utf8')).toBe('v2')
    expect(readdirSync(out).sort()).toEqual(['manifest.json', 'model.onnx'])
    expect(await run(['download', 'clf@prod'], cwd)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--to/)
    })
  })

  test('download of a tampered blob exits 1 and leaves neither the file nor a manifest', async () => {
    const { cwd, registry } = await seededRegistry()
    const [file] = (await registry.get('clf', 2)).files
    await registry.store.put(
      `blobs/sha256/${file?.sha256.slice(0, 2)}/${file?.sha256}`,
      Buffer.from('v3')
    )
    const failed = await run(['download', 'clf/2', '--to', 'bad'], cwd)
    expect(failed.code).toBe(1)
    expect(failed.stderr).toMatch(/model\.onnx/)
    expect(readdirSync(path.join(cwd, 'bad'))).toEqual([])
  })

  test('usage mistakes exit 2 and name the problem', async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'registry-cli-'))
    expect(await run(['frobnicate'], cwd)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/Unknown command "frobnicate"/)
    })
    expect(await run(['promote', 'clf'], cwd)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/takes 3 argument/)
    })
    expect(await run(['list', '--bogus'], cwd)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/bogus/)
    })
    expect(await run(['resolve', 'clf'], cwd)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/has no versions/)
    })
    expect(await run(['promote', 'clf', 'prod', 'x'], cwd)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/version number/)
    })
    expect(await run(['list', '--registry', 'ftp://host/x'], cwd)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/ftp:\/\/host\/x/)
    })
    expect((await run(['--help'], cwd)).code).toBe(0)
  })
})
