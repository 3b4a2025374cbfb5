export interface DatasetDigest {
  name: string
  uri?: string
  digest: string
  /** How `digest` was computed: sha256 of the bytes, an S3 ETag, a DVC md5… */
  digestAlgorithm?: string
  split?: string
  rows?: number
}

export interface Lineage {
  git?: { repository?: string; sha?: string; ref?: string }
  ci?: {
    provider: string
    runId?: string
    runAttempt?: string
    runUrl?: string
    workflow?: string
    job?: string
    actor?: string
    event?: string
  }
  datasets?: DatasetDigest[]
  frameworks?: Record<string, string>
  /** Refs (`name/7`) of models this one was derived from, e.g. a fine-tuning base. */
  parents?: string[]
  [extra: string]: unknown
}

export interface LineageExtras {
  datasets?: DatasetDigest[]
  frameworks?: Record<string, string>
  parents?: string[]
}

type Environment = Readonly<Record<string, string | undefined>>

/** Provenance from the GitHub Actions environment; empty blocks are left out off CI. */
export function lineageFromEnv(env: Environment, extras: LineageExtras = {}): Lineage {
  const lineage: Lineage = {}
  const git = compact({
    repository: env.GITHUB_REPOSITORY,
    sha: env.GITHUB_SHA,
    ref: env.GITHUB_REF
  })
  if (Object.keys(git).length > 0) lineage.git = git
  if (env.GITHUB_ACTIONS === 'true' || env.GITHUB_RUN_ID) {
    lineage.ci = {
      provider: 'github-actions',
      ...compact({
        runId: env.GITHUB_RUN_ID,
        runAttempt: env.GITHUB_RUN_ATTEMPT,
        runUrl: githubRunUrl(env),
        workflow: env.GITHUB_WORKFLOW,
        job: env.GITHUB_JOB,
        actor: env.GITHUB_ACTOR,
        event: env.GITHUB_EVENT_NAME
      })
    }
  }
  if (extras.datasets?.length) lineage.datasets = extras.datasets
  if (extras.frameworks && Object.keys(extras.frameworks).length > 0) {
    lineage.frameworks = extras.frameworks
  }
  if (extras.parents?.length) lineage.parents = extras.parents
  return lineage
}

export function githubRunUrl(env: Environment): string | undefined {
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return undefined
  const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '')
  const attempt = env.GITHUB_RUN_ATTEMPT ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''
  return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt}`
}

/**
 * The identity of one CI job execution: a re-run of the same attempt (retried step, re-invoked
 * action) registers nothing new, while a new attempt or run does.
 */
export function idempotencyKeyFromEnv(env: Environment): string | undefined {
  if (!env.GITHUB_RUN_ID) return undefined
  return [env.GITHUB_REPOSITORY, env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT ?? '1', env.GITHUB_JOB]
    .filter((part) => part !== undefined && part !== '')
    .join(':')
}

function compact<T extends Record<string, string | undefined>>(
  value: T
): { [K in keyof T]?: string } {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== '')
  ) as { [K in keyof T]?: string }
}
