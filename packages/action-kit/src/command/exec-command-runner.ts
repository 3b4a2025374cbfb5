import { StringDecoder } from 'node:string_decoder'
import type { CommandRequest, CommandResult, CommandRunner } from './command-runner.js'

const KILL_GRACE_MS = 5_000

/**
 * Runs the command with @actions/exec, silent so that nothing the command prints reaches the
 * runner's stdout unfiltered: output only goes to the request's callbacks. @actions/exec does not
 * expose the child, so the process tree to kill on timeout is found as the children of this
 * process that appeared after the command started.
 */
export const execCommandRunner: CommandRunner = async (
  request: CommandRequest
): Promise<CommandResult> => {
  // Loaded with the first command, not at start-up: @actions/exec brings @actions/io, and the
  // process table needs child_process; a merge-shards run and an input error need neither.
  const [exec, { descendantsOf, killProcessTree, processTable }] = await Promise.all([
    import('@actions/exec'),
    import('./process-tree.js')
  ])
  const started = performance.now()
  const childrenBefore = new Set(
    descendantsOf(process.pid, await processTable().catch(() => new Map()))
  )
  let timedOut = false
  let killing: Promise<void> | undefined
  const timer =
    request.timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true
          killing = processTable()
            .then((table) => {
              const ours = descendantsOf(process.pid, table).filter(
                (pid) => !childrenBefore.has(pid) && table.get(pid) === process.pid
              )
              return killProcessTree(ours, KILL_GRACE_MS)
            })
            .catch(() => undefined)
        }, request.timeoutMs)
  // One decoder per stream: a chunk may end inside a multi-byte character.
  const stdout = new StringDecoder('utf8')
  const stderr = new StringDecoder('utf8')
  try {
    const exitCode = await exec.exec(request.file, [...request.args], {
      cwd: request.cwd,
      env: { ...request.env },
      silent: true,
      ignoreReturnCode: true,
      // After a kill, grandchildren that kept the pipes open are gone too; do not wait 10 s.
      delay: 1_000,
      listeners: {
        stdout: (data: Buffer) => request.onStdout(stdout.write(data)),
        stderr: (data: Buffer) => request.onStderr(stderr.write(data))
      }
    })
    request.onStdout(stdout.end())
    request.onStderr(stderr.end())
    await killing
    return {
      // A process ended by a signal reports no code.
      exitCode: timedOut ? null : ((exitCode as number | null) ?? null),
      timedOut,
      durationMs: performance.now() - started
    }
  } finally {
    if (timer) clearTimeout(timer)
  }
}
