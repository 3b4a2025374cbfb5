/** What the body asks of whatever runs the user's command: the runner (@actions/exec) or a test. */
export interface CommandRequest {
  /** Program and arguments, each one argv entry: nothing is ever joined into a shell string. */
  readonly file: string
  readonly args: readonly string[]
  readonly cwd: string
  readonly env: Readonly<Record<string, string>>
  /** Kill the command's whole process tree after this long; undefined: no limit. */
  readonly timeoutMs?: number
  /** Output as it arrives, in chunks that may split lines. */
  readonly onStdout: (chunk: string) => void
  readonly onStderr: (chunk: string) => void
}

export interface CommandResult {
  /** Null when the process was ended by a signal (a timeout kill, the OOM killer). */
  readonly exitCode: number | null
  readonly timedOut: boolean
  readonly durationMs: number
}

export type CommandRunner = (request: CommandRequest) => Promise<CommandResult>

/** `bash -e -o pipefail -c <run>`: strict mode, and the user's text stays a single argv entry. */
export function bashCommand(run: string): { file: string; args: string[] } {
  return { file: 'bash', args: ['-e', '-o', 'pipefail', '-c', run] }
}
