import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot } from '../../../tests/support/action-metadata.js'
import {
  readOnlyTokenResponse,
  serverErrorResponse,
  startFakeGitHub,
  type FakeGitHub
} from '../../../tests/support/fake-github/index.js'
import { runBundle, type BundleRun } from '../../../tests/support/run-bundle.js'
import {
  PULL_REQUEST,
  REPOSITORY,
  pullRequestFromFork,
  pullRequestOpened
} from '../../../tests/support/webhook-events.js'

const MARKER = '<!-- ml-actions:json-to-md:ci/evaluate -->'
const COMMENTS = /^\/repos\/Codertocat\/Hello-World\/issues\/2\/comments$/
const COMMENT = /^\/repos\/Codertocat\/Hello-World\/issues\/comments\/\d+$/
const LR_ROW = '| lr          | 0.0001 |'
const PER_CLASS_HEADER =
  '|                             | precision | recall |     f1 | num_samples |'
const COMPUTER_VISION_ROW =
  '| computer-vision             |    0.9750 | 0.9286 | 0.9512 |          71 |'
const EPOCH_TWO_ROW = '|     2 | 0.00008 |     0.3987 |   0.4012 |'

let workspace: string
let fake: FakeGitHub

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'json-to-md-e2e-'))
  await cp(
    join(repoRoot, 'tests', 'fixtures', 'metrics', 'made-with-ml'),
    join(workspace, 'results'),
    { recursive: true }
  )
})

beforeEach(async () => {
  fake = await startFakeGitHub({ repository: REPOSITORY })
})

afterEach(async () => {
  await fake.stop()
  fake.assertNoViolations()
})

function render(
  inputs: Record<string, string> = {},
  options: { event?: unknown; env?: Record<string, string> } = {}
): Promise<BundleRun> {
  return runBundle('json-to-md', {
    cwd: workspace,
    inputs: { files: 'results/*.json', title: 'Made-With-ML', ...inputs },
    eventName: 'pull_request',
    event: options.event ?? pullRequestOpened(),
    token: 'ghs_job_token',
    env: { ...fake.env(), ...options.env }
  })
}

const succeeded = (run: BundleRun) => ({ exitCode: run.exitCode, errors: run.errors })

