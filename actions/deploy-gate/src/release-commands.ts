import type { Logger } from '@ml-actions/action-kit'
import { bashCommand, CommandOutput, type CommandRunner } from '@ml-actions/action-kit/command'

/** The user's deploy and smoke-test commands, each run with bash in strict mode. */
export interface ReleaseCommands {
  readonly deploy: string
  readonly smokeTest: string
  readonly deployTimeoutMs?: number
  readonly smokeTestTimeoutMs?: number
}

/** Why a version is being deployed: the gate's own move, putting back the previous one, or a rollback run. */
export type ReleasePurpose = 'deploy' | 'restore' | 'rollback'

/** The version the commands ship, handed to them only through environment variables. */
export interface ReleaseTarget {
  readonly name: string
  readonly version: number
  readonly alias: string
  readonly previousVersion: number | null
  readonly directory: string
  readonly manifestPath: string
  readonly purpose: ReleasePurpose
}

export type ReleaseStepName = 'deploy' | 'smoke-test'

export interface ReleaseStep {
  readonly step: ReleaseStepName
  readonly version: number
  readonly purpose: ReleasePurpose
  /** Null when the command was ended by a signal (its timeout, the OOM killer). */
  readonly exitCode: number | null
  readonly timedOut: boolean
  readonly durationSeconds: number
  /** The end of its output when it failed, for the decision record. */
  readonly tail?: string
}

export interface ReleaseRun {
  readonly ok: boolean
  readonly steps: readonly ReleaseStep[]
}

export const RELEASE_VARIABLES = {
  directory: 'ML_MODEL_DIR',
  manifest: 'ML_MODEL_MANIFEST',
  name: 'ML_MODEL_NAME',
  version: 'ML_MODEL_VERSION',
  alias: 'ML_MODEL_ALIAS',
  previousVersion: 'ML_MODEL_PREVIOUS_VERSION',
  purpose: 'ML_DEPLOY_PURPOSE'
} as const

export function hasReleaseCommands(commands: ReleaseCommands): boolean {
  return commands.deploy.trim() !== '' || commands.smokeTest.trim() !== ''
}

/** The step's environment plus the target: the commands never see the model spliced into their text. */
export function releaseEnvironment(
  env: Readonly<Record<string, string | undefined>>,
  target: ReleaseTarget
): Record<string, string> {
  const merged: Record<string, string> = {}
  for (const [name, value] of Object.entries(env)) if (value !== undefined) merged[name] = value
  merged[RELEASE_VARIABLES.directory] = target.directory
  merged[RELEASE_VARIABLES.manifest] = target.manifestPath
  merged[RELEASE_VARIABLES.name] = target.name
  merged[RELEASE_VARIABLES.version] = String(target.version)
  merged[RELEASE_VARIABLES.alias] = target.alias
  merged[RELEASE_VARIABLES.previousVersion] =
    target.previousVersion === null ? '' : String(target.previousVersion)
  merged[RELEASE_VARIABLES.purpose] = target.purpose
  return merged
}

/** Deploy, then smoke test; the first that fails (or is killed by its timeout) ends the run. */
export async function runRelease(
  runCommand: CommandRunner,
  commands: ReleaseCommands,
  target: ReleaseTarget,
  where: { readonly cwd: string; readonly env: Readonly<Record<string, string | undefined>> },
  log: Logger
): Promise<ReleaseRun> {
  const env = releaseEnvironment(where.env, target)
  const plan: Array<{ step: ReleaseStepName; run: string; timeoutMs?: number }> = [
    {
      step: 'deploy',
      run: commands.deploy,
      ...(commands.deployTimeoutMs ? { timeoutMs: commands.deployTimeoutMs } : {})
    },
    {
      step: 'smoke-test',
      run: commands.smokeTest,
      ...(commands.smokeTestTimeoutMs ? { timeoutMs: commands.smokeTestTimeoutMs } : {})
    }
  ]
  const steps: ReleaseStep[] = []
  for (const { step, run, timeoutMs } of plan) {
    if (run.trim() === '') continue
    log.info(
      `deploy-gate: ${step} of ${target.name}/${target.version} (${target.purpose}) with bash -e -o pipefail:`
    )
    log.untrusted(run)
    const stdout = new CommandOutput(log)
    const stderr = new CommandOutput(log)
    const result = await runCommand({
      ...bashCommand(run),
      cwd: where.cwd,
      env,
      ...(timeoutMs ? { timeoutMs } : {}),
      onStdout: (chunk) => stdout.write(chunk),
      onStderr: (chunk) => stderr.write(chunk)
    })
    stdout.flush()
    stderr.flush()
    const ok = result.exitCode === 0 && !result.timedOut
    const tail = stderr.tail() || stdout.tail()
    steps.push({
      step,
      version: target.version,
      purpose: target.purpose,
      exitCode: result.exitCode,
      timedOut: result.timedOut,
      durationSeconds: Number((result.durationMs / 1000).toFixed(3)),
      ...(!ok && tail !== '' ? { tail } : {})
    })
    if (!ok) return { ok: false, steps }
  }
  return { ok: true, steps }
}

/** One line for a failed step, as the reasons, the alias log and the deployment status say it. */
export function describeFailure(step: ReleaseStep, timeoutMs: number | undefined): string {
  const what = `${step.step} of version ${step.version}`
  if (step.timedOut) {
    return `${what} was killed after its ${formatSeconds(timeoutMs ?? 0)} timeout`
  }
  return step.exitCode === null
    ? `${what} was ended by a signal`
    : `${what} exited with code ${step.exitCode}`
}

function formatSeconds(ms: number): string {
  const seconds = ms / 1000
  return seconds >= 60 && seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`
}
