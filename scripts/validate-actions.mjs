// Validate every action.yml and workflow with @action-validator/cli. Its bundled schema predates
// the node24 runtime, so actions are validated from a copy with `using: node20` and the runtime is
// asserted separately (every JavaScript action here must declare node24).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'

const root = new URL('..', import.meta.url).pathname
const validator = join(root, 'node_modules', '.bin', 'action-validator')
const problems = []
let workflowCount = 0

function validate(path, label) {
  try {
    execFileSync(validator, [path], { stdio: 'pipe' })
  } catch (error) {
    problems.push(`${label}:\n${error.stdout?.toString() || error.message}`)
  }
}

const actionFiles = [join(root, 'action.yml')]
for (const name of readdirSync(join(root, 'actions'))) {
  const path = join(root, 'actions', name, 'action.yml')
  if (existsSync(path)) actionFiles.push(path)
  // The generated short form, `uses: org/ml-actions/<name>@v1`.
  const alias = join(root, name, 'action.yml')
  if (existsSync(alias)) actionFiles.push(alias)
}
for (const path of actionFiles) {
  if (!existsSync(path)) continue
  const text = readFileSync(path, 'utf8')
  const metadata = parse(text)
  if (metadata.runs?.using?.startsWith('node') && metadata.runs.using !== 'node24') {
    problems.push(`${path}: runs.using is ${metadata.runs.using}, expected node24`)
  }
  const copyDir = mkdtempSync(join(tmpdir(), 'action-validate-'))
  const copy = join(copyDir, 'action.yml')
  writeFileSync(copy, text.replace(/using:\s*['"]?node24['"]?/, "using: 'node20'"))
  validate(copy, path)
}

const workflowDir = join(root, '.github', 'workflows')
for (const name of existsSync(workflowDir) ? readdirSync(workflowDir) : []) {
  if (/\.ya?ml$/.test(name)) {
    validate(join(workflowDir, name), join('.github/workflows', name))
    workflowCount++
  }
}
// The example workflows the docs show are validated like the repository's own.
for (const dir of ['docs/examples']) {
  const examples = join(root, dir)
  if (!existsSync(examples)) continue
  for (const name of readdirSync(examples, { recursive: true })) {
    if (/workflows\/.*\.ya?ml$/.test(String(name))) {
      validate(join(examples, String(name)), join(dir, String(name)))
      workflowCount++
    }
  }
}

if (problems.length) {
  console.error(problems.join('\n\n'))
  process.exit(1)
}
console.log(`validated ${actionFiles.length} action files and ${workflowCount} workflows`)
