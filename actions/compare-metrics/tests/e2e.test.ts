import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MetricsComparisonReport } from '@ml-actions/core/compare'
import { ModelRegistry } from '@ml-actions/registry'
import {
  readOnlyTokenResponse,
  startFakeGitHub,
  type FakeGitHub
} from '../../../tests/support/fake-github/index.js'
import { runBundle, type BundleRun } from '../../../tests/support/run-bundle.js'
import {
  REPOSITORY,
  pullRequestOpened,
  webhookExample
} from '../../../tests/support/webhook-events.js'

const example = webhookExample

const HEAD_SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'
const MARKER = '<!-- ml-actions:compare-metrics:ci/evaluate -->'
const COMMENTS = /^\/repos\/Codertocat\/Hello-World\/issues\/2\/comments$/

let workspace: string
let fake: FakeGitHub

const BASELINE = {
  overall: { accuracy: 0.912, f1: 0.905, loss: 0.31, latency_ms: 12.5 },
  per_class: {
    cat: { precision: 0.93, recall: 0.9, f1: 0.915 },
    dog: { precision: 0.88, recall: 0.91, f1: 0.895 }
  }
}

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'compare-metrics-e2e-'))
  await writeJson('baseline.json', BASELINE)
  await writeJson('same.json', {
    ...BASELINE,
    overall: { ...BASELINE.overall, accuracy: 0.9125, loss: 0.305 }
  })
  await writeJson('worse.json', {
    ...BASELINE,
    overall: { ...BASELINE.overall, accuracy: 0.87, latency_ms: 30 },
    per_class: { ...BASELINE.per_class, dog: { precision: 0.8, recall: 0.91, f1: 0.85 } }
  })
  await writeFile(
    join(workspace, 'rules.yml'),
    [
      'defaults: {rel-tolerance: 0.5%}',
      'metrics:',
      '  overall.accuracy: {abs-tolerance: 0.002, required: true}',
      '  overall.latency_ms: {rel-tolerance: 20%, max: 25}',
      '  "per_class.*.f1": {abs-tolerance: 0.01}',
      ''
    ].join('\n')
  )
})

beforeEach(async () => {
  fake = await startFakeGitHub({ repository: REPOSITORY })
})

afterEach(async () => {
  await fake.stop()
  fake.assertNoViolations()
})

async function writeJson(name: string, value: unknown): Promise<void> {
  await writeFile(join(workspace, name), JSON.stringify(value))
}

function compare(
  inputs: Record<string, string>,
  options: { event?: unknown; eventName?: string; env?: Record<string, string> } = {}
): Promise<BundleRun> {
  return runBundle('compare-metrics', {
    cwd: workspace,
    inputs: { rules: 'rules.yml', ...inputs },
    eventName: options.eventName ?? 'pull_request',
    event: options.event ?? pullRequestOpened(),
    token: 'ghs_job_token',
    env: { ...fake.env(), ...options.env }
  })
}

const readReport = async (path: string) =>
  JSON.parse(await readFile(path, 'utf8')) as MetricsComparisonReport

/** A zip archive as actions/upload-artifact makes it, built by Python's zipfile. */
function zipOf(files: Record<string, string>): Uint8Array {
  const script =
    'import io, json, sys, zipfile\n' +
    'files = json.load(sys.stdin)\n' +
    'buffer = io.BytesIO()\n' +
    'with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:\n' +
    '    for name, text in files.items(): archive.writestr(name, text)\n' +
    'sys.stdout.buffer.write(buffer.getvalue())\n'
  return new Uint8Array(
    execFileSync('/usr/bin/python3', ['-c', script], { input: JSON.stringify(files) })
  )
}

