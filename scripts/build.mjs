// Bundle every action (plus the root pipeline action and the CLI) with ncc into dist/<name>/. The source
// is ESM, but each bundle is a CommonJS script (`esm: false`, and a package.json saying so next to it):
// node starts a CommonJS main without its ESM loader, which saved 10–20 ms of a 75–95 ms step start on
// a 2-core runner. Output is deterministic, committed, and checked fresh by CI.
import ncc from '@vercel/ncc'
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { fileURLToPath } from 'node:url'

const root = new URL('..', import.meta.url).pathname
const only = process.argv.slice(2)
const NCC_OPTIONS = {
  externals: ['onnxruntime-node'],
  minify: false,
  sourceMap: false,
  license: 'licenses.txt',
  quiet: true,
  target: 'es2022',
  esm: false
}

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

const selected = await entries()
if (only.length === 0 && selected.length > 1) {
  // One process per bundle: ncc keeps every module graph it built in memory, and the full set
  // outgrows the default heap. Two at a time suit the 2-core machines CI runs on.
  await buildInChildren(
    selected.map((e) => e.name),
    2
  )
} else {
  for (const { name, entry } of selected) await buildOne(name, entry)
}

async function buildInChildren(names, parallel) {
  const queue = [...names]
  const failures = []
  const worker = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      const code = await new Promise((done) => {
        const child = spawn(process.execPath, [fileURLToPath(import.meta.url), name], {
          stdio: 'inherit'
        })
        child.on('close', done)
      })
      if (code !== 0) failures.push(name)
    }
  }
  await Promise.all(Array.from({ length: parallel }, worker))
  if (failures.length > 0) {
    console.error(`build failed: ${failures.join(', ')}`)
    process.exit(1)
  }
}

/**
 * ncc's default webpack cache is keyed by the entry path alone, not the options: after a change of
 * options (ESM to CommonJS output was one) it served modules rendered for the old ones. One cache per
 * set of options, inside this checkout.
 */
function cacheDirectory() {
  const key = createHash('sha256').update(JSON.stringify(NCC_OPTIONS)).digest('hex').slice(0, 16)
  return join(root, 'node_modules', '.cache', `ncc-${key}`)
}

async function buildOne(name, entry) {
  const out = join(root, 'dist', name)
  const started = Date.now()
  const { code, assets } = await ncc(entry, { ...NCC_OPTIONS, cache: cacheDirectory() })
  await rm(out, { recursive: true, force: true })
  await mkdir(out, { recursive: true })
  await writeFile(join(out, 'index.js'), scriptSource(code))
  for (const [file, asset] of Object.entries(assets)) {
    await mkdir(join(out, file, '..'), { recursive: true })
    const source = file.endsWith('.js') ? scriptSource(String(asset.source)) : asset.source
    await writeFile(join(out, file), source)
  }
  // The repository is "type": "module"; without this node would load the bundle as ESM.
  await writeFile(join(out, 'package.json'), '{\n  "type": "commonjs"\n}\n')
  console.log(
    `dist/${name}/index.js  ${(code.length / 1024).toFixed(0)} kB  ${Date.now() - started} ms`
  )
}

/**
 * webpack writes `import.meta.url` into a CommonJS bundle as `require("url").pathToFileURL(__filename)`.
 * In a module that declares its own `require` or `__filename` (Emscripten's ESM shim in
 * @azure/storage-common does), concatenation renames that local and the expression is captured by it
 * (`crc64_require("url").pathToFileURL(crc64_filename)`), which throws when the module loads. Point it
 * back at node's own bindings. `npm run check:bundles` loads every module, so whatever else cannot
 * run as CommonJS (an `import.meta` left over is a syntax error there) fails it.
 */
function scriptSource(code) {
  return code.replace(
    /\b[\w$]+_require\("url"\)\.pathToFileURL\([\w$]+_filename\)\.href/g,
    'require("url").pathToFileURL(__filename).href'
  )
}
