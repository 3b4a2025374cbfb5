/**
 * One status line at the bottom of a terminal, `⏳ train-evaluate … 12 s`, redrawn every second
 * while a long step runs and wiped when it ends. Other output first wipes it and then redraws it,
 * so log lines never land in the middle of it. Only on a terminal: in a CI log or a pipe the
 * carriage returns would be noise, so there it does nothing.
 */
export interface ProgressLine {
  /** Shows `label` with its elapsed seconds until the returned function is called. */
  start(label: string): () => void
  /** Writes `text` (whole lines) without breaking the status line. */
  write(text: string): void
}

const CLEAR_LINE = '\r\u001B[K'
const TICK_MS = 1000

export function progressLine(
  write: (text: string) => void,
  terminal: boolean,
  now: () => number = Date.now
): ProgressLine {
  let shown: { label: string; started: number; timer: ReturnType<typeof setInterval> } | undefined
  const draw = () => {
    if (!shown) return
    const seconds = Math.floor((now() - shown.started) / 1000)
    write(`${CLEAR_LINE}⏳ ${shown.label} … ${seconds} s`)
  }
  return {
    start(label) {
      if (!terminal) return () => undefined
      if (shown) clearInterval(shown.timer)
      const timer = setInterval(draw, TICK_MS)
      // A status line must never keep the process alive.
      timer.unref?.()
      shown = { label, started: now(), timer }
      draw()
      return () => {
        if (shown?.timer !== timer) return
        clearInterval(timer)
        shown = undefined
        write(CLEAR_LINE)
      }
    },
    write(text) {
      if (!shown) return write(text)
      write(`${CLEAR_LINE}${text}`)
      draw()
    }
  }
}
