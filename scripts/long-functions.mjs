// The functions of the shipped source longer than a limit (80 lines unless given), longest first:
// `node scripts/long-functions.mjs [limit]`. The number docs/contributing.md quotes comes from here.
import { readFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const root = fileURLToPath(new URL('..', import.meta.url))
const limit = Number(process.argv[2] ?? 80)
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
        rows.push({ lines: end - start + 1, where: `${file}:${start + 1}`, name: nameOf(node) })
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
