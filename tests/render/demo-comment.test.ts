import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'puppeteer-core'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import {
  launchChromium,
  renderComment,
  renderingToolsMissing,
  SCREENSHOT_DIRECTORY,
  type RenderedComment
} from '../support/github-render.js'
import { expectReadable } from '../support/readable-comment.js'
import { repoRoot } from '../support/action-metadata.js'
import { seededOnnxRuntimeToolCache } from '../support/onnxruntime-tool-cache.js'

const run = promisify(execFile)
const SUPPORT = join(repoRoot, 'tests', 'support')

// The comment `npm run demo` prints, made here by the demo itself (two real trainings on the
// example project, the registry, the ONNX check in onnxruntime, the gate) and rendered as GitHub
// renders it: a fixture captured once would go stale the day a renderer changes.
const missing = renderingToolsMissing()
if (missing) throw new Error(`rendered-comment checks need ${missing}`)

let browser: Browser
let directory: string
let markdown: string
let rendered: RenderedComment

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'demo-comment-'))
  const [launched, demo] = await Promise.all([
    launchChromium(),
    run(
      process.execPath,
      [
        '--import',
        join(repoRoot, 'scripts', 'ts-loader.mjs'),
        join(SUPPORT, 'demo-child.ts'),
        '--dir',
        join(directory, 'demo')
      ],
      {
        cwd: directory,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          RUNNER_TOOL_CACHE: await seededOnnxRuntimeToolCache()
        }
      }
    ).then(
      () => ({ failed: false, stderr: '' }),
      (error: { stderr?: string }) => ({ failed: true, stderr: error.stderr ?? String(error) })
    )
  ])
  browser = launched
  expect(demo).toEqual({ failed: false, stderr: '' })
  markdown = await readFile(join(directory, 'demo', 'pr-comment.md'), 'utf8')
  rendered = await renderComment(browser, markdown, { screenshot: 'demo-comment' })
  await writeFile(join(SCREENSHOT_DIRECTORY, 'demo-comment.md'), markdown)
}, 180_000)

afterAll(async () => {
  await browser?.close()
  if (directory) await rm(directory, { recursive: true, force: true })
})

describe("the demo's pull-request comment, rendered as GitHub renders it", () => {
  it('opens with the verdict and reads within the column: no long floats, paths or broken numbers', () => {
    expectReadable(rendered)
    expect(rendered.firstBlock.text).toMatch(
      /^✅ ml-actions pipeline: every step passed — decision approve, version 2 reviewed, recorded for the merge to promote/
    )
    // The demo lives in the temp directory: its runner paths would show here.
    expect(rendered.text).not.toContain(directory)
  })

  it('gives each step its verdict first, in the one heading convention', () => {
    const headings = [...markdown.matchAll(/^## (.*)$/gm)].map((match) => match[1] ?? '')
    expect(headings.map((text) => text.replace(/ — .*/, ''))).toEqual([
      '✅ ml-actions pipeline: every step passed',
      expect.stringMatching(/^✅ train-evaluate: /),
      '✅ Metrics comparison: pass',
      '✅ ONNX export verification: pass',
      '✅ Deploy gate: approve'
    ])
    expect(markdown).toMatch(
      /^## ✅ Deploy gate: approve — all \d+ checks passed; `digits-classifier@production` → version 2$/m
    )
    expect(markdown).toMatch(
      /^## ✅ ONNX export verification: pass — the output matches the reference \(max abs error [\d.e-]+\), p95 [\d.]+ ms, [\d.]+ MB$/m
    )
  })

  it('labels the two digests of one model and counts parity in rows, not in "sample(s)"', () => {
    expect(markdown).toMatch(/digits-classifier 2 manifest [0-9a-f]{12}/)
    expect(markdown).toMatch(/digits-classifier 2 file [0-9a-f]{12}/)
    expect(markdown).not.toContain('sample(s)')
    expect(markdown).toMatch(/\d+ of 256 rows agree/)
  })

  it('draws every chart it emits', () => {
    expect(rendered.diagrams.length).toBeGreaterThan(0)
    expect(rendered.diagrams.filter((diagram) => diagram.error !== undefined)).toEqual([])
  })
})
