// Usage: node scripts/evaluate-bundle.mjs dist/lib
// Loads every chunk of the shared CommonJS ncc bundle and evaluates every module in it (its entry only
// defines `start`, which is not called). A module that throws while it loads (a format conversion that went wrong, a dependency
// that cannot run as CommonJS) would otherwise fail only on the run that first needs its chunk.
// Prints one JSON line: { modules, failures: [{ where, error }] }; exits 1 on a file that is not one.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { compileFunction } from 'node:vm'

const directory = resolve(process.argv[2])
const source = readFileSync(join(directory, 'index.js'), 'utf8')
const found = /\nmodule\.exports = __webpack_exports__;\n/.exec(source)
if (!found) {
  console.error(`${join(directory, 'index.js')}: no CommonJS ncc exports found`)
  process.exit(1)
}
// Replaces the entry's exports with a walk over the module table, inside the bundle's own scope, so
// every module runs under the same runtime (and the same require, __filename) as on a real run.
const walk = `
const pending = []
const failures = []
const message = (error) => String((error && error.message) || error).slice(0, 300)
for (const file of require('node:fs').readdirSync(__dirname)) {
  const chunk = /^(\\d+)\\.index\\.js$/.exec(file)
  if (!chunk) continue
  try {
    __nccwpck_require__.f.require(Number(chunk[1]), [])
  } catch (error) {
    failures.push({ where: 'chunk ' + file, error: message(error) })
  }
}
for (const id of Object.keys(__webpack_modules__)) {
  const where = 'module ' + id
  try {
    const exported = __nccwpck_require__(id)
    if (exported && typeof exported.then === 'function') {
      pending.push(exported.then(() => {}, (error) => failures.push({ where, error: message(error) })))
    }
  } catch (error) {
    failures.push({ where, error: message(error) })
  }
}
module.exports = Promise.all(pending).then(() => ({ modules: Object.keys(__webpack_modules__).length, failures }))
`
// Run as node runs dist/lib/index.js itself (the CommonJS wrapper's five bindings), so __dirname,
// require and the chunk paths are the bundle's.
const filename = join(directory, 'index.js')
const script = source.slice(0, found.index) + walk + source.slice(found.index + found[0].length)
const bindings = ['exports', 'require', 'module', '__filename', '__dirname']
const probe = { exports: {} }
compileFunction(script, bindings, { filename })(
  probe.exports,
  createRequire(filename),
  probe,
  filename,
  dirname(filename)
)
const summary = await probe.exports
console.log(JSON.stringify(summary))
// Modules may leave timers or handles behind; the walk is done.
process.exit(0)
