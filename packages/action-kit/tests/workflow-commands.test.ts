import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// The commands reach the runner through descriptor-writer.ts (fs.writeSync on fd 1); its own tests
// write to real descriptors. Here its stdout writer records what the commands would have written.
const written: string[] = []
jest.unstable_mockModule('../src/descriptor-writer.js', () => ({
  writeStdout: (text: string) => written.push(text),
  writeStderr: () => {
    throw new Error('workflow commands never write to stderr')
  }
}))
const { error, formatCommand, getInput, keyValueMessage, setFailed, setOutput, warning } =
  await import('../src/workflow-commands.js')

/** Reads a GITHUB_OUTPUT file the way the runner does: `name<<delimiter` … `delimiter`. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!match?.[1] || !match[2]) continue
    const end = lines.indexOf(match[2], i + 1)
    expect(end).toBeGreaterThan(i)
    outputs[match[1]] = lines.slice(i + 1, end).join('\n')
    i = end
  }
  return outputs
}

describe('workflow commands', () => {
  let exitCode: typeof process.exitCode

  beforeEach(() => {
    written.length = 0
    exitCode = process.exitCode
  })

  afterEach(() => {
    process.exitCode = exitCode
  })

  it('reads INPUT_<NAME> with spaces as underscores, trimmed, empty when unset', () => {
    const env = { 'INPUT_MODEL-NAME': '  clf \n', INPUT_FAIL_ON: 'never' }
    expect(getInput('model-name', env)).toBe('clf')
    expect(getInput('fail on', env)).toBe('never')
    expect(getInput('absent', env)).toBe('')
  })

  it('appends outputs as heredocs the runner parses back, multi-line values intact', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wc-')), 'output')
    writeFileSync(file, 'earlier<<EOF\nkept\nEOF\n')
    setOutput('report-path', 'results/report.json', { GITHUB_OUTPUT: file })
    setOutput('markdown', '| a |\n|---|\n| 1 |', { GITHUB_OUTPUT: file })
    setOutput('empty', '', { GITHUB_OUTPUT: file })
    expect(parseOutputFile(readFileSync(file, 'utf8'))).toEqual({
      earlier: 'kept',
      'report-path': 'results/report.json',
      markdown: '| a |\n|---|\n| 1 |',
      empty: ''
    })
    expect(written).toEqual([])
  })

  it('uses a fresh delimiter each time, so a value cannot close its own heredoc', () => {
    const first = keyValueMessage('a', 'x')
    const second = keyValueMessage('a', 'x')
    expect(first).toMatch(/^a<<ghadelimiter_[0-9a-f]{32}\n/)
    expect(first.split('\n')[0]).not.toBe(second.split('\n')[0])
  })

  it('draws another delimiter when the value holds the one drawn, instead of failing', () => {
    // The first draw is what a value guessed: the delimiter must not be it.
    const draws = [0.5, 0.5, 0.5, 0.5, 0.25]
    const random = jest.spyOn(Math, 'random').mockImplementation(() => draws.shift() ?? 0.75)
    try {
      const guessed = `ghadelimiter_${'80000000'.repeat(4)}`
      const value = `line\n${guessed}\nevil<<x\ninjected\nx`
      const file = join(mkdtempSync(join(tmpdir(), 'wc-')), 'output')
      writeFileSync(file, '')
      setOutput('markdown', value, { GITHUB_OUTPUT: file })
      expect(parseOutputFile(readFileSync(file, 'utf8'))).toEqual({ markdown: value })
    } finally {
      random.mockRestore()
    }
  })

  it('falls back to the set-output command without GITHUB_OUTPUT', () => {
    setOutput('result', 'pass\nmore', {})
    expect(written.join('')).toBe('\n::set-output name=result::pass%0Amore\n')
  })

  it('escapes data and properties so a message cannot inject a second command', () => {
    expect(formatCommand('error', { title: 'a: b, c', file: 'x%y' }, '50%\r\n::warning::no')).toBe(
      '::error title=a%3A b%2C c,file=x%25y::50%25%0D%0A::warning::no'
    )
    warning('slow', { title: 'latency', file: 'model.onnx', startLine: 3 })
    error('plain')
    expect(written).toEqual([
      '::warning title=latency,file=model.onnx,line=3::slow\n',
      '::error::plain\n'
    ])
  })

  it('setFailed writes an error and sets exit code 1 without exiting', () => {
    setFailed('Input required and not supplied: files')
    expect(process.exitCode).toBe(1)
    expect(written).toEqual(['::error::Input required and not supplied: files\n'])
  })
})