describe('compare-metrics bundle on a pull request', () => {
  it('passes within tolerance and creates the sticky comment naming the baseline', async () => {
    const run = await compare({ candidate: 'same.json', baseline: 'baseline.json' })

    expect({ exitCode: run.exitCode, errors: run.errors }).toEqual({ exitCode: 0, errors: [] })
    const [comment, ...others] = fake.comments(2)
    expect(others).toEqual([])
    expect(run.outputs).toMatchObject({
      result: 'pass',
      regressed: '[]',
      improved: '["overall.loss"]',
      'baseline-source': 'file',
      'comment-status': 'created',
      'comment-id': String(comment!.id),
      'comment-url': `https://github.com/${REPOSITORY}/pull/2#issuecomment-${comment!.id}`
    })
    expect(comment!.body).toMatch(
      /^## ✅ Metrics comparison: pass — no gated metric regressed; 1 improved\n/
    )
    expect(comment!.body).toContain('**Baseline:** `baseline.json`.')
    expect(comment!.body).toContain(
      '| overall.loss       |    0.310 |     0.305 | -0.005\u00A0(-1.6%) | 🟢\u00A0improved          |'
    )
    // Moved by less than the tolerance: not "unchanged".
    expect(comment!.body).toContain(
      '| overall.accuracy   |   0.9120 |    0.9125 |       +0.05\u00A0pp | 〰️\u00A0within tolerance |'
    )
    expect(comment!.body).toContain('<details><summary>per_class: 2 × 3</summary>')
    expect(comment!.body).toContain(
      '[workflow run](https://github.com/Codertocat/Hello-World/actions/runs/4242)'
    )
    expect(comment!.body.endsWith(MARKER)).toBe(true)
    expect(run.summary).toContain('## ✅ Metrics comparison: pass')
    const report = await readReport(run.outputs['report-path']!)
    expect(report).toMatchObject({
      schemaVersion: 1,
      kind: 'metrics-comparison',
      gitSha: HEAD_SHA,
      runId: '4242',
      runAttempt: 1,
      runUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/4242',
      subject: {},
      baseline: { source: 'file', path: 'baseline.json', sources: ['baseline.json'] },
      pullRequest: { number: 2, headSha: HEAD_SHA, headRepositoryId: 186853002 },
      overall: 'pass'
    })
    expect(Date.parse(report.createdAt)).not.toBeNaN()
  })

  it('fails the step on a regression with the regressed output and annotations', async () => {
    const run = await compare({ candidate: 'worse.json', baseline: 'baseline.json' })

    expect(run.exitCode).toBe(1)
    expect(run.outputs.result).toBe('fail')
    expect(JSON.parse(run.outputs.regressed!)).toEqual([
      'overall.accuracy',
      'overall.latency_ms',
      'per_class.dog.f1'
    ])
    const annotations = run.commands.filter((command) => command.command === 'error')
    expect(annotations.map((command) => command.properties.title)).toEqual([
      'overall.accuracy regressed (compare-metrics)',
      'overall.latency_ms failed-bound (compare-metrics)',
      'per_class.dog.f1 regressed (compare-metrics)',
      undefined
    ])
    // Said once, as the comment's first line says it (not "fail: fail: …").
    expect(run.errors.at(-1)).toBe(
      'Metrics comparison failed: 3 metrics failed: overall.accuracy -4.2\u00A0pp (0.912 → 0.870), overall.latency_ms +17.5 (12.5 → 30.0) and 1 more'
    )
    const [comment] = fake.comments(2)
    expect(comment!.body).toMatch(/^## ❌ Metrics comparison: fail — 3 metrics failed: /)
    expect(comment!.body).toContain(
      '| overall.accuracy   |    0.912 |     0.870 |         -4.2\u00A0pp | ❌\u00A0regressed     |'
    )
    expect(comment!.body).toContain(
      '<details open><summary>per_class: 2 × 3 (1 failing, 2 regressed)</summary>'
    )
    expect(comment!.body).toContain(
      '| dog | 🔻 0.80<br>(-8\u00A0pp) |   0.91 | ❌ 0.850<br>(-4.5\u00A0pp) |'
    )
  })

  it('passes a first run without a baseline and shows the candidate alone', async () => {
    const run = await compare({ candidate: 'same.json' })

    expect({ exitCode: run.exitCode, errors: run.errors }).toEqual({ exitCode: 0, errors: [] })
    expect(run.outputs).toMatchObject({ result: 'pass', 'baseline-source': 'none' })
    expect(run.stdout).toContain(
      'No baseline: no successful push run of this workflow on master has an artifact named "ml-metrics" yet.'
    )
    const [comment] = fake.comments(2)
    expect(comment!.body).toContain('**Baseline:** none yet (first run)')
    expect(comment!.body).toContain('| Metric             | Candidate | Status |')
    expect(comment!.body).toContain('| overall.accuracy   |    0.9125 | 🆕\u00A0new  |')
    expect(comment!.body).toMatch(
      /^## ✅ Metrics comparison: pass — first run, 10 metrics recorded;/
    )
    expect(fake.count('GET', /\/actions\/runs$/)).toBe(1)
  })

  it('updates the same comment when the job is re-run', async () => {
    const first = await compare({ candidate: 'same.json', baseline: 'baseline.json' })
    const second = await compare(
      { candidate: 'worse.json', baseline: 'baseline.json' },
      { env: { GITHUB_RUN_ATTEMPT: '2' } }
    )

    expect(first.outputs['comment-status']).toBe('created')
    expect(second.outputs['comment-status']).toBe('updated')
    expect(second.outputs['comment-id']).toBe(first.outputs['comment-id'])
    expect(fake.count('POST', COMMENTS)).toBe(1)
    expect(fake.count('PATCH', /\/issues\/comments\/\d+$/)).toBe(1)
    const [comment, ...others] = fake.comments(2)
    expect(others).toEqual([])
    expect(comment!.body).toContain('## ❌ Metrics comparison: fail')
  })

  it('warns on a fork PR read-only token and still writes the summary and the report', async () => {
    fake.failNext({ method: 'POST', path: COMMENTS, ...readOnlyTokenResponse() })
    const run = await compare({ candidate: 'same.json', baseline: 'baseline.json' })

    expect({ exitCode: run.exitCode, errors: run.errors }).toEqual({ exitCode: 0, errors: [] })
    expect(run.outputs).toMatchObject({
      result: 'pass',
      'comment-status': 'skipped:read-only-token'
    })
    expect(run.warnings).toHaveLength(1)
    expect(run.warnings[0]).toContain('the token lacks `pull-requests: write` or `issues: write`')
    expect(run.warnings[0]).toContain('docs/recipes/fork-prs.md')
    expect(run.summary).toContain('## ✅ Metrics comparison: pass')
    expect(run.stderr).not.toMatch(/at .*index\.js/)
    expect((await readReport(run.outputs['report-path']!)).overall).toBe('pass')
    expect(fake.comments(2)).toEqual([])
  })
})

describe('compare-metrics baselines', () => {
  it('takes the baseline from the latest successful run on the base branch', async () => {
    const push = await compare(
      { candidate: 'baseline.json', 'report-path': 'main-report.json' },
      { eventName: 'push', event: { ref: 'refs/heads/master' } }
    )
    expect(push.outputs).toMatchObject({ result: 'pass', 'baseline-source': 'none' })
    const mainReport = await readFile(join(workspace, 'main-report.json'), 'utf8')
    const mainRun = fake.seedWorkflowRun({
      headBranch: 'master',
      headSha: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
      runNumber: 41
    })
    fake.seedWorkflowRun({ headBranch: 'master', conclusion: 'failure', runNumber: 42 })
    const history = `${JSON.stringify({ label: 'v1', metrics: { 'overall.accuracy': 0.9 } })}\n`
    fake.seedArtifact({
      name: 'ml-metrics',
      runId: mainRun.id,
      content: zipOf({ 'metrics-comparison.json': mainReport, 'metric-history.jsonl': history })
    })

    const run = await compare(
      { candidate: 'worse.json' },
      { env: { GITHUB_WORKFLOW_REF: `${REPOSITORY}/.github/workflows/ci.yml@refs/pull/2/merge` } }
    )

    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ result: 'fail', 'baseline-source': 'artifact' })
    const listed = fake.requests.find((request) => request.path.endsWith('/workflows/ci.yml/runs'))
    expect(listed?.query).toMatchObject({ branch: 'master', event: 'push', status: 'success' })
    const [comment] = fake.comments(2)
    expect(comment!.body).toContain(
      `**Baseline:** latest successful run on \`master\` (run #41) at commit <code title="${HEAD_SHA}">${HEAD_SHA.slice(0, 7)}</code> ([run](https://github.com/Codertocat/Hello-World/actions/runs/${mainRun.id})).`
    )
    expect(comment!.body).toContain('| overall.accuracy   |    0.912 |     0.870 |')
    expect(comment!.body).toContain('<details><summary>History (1 earlier point)</summary>')
    expect(comment!.body).toContain('x-axis ["v1", "candidate"]')
    const report = await readReport(run.outputs['report-path']!)
    expect(report.baseline).toMatchObject({
      source: 'artifact',
      branch: 'master',
      gitSha: HEAD_SHA
    })
  })

  it('takes the baseline from a registry alias, naming the version', async () => {
    const registryDirectory = join(workspace, 'registry')
    const registry = ModelRegistry.open(registryDirectory)
    await writeFile(join(workspace, 'model.bin'), 'weights v1')
    const { manifest } = await registry.register('classifier', [join(workspace, 'model.bin')], {
      metrics: BASELINE,
      lineage: { git: { sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678' } }
    })
    await registry.promote('classifier', 'production', manifest.version)

    const run = await compare({
      candidate: 'same.json',
      registry: registryDirectory,
      'model-name': 'classifier',
      history: 'registry',
      'candidate-model': 'model.bin'
    })

    expect({ exitCode: run.exitCode, errors: run.errors }).toEqual({ exitCode: 0, errors: [] })
    expect(run.outputs['baseline-source']).toBe('registry')
    const [comment] = fake.comments(2)
    expect(comment!.body).toContain(
      '**Baseline:** registry `classifier@production` → version 1 in `registry` at commit <code title="a1b2c3d4e5f60718293a4b5c6d7e8f9012345678">a1b2c3d</code>.'
    )
    // The registry version that is the baseline is marked on the chart.
    expect(comment!.body).toContain('x-axis ["v1 (base)", "candidate"]')
    const report = await readReport(run.outputs['report-path']!)
    expect(report.subject).toEqual({
      model: 'classifier',
      sha256: createHash('sha256').update('weights v1').digest('hex')
    })
    expect(report.baseline).toMatchObject({
      source: 'registry',
      model: 'classifier',
      alias: 'production',
      version: 1
    })
  })
})

describe('compare-metrics two-workflow fork mode', () => {
  const forkHead = '0123456789abcdef0123456789abcdef01234567'

  function forkPullRequestEvent(): Record<string, unknown> {
    const payload = pullRequestOpened()
    const pull = payload.pull_request as { head: { sha: string; repo: Record<string, unknown> } }
    pull.head.sha = forkHead
    pull.head.repo = {
      ...pull.head.repo,
      id: 9_000_001,
      fork: true,
      full_name: 'contributor/Hello-World'
    }
    return payload
  }

  async function computeOnFork(): Promise<string> {
    const run = await compare(
      {
        candidate: 'worse.json',
        baseline: 'baseline.json',
        comment: 'off',
        'report-path': 'fork-report.json'
      },
      { event: forkPullRequestEvent() }
    )
    expect(run.exitCode).toBe(1)
    expect(run.outputs['comment-status']).toBe('skipped:off')
    expect(fake.count('POST', COMMENTS)).toBe(0)
    return readFile(join(workspace, 'fork-report.json'), 'utf8')
  }

  function workflowRunEvent(runId: number, headRepositoryId: number): Record<string, unknown> {
    const payload = example('workflow_run', (p) => {
      const run = p.workflow_run as { pull_requests: unknown[]; conclusion: unknown }
      return run.pull_requests.length === 0 && run.conclusion === 'success'
    })
    const run = payload.workflow_run as Record<string, unknown>
    run.id = runId
    run.html_url = `https://github.com/${REPOSITORY}/actions/runs/${runId}`
    run.event = 'pull_request'
    run.conclusion = 'failure'
    run.head_sha = forkHead
    run.head_repository = { ...(run.head_repository as object), id: headRepositoryId }
    run.repository = { ...(run.repository as object), id: 186853002 }
    payload.repository = { ...(payload.repository as object), id: 186853002 }
    return payload
  }

  it('posts the report of the pull_request run on the PR GitHub confirms', async () => {
    const reportText = await computeOnFork()
    const pull = fake.seedPullRequest({ number: 2, headSha: forkHead, forkOwner: 'contributor' })
    const prRun = fake.seedWorkflowRun({
      event: 'pull_request',
      headSha: forkHead,
      forkOwner: 'contributor',
      conclusion: 'failure'
    })
    fake.seedArtifact({
      name: 'ml-metrics',
      runId: prRun.id,
      content: zipOf({ 'metrics-comparison.json': reportText })
    })

    const run = await compare(
      {},
      {
        eventName: 'workflow_run',
        event: workflowRunEvent(prRun.id, pull.headRepo!.id),
        env: { GITHUB_WORKFLOW: 'comment' }
      }
    )

    expect({ exitCode: run.exitCode, errors: run.errors }).toEqual({ exitCode: 0, errors: [] })
    expect(run.outputs).toMatchObject({ result: 'fail', 'comment-status': 'created' })
    const [comment] = fake.comments(2)
    expect(comment!.body).toContain('## ❌ Metrics comparison: fail')
    expect(comment!.body).toContain(
      `[workflow run](https://github.com/Codertocat/Hello-World/actions/runs/${prRun.id}) · [full report](https://github.com/Codertocat/Hello-World/actions/runs/${prRun.id}/artifacts/`
    )
    expect(comment!.body.endsWith('<!-- ml-actions:compare-metrics:comment/evaluate -->')).toBe(
      true
    )
    expect(fake.count('GET', /\/pulls\/2$/)).toBe(1)
  })

  it('refuses a report whose PR number GitHub does not confirm for that head', async () => {
    const reportText = await computeOnFork()
    const forged = JSON.parse(reportText) as { pullRequest: { number: number } }
    forged.pullRequest.number = 7
    const pull = fake.seedPullRequest({ number: 2, headSha: forkHead, forkOwner: 'contributor' })
    fake.seedPullRequest({ number: 7, headSha: 'ffffffffffffffffffffffffffffffffffffffff' })
    await writeFile(join(workspace, 'forged.json'), JSON.stringify(forged))

    const run = await compare(
      { report: 'forged.json' },
      { eventName: 'workflow_run', event: workflowRunEvent(4243, pull.headRepo!.id) }
    )

    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([
      `pull request #7 does not have head ${forkHead} from the triggering run's repository; refusing to comment on it`
    ])
    expect(fake.comments(7)).toEqual([])
    expect(fake.comments(2)).toEqual([])
  })
})

describe('compare-metrics statistics through the bundle', () => {
  async function predictions(name: string, rightUntil: number): Promise<void> {
    const rows = ['id,label,prediction']
    for (let i = 0; i < 200; i++) {
      const label = i % 2 === 0 ? '1' : '0'
      rows.push(`s${i},${label},${i < rightUntil ? label : label === '1' ? '0' : '1'}`)
    }
    await writeFile(join(workspace, name), `${rows.join('\n')}\n`)
  }

  it('turns a drop the paired bootstrap cannot tell from noise into inconclusive', async () => {
    await predictions('baseline-predictions.csv', 182)
    await predictions('candidate-predictions.csv', 179)
    await writeJson('noisy-baseline.json', { accuracy: 0.91 })
    await writeJson('noisy-candidate.json', { accuracy: 0.895 })
    const inputs = {
      candidate: 'noisy-candidate.json',
      baseline: 'noisy-baseline.json',
      rules: '',
      'candidate-predictions': 'candidate-predictions.csv',
      'baseline-predictions': 'baseline-predictions.csv',
      resamples: '2000'
    }
    const lenient = await compare(inputs)
    expect({ exitCode: lenient.exitCode, errors: lenient.errors }).toEqual({
      exitCode: 0,
      errors: []
    })
    expect(lenient.outputs.result).toBe('pass')
    // 3 discordant pairs, all for the baseline: exact McNemar p = scipy.stats.binomtest(0, 3).pvalue = 0.25.
    const strict = await compare({ ...inputs, 'fail-on': 'inconclusive' })
    expect(strict.exitCode).toBe(1)
    expect(strict.outputs.result).toBe('inconclusive')
    // The detectable effect is (z0.975 + z0.8) · the bootstrap SE of 2000 resamples; its exact value
    // from the multinomial variance of the paired delta, (p10 + p01 − (p01 − p10)²) / n with
    // p10 = 3/200, p01 = 0, is 2.408 pp (python3: (norm.ppf(0.975) + norm.ppf(0.8)) * se * 100 =
    // 2.4079783852332204); 2000 resamples estimate an SE to ~1.7 % (sd), so ±0.12 pp is 3 sd.
    const warning = strict.warnings.find((line) => line.startsWith('accuracy: Δ -1.5 pp'))
    expect(warning).toMatch(
      /^accuracy: Δ -1\.5 pp beyond tolerance ±0 pp \(higher is better\), but not significant \(p = 0\.25 ≥ α 0\.05; 95% CI \[-3\.5 pp, 0 pp\] includes 0; detectable effect ±(\d\.\d+) pp; paired-bootstrap-multinomial \+ mcnemar-exact\)$/
    )
    const detectable = Number(/±(\d\.\d+) pp;/.exec(warning ?? '')?.[1])
    expect(Math.abs(detectable - 2.408)).toBeLessThan(0.12)
    const report = await readReport(strict.outputs['report-path']!)
    expect(report.metrics[0]).toMatchObject({
      name: 'accuracy',
      verdict: 'no-significant-change',
      significant: false,
      method: 'paired-bootstrap-multinomial + mcnemar-exact'
    })
    const [comment] = fake.comments(2)
    // The comment rounds the same detectable effect to two decimals.
    expect(comment!.body.replace(/\u00A0/g, ' ')).toContain(
      `| accuracy |    0.910 |     0.895 | -1.50 pp | -3.50 to 0.00 pp, p = 0.25, MDE ±${detectable.toFixed(2)} pp | ⚠️ no significant change |`
    )
    expect(comment!.body).toMatch(
      /^## ⚠️ Metrics comparison: inconclusive — 1 metric moved, but not significantly: accuracy -1\.50\u00A0pp \(95% CI/
    )
  })

  it('compares several seeds per side with Welch’s t-test', async () => {
    const seeds = [0.9, 0.902, 0.898, 0.901]
    for (const [index, accuracy] of seeds.entries()) {
      await writeJson(`seed-base-${index}.json`, { accuracy })
      await writeJson(`seed-cand-${index}.json`, { accuracy: accuracy - 0.02 })
    }
    const run = await compare({
      candidate: 'seed-cand-*.json',
      baseline: 'seed-base-*.json',
      runs: 'per-file',
      rules: ''
    })
    expect(run.exitCode).toBe(1)
    const report = await readReport(run.outputs['report-path']!)
    expect(report.metrics[0]).toMatchObject({
      name: 'accuracy',
      verdict: 'regressed',
      method: 'welch-t',
      runs: { baseline: 4, candidate: 4 },
      significant: true
    })
  })
})
