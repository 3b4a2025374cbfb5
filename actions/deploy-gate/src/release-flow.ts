import { join } from 'node:path'
import type { Logger } from '@ml-actions/action-kit'
import { execCommandRunner, type CommandRunner } from '@ml-actions/action-kit/command'
import { ConcurrencyError, type Manifest, type ModelRegistry } from '@ml-actions/registry'
import {
  describeFailure,
  runRelease,
  type ReleaseCommands,
  type ReleasePurpose,
  type ReleaseStep
} from './release-commands.js'

/** What happened to the alias after the candidate's deploy or smoke test failed. */
export type Restoration =
  /** Moved back by compare-and-swap and the previous version deployed again (or that failed too). */
  | { readonly kind: 'restored'; readonly version: number; readonly redeployed: boolean }
  /** The alias was unset before this run: there is nothing to go back to, so it stays. */
  | { readonly kind: 'nothing-to-restore' }
  /** Another run moved the alias after this one: its move stands, nothing was overwritten. */
  | { readonly kind: 'superseded'; readonly actual: number | null }
  /** A rollback run's own deploy failed: the alias stays at the version it rolled back to. */
  | { readonly kind: 'kept' }

export interface ReleaseReport {
  readonly ok: boolean
  readonly version: number
  readonly directory: string
  readonly steps: readonly ReleaseStep[]
  /** One line: which command failed and how; absent when both succeeded. */
  readonly failure?: string
  readonly restoration?: Restoration
}

export interface ReleaseFlow {
  readonly registry: ModelRegistry
  readonly commands: ReleaseCommands
  readonly runCommand?: CommandRunner
  readonly name: string
  readonly alias: string
  readonly cwd: string
  readonly env: Readonly<Record<string, string | undefined>>
  /** Each version is downloaded to `<root>/<name>/<version>`. */
  readonly root: string
  readonly log: Logger
}

/** Where a version is downloaded before its deploy command runs. */
export function releaseRoot(env: Readonly<Record<string, string | undefined>>, cwd: string) {
  return join(env.RUNNER_TEMP || cwd, 'ml-actions-deploy')
}

/** Downloads the version (verified) and runs deploy then smoke-test with it. */
export async function deployVersion(
  flow: ReleaseFlow,
  subject: Manifest,
  previousVersion: number | null,
  purpose: ReleasePurpose
): Promise<ReleaseReport> {
  const directory = join(flow.root, subject.name, String(subject.version))
  // The same version always has the same files, so a re-run may write over its own download.
  const checkout = await flow.registry.checkout(`${subject.name}/${subject.version}`, directory, {
    force: true
  })
  const run = await runRelease(
    flow.runCommand ?? execCommandRunner,
    flow.commands,
    {
      name: subject.name,
      version: subject.version,
      alias: flow.alias,
      previousVersion,
      directory: checkout.directory,
      manifestPath: checkout.manifestPath,
      purpose
    },
    { cwd: flow.cwd, env: flow.env },
    flow.log
  )
  const failed = run.ok ? undefined : run.steps.at(-1)
  return {
    ok: run.ok,
    version: subject.version,
    directory: checkout.directory,
    steps: run.steps,
    ...(failed ? { failure: describeFailure(failed, timeoutOf(flow.commands, failed)) } : {})
  }
}

/**
 * After the candidate failed, the alias goes back to what it replaced only if it still points to
 * the candidate (compare-and-swap): a newer move by another run is never overwritten. The previous
 * version is then deployed again through the same commands, so it is what serves.
 */
export async function restorePrevious(
  flow: ReleaseFlow,
  failed: ReleaseReport,
  previousVersion: number | null,
  aliasMove: { readonly actor: string; readonly decisionRef: string; readonly runUrl?: string }
): Promise<{ restoration: Restoration; redeploy?: ReleaseReport }> {
  if (previousVersion === null) return { restoration: { kind: 'nothing-to-restore' } }
  try {
    await flow.registry.rollback(flow.name, flow.alias, {
      to: previousVersion,
      expect: failed.version,
      actor: aliasMove.actor,
      decisionRef: aliasMove.decisionRef,
      reason: `automatic rollback: ${failed.failure ?? 'the deploy failed'}`,
      ...(aliasMove.runUrl ? { runUrl: aliasMove.runUrl } : {})
    })
  } catch (error) {
    if (!(error instanceof ConcurrencyError)) throw error
    const actual = (await flow.registry.history(flow.name, flow.alias))[0]?.version ?? null
    return { restoration: { kind: 'superseded', actual } }
  }
  const previous = await flow.registry.get(flow.name, previousVersion)
  const redeploy = await deployVersion(flow, previous, failed.version, 'restore')
  return {
    restoration: { kind: 'restored', version: previousVersion, redeployed: redeploy.ok },
    redeploy
  }
}

/** One line on what the alias now is after a failed deploy, for reasons and the status. */
export function describeRestoration(
  restoration: Restoration,
  model: string,
  alias: string,
  redeploy?: ReleaseReport
): string {
  const ref = `${model}@${alias}`
  switch (restoration.kind) {
    case 'restored':
      return restoration.redeployed
        ? `${ref} rolled back to version ${restoration.version}, which was deployed and smoke-tested again`
        : `${ref} rolled back to version ${restoration.version}, but deploying it again failed too: ${redeploy?.failure ?? 'see the log'}`
    case 'nothing-to-restore':
      return `${ref} was unset before this run, so there is no previous version to roll back to; it stays at the failed version`
    case 'superseded':
      return `another run moved ${ref} to ${restoration.actual === null ? 'unset' : `version ${restoration.actual}`} meanwhile; its move stands`
    case 'kept':
      return `${ref} stays at the version rolled back to`
  }
}

function timeoutOf(commands: ReleaseCommands, step: ReleaseStep): number | undefined {
  return step.step === 'deploy' ? commands.deployTimeoutMs : commands.smokeTestTimeoutMs
}
