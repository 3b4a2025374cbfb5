import { spawn } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readActionMetadata, repoRoot } from './action-metadata.js'

export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
}

export interface BundleRun {
  exitCode: number | null
  /** The signal that ended the process (a kill harness's SIGKILL), else null. */
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** Workflow commands the runner would act on (those inside stop-commands blocks excluded). */
  commands: WorkflowCommand[]
  errors: string[]
  warnings: string[]
  workDir: string
}

export interface BundleRunOptions {
  inputs?: Record<string, string>
  env?: Record<string, string>
  eventName?: string
  event?: unknown
  cwd?: string
  token?: string
  timeoutMs?: number
  /** Node arguments to run instead of dist/<name>/index.js (a kill harness over the sources). */
  nodeArgs?: readonly string[]
}

/**
 * Run a committed dist/<name>/index.js the way the runner does: a child process with INPUT_*
 * (action.yml defaults filled in, expressions resolved), file commands in a scratch folder, and
 * only the environment a runner provides.
 */
export async function runBundle(name: string, options: BundleRunOptions = {}): Promise<BundleRun> {
  const workDir = await mkdtemp(join(tmpdir(), `bundle-${name}-`))
  const outputPath = join(workDir, 'github_output')
  const summaryPath = join(workDir, 'step_summary')
  const eventPath = join(workDir, 'event.json')
  await writeFile(outputPath, '')
  await writeFile(summaryPath, '')
  await writeFile(eventPath, JSON.stringify(options.event ?? {}))

  const metadata = readActionMetadata(name)
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? workDir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_REPOSITORY: 'octo-org/models',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_SHA: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKFLOW: 'ci',
    GITHUB_JOB: 'evaluate',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'octocat',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9/unreachable',
    RUNNER_TEMP: workDir,
    RUNNER_OS: 'Linux',
    ...options.env
  }
  for (const [inputName, spec] of Object.entries(metadata.inputs)) {
    const given = options.inputs?.[inputName]
    const value = given ?? resolveExpression(spec.default ?? '', options.token ?? '')
    env[`INPUT_${inputName.replace(/ /g, '_').toUpperCase()}`] = value
  }
  for (const inputName of Object.keys(options.inputs ?? {})) {
    if (!(inputName in metadata.inputs))
      throw new Error(`action ${name} has no input "${inputName}"`)
  }

  const script = options.nodeArgs ?? [join(repoRoot, 'dist', name, 'index.js')]
  const child = spawn(process.execPath, [...script], {
    cwd: options.cwd ?? workDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on('close', (code, signal) => resolve([code, signal]))
  )
  clearTimeout(timer)

  const commands = parseWorkflowCommands(stdout)
  return {
    exitCode,
    signal,
    stdout,
    stderr,
    outputs: parseFileCommand(await readFile(outputPath, 'utf8')),
    summary: await readFile(summaryPath, 'utf8'),
    commands,
    errors: commands.filter((c) => c.command === 'error').map((c) => c.message),
    warnings: commands.filter((c) => c.command === 'warning').map((c) => c.message),
    workDir
  }
}

function resolveExpression(value: string, token: string): string {
  return value.replace(/\$\{\{\s*github\.token\s*\}\}/g, token)
}

/** Parse `name<<DELIM\nvalue\nDELIM` and `name=value` entries of a GITHUB_OUTPUT file. */
export function parseFileCommand(text: string): Record<string, string> {
  const result: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string]
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] as string)
      result[name] = value.join('\n')
    } else if (line.includes('=')) {
      const at = line.indexOf('=')
      result[line.slice(0, at)] = line.slice(at + 1)
    }
  }
  return result
}

const unescapeData = (s: string) =>
  s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')

/** The workflow commands a runner would execute from this stdout, honouring stop-commands. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = []
  let stoppedUntil: string | undefined
  for (const line of stdout.split(/\r?\n/)) {
    if (stoppedUntil !== undefined) {
      if (line === `::${stoppedUntil}::`) stoppedUntil = undefined
      continue
    }
    const match = /^::([a-zA-Z-]+)( [^:]*)?::(.*)$/.exec(line)
    if (!match) continue
    const [, command, props, message] = match as unknown as [
      string,
      string,
      string | undefined,
      string
    ]
    if (command === 'stop-commands') {
      stoppedUntil = message
      continue
    }
    const properties: Record<string, string> = {}
    for (const pair of (props ?? '').trim().split(',').filter(Boolean)) {
      const at = pair.indexOf('=')
      properties[pair.slice(0, at)] = unescapeData(pair.slice(at + 1))
    }
    commands.push({ command, properties, message: unescapeData(message) })
  }
  return commands
}
