// Bundle every action (plus the root pipeline action and the CLI) with ncc into dist/<name>/: ESM because the root package is
// "type": "module". Output is deterministic, committed, and checked fresh by CI.
import ncc from '@vercel/ncc'
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const only = process.argv.slice(2)

async function entries() {
  const names = (await readdir(join(root, 'actions'))).filter((name) =>
    existsSync(join(root, 'actions', name, 'src', 'index.ts'))
  )
  const list = names.map((name) => ({
    name,
    entry: join(root, 'actions', name, 'src', 'index.ts')
  }))
  list.push({ name: 'pipeline', entry: join(root, 'src', 'pipeline', 'index.ts') })
  list.push({ name: 'cli', entry: join(root, 'src', 'cli', 'index.ts') })
  return list.filter((e) => existsSync(e.entry) && (only.length === 0 || only.includes(e.name)))
}

for (const { name, entry } of await entries()) {
  const out = join(root, 'dist', name)
  const started = Date.now()
  const { code, assets } = await ncc(entry, {
    externals: ['onnxruntime-node'],
    minify: false,
    sourceMap: false,
    license: 'licenses.txt',
    quiet: true,
    target: 'es2022'
  })
  await rm(out, { recursive: true, force: true })
  await mkdir(out, { recursive: true })
  await writeFile(join(out, 'index.js'), code)
  for (const [file, asset] of Object.entries(assets)) {
    await mkdir(join(out, file, '..'), { recursive: true })
    await writeFile(join(out, file), asset.source)
  }
  console.log(
    `dist/${name}/index.js  ${(code.length / 1024).toFixed(0)} kB  ${Date.now() - started} ms`
  )
}