describe('json-to-md bundle on a pull request', () => {
  it('renders the Made-With-ML results faithfully and creates the sticky comment', async () => {
    const run = await render()

    expect(succeeded(run)).toEqual({ exitCode: 0, errors: [] })
    const [comment, ...others] = fake.comments(PULL_REQUEST)
    expect(others).toEqual([])
    expect(run.outputs).toMatchObject({
      'comment-status': 'created',
      'comment-id': String(comment!.id),
      'comment-url': `https://github.com/${REPOSITORY}/pull/2#issuecomment-${comment!.id}`
    })
    expect(comment!.author.login).toBe('github-actions[bot]')
    expect(comment!.body).toBe(`${run.outputs.markdown}\n\n${MARKER}`)

    const markdown = run.outputs.markdown!
    expect(markdown.startsWith('## Made-With-ML\n\n### results/evaluation_results.json\n')).toBe(
      true
    )
    for (const line of [LR_ROW, PER_CLASS_HEADER, COMPUTER_VISION_ROW, EPOCH_TWO_ROW]) {
      expect(markdown.split('\n')).toContain(line)
    }
    expect(markdown).not.toMatch(/\| lr +\| 0\.0 \|/)
    expect(markdown).not.toContain("{'precision'")

    expect(run.outputs['markdown-file']).toBe(
      join(run.workDir, 'ml-actions', 'json-to-md-results.md')
    )
    expect(await readFile(run.outputs['markdown-file']!, 'utf8')).toBe(`${markdown}\n`)
    expect(run.summary).toBe(`${markdown}\n`)
    expect(fake.count('POST', COMMENTS)).toBe(1)
  })

  it('updates the same comment on a re-run, and leaves it alone when nothing changed', async () => {
    const first = await render()
    fake.requests.length = 0

    const second = await render(
      { title: 'Made-With-ML, attempt 2' },
      { env: { GITHUB_RUN_ATTEMPT: '2' } }
    )
    expect(succeeded(second)).toEqual({ exitCode: 0, errors: [] })
    expect(second.outputs['comment-status']).toBe('updated')
    expect(second.outputs['comment-id']).toBe(first.outputs['comment-id'])
    expect(fake.count('POST', COMMENTS)).toBe(0)
    expect(fake.count('PATCH', COMMENT)).toBe(1)
    expect(fake.comments(PULL_REQUEST).map((c) => c.body.split('\n')[0])).toEqual([
      '## Made-With-ML, attempt 2'
    ])

    fake.requests.length = 0
    const third = await render({ title: 'Made-With-ML, attempt 2' })
    expect(third.outputs['comment-status']).toBe('unchanged')
    expect(third.outputs['comment-id']).toBe(first.outputs['comment-id'])
    expect(fake.count('PATCH', COMMENT)).toBe(0)
    expect(fake.count('POST', COMMENTS)).toBe(0)
  })

  it('finds its comment behind 150 others (pagination) and ignores a forged marker', async () => {
    fake.seedComments(PULL_REQUEST, 120)
    const forged = fake.seedComment(PULL_REQUEST, `looks like ours\n\n${MARKER}`, 'someone')
    const ours = fake.seedComment(PULL_REQUEST, `old results\n\n${MARKER}`)
    fake.seedComments(PULL_REQUEST, 29)
    expect(fake.comments(PULL_REQUEST)).toHaveLength(151)

    const run = await render()

    expect(succeeded(run)).toEqual({ exitCode: 0, errors: [] })
    expect(run.outputs['comment-status']).toBe('updated')
    expect(run.outputs['comment-id']).toBe(String(ours.id))
    const pages = fake.requests.filter((r) => r.method === 'GET' && COMMENTS.test(r.path))
    expect(pages.map((r) => [r.query.per_page, r.query.page ?? '1'])).toEqual([
      ['100', '1'],
      ['100', '2']
    ])
    expect(fake.count('POST', COMMENTS)).toBe(0)
    expect(fake.comments(PULL_REQUEST).find((c) => c.id === forged.id)?.body).toBe(
      `looks like ours\n\n${MARKER}`
    )
    expect(fake.comments(PULL_REQUEST).find((c) => c.id === ours.id)?.body).toContain(
      COMPUTER_VISION_ROW
    )
  })

  it('cuts a comment over 65,536 characters on whole rows, with a note, and keeps it all in the summary', async () => {
    const history = Array.from({ length: 2500 }, (_, epoch) => ({
      epoch,
      train_loss: 1 / (epoch + 1),
      val_loss: 1.5 / (epoch + 1),
      accuracy: 1 - 1 / (epoch + 2),
      learning_rate: 1e-4 * 0.999 ** epoch
    }))
    await mkdir(join(workspace, 'long'), { recursive: true })
    await writeFile(join(workspace, 'long', 'history.json'), JSON.stringify({ history }))

    const run = await render({ files: 'long/history.json', 'max-table-rows': '3000' })

    expect(succeeded(run)).toEqual({ exitCode: 0, errors: [] })
    expect(run.outputs['comment-status']).toBe('created')
    const markdown = run.outputs.markdown!
    expect([...markdown].length).toBeGreaterThan(100_000)
    const [comment] = fake.comments(PULL_REQUEST)
    const body = comment!.body
    expect([...body].length).toBeLessThanOrEqual(65_536)
    expect([...body].length).toBeGreaterThan(60_000)
    expect(body.endsWith(`…truncated: see the job summary / report artifact\n\n${MARKER}`)).toBe(
      true
    )
    const rows = body.split('\n').filter((line) => line.startsWith('|'))
    expect(rows.length).toBeGreaterThan(500)
    for (const row of rows) expect(row).toMatch(/^\|.*\|$/)
    expect(rows.every((row) => markdown.includes(`${row}\n`))).toBe(true)
    expect(body.split('<details>').length).toBe(body.split('</details>').length)
    expect(run.summary).toContain('|  2499 |')
    expect(run.stdout).toContain('The comment was cut on whole rows')
  })

  it('warns and still writes the summary when a fork PR token cannot comment', async () => {
    fake.failNext({ method: 'POST', path: COMMENTS, ...readOnlyTokenResponse() })

    const run = await render({}, { event: pullRequestFromFork() })

    expect(succeeded(run)).toEqual({ exitCode: 0, errors: [] })
    expect(run.outputs['comment-status']).toBe('skipped')
    expect(run.outputs['comment-id']).toBeUndefined()
    expect(run.warnings).toHaveLength(1)
    expect(run.warnings[0]).toContain('Resource not accessible by integration')
    expect(run.warnings[0]).toContain('`pull-requests: write`')
    expect(run.summary).toContain(COMPUTER_VISION_ROW)
    expect(fake.comments(PULL_REQUEST)).toEqual([])
  })

  it('fails the step on the same refusal with fail-on-comment-error, outputs and summary intact', async () => {
    fake.failNext({ method: 'POST', path: COMMENTS, ...readOnlyTokenResponse() })

    const run = await render({ 'fail-on-comment-error': 'true' }, { event: pullRequestFromFork() })

    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(
      /^The pull-request comment could not be written: Could not create/
    )
    expect(run.errors[0]).toContain('`pull-requests: write`')
    expect(run.summary).toContain(COMPUTER_VISION_ROW)
    expect(run.outputs.markdown).toContain(LR_ROW)
    expect(run.outputs['comment-status']).toBe('skipped')
  })

  it('retries a 502 and then succeeds', async () => {
    fake.failNext({ method: 'GET', path: COMMENTS, ...serverErrorResponse(502) })

    const run = await render()

    expect(succeeded(run)).toEqual({ exitCode: 0, errors: [] })
    expect(run.outputs['comment-status']).toBe('created')
    const lists = fake.requests.filter((r) => r.method === 'GET' && COMMENTS.test(r.path))
    expect(lists[0]).toMatchObject({ status: 502, injected: true })
    expect(lists[1]?.status).toBe(200)
    expect(fake.comments(PULL_REQUEST)).toHaveLength(1)
  })

  it('checks before it creates again after a 502 on the create, and posts once', async () => {
    fake.failNext({ method: 'POST', path: COMMENTS, ...serverErrorResponse(502) })

    const run = await render()

    expect(succeeded(run)).toEqual({ exitCode: 0, errors: [] })
    expect(run.outputs['comment-status']).toBe('created')
    const calls = fake.requests
      .filter((r) => COMMENTS.test(r.path))
      .map((r) => `${r.method} ${r.status}`)
    expect(calls).toEqual(['GET 200', 'POST 502', 'GET 200', 'POST 201', 'GET 200'])
    expect(fake.comments(PULL_REQUEST)).toHaveLength(1)
    expect(run.outputs['comment-id']).toBe(String(fake.comments(PULL_REQUEST)[0]!.id))
  })

  it('leaves exactly one comment when the answer to its create is lost', async () => {
    fake.dropResponseAfterHandling({ method: 'POST', path: COMMENTS })

    const run = await render()

    expect(succeeded(run)).toEqual({ exitCode: 0, errors: [] })
    const comments = fake.comments(PULL_REQUEST)
    expect(comments).toHaveLength(1)
    expect(run.outputs['comment-status']).toBe('created')
    expect(run.outputs['comment-id']).toBe(String(comments[0]!.id))
    expect(fake.requests.filter((r) => r.method === 'POST').map((r) => r.dropped)).toEqual([true])
  })

  it('escapes hostile keys, values and title in the comment', async () => {
    await mkdir(join(workspace, 'hostile'), { recursive: true })
    await writeFile(
      join(workspace, 'hostile', 'results.json'),
      JSON.stringify({
        'pipe|key': 0.5,
        '<img src=x onerror=alert(1)>': 0.25,
        '@octocat': 1,
        notes: 'ping @maintainers ![p](https://evil.example/p.png) </details> <script>x</script>',
        forged: MARKER,
        per_class: { 'x|y': { f1: 0.5 }, '<b>bold</b>': { f1: 0.75 } }
      })
    )

    const run = await render({ files: 'hostile/results.json', title: '@everyone <b>look</b>' })

    expect(succeeded(run)).toEqual({ exitCode: 0, errors: [] })
    const body = fake.comments(PULL_REQUEST)[0]!.body
    expect(body.split('\n')[0]).toBe('## @\u200Beveryone &lt;b&gt;look&lt;/b&gt;')
    expect(body).toContain('pipe\\|key')
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(body).toContain('@\u200Boctocat')
    expect(body).toContain('@\u200Bmaintainers')
    expect(body).toContain('!\\[p\\](https:\u200B//evil.example/p.png)')
    expect(body).toContain('x\\|y')
    expect(body).not.toMatch(/<(img|script|b|\/details)\b/)
    expect(body.split(MARKER)).toHaveLength(2)
    expect(body.endsWith(MARKER)).toBe(true)
  })
})

