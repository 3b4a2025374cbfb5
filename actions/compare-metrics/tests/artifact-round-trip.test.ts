import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { memoryLogger, readInputs } from '@ml-actions/action-kit'
import type { MetricsComparisonReport } from '@ml-actions/core/compare'
import { FAST_TIMING } from '@ml-actions/github'
import { startFakeGitHub, type FakeGitHub } from '../../../tests/support/fake-github/index.js'
import { createCompareMetrics, type ArtifactUploader } from '../src/compare-body.js'
import { compareMetricsAction } from '../src/definition.js'

let fake: FakeGitHub
let cwd: string

beforeEach(async () => {
  fake = await startFakeGitHub({ repository: 'octo-org/models' })
  cwd = await mkdtemp(join(tmpdir(), 'compare-artifact-'))
})

afterEach(async () => {
  await fake.stop()
  fake.assertNoViolations()
})

function predictions(rightUntil: number): string {
  const rows = ['id,label,prediction']
  for (let i = 0; i < 400; i++) {
    const label = i % 2 === 0 ? '1' : '0'
    rows.push(`s${i},${label},${i < rightUntil ? label : label === '1' ? '0' : '1'}`)
  }
  return `${rows.join('\n')}\n`
}

async function run(
  event: { name: string; payload: unknown; runId: string },
  inputs: Record<string, string>,
  uploadArtifact?: ArtifactUploader
) {
  const eventPath = join(cwd, `event-${event.runId}.json`)
  await writeFile(eventPath, JSON.stringify(event.payload))
  const log = memoryLogger()
  const outcome = await createCompareMetrics({
    ...(uploadArtifact ? { uploadArtifact } : {}),
    timing: FAST_TIMING
  })(
    readInputs(compareMetricsAction.inputs, (name) => inputs[name]),
    {
      log,
      cwd,
      cli: false,
      env: {
        ...fake.env(),
        GITHUB_EVENT_NAME: event.name,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_SHA:
          event.name === 'push'
            ? '6dcb09b5b57875f334f61aebed695e2e4193db5e'
            : 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
        GITHUB_RUN_ID: event.runId,
        GITHUB_WORKFLOW: 'ci',
        GITHUB_JOB: 'evaluate',
        GITHUB_WORKFLOW_REF: 'octo-org/models/.github/workflows/ci.yml@refs/heads/main',
        RUNNER_TEMP: cwd
      }
    }
  )
  return { outcome, log }
}

describe('the metrics artifact as the next baseline', () => {
  it('stores report, history and predictions on push, and pairs a PR run with them', async () => {
    await writeFile(join(cwd, 'main.json'), JSON.stringify({ accuracy: 0.9 }))
    await writeFile(join(cwd, 'main-predictions.csv'), predictions(360))
    const uploaded: Record<string, string> = {}
    const uploader: ArtifactUploader = async ({ name, files }) => {
      expect(name).toBe('ml-metrics')
      for (const file of files) uploaded[basename(file)] = await readFile(file, 'utf8')
      return { id: 77 }
    }
    const push = await run(
      {
        name: 'push',
        payload: { ref: 'refs/heads/main', repository: { default_branch: 'main' } },
        runId: '100'
      },
      {
        candidate: 'main.json',
        'candidate-predictions': 'main-predictions.csv',
        'github-token': 't'
      },
      uploader
    )
    expect(push.outcome.outputs).toMatchObject({ result: 'pass', 'baseline-source': 'none' })
    expect(Object.keys(uploaded).sort()).toEqual([
      'metric-history.jsonl',
      'metrics-comparison.json',
      'predictions.csv'
    ])
    expect(JSON.parse(uploaded['metric-history.jsonl']!)).toEqual({
      label: '6dcb09b',
      gitSha: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
      createdAt: expect.any(String),
      metrics: { accuracy: 0.9 }
    })

    const script =
      'import io, json, sys, zipfile\n' +
      'buffer = io.BytesIO()\n' +
      'with zipfile.ZipFile(buffer, "w") as archive:\n' +
      '    for name, text in json.load(sys.stdin).items(): archive.writestr(name, text)\n' +
      'sys.stdout.buffer.write(buffer.getvalue())\n'
    const zip = execFileSync('/usr/bin/python3', ['-c', script], {
      input: JSON.stringify(uploaded)
    })
    const mainRun = fake.seedWorkflowRun({ id: 100, headBranch: 'main', runNumber: 5 })
    fake.seedArtifact({ name: 'ml-metrics', runId: mainRun.id, content: new Uint8Array(zip) })

    await writeFile(join(cwd, 'pr.json'), JSON.stringify({ accuracy: 0.85 }))
    await writeFile(join(cwd, 'pr-predictions.csv'), predictions(340))
    const pull = await run(
      {
        name: 'pull_request',
        payload: {
          pull_request: {
            number: 3,
            head: { sha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821' },
            base: { ref: 'main' }
          }
        },
        runId: '101'
      },
      {
        candidate: 'pr.json',
        'candidate-predictions': 'pr-predictions.csv',
        'github-token': 't',
        comment: 'off'
      }
    )
    expect(pull.outcome.outputs).toMatchObject({ result: 'fail', 'baseline-source': 'artifact' })
    const report = JSON.parse(
      await readFile(String(pull.outcome.outputs['report-path']), 'utf8')
    ) as MetricsComparisonReport
    expect(report.baseline).toMatchObject({ source: 'artifact', branch: 'main', path: '#5' })
    expect(report.metrics[0]).toMatchObject({
      name: 'accuracy',
      verdict: 'regressed',
      method: 'paired-bootstrap-multinomial + mcnemar-exact',
      significant: true
    })
    expect(pull.outcome.report).toContain('<details><summary>History (1 earlier point)</summary>')
  })
})
