import { ConfigurationError } from '@ml-actions/core/errors'
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** A pull request played in the demo's own git repository, as GitHub would build and merge it. */
export interface DemoPullRequest {
  readonly number: number
  readonly branch: string
  /** main when the pull request was evaluated. */
  readonly base: string
  readonly head: string
  /** The test merge of head into base (GitHub's refs/pull/N/merge): what CI builds and evaluates. */
  readonly evaluated: string
  readonly evaluatedTree: string
}

/** What the demo writes and never commits: runs, registry, server state, comments. */
const IGNORED = [
  '.ml-registry/',
  '.serve/',
  '.runner-temp/',
  'results/',
  '__pycache__/',
  '*.md',
  'digit.json',
  '.ml-actions-demo'
]

// Fixed names and dates, so the demo's commits have the same shas on every machine.
const IDENTITY = {
  GIT_AUTHOR_NAME: 'ml-actions demo',
  GIT_AUTHOR_EMAIL: 'demo@ml-actions.invalid',
  GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_NAME: 'ml-actions demo',
  GIT_COMMITTER_EMAIL: 'demo@ml-actions.invalid',
  GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z'
}

function git(dir: string, ...args: string[]): string {
  try {
    return execFileSync(
      'git',
      ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args],
      {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { PATH: process.env.PATH, HOME: process.env.HOME, ...IDENTITY }
      }
    ).trim()
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? (error as Error).message)
    throw new ConfigurationError(
      `demo: \`git ${args.join(' ')}\` failed in ${dir} (the demo plays its pull request in a git repository): ${stderr.trim()}`
    )
  }
}

function commitAll(dir: string, message: string): string {
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '--no-verify', '-m', message)
  return git(dir, 'rev-parse', 'HEAD')
}

export function treeOf(dir: string, commit: string): string {
  return git(dir, 'rev-parse', `${commit}^{tree}`)
}

/**
 * Makes the demo folder a repository whose main is the example project, opens pull request
 * `number` on `branch` with one commit, and checks out its test merge, which the pull request's
 * run then builds.
 */
export function openPullRequest(
  dir: string,
  pull: {
    readonly number: number
    readonly branch: string
    readonly change: { readonly file: string; readonly text: string; readonly message: string }
  }
): DemoPullRequest {
  git(dir, 'init', '-q')
  git(dir, 'symbolic-ref', 'HEAD', 'refs/heads/main')
  writeFileSync(join(dir, '.gitignore'), `${IGNORED.join('\n')}\n`)
  const base = commitAll(dir, 'The example project')
  git(dir, 'checkout', '-q', '-b', pull.branch)
  writeFileSync(join(dir, pull.change.file), pull.change.text)
  const head = commitAll(dir, pull.change.message)
  git(dir, 'checkout', '-q', '--detach', base)
  git(dir, 'merge', '-q', '--no-ff', '--no-verify', '-m', `Merge ${head} into ${base}`, pull.branch)
  const evaluated = git(dir, 'rev-parse', 'HEAD')
  return {
    number: pull.number,
    branch: pull.branch,
    base,
    head,
    evaluated,
    evaluatedTree: treeOf(dir, evaluated)
  }
}

/** GitHub's "Squash and merge": one new commit on main with the branch's changes. */
export function squashMerge(dir: string, pull: DemoPullRequest, title: string): string {
  git(dir, 'checkout', '-q', 'main')
  git(dir, 'merge', '-q', '--squash', pull.branch)
  git(dir, 'commit', '-q', '--no-verify', '-m', `${title} (#${pull.number})`)
  return git(dir, 'rev-parse', 'HEAD')
}
