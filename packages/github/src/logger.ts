import * as core from '@actions/core'

/** The slice of a step log this package writes to; action-kit's Logger satisfies it. */
export interface GitHubLogger {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
}

export const runnerLogger: GitHubLogger = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  debug: (message) => core.debug(message)
}
