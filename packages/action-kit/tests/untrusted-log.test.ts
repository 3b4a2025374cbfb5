import { describe, expect, it, jest } from '@jest/globals'
import { runnerLogger } from '../src/run-action.js'
import { cliLogger } from '../src/run-cli.js'

/** Text from a training log or a fork's file, as both loggers print it. */
const SPOOFED = 'metric rtl\u202Egnp.exe zero\u200Bwidth \u001B[32mgreen\u001B[0m'
const SHOWN = 'metric rtl\\u202Egnp.exe zero\\u200Bwidth \u001B[32mgreen\u001B[0m'

describe('untrusted log text', () => {
  it('on the runner: inside a stop-commands block, bidi and zero-width shown, ANSI colour kept', () => {
    const written: string[] = []
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk))
      return true
    })
    try {
      runnerLogger.untrusted(SPOOFED)
    } finally {
      spy.mockRestore()
    }
    const [start, line, end] = written.join('').split('\n')
    expect(start).toMatch(/^::stop-commands::[0-9a-f]{32}$/)
    expect(line).toBe(SHOWN)
    expect(end).toBe(`::${start?.slice('::stop-commands::'.length)}::`)
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
