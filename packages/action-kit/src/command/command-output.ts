import type { Logger } from '../logger.js'

const TAIL_BYTES = 4_096

/**
 * Forwards the command's output to `log.untrusted` a block of whole lines at a time (so a
 * printed `::set-output` or `::add-mask` stays text), and keeps the last few KiB for the summary
 * of a failed run.
 */
export class CommandOutput {
  private pending = ''
  private tailText = ''

  constructor(private readonly log: Logger) {}

  write(chunk: string): void {
    if (chunk === '') return
    this.tailText = (this.tailText + chunk).slice(-TAIL_BYTES)
    this.pending += chunk
    const end = this.pending.lastIndexOf('\n')
    if (end === -1) return
    this.log.untrusted(this.pending.slice(0, end + 1))
    this.pending = this.pending.slice(end + 1)
  }

  flush(): void {
    if (this.pending !== '') this.log.untrusted(this.pending)
    this.pending = ''
  }

  /** The end of the output, starting at a line boundary when one is near. */
  tail(): string {
    const firstBreak = this.tailText.indexOf('\n')
    const text =
      this.tailText.length >= TAIL_BYTES && firstBreak !== -1
        ? this.tailText.slice(firstBreak + 1)
        : this.tailText
    return text.replace(/\s+$/, '')
  }
}
