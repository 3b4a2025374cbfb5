// Separate entry so pure code and the CLI never pull in @actions/core by accident.
export { runAction, runnerLogger, writeJobSummary } from './run-action.js'
