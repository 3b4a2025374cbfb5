import { describe, expect, it, jest } from '@jest/globals'

// The runner's logger writes through descriptor-writer.ts (fs.writeSync on fd 1); this records it.
const written: string[] = []
jest.unstable_mockModule('../src/descriptor-writer.js', () => ({
  writeStdout: (text: string) => written.push(text),
  writeStderr: (text: string) => written.push(`stderr: ${text}`)
}))
const { runnerLogger } = await import('../src/run-action.js')
const { cliLogger } = await import('../src/run-cli.js')

/** Text from a training log or a fork's file, as both loggers print it. */
const SPOOFED = 'metric rtl\u202Egnp.exe zero\u200Bwidth \u001B[32mgreen\u001B[0m'
const SHOWN = 'metric rtl\\u202Egnp.exe zero\\u200Bwidth \u001B[32mgreen\u001B[0m'

describe('untrusted log text', () => {
  it('on the runner: inside a stop-commands block, bidi and zero-width shown, ANSI colour kept', () => {
    written.length = 0
    runnerLogger.untrusted(SPOOFED)
    const [start, line, end] = written.join('').split('\n')
    expect(start).toMatch(/^::stop-commands::[0-9a-f]{32}$/)
    expect(line).toBe(SHOWN)
    expect(end).toBe(`::${start?.slice('::stop-commands::'.length)}::`)
  })

  it('on the runner: a text holding the token drawn gets another, so it cannot resume commands', () => {
    written.length = 0
    const draws = [0.5, 0.5, 0.5, 0.5]
    const random = jest.spyOn(Math, 'random').mockImplementation(() => draws.shift() ?? 0.25)
    try {
      runnerLogger.untrusted(`::${'80000000'.repeat(4)}::\n::error::injected`)
    } finally {
      random.mockRestore()
    }
    const lines = written.join('').split('\n')
    const token = lines[0]?.slice('::stop-commands::'.length)
    expect(token).toMatch(/^[0-9a-f]{32}$/)
    expect(token).not.toBe('80000000'.repeat(4))
    expect(lines.indexOf(`::${token}::`)).toBe(3)
  })

  it('in the CLI: the same escapes on stderr', () => {
    const stderr: string[] = []
    const log = cliLogger({
      stdout: () => undefined,
      stderr: (t) => stderr.push(t),
      env: {},
      cwd: '/'
    })
    log.untrusted(SPOOFED)
    expect(stderr).toEqual([`${SHOWN}\n`])
  })
})
