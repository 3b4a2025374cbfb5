import { spawn } from 'node:child_process'
import type { Logger } from '@ml-actions/action-kit'

export interface ExportCommandResult {
  readonly exitCode: number | null
  readonly signal: NodeJS.Signals | null
  readonly durationMs: number
}

/**
 * Run the user's export step with bash in strict mode. The command is one argv entry (no shell
 * string built here), and its output is untrusted: it is streamed through `log.untrusted` so a
 * printed `::set-output` or `::add-mask` does nothing.
 */
export function runExportCommand(
  command: string,
  workingDirectory: string,
  env: Readonly<Record<string, string | undefined>>,
  log: Logger
): Promise<ExportCommandResult> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-eo', 'pipefail', '-c', command], {
      cwd: workingDirectory,
      env: env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const flushers = [child.stdout, child.stderr].map((stream) => forwardLines(stream, log))
    child.once('error', reject)
    child.once('close', (exitCode, signal) => {
      flushers.forEach((flush) => flush())
      resolve({ exitCode, signal, durationMs: performance.now() - started })
    })
  })
}

function forwardLines(stream: NodeJS.ReadableStream, log: Logger): () => void {
  let pending = ''
  stream.setEncoding('utf8')
  stream.on('data', (chunk: string) => {
    pending += chunk
    const end = pending.lastIndexOf('\n')
    if (end === -1) return
    log.untrusted(pending.slice(0, end + 1))
    pending = pending.slice(end + 1)
  })
  return () => {
    if (pending !== '') log.untrusted(pending)
    pending = ''
  }
}
