import { runCli } from '@ml-actions/action-kit/cli'
import { jsonToMd } from '../../actions/json-to-md/src/definition.js'
import { renderResults } from '../../actions/json-to-md/src/render-results.js'
import type { CliCommand } from './commands.js'

export const actionCommands: CliCommand[] = [
  {
    name: 'json-to-md',
    summary: 'Render JSON/YAML/TOML/CSV results as markdown tables',
    usage:
      'ml-actions json-to-md <files or globs…> [--title T] [--precision N] [--include GLOB] [--exclude GLOB]',
    run: (argv, io) =>
      runCli(jsonToMd, renderResults, argv, { positional: 'files', io, showOutputs: false })
  }
]
