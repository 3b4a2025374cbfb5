// The body of a GitHub release: the CHANGELOG.md section of one version, and with --commit a footer
// showing how to pin the release by its commit SHA.
//   node scripts/release-notes.mjs v1.2.3 [--commit <sha>] [--changelog CHANGELOG.md]
//                                         [--package package.json] [--out notes.md]
// Fails (exit 1) when the tag is not vX.Y.Z, differs from package.json's version, or the changelog
// has no section for it or only an empty one, so a release never ships without its notes.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-.]+)?$/
// `## [1.2.3] - 2026-12-01`, `## 1.2.3`, `## v1.2.3 (2026-12-01)`, `## [Unreleased]`
const SECTION = /^##\s+\[?v?([^\]\s]+)\]?(?:\s.*)?$/
const FENCE = /^\s*(```|~~~)/
const LINK_DEFINITION = /^\[[^\]]+\]:\s+\S+/

/** `v1.2.3` (or `1.2.3`) → `{version: '1.2.3', major: 'v1'}`; anything else is refused. */
export function parseReleaseTag(tag) {
  const version = String(tag)
    .replace(/^refs\/tags\//, '')
    .replace(/^v/, '')
  const match = SEMVER.exec(version)
  if (!match) throw new Error(`${tag} is not a release tag of the form vX.Y.Z`)
  return { version, major: `v${match[1]}`, prerelease: match[4] !== undefined }
}

/** The versions the changelog has sections for, newest first as written. */
export function changelogVersions(changelog) {
  return sections(changelog).map((section) => section.version)
}

/** The section's text without its heading, trimmed; throws when it is missing or empty. */
export function releaseNotes(changelog, version) {
  const wanted = String(version).replace(/^v/, '')
  const all = sections(changelog)
  const section = all.find((s) => s.version.toLowerCase() === wanted.toLowerCase())
  if (!section) {
    const found = all.map((s) => s.version).join(', ') || 'none'
    throw new Error(`the changelog has no section for ${wanted} (sections: ${found})`)
  }
  const body = section.lines.join('\n').trim()
  if (!body) throw new Error(`the changelog section for ${wanted} is empty`)
  return body
}

/** How to pin this release by commit, for the end of its notes. */
export function pinningFooter(tag, commit) {
  if (!/^[0-9a-f]{40}$/.test(commit)) throw new Error(`${commit} is not a full 40-hex commit SHA`)
  return [
    '---',
    '',
    `Pin this release by its commit (immutable), for example:`,
    '',
    '```yaml',
    `- uses: org/ml-actions/compare-metrics@${commit} # ${tag}`,
    '```',
    '',
    `or use \`@${tag}\` (this release) or \`@${parseReleaseTag(tag).major}\` (the newest compatible release); see docs/releasing.md.`
  ].join('\n')
}

function sections(changelog) {
  const found = []
  let current
  let inFence = false
  for (const line of changelog.replace(/\r\n/g, '\n').split('\n')) {
    if (FENCE.test(line)) inFence = !inFence
    const heading = inFence ? null : SECTION.exec(line)
    if (heading) {
      current = { version: heading[1], lines: [] }
      found.push(current)
    } else if (current && !(LINK_DEFINITION.test(line) && !inFence)) {
      current.lines.push(line)
    }
  }
  return found
}

function main() {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      changelog: { type: 'string', default: join(root, 'CHANGELOG.md') },
      package: { type: 'string', default: join(root, 'package.json') },
      commit: { type: 'string' },
      out: { type: 'string' }
    }
  })
  if (positionals.length !== 1) throw new Error('usage: release-notes.mjs vX.Y.Z [--out file]')
  const { version } = parseReleaseTag(positionals[0])
  const declared = JSON.parse(readFileSync(values.package, 'utf8')).version
  if (declared !== version)
    throw new Error(`${positionals[0]} does not match the version in package.json (${declared})`)
  const sectionText = releaseNotes(readFileSync(values.changelog, 'utf8'), version)
  const footer = values.commit ? `\n\n${pinningFooter(positionals[0], values.commit)}` : ''
  const notes = `${sectionText}${footer}\n`
  if (values.out) writeFileSync(values.out, notes)
  else process.stdout.write(notes)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main()
  } catch (error) {
    console.error(`release-notes: ${error.message}`)
    process.exit(1)
  }
}
