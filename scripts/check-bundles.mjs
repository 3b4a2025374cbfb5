// A bundle that builds can still be broken: ncc resolving an ESM-only package under the `require`
// condition emits `webpackMissingModule`, and a module that cannot run as CommonJS throws only when
// its chunk first loads. So every module of the shared bundle (dist/lib) is evaluated here. Also check
// that every action, the root action and the CLI has its start script, that node loads all of it as
// CommonJS, that no native onnxruntime binaries were copied in, and that the chunks a step loads at
// start leave the heavy clients to chunks loaded on first use (they made start-up 4–15× slower).
import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const library = join(root, 'dist', 'lib')
const problems = []
// Strings each of these packages contains, so a static import that pulls one back in is caught.
const DEFERRED_PACKAGES = {
  'AWS SDK': 'aws-sdk-js',
  Octokit: 'octokit-core.js',
  'undici (@actions/http-client)': 'undici',
  yaml: 'YAMLParseError'
}
const names = [
  ...readdirSync(join(root, 'actions')).filter((n) =>
    existsSync(join(root, 'actions', n, 'action.yml'))
  ),
  'pipeline',
  'cli'
]

const commonjs = (dir) => {
  const pkg = join(dir, 'package.json')
  return existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).type === 'commonjs'
}

const entry = existsSync(join(library, 'index.js'))
  ? readFileSync(join(library, 'index.js'), 'utf8')
  : ''
if (!entry) problems.push('dist/lib/index.js is missing: run npm run build')
if (!commonjs(library)) problems.push('dist/lib/package.json must declare "type": "commonjs"')
const startChunks = startChunksOf(entry)
for (const name of names) {
  const script = join(root, 'dist', name, 'index.js')
  if (
    !existsSync(script) ||
    !readFileSync(script, 'utf8').includes(`.start(${JSON.stringify(name)})`)
  )
    problems.push(`dist/${name}/index.js does not start ${name}: run npm run build`)
  if (!commonjs(join(root, 'dist', name)))
    problems.push(`dist/${name}/package.json must declare "type": "commonjs"`)
  const chunks = startChunks.get(name)
  if (!chunks) {
    problems.push(`dist/lib/index.js has no start for ${name} (src/bundle/entry.ts)`)
    continue
  }
  for (const file of ['index.js', ...chunks.map((id) => `${id}.index.js`)]) {
    const code = readFileSync(join(library, file), 'utf8')
    for (const [what, marker] of Object.entries(DEFERRED_PACKAGES))
      if (code.includes(marker))
        problems.push(
          `${name} loads ${what} at start-up (dist/lib/${file}): import it where it is used`
        )
  }
}
let modules = 0
for (const file of existsSync(library) ? readdirSync(library, { recursive: true }) : []) {
  const path = join(library, String(file))
  if (String(file).endsWith('.node')) problems.push(`dist/lib/${file}: native binary in a bundle`)
  else if (statSync(path).size > 15 * 1024 * 1024) problems.push(`dist/lib/${file}: over 15 MB`)
  else if (
    String(file).endsWith('.js') &&
    readFileSync(path, 'utf8').includes('webpackMissingModule')
  )
    problems.push(`dist/lib/${file} contains webpackMissingModule`)
}
if (entry) problems.push(...moduleFailures())

/** The chunks each step's start loads: the ids in its `start` table entry of the bundle's entry. */
function startChunksOf(code) {
  const table = /const starters = \{([\s\S]*?)\n\};/.exec(code)
  const starts = new Map()
  for (const [, name, body] of (table?.[1] ?? '').matchAll(
    /^ {4}'?([a-z-]+)'?: async \(\) => ([\s\S]*?)(?=^ {4}'?[a-z-]+'?: async|(?![\s\S]))/gm
  ))
    starts.set(
      name,
      [...body.matchAll(/__nccwpck_require__\.e\((?:\/\* import\(\) \*\/ )?(\d+)\)/g)].map(
        (m) => m[1]
      )
    )
  return starts
}

function moduleFailures() {
  const walk = spawnSync(
    process.execPath,
    [join(root, 'scripts', 'evaluate-bundle.mjs'), library],
    {
      encoding: 'utf8',
      cwd: library,
      env: { PATH: process.env.PATH }
    }
  )
  const summary = walk.status === 0 && /^\{.*\}$/m.exec(walk.stdout)
  if (!summary) return [`dist/lib: its modules could not be evaluated\n${walk.stderr}`]
  const result = JSON.parse(summary[0])
  modules = result.modules
  return result.failures.map(
    ({ where, error }) => `dist/lib: ${where} throws when it loads: ${error}`
  )
}

if (problems.length) {
  console.error(problems.join('\n'))
  process.exit(1)
}
console.log(`checked ${names.length} start scripts and dist/lib, ${modules} modules evaluated`)
