import { ciRunFromEnv, type CiRun } from '@ml-actions/core/ci'

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
    /** The pull or merge request number the run built. */
    changeRequest?: number
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

/** Provenance of a run on any CI (or none: provider `local`, the commit from git); empty blocks are left out. */
export function lineageFromCiRun(run: CiRun, extras: LineageExtras = {}): Lineage {
  const lineage: Lineage = {}
  const git = compact({ repository: run.repository, sha: run.sha, ref: run.ref })
  if (Object.keys(git).length > 0) lineage.git = git
  lineage.ci = {
    provider: run.provider,
    ...compact({
      runId: run.runId,
      runAttempt: run.runAttempt,
      runUrl: run.runUrl,
      workflow: run.workflow,
      job: run.job,
      actor: run.actor,
      event: run.event
    }),
    ...(run.changeRequest ? { changeRequest: run.changeRequest.number } : {})
  }
  if (extras.datasets?.length) lineage.datasets = extras.datasets
  if (extras.frameworks && Object.keys(extras.frameworks).length > 0) {
    lineage.frameworks = extras.frameworks
  }
  if (extras.parents?.length) lineage.parents = extras.parents
  return lineage
}

/** lineageFromCiRun for what the environment alone says (no git asked). */
export function lineageFromEnv(env: Environment, extras: LineageExtras = {}): Lineage {
  return lineageFromCiRun(ciRunFromEnv(env), extras)
}

export function githubRunUrl(env: Environment): string | undefined {
  return ciRunFromEnv(env).runUrl
}

/**
 * The identity of one CI job execution: a re-run of the same attempt (retried step, re-invoked
 * action) registers nothing new, while a new attempt or run does. GitHub's keys stay as they were
 * before other CIs were read; theirs name the provider. A local run has none.
 */
export function idempotencyKeyOf(run: CiRun): string | undefined {
  if (!run.runId || run.provider === 'local') return undefined
  const parts =
    run.provider === 'github-actions'
      ? [run.repository, run.runId, run.runAttempt ?? '1', run.job]
      : [run.provider, run.repository, run.runId, run.job]
  return parts.filter((part) => part !== undefined && part !== '').join(':')
}

export function idempotencyKeyFromEnv(env: Environment): string | undefined {
  return idempotencyKeyOf(ciRunFromEnv(env))
}

function compact<T extends Record<string, string | undefined>>(
  value: T
): { [K in keyof T]?: string } {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== '')
  ) as { [K in keyof T]?: string }
}
