import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { cliLogger } from '../src/run-cli.js'

const CLEAR = '\r\u001B[K'

describe('the progress line of long CLI steps', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: 0 })
  })
  afterEach(() => {
    jest.useRealTimers()
  })

  function logger(terminal: boolean) {
    const written: string[] = []
    const log = cliLogger({
      stdout: () => undefined,
      stderr: (text) => written.push(text),
      env: {},
      cwd: '/',
      terminal
    })
    return { log, written }
  }

  it('on a terminal: counts seconds, keeps log lines whole, and wipes itself at the end', () => {
    const { log, written } = logger(true)
    const stop = log.progress!('[1/4] train-evaluate')
    jest.advanceTimersByTime(2_000)
    log.info('accuracy 0.9481 on 540 test samples')
    jest.advanceTimersByTime(1_000)
    stop()
    jest.advanceTimersByTime(5_000)
    expect(written).toEqual([
      `${CLEAR}⏳ [1/4] train-evaluate … 0 s`,
      `${CLEAR}⏳ [1/4] train-evaluate … 1 s`,
      `${CLEAR}⏳ [1/4] train-evaluate … 2 s`,
      `${CLEAR}accuracy 0.9481 on 540 test samples\n`,
      `${CLEAR}⏳ [1/4] train-evaluate … 2 s`,
      `${CLEAR}⏳ [1/4] train-evaluate … 3 s`,
      CLEAR
    ])
  })

  it('in a log or a pipe: silent, only the log lines', () => {
    const { log, written } = logger(false)
    const stop = log.progress!('[1/4] train-evaluate')
    jest.advanceTimersByTime(3_000)
    log.info('done')
    stop()
    expect(written).toEqual(['done\n'])
  })
})
