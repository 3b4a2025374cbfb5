import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'
import type { AnnotationProperties } from './logger.js'
import { writeStdout } from './descriptor-writer.js'

// The runner's side of the protocol, written here instead of imported from @actions/core: that
// package loads an HTTP client (for OIDC tokens) on import, which tripled every step's start-up.
// The formats follow the runner's documented workflow commands and environment files.
// Random tokens come from the global Web Crypto, not node:crypto: importing that module (and the
// streams it loads) costs every step several milliseconds before its first line of output; the
// global loads it at the first token, which a step failing on its inputs never needs. Commands go to
// the descriptor (descriptor-writer.ts): building process.stdout costs every step its start-up too.

type Env = Readonly<Record<string, string | undefined>>

/** `INPUT_<NAME>` with spaces as underscores, upper-cased, trimmed; '' when unset. */
export function getInput(name: string, env: Env = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

/** Appends `name<<delimiter` … to $GITHUB_OUTPUT; without that file, the legacy command. */
export function setOutput(name: string, value: string, env: Env = process.env): void {
  const file = env.GITHUB_OUTPUT
  if (!file) {
    writeStdout(EOL)
    issueCommand('set-output', { name }, value)
    return
  }
  appendFileSync(file, `${keyValueMessage(name, value)}${EOL}`, 'utf8')
}

/** The heredoc form of an environment file entry; a random delimiter the text cannot contain. */
export function keyValueMessage(name: string, value: string): string {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`output "${name}" contains its own delimiter`)
  }
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`
}

export function info(message: string): void {
  writeStdout(`${message}${EOL}`)
}

export function debug(message: string): void {
  issueCommand('debug', {}, message)
}

export function warning(message: string, annotation?: AnnotationProperties): void {
  issueCommand('warning', annotationCommandProperties(annotation), message)
}

export function error(message: string, annotation?: AnnotationProperties): void {
  issueCommand('error', annotationCommandProperties(annotation), message)
}

/** An error annotation, and the step's exit code set to 1 without ending the process early. */
export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}

export function issueCommand(
  command: string,
  properties: Record<string, string | number | undefined>,
  message: string
): void {
  writeStdout(`${formatCommand(command, properties, message)}${EOL}`)
}

export function formatCommand(
  command: string,
  properties: Record<string, string | number | undefined>,
  message: string
): string {
  const pairs = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
  return `::${command}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}`
}

function annotationCommandProperties(
  annotation: AnnotationProperties | undefined
): Record<string, string | number | undefined> {
  if (!annotation) return {}
  return { title: annotation.title, file: annotation.file, line: annotation.startLine }
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
