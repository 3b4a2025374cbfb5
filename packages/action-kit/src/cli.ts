export {
  runCli,
  parseCliArguments,
  cliLogger,
  CLI_ENVIRONMENT_INPUTS,
  withEnvironmentInputs
} from './run-cli.js'
export { processIo } from './process-io.js'
export type { CliIo } from './run-cli.js'
