import type { CliIo } from '@ml-actions/action-kit/cli'

export interface CliCommand {
  readonly name: string
  readonly summary: string
  readonly usage: string
  run(argv: readonly string[], io: CliIo): Promise<number>
}
