import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { readActionMetadata, repoRoot, type ActionMetadata } from './action-metadata.js'

/**
 * The published names users write: `uses: org/ml-actions/<name>@v1` (the short form, a root folder that
 * holds only a generated action.yml), `org/ml-actions/actions/<name>@v1`, or the root action.
 */
export const OUR_ACTION = /^org\/ml-actions(?:\/([^@]+))?@(.+)$/
export const PUBLISHED_REF = 'v1'

export interface WorkflowStep {
  id?: string
  name?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
  if?: string
}

export interface WorkflowJob {
  'runs-on'?: unknown
  uses?: string
  needs?: string | string[]
  permissions?: unknown
  outputs?: Record<string, string>
  steps?: WorkflowStep[]
}

export interface Workflow {
  name?: string
  on?: unknown
  permissions?: unknown
  jobs?: Record<string, WorkflowJob>
}

export function parseWorkflow(text: string): Workflow {
  return (parse(text) ?? {}) as Workflow
}

/** action.yml of `org/ml-actions[/path]`, or undefined when that path holds no action. */
export function ourActionMetadata(path: string | undefined): ActionMetadata | undefined {
  if (path === undefined) {
    const file = join(repoRoot, 'action.yml')
    if (!existsSync(file)) return undefined
    const metadata = parse(readFileSync(file, 'utf8')) as ActionMetadata
    return { ...metadata, inputs: metadata.inputs ?? {}, outputs: metadata.outputs ?? {} }
  }
  const name = ourActionName(path)
  if (!name || !existsSync(join(repoRoot, path, 'action.yml'))) return undefined
  return readActionMetadata(name)
}

/** The action a `uses:` path after `org/ml-actions` names, in either form (undefined: the root). */
export function ourActionName(path: string | undefined): string | undefined {
  return path === undefined ? undefined : /^(?:actions\/)?([^/]+)$/.exec(path)?.[1]
}

const where = (jobId: string, step: WorkflowStep, index: number): string =>
  `job ${jobId}, step ${step.id ?? step.name ?? index + 1}`

/** Every string anywhere inside a value (step `with`, `env`, `if`, `run`, job outputs …). */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsIn)
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn)
  return []
}

/**
 * What is wrong with the workflow's use of ml-actions: an unknown action or ref, an input the action
 * does not declare, a missing required input, an output read that the action does not write.
 */
export function actionUsageProblems(workflow: Workflow): string[] {
  const problems: string[] = []
  for (const [jobId, job] of Object.entries(workflow.jobs ?? {})) {
    const actionsById = new Map<string, { uses: string; metadata: ActionMetadata }>()
    ;(job.steps ?? []).forEach((step, index) => {
      const match = step.uses ? OUR_ACTION.exec(step.uses) : null
      if (!match) return
      const at = where(jobId, step, index)
      if (match[2] !== PUBLISHED_REF)
        problems.push(`${at}: ${step.uses} should use @${PUBLISHED_REF}`)
      const metadata = ourActionMetadata(match[1])
      if (!metadata) {
        problems.push(`${at}: ${step.uses} names no action of this repository`)
        return
      }
      const given = Object.keys(step.with ?? {})
      for (const input of given)
        if (!(input in metadata.inputs))
          problems.push(`${at}: input ${input} is not declared by ${match[1] ?? 'action.yml'}`)
      for (const [input, spec] of Object.entries(metadata.inputs))
        if (spec.required && !given.includes(input))
          problems.push(`${at}: required input ${input} of ${match[1] ?? 'action.yml'} is missing`)
      if (step.id) actionsById.set(step.id, { uses: step.uses!, metadata })
    })
    for (const text of stringsIn(job)) {
      for (const [, stepId, output] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        const action = actionsById.get(stepId!)
        if (action && !(output! in action.metadata.outputs))
          problems.push(`job ${jobId}: ${action.uses} (step ${stepId}) has no output ${output}`)
      }
    }
  }
  return problems
}

/** Parses an input's text as the action does; throws (a ConfigurationError) on a bad value. */
export type InputParsers = Readonly<Record<string, { parse(raw: string, name: string): unknown }>>

