import { transformFile } from '@swc/core'
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url))
const registrySource = path.join(repositoryRoot, 'packages/registry/src')
const coreErrorsSource = path.join(repositoryRoot, 'packages/core/src/errors.ts')
const coreCiSource = path.join(repositoryRoot, 'packages/core/src/ci')

export interface CompiledRegistry {
  directory: string
  remove(): Promise<void>
}

/**
 * Child processes cannot import the TypeScript sources (Node 20 has no type stripping and no
 * TS loader is installed), so the real registry code is compiled with swc into a temp directory
 * whose `node_modules` links to the repository's. The workers then run exactly the code under test.
 */
export async function compileRegistry(): Promise<CompiledRegistry> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'registry-compiled-'))
  await mkdir(directory, { recursive: true })
  await writeFile(path.join(directory, 'package.json'), '{"type":"module"}\n')
  await symlink(
    path.join(repositoryRoot, 'node_modules'),
    path.join(directory, 'node_modules'),
    'dir'
  )
  const compile = async (source: string, target: string) => {
    const { code } = await transformFile(source, {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'es6' },
      sourceMaps: false
    })
    await writeFile(
      target,
      code
        .replace(/(['"])@ml-actions\/core\/errors\1/g, "'./core-errors.js'")
        .replace(/(['"])@ml-actions\/core\/ci\1/g, "'./core-ci/index.js'")
    )
  }
  await compile(coreErrorsSource, path.join(directory, 'core-errors.js'))
  await mkdir(path.join(directory, 'core-ci'))
  for (const file of await readdir(coreCiSource)) {
    if (file.endsWith('.ts'))
      await compile(
        path.join(coreCiSource, file),
        path.join(directory, 'core-ci', file.replace(/\.ts$/, '.js'))
      )
  }
  for (const file of await readdir(registrySource)) {
    if (file.endsWith('.ts'))
      await compile(
        path.join(registrySource, file),
        path.join(directory, file.replace(/\.ts$/, '.js'))
      )
  }
  return { directory, remove: () => rm(directory, { recursive: true, force: true }) }
}
