// The map of the tree at the top of docs/contributing.md (its "## Layout" code block) against the
// tree: `node scripts/check-layout.mjs` (run by `npm run lint`) exits 1 when a source folder exists
// that no line of the map names, or a line names a path that is gone, so the map cannot go stale.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

/**
 * The folders a newcomer must find in the map: every top-level folder, each package and action and
 * the folders in them (src/ and tests/ excepted: the rules below the map say what they hold), every
 * folder of a package's or an action's src/, of src/, scripts/, tests/ and tests/support/.
 * `*` stands for one path segment.
 */
export const MAPPED_FOLDERS = [
  '*',
  'packages/*',
  'packages/*/*',
  'packages/*/src/*',
  'actions/*',
  'actions/*/*',
  'actions/*/src/*',
  'src/*',
  'scripts/*',
  'tests/*',
  'tests/support/*'
]
const CONVENTIONAL = /^(packages|actions)\/[^/]+\/(src|tests)$/

/** Placeholders a line may use for one segment: `<name>` an action, `<pkg>` a package. */
const PLACEHOLDERS = { '<name>': 'actions', '<pkg>': 'packages' }

/** The lines of the map: `path   what lives there`, continuation lines indented. */
export function layoutEntries(contributing) {
  const section = contributing.split(/^## Layout\s*$/m)[1]
  const block = section && /^```[^\n]*\n([\s\S]*?)^```/m.exec(section)
  if (!block) throw new Error('docs/contributing.md has no "## Layout" section with a code block')
  return block[1]
    .split('\n')
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => /^\S/.test(line))
    .map(({ line, index }) => {
      const [path, ...rest] = line.trim().split(/\s+/)
      return { path, described: rest.length > 0, line: index + 1 }
    })
}

function segmentsMatch(pattern, folder) {
  const p = pattern.split('/')
  const f = folder.split('/')
  return p.length === f.length && p.every((segment, i) => segment === '*' || segment === f[i])
}

/** What each map path stands for in a tree of `files` (paths relative to the root, `/`-separated). */
function expand(path, folders, files) {
  const isFolder = path.endsWith('/')
  const segments = (isFolder ? path.slice(0, -1) : path).split('/')
  let candidates = ['']
  for (const segment of segments) {
    const parent = PLACEHOLDERS[segment]
    const next = []
    for (const prefix of candidates) {
      const values = parent
        ? [...folders].filter((f) => segmentsMatch(`${parent}/*`, f)).map((f) => f.split('/')[1])
        : [segment]
      for (const value of values) next.push(prefix ? `${prefix}/${value}` : value)
    }
    candidates = next
  }
  return candidates.filter((candidate) =>
    isFolder ? folders.has(candidate) : files.has(candidate)
  )
}

/** Problems of the map against the tree, one sentence each; none when the two agree. */
export function layoutProblems(contributing, files) {
  const fileSet = new Set(files)
  const folders = new Set()
  for (const file of files) {
    const parts = file.split('/')
    for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'))
  }
  const problems = []
  const named = new Set()
  for (const entry of layoutEntries(contributing)) {
    const found = expand(entry.path, folders, fileSet)
    if (found.length === 0) {
      problems.push(
        `the map names ${entry.path}, which is not in the tree (map line ${entry.line})`
      )
    }
    if (!entry.described) problems.push(`the map's line for ${entry.path} says nothing about it`)
    for (const path of found) {
      named.add(path)
      // A file's line says what its folder holds (`src/bundle/entry.ts`).
      if (!entry.path.endsWith('/')) named.add(path.split('/').slice(0, -1).join('/'))
    }
  }
  const required = [...folders]
    .filter((folder) => MAPPED_FOLDERS.some((pattern) => segmentsMatch(pattern, folder)))
    .filter((folder) => !CONVENTIONAL.test(folder))
    .sort()
  for (const folder of required) {
    if (!named.has(folder)) problems.push(`${folder}/ is in the tree but not in the map`)
  }
  return problems
}

/**
 * The files git knows below the root: tracked, and (unless `untracked` is false) untracked ones it
 * does not ignore. The jest test reads tracked files only, so a folder another test is writing at
 * that moment cannot fail it; `npm run lint` reads both.
 */
export function treeFiles(root, { untracked = true } = {}) {
  const others = untracked ? ['--others', '--exclude-standard'] : []
  return execFileSync('git', ['ls-files', '--cached', ...others, '-z'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
    .split('\0')
    .filter((file) => file && existsSync(`${root}/${file}`))
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const contributing = readFileSync(`${root}docs/contributing.md`, 'utf8')
  const problems = layoutProblems(contributing, treeFiles(root))
  if (problems.length > 0) {
    console.error(
      `check-layout: the map in docs/contributing.md ("## Layout") is stale:\n- ${problems.join('\n- ')}`
    )
    process.exit(1)
  }
}