/**
 * Literal `with:` values the action would refuse: a number input given a word, a choice outside its
 * list, a boolean spelled `yes`. Values with `${{ }}` are only known at run time and are skipped.
 * `parsersOf` maps the path after `org/ml-actions` (undefined for the root action) to its inputs.
 */
export function inputValueProblems(
  workflow: Workflow,
  parsersOf: (path: string | undefined) => InputParsers | undefined
): string[] {
  const problems: string[] = []
  for (const [jobId, job] of Object.entries(workflow.jobs ?? {}))
    (job.steps ?? []).forEach((step, index) => {
      const match = step.uses ? OUR_ACTION.exec(step.uses) : null
      const parsers = match ? parsersOf(match[1]) : undefined
      if (!parsers) return
      for (const [name, value] of Object.entries(step.with ?? {})) {
        const text = String(value ?? '').trim()
        if (text.includes('${{') || !parsers[name]) continue
        try {
          parsers[name].parse(text, name)
        } catch (error) {
          problems.push(`${where(jobId, step, index)}: ${(error as Error).message}`)
        }
      }
    })
  return problems
}

const WRITE_EVERYTHING = new Set(['write-all', 'read-all'])

/** Actions that trade the job's OIDC token for cloud credentials. */
const OIDC_EXCHANGES = ['aws-actions/configure-aws-credentials@', 'google-github-actions/auth@']

/** Inputs of ours that bash runs: an expression in them is script injection as in `run:`. */
const COMMAND_INPUTS = ['run', 'export-command', 'deploy', 'smoke-test']

/**
 * Least privilege: permissions are spelled out per scope (never write-all), the workflow default grants
 * no write, and the OIDC token is only requested by jobs that exchange it for cloud credentials.
 */
export function permissionProblems(workflow: Workflow): string[] {
  const problems: string[] = []
  const top = workflow.permissions
  if (top === undefined) problems.push('no workflow-level permissions: the default token may write')
  else if (typeof top !== 'object' || top === null)
    problems.push(`workflow permissions ${String(top)}`)
  else
    for (const [scope, level] of Object.entries(top))
      if (level === 'write') problems.push(`workflow-level ${scope}: write (grant it per job)`)
  for (const [jobId, job] of Object.entries(workflow.jobs ?? {})) {
    const permissions = job.permissions
    if (typeof permissions === 'string' && WRITE_EVERYTHING.has(permissions))
      problems.push(`job ${jobId}: permissions ${permissions}`)
    const scopes = (permissions && typeof permissions === 'object' ? permissions : {}) as Record<
      string,
      string
    >
    const exchangesOidc = (job.steps ?? []).some((step) =>
      OIDC_EXCHANGES.some((action) => step.uses?.startsWith(action))
    )
    if (scopes['id-token'] === 'write' && !exchangesOidc)
      problems.push(`job ${jobId}: id-token: write without a step that uses the OIDC token`)
    if (exchangesOidc && scopes['id-token'] !== 'write')
      problems.push(`job ${jobId}: configure-aws-credentials needs id-token: write`)
  }
  return problems
}

/** Expressions inside `run:` (or a command input of ours) are expanded before the shell parses it. */
export function scriptInjectionProblems(workflow: Workflow): string[] {
  const problems: string[] = []
  for (const [jobId, job] of Object.entries(workflow.jobs ?? {}))
    (job.steps ?? []).forEach((step, index) => {
      if (step.run?.includes('${{'))
        problems.push(`${where(jobId, step, index)}: \${{ }} in run: (pass it through env:)`)
      if (step.uses && OUR_ACTION.test(step.uses))
        for (const input of COMMAND_INPUTS)
          if (String(step.with?.[input] ?? '').includes('${{'))
            problems.push(
              `${where(jobId, step, index)}: \${{ }} in ${input}: (pass it through env:)`
            )
    })
  return problems
}

export function triggers(workflow: Workflow): string[] {
  const on = workflow.on
  if (typeof on === 'string') return [on]
  if (Array.isArray(on)) return on.map(String)
  return on && typeof on === 'object' ? Object.keys(on) : []
}
