export { runCli, parseCliArguments, cliLogger } from './run-cli.js'
export type { CliIo } from './run-cli.js'
