import { describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigurationError } from '@ml-actions/core/errors'
import { LocalDirectoryStore, ModelRegistry } from '../src/index.js'

/** What a checkout killed part-way leaves, and what a re-run of it must do with that. */
async function registryWithTwoVersions() {
  const root = await mkdtemp(join(tmpdir(), 'checkout-'))
  const registry = new ModelRegistry(new LocalDirectoryStore(join(root, 'registry')))
  const files = (tag: string) => [
    { name: 'model.onnx', content: `weights ${tag}` },
    { name: 'meta/labels.json', content: `["${tag}"]` }
  ]
  await registry.register('m', files('one'))
  await registry.register('m', files('two'))
  return { registry, target: join(root, 'out') }
}

const listing = async (directory: string) =>
  (await readdir(directory, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(directory.length + 1))
    .sort()

describe('checkout into a directory an interrupted checkout left', () => {
  it('finishes over staged files and renamed files of the same version, and removes the staged ones', async () => {
    const { registry, target } = await registryWithTwoVersions()
    await mkdir(join(target, 'meta'), { recursive: true })
    await writeFile(join(target, 'model.onnx'), 'weights one')
    await writeFile(join(target, 'meta', 'labels.json.0123456789ab.partial'), '["o')
    await writeFile(join(target, 'manifest.json.ba9876543210.partial'), '{')

    await registry.checkout('m/1', target)
    expect(await listing(target)).toEqual(['manifest.json', 'meta/labels.json', 'model.onnx'])
    expect(await readFile(join(target, 'meta', 'labels.json'), 'utf8')).toBe('["one"]')
  })

  it('runs again over its own complete checkout', async () => {
    const { registry, target } = await registryWithTwoVersions()
    await registry.checkout('m/2', target)
    await registry.checkout('m/2', target)
    expect(await listing(target)).toEqual(['manifest.json', 'meta/labels.json', 'model.onnx'])
  })

  it("still refuses another version's checkout and files of its own", async () => {
    const { registry, target } = await registryWithTwoVersions()
    await registry.checkout('m/1', target)
    await expect(registry.checkout('m/2', target)).rejects.toThrow(ConfigurationError)
    expect(await readFile(join(target, 'model.onnx'), 'utf8')).toBe('weights one')

    const other = `${target}-other`
    await mkdir(other)
    await writeFile(join(other, 'model.onnx'), 'weights one')
    await writeFile(join(other, 'notes.txt'), 'mine')
    await expect(registry.checkout('m/1', other)).rejects.toThrow(/is not empty \(2 entries\)/)
  })
})
