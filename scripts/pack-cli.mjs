// The `ml-actions` npm package: the committed dist/cli start script and the dist/lib bundle it starts
// from (the same code the actions run), its bin, and what the demo needs, under a manifest whose
// version is the repository's. Staged into a folder of its own, because the repository's root package
// is the private workspace root.
//
//   node scripts/pack-cli.mjs --stage DIR              stage only (the release workflow publishes DIR)
//   node scripts/pack-cli.mjs --pack-destination DIR   stage in a temporary folder and `npm pack` there
import { execFileSync } from 'node:child_process'
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const root = new URL('..', import.meta.url).pathname
const { values } = parseArgs({
  options: { stage: { type: 'string' }, 'pack-destination': { type: 'string' } }
})
if (!values.stage && !values['pack-destination']) {
  console.error('usage: node scripts/pack-cli.mjs --stage DIR | --pack-destination DIR')
  process.exit(2)
}

const workspace = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'))
if (!['cli', 'lib'].every((part) => existsSync(join(root, 'dist', part, 'index.js')))) {
  console.error('dist/cli or dist/lib is missing: run `npm run build` first')
  process.exit(1)
}

const stage = values.stage
  ? resolve(values.stage)
  : await mkdtemp(join(tmpdir(), 'ml-actions-cli-package-'))
await rm(stage, { recursive: true, force: true })
await mkdir(join(stage, 'bin'), { recursive: true })
// dist/cli/index.js starts the CLI from the bundle every step shares, dist/lib.
for (const part of ['cli', 'lib']) {
  await cp(join(root, 'dist', part), join(stage, 'dist', part), { recursive: true })
}
await cp(join(root, 'bin', 'ml-actions.js'), join(stage, 'bin', 'ml-actions.js'))
// `ml-actions demo` finds the example project next to the bundle, and names the installer script.
await cp(
  join(root, 'docs', 'examples', 'classifier'),
  join(stage, 'docs', 'examples', 'classifier'),
  {
    recursive: true
  }
)
await mkdir(join(stage, 'scripts'))
await cp(
  join(root, 'scripts', 'install-python-deps.sh'),
  join(stage, 'scripts', 'install-python-deps.sh')
)
await cp(join(root, 'docs', 'cli.md'), join(stage, 'README.md'))

const repositoryUrl =
  workspace.repository?.url ??
  (process.env.GITHUB_REPOSITORY
    ? `git+${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${process.env.GITHUB_REPOSITORY}.git`
    : undefined)
const manifest = {
  name: 'ml-actions',
  version: workspace.version,
  description:
    'ML CI/CD from any CI: train, compare metrics, verify ONNX exports, gate and promote models (the ml-actions GitHub Actions as a command line).',
  license: workspace.license,
  type: 'module',
  bin: { 'ml-actions': 'bin/ml-actions.js' },
  engines: workspace.engines,
  // npm provenance ties the published tarball to this repository's release workflow run.
  ...(repositoryUrl ? { repository: { type: 'git', url: repositoryUrl } } : {}),
  keywords: ['mlops', 'ci', 'github-actions', 'circleci', 'gitlab-ci', 'onnx', 'model-registry']
}
await writeFile(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)

if (values['pack-destination']) {
  const destination = resolve(values['pack-destination'])
  await mkdir(destination, { recursive: true })
  const packed = execFileSync(
    'npm',
    ['pack', '--json', '--pack-destination', destination, '--ignore-scripts'],
    { cwd: stage, encoding: 'utf8' }
  )
  const [{ filename }] = JSON.parse(packed)
  await rm(stage, { recursive: true, force: true })
  console.log(join(destination, filename))
} else {
  console.log(stage)
}
