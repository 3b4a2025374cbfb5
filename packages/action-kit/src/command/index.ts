export { bashCommand } from './command-runner.js'
export type { CommandRequest, CommandResult, CommandRunner } from './command-runner.js'
export { execCommandRunner } from './exec-command-runner.js'
export { CommandOutput } from './command-output.js'