describe('json-to-md bundle off a pull request', () => {
  it('on a push writes only the file it was told to, posts nothing and says why', async () => {
    const run = await runBundle('json-to-md', {
      cwd: workspace,
      inputs: {
        files: 'results/training_results.json',
        summary: 'false',
        'output-file': 'out/training.md'
      },
      eventName: 'push',
      event: { ref: 'refs/heads/main' },
      token: 'ghs_job_token',
      env: fake.env()
    })

    expect(succeeded(run)).toEqual({ exitCode: 0, errors: [] })
    expect(run.outputs['comment-status']).toBe('skipped')
    expect(run.outputs['markdown-file']).toBe(join(workspace, 'out', 'training.md'))
    expect(await readFile(join(workspace, 'out', 'training.md'), 'utf8')).toContain(LR_ROW)
    expect(run.summary).toBe('')
    expect(run.stdout).toContain('Not commenting: no pull request to comment on (event push)')
    expect(fake.requests).toEqual([])
  })

  it('comments on pr-number from a workflow_dispatch run, under its own comment-key', async () => {
    const run = await runBundle('json-to-md', {
      cwd: workspace,
      inputs: { files: 'results/evaluation_results.json', 'pr-number': '2', 'comment-key': 'eval' },
      eventName: 'workflow_dispatch',
      event: { inputs: {} },
      token: 'ghs_job_token',
      env: fake.env()
    })

    expect(succeeded(run)).toEqual({ exitCode: 0, errors: [] })
    expect(run.outputs['comment-status']).toBe('created')
    const [comment] = fake.comments(PULL_REQUEST)
    expect(comment!.body.endsWith('<!-- ml-actions:json-to-md:eval -->')).toBe(true)
    expect(comment!.body).toContain(COMPUTER_VISION_ROW)
  })

  it('deletes its comment with comment: delete and leaves the others', async () => {
    const other = fake.seedComment(PULL_REQUEST, 'LGTM', 'someone')
    const created = await render()
    const deleted = await render({ comment: 'delete' })

    expect(succeeded(deleted)).toEqual({ exitCode: 0, errors: [] })
    expect(deleted.outputs['comment-status']).toBe('deleted')
    expect(deleted.outputs['comment-id']).toBe(created.outputs['comment-id'])
    expect(fake.comments(PULL_REQUEST).map((c) => c.id)).toEqual([other.id])
  })
})

describe('json-to-md bundle with bad files', () => {
  it.each([
    ['results/missing.json', 'results/missing.json does not exist'],
    ['nothing/*.json', 'files: no files match the pattern "nothing/*.json"']
  ])('fails on %s naming it, before any GitHub request', async (files, message) => {
    const run = await render({ files })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toEqual([message])
    expect(run.summary).toBe('')
    expect(fake.requests).toEqual([])
  })

  it('names the file and the position of a malformed file', async () => {
    await mkdir(join(workspace, 'broken'), { recursive: true })
    await writeFile(join(workspace, 'broken', 'results.json'), '{"f1": 0.9,, "loss": 0.1}')
    const run = await render({ files: 'broken/results.json' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(/^broken\/results\.json: .*line 1/)
    expect(run.errors[0]).not.toContain(workspace)
  })
})
