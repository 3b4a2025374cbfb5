// Rewrite the inputs/outputs tables of each actions/<name>/README.md from its action.yml, between
// <!-- action-docs:start --> and <!-- action-docs:end -->. `--check` fails instead of writing.
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

const root = new URL('..', import.meta.url).pathname
const check = process.argv.includes('--check')
const START = '<!-- action-docs:start -->'
const END = '<!-- action-docs:end -->'

const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ')
    .trim()

export function renderActionDocs(metadata) {
  const lines = [
    '### Inputs',
    '',
    '| Input | Required | Default | Description |',
    '| --- | --- | --- | --- |'
  ]
  for (const [name, spec] of Object.entries(metadata.inputs ?? {})) {
    const fallback =
      spec.default === undefined || spec.default === '' ? '' : `\`${cell(spec.default)}\``
    lines.push(
      `| \`${name}\` | ${spec.required ? 'yes' : 'no'} | ${fallback} | ${cell(spec.description)} |`
    )
  }
  lines.push('', '### Outputs', '', '| Output | Description |', '| --- | --- |')
  for (const [name, spec] of Object.entries(metadata.outputs ?? {})) {
    lines.push(`| \`${name}\` | ${cell(spec.description)} |`)
  }
  return lines.join('\n')
}

let stale = []
for (const name of readdirSync(join(root, 'actions'))) {
  const ymlPath = join(root, 'actions', name, 'action.yml')
  const readmePath = join(root, 'actions', name, 'README.md')
  if (!existsSync(ymlPath)) continue
  const generated = renderActionDocs(parse(readFileSync(ymlPath, 'utf8')))
  const readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : ''
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start === -1 || end === -1) {
    stale.push(`${readmePath}: missing ${START} … ${END} markers`)
    continue
  }
  const updated = `${readme.slice(0, start + START.length)}\n${generated}\n${readme.slice(end)}`
  if (updated !== readme) {
    if (check)
      stale.push(`${readmePath}: inputs/outputs tables differ from action.yml (run npm run docs)`)
    else writeFileSync(readmePath, updated)
  }
}
if (stale.length) {
  console.error(stale.join('\n'))
  process.exit(1)
}
