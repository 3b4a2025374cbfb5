import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot } from '../support/action-metadata.js'
import { seededOnnxRuntimeToolCache } from '../support/onnxruntime-tool-cache.js'
import { currentServer, stopServers } from '../support/local-deploy-target.js'
import { SAMPLE_DIGIT } from '../../src/cli/demo-serving.js'

// The README's first command: the committed CLI bundle runs the whole pipeline on the example
// project (real scikit-learn training, real ONNX export and onnxruntime inference, local registry):
// a baseline, a better candidate reviewed on its pull request and promoted by its merge, a pull
// request that regresses and is blocked, and a release whose
// smoke test fails and is rolled back. Each approved version is deployed to `ml-actions serve` on
// loopback; --keep-serving leaves the last one running, so this test can ask it over HTTP itself.
describe('npm run demo (ml-actions demo)', () => {
  const directory = join(mkdtempSync(join(tmpdir(), 'demo-')), 'workspace')
  let run: SpawnSyncReturns<string>

  beforeAll(async () => {
    run = spawnSync(
      process.execPath,
      [join(repoRoot, 'bin', 'ml-actions.js'), 'demo', '--dir', directory, '--keep-serving'],
      {
        encoding: 'utf8',
        timeout: 240_000,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          RUNNER_TOOL_CACHE: await seededOnnxRuntimeToolCache()
        }
      }
    )
  }, 250_000)

  afterAll(async () => {
    const server = currentServer(join(directory, '.serve'))
    if (server) await stopServers([server.pid])
  })

  it('passes every step of the first two runs and prints the pull-request comment', () => {
    expect({ status: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({
      status: 0,
      stderr: ''
    })
    expect(run.stderr).toContain(
      '=== pipeline pass, model version 1, gate: approve, deployed and smoke-tested'
    )
    expect(run.stderr).toContain(
      '=== pipeline pass, model version 2, gate: approve, deployed and smoke-tested'
    )
    expect(run.stderr).toContain('▶ [3/4] onnx-export-verify')
    const comment = readFileSync(join(directory, 'pr-comment.md'), 'utf8')
    expect(run.stdout.trim()).toBe(comment.trim())
    expect(comment).toContain('## ✅ ml-actions pipeline: every step passed')
    expect(comment).toMatch(
      /\| `deploy-gate`\s*\| ✅\u00A0passed \|.*decision approve, version 2 reviewed, recorded for the merge to promote/
    )
    expect(comment).toContain(
      '**Baseline:** registry `digits-classifier@production` → version 1 in'
    )
    // The candidate (alpha 1e-4) is the better model: 0.9481 against 0.9444 on the same 540 images,
    // with the paired bootstrap CI and McNemar's p from the predictions registered with version 1.
    // The MDE is (z0.975 + z0.8) · a bootstrap SE, which moves in its last digit with the sampler's
    // stream (2.19 before the faster binomial sampler, 2.20 after): either rounding is accepted.
    expect(comment.replace(/\u00A0/g, ' ')).toMatch(
      /\| overall\.accuracy\s*\|\s*0\.9444 \|\s*0\.9481 \|\s*\+0\.37 pp \|\s*-1\.11 to \+1\.85 pp, p = 0\.81, adj\. p = 1, MDE ±2\.(19|20) pp \|/
    )
    expect(run.stderr).not.toMatch(/baseline has no predictions/)
  })

  it('records the review of pull request #7, whose merge promotes exactly that version without retraining', () => {
    const reviewed = run.stderr.match(
      /the review of pull request #7 is recorded: version 2, head ([0-9a-f]{7}), evaluated tree ([0-9a-f]{7}) \((records\/deploy-review\/[0-9a-f]{40}\.local-1\.json)\)/
    )
    expect(reviewed).not.toBeNull()
    const [, head, tree, ref] = reviewed as RegExpMatchArray
    // The demo's git repository, asked directly: the review names the branch's head and the tree
    // of the test merge, which the squash commit on main has too.
    const git = (...args: string[]) =>
      spawnSync('git', args, { cwd: directory, encoding: 'utf8' }).stdout.trim()
    const review = JSON.parse(
      readFileSync(join(directory, '.ml-registry', ref as string), 'utf8')
    ) as Record<string, unknown>
    expect(review).toMatchObject({
      schemaVersion: 2,
      pullRequest: 7,
      version: 2,
      verdict: 'approve',
      headSha: git('rev-parse', 'retune-alpha'),
      evaluatedTree: git('rev-parse', 'main^{tree}')
    })
    expect(review.headSha as string).toMatch(new RegExp(`^${head}`))
    expect(review.evaluatedTree as string).toMatch(new RegExp(`^${tree}`))
    expect(git('log', '-1', '--format=%s', 'main')).toBe('Retune alpha to 1e-4 (#7)')

    // The merge's run is the gate alone: nothing trained, nothing registered.
    const merge = run.stderr.slice(run.stderr.indexOf('squash-merged onto main'))
    expect(merge.slice(0, merge.indexOf('=== Run 3/4'))).toContain('▶ [1/1] deploy-gate')
    expect(run.stderr).toContain(
      `=== the merge promoted version 2, the version the review recorded (${ref}), without retraining: its tree ${tree} is the tree that was evaluated`
    )
    const registry = join(directory, '.ml-registry', 'models', 'digits-classifier')
    expect(readdirSync(join(registry, 'versions')).sort()).toEqual(['1', '2', '3', '4'])
    const moves = readdirSync(join(registry, 'aliases', 'production')).map(
      (file) =>
        JSON.parse(readFileSync(join(registry, 'aliases', 'production', file), 'utf8')) as {
          version: number
          previousVersion: number | null
          decisionRef: string
        }
    )
    const promotion = moves.find((move) => move.version === 2 && move.previousVersion === 1)
    const decision = JSON.parse(
      readFileSync(join(directory, '.ml-registry', promotion!.decisionRef), 'utf8')
    ) as { review?: { ref: string; pullRequest: number } }
    expect(decision.review).toMatchObject({ ref, pullRequest: 7 })
  })

  it('blocks the pull request that trains on 30% of the digits, in compare-metrics and in deploy-gate', () => {
    const log = run.stderr.replace(/\u00A0/g, ' ')
    expect(log).toMatch(
      /=== blocked by compare-metrics, as expected: compare-metrics: Metrics comparison failed: 5 metrics regressed: overall\.precision -6\.10 pp \(95% CI -8\.\d\d to -3\.\d\d pp, p < 0\.001\)/
    )
    expect(log).toMatch(
      /=== blocked by deploy-gate, as expected: reject, .*no regression against production: is "fail", not one of "pass"/
    )
    expect(log).toContain('that is the expected outcome')
    const comment = readFileSync(join(directory, 'regression-comment.md'), 'utf8').replace(
      /\u00A0/g,
      ' '
    )
    expect(comment).toMatch(/^## ❌ ml-actions pipeline/)
    expect(comment).toMatch(
      /\| overall\.accuracy\s*\|\s*0\.9481 \|\s*0\.8833 \|\s*-6\.48 pp \|[^|]*p < 0\.001[^|]*\| ❌ regressed/
    )
    expect(comment).toContain('no regression against production')
  })

  it('deploys each approved version and smoke-tests it with real requests', () => {
    expect(run.stderr).toContain(
      'smoke test: version 1 answers 50 held-out digits as the registered model does'
    )
    expect(run.stderr).toContain(
      'smoke test: version 2 answers 50 held-out digits as the registered model does'
    )
    expect(run.stderr).toMatch(
      /POST http:\/\/127\.0\.0\.1:\d+\/predict with a held-out 4 → version 2 answers 4/
    )
  })

  it('rolls back the candidate whose served answers are wrong; version 2 keeps serving', () => {
    expect(run.stderr).toMatch(
      /smoke test: version 4 answers \d+ of 50 digits unlike the registered model/
    )
    expect(run.stderr).toContain(
      '=== pipeline fail as it should: the smoke-test of version 4 exited with code 1; ' +
        'digits-classifier@production rolled back to version 2, which was deployed and smoke-tested again'
    )
    const failedComment = readFileSync(join(directory, 'failed-deploy-comment.md'), 'utf8')
    expect(failedComment).toContain('the smoke-test of version 4 exited with code 1')
  })

  it('ends with version 2 answering HTTP requests', async () => {
    const server = currentServer(join(directory, '.serve'))
    expect(server).toMatchObject({ model: 'digits-classifier', version: '2' })
    expect(run.stderr).toContain(`Version 2 of digits-classifier serves on ${server!.url}; ask it:`)
    const request = readFileSync(join(directory, 'digit.json'), 'utf8')
    const response = await fetch(`${server!.url}/predict`, { method: 'POST', body: request })
    const body = (await response.json()) as {
      model: { version: string }
      outputs: { probabilities: number[][] }
    }
    expect(body.model.version).toBe('2')
    const row = body.outputs.probabilities[0]!
    expect(row.indexOf(Math.max(...row))).toBe(SAMPLE_DIGIT.label)
  })

  it('leaves a registry whose production alias moved 1 → 2 → 4 and back to 2', () => {
    const aliasLog = join(
      directory,
      '.ml-registry',
      'models',
      'digits-classifier',
      'aliases',
      'production'
    )
    expect(existsSync(aliasLog)).toBe(true)
    const history = spawnSync(
      process.execPath,
      [
        join(repoRoot, 'bin', 'ml-actions.js'),
        'registry',
        'history',
        'digits-classifier',
        'production',
        '--registry',
        join(directory, '.ml-registry')
      ],
      { encoding: 'utf8' }
    )
    expect(history.status).toBe(0)
    expect(history.stdout).toMatch(
      /^#4 \S+ rollback digits-classifier@production: 4 -> 2 by ml-actions-demo/m
    )
    expect(history.stdout).toMatch(
      /^#3 \S+ promote digits-classifier@production: 2 -> 4 by ml-actions-demo$/m
    )
    expect(history.stdout).toMatch(
      /^#2 \S+ promote digits-classifier@production: 1 -> 2 by ml-actions-demo$/m
    )
    expect(history.stdout).toMatch(
      /^#1 \S+ promote digits-classifier@production: unset -> 1 by ml-actions-demo$/m
    )
    // The regressed version 3 was registered but never promoted.
    expect(history.stdout).not.toMatch(/-> 3/)
  })
})
