// Separate entry so pure code and the CLI never write workflow commands by accident.
export { runAction, runnerLogger, writeJobSummary } from './run-action.js'
