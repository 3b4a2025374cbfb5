import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  changelogVersions,
  parseReleaseTag,
  pinningFooter,
  releaseNotes
} from '../../scripts/release-notes.mjs'
import { repoRoot } from '../support/action-metadata.js'

const CHANGELOG = `# Changelog

One version for the whole repository.

## [Unreleased]

## [1.1.0] - 2026-12-20
### compare-metrics
- New \`fail-on: inconclusive\`.

\`\`\`yaml
## not a heading inside a code block
\`\`\`

### deploy-gate
- Rollback names the version it restored.

## [1.0.0] - 2026-12-01
### json-to-md
- First release.

[1.1.0]: https://github.com/org/ml-actions/compare/v1.0.0...v1.1.0
[1.0.0]: https://github.com/org/ml-actions/releases/tag/v1.0.0
`

describe('parseReleaseTag', () => {
  it('reads the version and the moving major tag', () => {
    expect(parseReleaseTag('v1.2.3')).toEqual({ version: '1.2.3', major: 'v1', prerelease: false })
    expect(parseReleaseTag('refs/tags/v10.0.1')).toEqual({
      version: '10.0.1',
      major: 'v10',
      prerelease: false
    })
    expect(parseReleaseTag('v2.0.0-rc.1')).toEqual({
      version: '2.0.0-rc.1',
      major: 'v2',
      prerelease: true
    })
  })

  it('refuses what is not a semver tag', () => {
    for (const tag of ['v1', 'v1.2', 'latest', 'v01.2.3', 'v1.2.3.4'])
      expect(() => parseReleaseTag(tag)).toThrow(`${tag} is not a release tag of the form vX.Y.Z`)
  })
})

describe('releaseNotes', () => {
  it('extracts one section with its per-action subsections, up to the next version', () => {
    expect(releaseNotes(CHANGELOG, 'v1.1.0')).toBe(
      [
        '### compare-metrics',
        '- New `fail-on: inconclusive`.',
        '',
        '```yaml',
        '## not a heading inside a code block',
        '```',
        '',
        '### deploy-gate',
        '- Rollback names the version it restored.'
      ].join('\n')
    )
  })

  it('leaves the link definitions out of the last section', () => {
    expect(releaseNotes(CHANGELOG, '1.0.0')).toBe('### json-to-md\n- First release.')
  })

  it('lists the sections it knows', () => {
    expect(changelogVersions(CHANGELOG)).toEqual(['Unreleased', '1.1.0', '1.0.0'])
  })

  it('fails on a missing or empty section', () => {
    expect(() => releaseNotes(CHANGELOG, '1.2.0')).toThrow(
      'the changelog has no section for 1.2.0 (sections: Unreleased, 1.1.0, 1.0.0)'
    )
    expect(() => releaseNotes(CHANGELOG, 'Unreleased')).toThrow(
      'the changelog section for Unreleased is empty'
    )
  })

  it('reads the repository changelog: a section per action', () => {
    const changelog = readFileSync(join(repoRoot, 'CHANGELOG.md'), 'utf8')
    const [newest] = changelogVersions(changelog)
    const notes = releaseNotes(changelog, newest!)
    for (const action of ['json-to-md', 'compare-metrics', 'train-evaluate', 'onnx-export-verify'])
      expect(notes).toContain(`### ${action}`)
    expect(notes).toContain('### deploy-gate')
  })
})

describe('pinningFooter', () => {
  const sha = 'a'.repeat(40)
  it('shows the commit pin, the release tag and the major tag', () => {
    const footer = pinningFooter('v1.4.0', sha)
    expect(footer).toContain(`- uses: org/ml-actions/compare-metrics@${sha} # v1.4.0`)
    expect(footer).toContain('`@v1.4.0` (this release) or `@v1` (the newest compatible release)')
  })
  it('refuses a short SHA', () => {
    expect(() => pinningFooter('v1.4.0', 'abc1234')).toThrow(
      'abc1234 is not a full 40-hex commit SHA'
    )
  })
})

describe('the command line', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'release-notes-'))
  const changelog = join(scratch, 'CHANGELOG.md')
  const pkg = join(scratch, 'package.json')
  writeFileSync(changelog, CHANGELOG)
  const run = (tag: string, version: string, ...extra: string[]) => {
    writeFileSync(pkg, JSON.stringify({ version }))
    return spawnSync(
      process.execPath,
      [
        join(repoRoot, 'scripts', 'release-notes.mjs'),
        tag,
        '--changelog',
        changelog,
        '--package',
        pkg,
        ...extra
      ],
      { encoding: 'utf8' }
    )
  }

  it('writes the notes of the tagged version', () => {
    const out = join(scratch, 'notes.md')
    const result = run('v1.0.0', '1.0.0', '--out', out)
    expect(result.status).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe('### json-to-md\n- First release.\n')
  })

  it('appends the pinning footer for --commit', () => {
    const out = join(scratch, 'notes-with-commit.md')
    const result = run('v1.0.0', '1.0.0', '--commit', 'b'.repeat(40), '--out', out)
    expect(result.status).toBe(0)
    const notes = readFileSync(out, 'utf8')
    expect(notes.startsWith('### json-to-md\n- First release.\n\n---\n')).toBe(true)
    expect(notes).toContain(`@${'b'.repeat(40)} # v1.0.0`)
  })

  it('refuses a tag that package.json does not declare', () => {
    const result = run('v1.1.0', '1.0.0')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('v1.1.0 does not match the version in package.json (1.0.0)')
    expect(result.stdout).toBe('')
  })

  it('refuses a version without notes', () => {
    const result = run('v1.2.0', '1.2.0')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('the changelog has no section for 1.2.0')
  })
})
