export interface Logger {
  info(message: string): void
  warning(message: string, annotation?: AnnotationProperties): void
  error(message: string, annotation?: AnnotationProperties): void
  debug(message: string): void
  /**
   * Print text that came from outside (a training log, a fork's file) so it cannot issue workflow
   * commands, with bidi controls and zero-width characters shown as escapes (`\u202E`).
   */
  untrusted(text: string): void
  /**
   * A long step starts: on a terminal the CLI shows its elapsed time until the returned function is
   * called. Loggers without a terminal (the runner's, a pipe) leave it out.
   */
  progress?(label: string): () => void
}

export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
}

/** A logger that remembers everything; for tests and for capturing a step's log. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    info: (m) => lines.push(`info: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    debug: (m) => lines.push(`debug: ${m}`),
    untrusted: (t) => lines.push(`untrusted: ${t}`)
  }
}
