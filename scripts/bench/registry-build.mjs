// Compiles packages/registry/src (and the one @ml-actions/core module it uses) with swc into a
// temp directory that plain Node can import; its node_modules links to the repository's.
import { transformFile } from '@swc/core'
import { mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))

export async function buildRegistry() {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'registry-build-'))
  await writeFile(path.join(directory, 'package.json'), '{"type":"module"}\n')
  await symlink(path.join(root, 'node_modules'), path.join(directory, 'node_modules'), 'dir')
  const compile = async (source, target) => {
    const { code } = await transformFile(source, {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'es6' }
    })
    await writeFile(
      target,
      code.replace(/(['"])@ml-actions\/core\/errors\1/g, "'./core-errors.js'")
    )
  }
  await compile(
    path.join(root, 'packages/core/src/errors.ts'),
    path.join(directory, 'core-errors.js')
  )
  const sources = path.join(root, 'packages/registry/src')
  for (const name of await readdir(sources)) {
    if (name.endsWith('.ts'))
      await compile(path.join(sources, name), path.join(directory, name.replace(/\.ts$/, '.js')))
  }
  return { directory, remove: () => rm(directory, { recursive: true, force: true }) }
}
