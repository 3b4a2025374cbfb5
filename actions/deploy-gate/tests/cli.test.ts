import { describe, expect, it } from '@jest/globals'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { runDeployGateCli } from '../src/cli.js'
import { listReviews } from '../src/review-record.js'
import { createGateWorkspace, MODEL, POLICY, RUN_SHA } from './support/gate-fixture.js'

describe('ml-actions deploy-gate', () => {
  it('runs the same body from the command line, without a deployment by default', async () => {
    const ws = await createGateWorkspace()
    const candidate = await ws.register(0.93)
    const reports = await ws.writeReports(candidate, 1)
    await writeFile(join(ws.dir, 'policy.yml'), POLICY)
    let stdout = ''
    let stderr = ''
    const code = await runDeployGateCli(
      [
        '--model-name',
        MODEL,
        '--candidate',
        '2',
        '--registry',
        'registry',
        '--policy',
        'policy.yml',
        ...reports.flatMap((r) => ['--reports', r])
      ],
      {
        stdout: (text) => (stdout += text),
        stderr: (text) => (stderr += text),
        env: {
          GITHUB_SHA: RUN_SHA,
          GITHUB_REF: 'refs/heads/main',
          GITHUB_EVENT_NAME: 'workflow_dispatch'
        },
        cwd: ws.dir
      }
    )
    expect({ code, stderr: stderr.split('\n').filter((line) => line.startsWith('error')) }).toEqual(
      { code: 0, stderr: [] }
    )
    expect(stdout).toContain('Promoted `classifier@production` from version 1 to 2.')
    expect(stderr).toContain('decision=approve')
    expect((await ws.registry.history(MODEL, 'production'))[0]?.version).toBe(2)
  })
})

describe('ml-actions deploy-gate: review, then promote on merge, off GitHub in a git checkout', () => {
  const author = {
    GIT_AUTHOR_NAME: 'Dev',
    GIT_AUTHOR_EMAIL: 'dev@example.com',
    GIT_COMMITTER_NAME: 'Dev',
    GIT_COMMITTER_EMAIL: 'dev@example.com'
  }
  const gitIn =
    (dir: string) =>
    (...args: string[]) =>
      execFileSync('git', args, {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, ...author }
      }).trim()

  it('records the evaluated tree from git and promotes the squash of the up-to-date branch, not one made after main moved', async () => {
    const ws = await createGateWorkspace()
    const candidate = await ws.register(0.93)
    const reports = await ws.writeReports(candidate, 1)
    await writeFile(join(ws.dir, 'policy.yml'), POLICY)
    await writeFile(join(ws.dir, '.gitignore'), 'registry/\n')
    const git = gitIn(ws.dir)
    git('init', '-q', '-b', 'main')
    git('add', '-A')
    git('commit', '-q', '-m', 'base')
    const base = git('rev-parse', 'HEAD')
    git('checkout', '-q', '-b', 'retune')
    await writeFile(join(ws.dir, 'alpha.txt'), '1e-4\n')
    git('add', '-A')
    git('commit', '-q', '-m', 'retune alpha')
    const head = git('rev-parse', 'HEAD')
    // What a pull request's CI builds: the test merge of the head into the base.
    git('checkout', '-q', '--detach', base)
    git('merge', '-q', '--no-ff', '-m', 'test merge', 'retune')
    const evaluated = git('rev-parse', 'HEAD')

    const cli = async (args: string[]) => {
      let stderr = ''
      const code = await runDeployGateCli(
        ['--model-name', MODEL, '--registry', 'registry', '--policy', 'policy.yml', ...args],
        { stdout: () => undefined, stderr: (text) => (stderr += text), env: {}, cwd: ws.dir }
      )
      return { code, stderr }
    }
    const reviewArgs = [
      '--mode',
      'review',
      '--candidate',
      '2',
      ...reports.flatMap((r) => ['--reports', r])
    ]
    const unnamed = await cli(reviewArgs)
    expect(unnamed.code).not.toBe(0)
    expect(unnamed.stderr).toContain(
      'mode: review off GitHub records a review only for a pull request named explicitly'
    )

    const reviewed = await cli([
      ...reviewArgs,
      ...[
        '--pull-request',
        '7',
        '--reviewed-commit',
        head,
        '--base-sha',
        base,
        '--base-ref',
        'main'
      ]
    ])
    expect({ code: reviewed.code, approve: reviewed.stderr.includes('decision=approve') }).toEqual({
      code: 0,
      approve: true
    })
    const [review] = await listReviews(ws.registry, MODEL, head)
    expect(review?.record).toMatchObject({
      schemaVersion: 2,
      pullRequest: 7,
      headSha: head,
      baseSha: base,
      baseRef: 'main',
      evaluatedSha: evaluated,
      evaluatedTree: git('rev-parse', `${evaluated}^{tree}`)
    })
    expect((await ws.registry.history(MODEL, 'production'))[0]?.version).toBe(1)

    // main gains a commit after the review; the squash of the same head has another tree.
    git('checkout', '-q', 'main')
    await writeFile(join(ws.dir, 'other.txt'), 'someone else\n')
    git('add', '-A')
    git('commit', '-q', '-m', 'another change')
    git('merge', '-q', '--squash', 'retune')
    git('commit', '-q', '-m', 'retune alpha (#7)')
    const late = await cli(['--candidate', 'reviewed', '--reviewed-commit', head])
    expect(late.code).not.toBe(0)
    expect(late.stderr).toContain('the base moved after the review')
    expect((await ws.registry.history(MODEL, 'production'))[0]?.version).toBe(1)

    // The squash of the up-to-date branch has the tree the review evaluated.
    git('reset', '-q', '--hard', base)
    git('merge', '-q', '--squash', 'retune')
    git('commit', '-q', '-m', 'retune alpha (#7)')
    const merged = await cli(['--candidate', 'reviewed', '--reviewed-commit', head])
    expect({ code: merged.code, approve: merged.stderr.includes('decision=approve') }).toEqual({
      code: 0,
      approve: true
    })
    expect((await ws.registry.history(MODEL, 'production')).map((e) => e.version)).toEqual([2, 1])
  })
})
