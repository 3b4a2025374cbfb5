import type { CliIo } from '@ml-actions/action-kit/cli'
import type { CommandHelp } from './command-help.js'

export interface CliCommand {
  readonly name: string
  readonly summary: string
  readonly usage: string
  /** For a command that runs an action: its options are that action's inputs (`--help` lists them). */
  help?(): Promise<CommandHelp>
  run(argv: readonly string[], io: CliIo): Promise<number>
}
