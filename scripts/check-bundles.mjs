// A bundle that builds can still be broken: ncc resolving an ESM-only package under the `require`
// condition emits `webpackMissingModule`, and a module that cannot run as CommonJS throws only when
// its chunk first loads. So every module of every bundle is evaluated here. Also check every action
// has a bundle, that node loads it as CommonJS, that no native onnxruntime binaries were copied in,
// and that the entry chunk leaves the heavy clients to chunks loaded on first use (they made
// start-up 4–15× slower).
import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const problems = []
let modulesEvaluated = 0
// Strings each of these packages contains, so a static import that pulls one back in is caught.
const DEFERRED_PACKAGES = {
  'AWS SDK': 'aws-sdk-js',
  Octokit: 'octokit-core.js',
  'undici (@actions/http-client)': 'undici',
  yaml: 'YAMLParseError'
}
const names = readdirSync(join(root, 'actions')).filter((n) =>
  existsSync(join(root, 'actions', n, 'src', 'index.ts'))
)
for (const name of [...names, 'pipeline', 'cli']) {
  const dir = join(root, 'dist', name)
  const bundle = join(dir, 'index.js')
  if (!existsSync(bundle)) {
    problems.push(`dist/${name}/index.js is missing: run npm run build`)
    continue
  }
  const code = readFileSync(bundle, 'utf8')
  if (code.includes('webpackMissingModule'))
    problems.push(`dist/${name}/index.js contains webpackMissingModule`)
  for (const [what, marker] of Object.entries(DEFERRED_PACKAGES)) {
    if (code.includes(marker))
      problems.push(`dist/${name}/index.js loads ${what} at start-up: import it where it is used`)
  }
  const pkg = join(dir, 'package.json')
  if (!existsSync(pkg) || JSON.parse(readFileSync(pkg, 'utf8')).type !== 'commonjs') {
    problems.push(`dist/${name}/package.json must declare "type": "commonjs"`)
  }
  problems.push(...moduleFailures(name, dir))
  for (const file of readdirSync(dir, { recursive: true })) {
    const path = join(dir, String(file))
    if (String(file).endsWith('.node'))
      problems.push(`dist/${name}/${file}: native binary in a bundle`)
    else if (statSync(path).size > 15 * 1024 * 1024)
      problems.push(`dist/${name}/${file}: over 15 MB`)
  }
}

function moduleFailures(name, dir) {
  const walk = spawnSync(process.execPath, [join(root, 'scripts', 'evaluate-bundle.mjs'), dir], {
    encoding: 'utf8',
    cwd: dir,
    env: { PATH: process.env.PATH }
  })
  const summary = walk.status === 0 && /^\{.*\}$/m.exec(walk.stdout)
  if (!summary) return [`dist/${name}: its modules could not be evaluated\n${walk.stderr}`]
  const { modules, failures } = JSON.parse(summary[0])
  modulesEvaluated += modules
  return failures.map(({ where, error }) => `dist/${name}: ${where} throws when it loads: ${error}`)
}

if (problems.length) {
  console.error(problems.join('\n'))
  process.exit(1)
}
console.log(`checked ${names.length + 2} bundles, ${modulesEvaluated} modules evaluated`)
