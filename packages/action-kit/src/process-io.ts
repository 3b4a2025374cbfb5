import { writeStderr, writeStdout } from './descriptor-writer.js'
import type { CliIo } from './run-cli.js'

/**
 * The CLI's own process: its streams, environment and directory. A module of its own, so that the
 * command dispatcher takes it without loading the action adapter at start. Text goes to the
 * descriptors (descriptor-writer.ts), and whether stderr is a terminal is asked when a logger wants
 * to know: `process.stderr.isTTY` builds the stream, which `--help` or a usage error never needs.
 */
export const processIo: CliIo = {
  stdout: writeStdout,
  stderr: writeStderr,
  env: process.env,
  cwd: process.cwd(),
  get terminal() {
    return process.stderr.isTTY === true
  }
}
