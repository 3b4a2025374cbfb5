import type { CliIo } from './run-cli.js'

/**
 * The CLI's own process: its streams, environment and directory. A module of its own, so that the
 * command dispatcher takes it without loading the action adapter at start.
 */
export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  terminal: process.stderr.isTTY === true
}
