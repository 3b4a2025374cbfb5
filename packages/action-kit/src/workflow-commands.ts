import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'
import type { AnnotationProperties } from './logger.js'
import { writeStdout } from './descriptor-writer.js'
import { tokenAbsentFrom } from './absent-token.js'

// The runner's side of the protocol, written here instead of imported from @actions/core: that
// package loads an HTTP client (for OIDC tokens) on import, which tripled every step's start-up.
// The formats follow the runner's documented workflow commands and environment files.
// Delimiters are tokens checked to be absent from the text (absent-token.ts), not random UUIDs:
// a draw from Web Crypto loads node:crypto. Commands go to the descriptor (descriptor-writer.ts):
// building process.stdout costs every step its start-up too.

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

/** The heredoc form of an environment file entry, with a delimiter neither name nor value contains. */
export function keyValueMessage(name: string, value: string): string {
  const delimiter = `ghadelimiter_${tokenAbsentFrom([name, value])}`
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
