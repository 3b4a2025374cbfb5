// The functions of the shipped source longer than a limit (80 lines unless given), longest first:
// `node scripts/long-functions.mjs [limit] [--check]`. The number docs/contributing.md quotes comes
// from here. With --check (run by `npm run lint`) it exits 1 when a function not in STILL_SPLITTING
// is over the limit, so the limit holds for new code while those splits are under way.
import { readFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const root = fileURLToPath(new URL('..', import.meta.url))
const args = process.argv.slice(2)
const check = args.includes('--check')
const limit = Number(args.find((arg) => arg !== '--check') ?? 80)
// Functions over the limit that are being split (issue #17); remove a line once its split lands.
const STILL_SPLITTING = new Set([])
const files = execFileSync('git', ['ls-files', '*.ts'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((file) => file && !/(^|\/)tests\//.test(file) && !file.endsWith('.d.ts'))

const rows = []
for (const file of files) {
  const source = ts.createSourceFile(
    file,
    readFileSync(`${root}${file}`, 'utf8'),
    ts.ScriptTarget.Latest,
    true
  )
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line
      const end = source.getLineAndCharacterOfPosition(node.end).line
      if (end - start + 1 > limit)
        rows.push({
          lines: end - start + 1,
          file,
          where: `${file}:${start + 1}`,
          name: nameOf(node)
        })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
}

function nameOf(node) {
  if (node.name) return node.name.getText()
  const parent = node.parent
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)))
    return parent.name.getText()
  if (parent && ts.isReturnStatement(parent)) return '(returned closure)'
  return '(anonymous)'
}

rows.sort((a, b) => b.lines - a.lines)
for (const { lines, where, name } of rows)
  console.log(`${String(lines).padStart(4)}  ${name}  ${where}`)
console.log(`${rows.length} functions over ${limit} lines`)
if (check) {
  const unexpected = rows.filter(({ file, name }) => !STILL_SPLITTING.has(`${file} ${name}`))
  for (const { lines, where, name } of unexpected)
    console.error(`${where}: ${name} is ${lines} lines (limit ${limit}): split it into named steps`)
  if (unexpected.length > 0) process.exit(1)
}
