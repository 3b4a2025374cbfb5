import { describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot } from '../support/action-metadata.js'
import { parseWorkflow, triggers, type WorkflowJob } from '../support/workflow-contract.js'

const workflow = parseWorkflow(
  readFileSync(join(repoRoot, '.github', 'workflows', 'release.yml'), 'utf8')
)
const jobs = workflow.jobs as Record<string, WorkflowJob>

function script(jobId: string, stepName: RegExp): string {
  const step = jobs[jobId]?.steps?.find((candidate) => stepName.test(candidate.name ?? ''))
  if (!step?.run) throw new Error(`release.yml: job ${jobId} has no step named ${stepName}`)
  return step.run
}

/** Runs a step's script the way the runner does (`bash -e -o pipefail`) in a scratch directory. */
function runStep(run: string, cwd: string, env: Record<string, string> = {}) {
  return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', run], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: cwd, GIT_CONFIG_NOSYSTEM: '1', ...env }
  })
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...gitEnv, PATH: process.env.PATH }
  })
}
const gitEnv = {
  GIT_AUTHOR_NAME: 'release test',
  GIT_AUTHOR_EMAIL: 'release@example.test',
  GIT_COMMITTER_NAME: 'release test',
  GIT_COMMITTER_EMAIL: 'release@example.test',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null'
}

function scratchRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'release-workflow-'))
  git(dir, 'init', '--quiet', '--initial-branch=main')
  return dir
}

describe('release.yml', () => {
  it('runs on vX.Y.Z tags only, with no permission by default', () => {
    expect(triggers(workflow)).toEqual(['push'])
    expect(workflow.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } })
    expect(workflow.permissions).toEqual({})
  })

  it('publishes the ml-actions npm package with provenance, after verify, at the tag version', () => {
    expect(jobs.npm?.needs).toBe('verify')
    expect(jobs.npm?.permissions).toEqual({ contents: 'read', 'id-token': 'write' })
    expect(script('npm', /^Stage the ml-actions package/)).toMatch(
      /^node scripts\/pack-cli\.mjs --stage "\$RUNNER_TEMP\/ml-actions-cli"$/
    )
    const publish = script('npm', /^Publish ml-actions/)
    expect(publish).toContain(
      'npm publish "$RUNNER_TEMP/ml-actions-cli" --provenance --access public'
    )
    expect(publish).toContain('version="${TAG#v}"')
  })

  it('verifies with a read-only token, and only then publishes', () => {
    expect(jobs.verify?.permissions).toEqual({ contents: 'read' })
    expect(jobs.publish?.needs).toBe('verify')
    expect(jobs.publish?.permissions).toEqual({ contents: 'write' })
    const verify = (jobs.verify?.steps ?? []).map((step) => step.run ?? step.uses ?? '')
    expect(verify.some((run) => run.includes('node scripts/release-notes.mjs "$TAG"'))).toBe(true)
    expect(verify).toContain('npm test')
  })

  describe('the stale-dist check', () => {
    const check = script('verify', /stale dist/)
    // A project whose build writes dist/index.js from src/index.js, as npm run build does here.
    function project(committedBundle: string): string {
      const dir = scratchRepository()
      mkdirSync(join(dir, 'src'))
      mkdirSync(join(dir, 'dist'))
      writeFileSync(join(dir, 'src', 'index.js'), 'export const answer = 42\n')
      writeFileSync(
        join(dir, 'package.json'),
        JSON.stringify({
          scripts: { build: 'mkdir -p dist && cp src/index.js dist/index.js' }
        })
      )
      writeFileSync(join(dir, 'dist', 'index.js'), committedBundle)
      git(dir, 'add', '.')
      git(dir, 'commit', '--quiet', '-m', 'release candidate')
      return dir
    }

    it('passes when the committed dist is what the source builds', () => {
      const result = runStep(check, project('export const answer = 42\n'))
      expect(result.status).toBe(0)
    })

    it('refuses a stale bundle', () => {
      const result = runStep(check, project('export const answer = 41\n'))
      expect(result.status).toBe(1)
      expect(result.stdout).toContain(' M dist/index.js')
      expect(result.stdout).toContain('::error::dist/ does not match the tagged source')
    })

    it('refuses a bundle file that was never committed', () => {
      const dir = project('export const answer = 42\n')
      const build =
        'mkdir -p dist && cp src/index.js dist/index.js && cp src/index.js dist/extra.js'
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ scripts: { build } }))
      git(dir, 'commit', '--quiet', '-am', 'the build writes a second file')
      const result = runStep(check, dir)
      expect(result.status).toBe(1)
      expect(result.stdout).toContain('?? dist/extra.js')
    })
  })

  describe('moving the major tag', () => {
    const move = script('publish', /major tag/)

    /** origin with v1.0.0, v1.1.0 and v2.0.0 released and v1 at v1.1.0; a clone to run in. */
    function releasedRepository(): {
      clone: string
      origin: string
      commits: Record<string, string>
    } {
      const work = scratchRepository()
      const commits: Record<string, string> = {}
      for (const version of ['v1.0.0', 'v1.1.0', 'v2.0.0', 'v1.1.1', 'v2.1.0']) {
        writeFileSync(join(work, 'VERSION'), `${version}\n`)
        git(work, 'add', 'VERSION')
        git(work, 'commit', '--quiet', '-m', version)
        git(work, 'tag', '-a', version, '-m', version)
        commits[version] = git(work, 'rev-parse', 'HEAD').trim()
      }
      git(work, 'tag', 'v1', 'v1.1.0^{commit}')
      git(work, 'tag', 'v2', 'v2.0.0^{commit}')
      const origin = mkdtempSync(join(tmpdir(), 'release-origin-'))
      git(origin, 'init', '--quiet', '--bare')
      git(work, 'remote', 'add', 'origin', origin)
      git(work, 'push', '--quiet', 'origin', 'main', '--tags')
      return { clone: work, origin, commits }
    }
    const tagAt = (repo: string, tag: string) => git(repo, 'rev-parse', `${tag}^{commit}`).trim()

    it('moves vX to the newest release of its major', () => {
      const { clone, origin, commits } = releasedRepository()
      const summary = join(clone, 'summary.md')
      const result = runStep(move, clone, { TAG: 'v2.1.0', GITHUB_STEP_SUMMARY: summary })
      expect(result.status).toBe(0)
      expect(tagAt(origin, 'v2')).toBe(commits['v2.1.0'])
      expect(tagAt(origin, 'v1')).toBe(commits['v1.1.0'])
      expect(readFileSync(summary, 'utf8')).toBe(`v2 -> v2.1.0 (${commits['v2.1.0']})\n`)
    })

    it('moves an older major line forward too', () => {
      const { clone, origin, commits } = releasedRepository()
      const result = runStep(move, clone, { TAG: 'v1.1.1', GITHUB_STEP_SUMMARY: '/dev/null' })
      expect(result.status).toBe(0)
      expect(tagAt(origin, 'v1')).toBe(commits['v1.1.1'])
      expect(tagAt(origin, 'v2')).toBe(commits['v2.0.0'])
    })

    it('never moves vX back to an older release', () => {
      const { clone, origin, commits } = releasedRepository()
      const result = runStep(move, clone, { TAG: 'v1.0.0', GITHUB_STEP_SUMMARY: '/dev/null' })
      expect(result.status).toBe(0)
      expect(result.stdout).toContain('v1 stays at v1.1.1: v1.0.0 is an older line')
      expect(tagAt(origin, 'v1')).toBe(commits['v1.1.0'])
    })
  })
})
