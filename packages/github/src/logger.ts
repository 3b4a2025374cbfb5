/** The slice of a step log this package writes to; action-kit's Logger satisfies it. */
export interface GitHubLogger {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
}
