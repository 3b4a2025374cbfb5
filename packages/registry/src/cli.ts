import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { ConfigurationError } from '@ml-actions/core/errors'
import type { AliasEntry } from './alias-log.js'
import { ConcurrencyError, IntegrityError } from './errors.js'
import { ciRunFromEnv } from '@ml-actions/core/ci'
import { ModelRegistry, type ModelSummary } from './model-registry.js'
import { DEFAULT_REGISTRY_DIRECTORY } from './store-uri.js'

export interface RegistryCliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: Readonly<Record<string, string | undefined>>
  cwd: string
}

const USAGE = `Usage: registry <command> [options]

Commands:
  list                                          models with their versions and aliases
  show <ref>                                    manifest of name, name@alias, name@latest or name/<n>
  resolve <ref>                                 the version a reference points to
  download <ref> --to <dir> [--force]           the version's files, sha256-verified, and its manifest.json
  promote <name> <alias> <version> [--expect v] move an alias (--expect none: alias must be unset)
  rollback <name> <alias> [--to v]              move an alias back (default: its previous version)
  history <name> <alias>                        alias moves, newest first
  verify [name]                                 re-hash blobs and check manifests (exit 1 on problems)
  gc [--dry-run] [--grace-hours h]              remove abandoned claims and unreferenced blobs

Options:
  --registry <uri>          directory, file:///path, s3:// or gs://bucket/prefix (default ${DEFAULT_REGISTRY_DIRECTORY})
  --endpoint <url>          S3-compatible endpoint; --region <r>; --path-style / --no-path-style
  --allow-unsafe-aliases    move aliases even on a store that ignores create-only preconditions
  --actor <who>  --reason <why>  --decision-ref <ref>   recorded with alias moves
  --force                   download: write into a directory that is not empty
  --json                    machine-readable output
`

const OPTIONS = {
  registry: { type: 'string' },
  endpoint: { type: 'string' },
  region: { type: 'string' },
  'path-style': { type: 'boolean' },
  'no-path-style': { type: 'boolean' },
  'allow-unsafe-aliases': { type: 'boolean' },
  json: { type: 'boolean' },
  expect: { type: 'string' },
  to: { type: 'string' },
  actor: { type: 'string' },
  reason: { type: 'string' },
  'decision-ref': { type: 'string' },
  'dry-run': { type: 'boolean' },
  force: { type: 'boolean' },
  'grace-hours': { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const

type ParsedValues = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>['values']

/** Exit codes: 0 success, 1 failed check / lost race / corruption, 2 usage or configuration error. */
export async function runRegistryCli(argv: string[], io: RegistryCliIo): Promise<number> {
  try {
    const { values, positionals } = parseArguments(argv)
    const [command, ...operands] = positionals
    if (values.help || command === undefined || command === 'help') {
      io.stdout(USAGE)
      return command === undefined && !values.help ? 2 : 0
    }
    const subcommand = Object.hasOwn(SUBCOMMANDS, command) ? SUBCOMMANDS[command] : undefined
    if (!subcommand)
      throw new ConfigurationError(`Unknown command "${command}"\n${USAGE}`, 'command')
    const registry = openFromOptions(values, io)
    return await subcommand({ registry, operands, values, io, print: printer(values, io) })
  } catch (error) {
    return reportFailure(error, io)
  }
}

/** What every subcommand is given: the open registry, its operands and options, and where to print. */
interface SubcommandRun {
  readonly registry: ModelRegistry
  readonly operands: readonly string[]
  readonly values: ParsedValues
  readonly io: RegistryCliIo
  /** The value as JSON under --json, else the text. */
  readonly print: (value: unknown, text: string) => void
}

function printer(values: ParsedValues, io: RegistryCliIo): SubcommandRun['print'] {
  return (value, text) =>
    io.stdout(
      values.json ? `${JSON.stringify(value, null, 2)}\n` : text.endsWith('\n') ? text : `${text}\n`
    )
}

/** A user's mistake exits 2, a failed check or a lost race 1, anything else 1 with its stack. */
function reportFailure(error: unknown, io: RegistryCliIo): number {
  if (error instanceof ConfigurationError || isParseArgsError(error)) {
    io.stderr(`error: ${(error as Error).message}\n`)
    return 2
  }
  if (error instanceof ConcurrencyError || error instanceof IntegrityError) {
    io.stderr(`error: ${error.message}\n`)
    return 1
  }
  io.stderr(`error: ${(error as Error).stack ?? String(error)}\n`)
  return 1
}

const SUBCOMMANDS: Readonly<Record<string, (run: SubcommandRun) => Promise<number>>> = {
  list: listModels,
  show: showVersion,
  resolve: resolveReference,
  download: downloadVersion,
  promote: promoteAlias,
  rollback: rollBackAlias,
  history: aliasHistory,
  verify: verifyRegistry,
  gc: collectGarbage
}

/** `list`: every model with its versions and aliases. */
async function listModels({ registry, operands, print }: SubcommandRun): Promise<number> {
  expectOperands('list', operands, 0, 0)
  const models = await registry.list()
  print(
    models,
    models.length === 0 ? `No models in ${registry.location}` : models.map(formatSummary).join('\n')
  )
  return 0
}

/** `show <ref>`: a version's files, metrics and lineage. */
async function showVersion({ registry, operands, print }: SubcommandRun): Promise<number> {
  const [ref] = expectOperands('show', operands, 1, 1)
  const resolved = await registry.resolve(ref as string)
  const { manifest } = resolved
  const lines = [
    `${manifest.name}/${manifest.version}${resolved.alias ? ` (@${resolved.alias})` : ''} created ${manifest.createdAt}`,
    ...manifest.files.map(
      (file) => `  ${file.sha256}  ${String(file.size).padStart(12)}  ${file.path}`
    ),
    `metrics: ${JSON.stringify(manifest.metrics)}`,
    `lineage: ${JSON.stringify(manifest.lineage)}`
  ]
  print(resolved, lines.join('\n'))
  return 0
}

/** `resolve <ref>`: the name/version a reference stands for. */
async function resolveReference({ registry, operands, print }: SubcommandRun): Promise<number> {
  const [ref] = expectOperands('resolve', operands, 1, 1)
  const { name, version, alias } = await registry.resolve(ref as string)
  print({ name, version, ...(alias ? { alias } : {}) }, `${name}/${version}`)
  return 0
}

/** `download <ref> --to DIR`: the version's files, verified, into a directory. */
async function downloadVersion({
  registry,
  operands,
  values,
  io,
  print
}: SubcommandRun): Promise<number> {
  const [ref] = expectOperands('download', operands, 1, 1)
  if (!values.to) {
    throw new ConfigurationError('"download" needs --to <directory>', 'to')
  }
  const result = await registry.checkout(ref as string, resolve(io.cwd, values.to), {
    force: values.force ?? false
  })
  const { manifest } = result
  const bytes = manifest.files.reduce((sum, file) => sum + file.size, 0)
  print(
    {
      name: manifest.name,
      version: manifest.version,
      ...(result.alias ? { alias: result.alias } : {}),
      directory: result.directory,
      manifest: result.manifestPath,
      files: result.files
    },
    `${manifest.name}/${manifest.version}: ${manifest.files.length} file(s), ${bytes} bytes verified into ${result.directory}`
  )
  return 0
}

/** `promote <name> <alias> <version>`: a compare-and-swap move of the alias. */
async function promoteAlias({
  registry,
  operands,
  values,
  io,
  print
}: SubcommandRun): Promise<number> {
  const [name, alias, version] = expectOperands('promote', operands, 3, 3)
  const entry = await registry.promote(
    name as string,
    alias as string,
    parseVersion(version as string, 'version'),
    {
      ...(values.expect !== undefined ? { expect: parseExpectation(values.expect) } : {}),
      ...aliasMoveDetails(values, io)
    }
  )
  print(entry, formatEntry(entry))
  return 0
}

/** `rollback <name> <alias>`: the alias back to its previous (or --to) version. */
async function rollBackAlias({
  registry,
  operands,
  values,
  io,
  print
}: SubcommandRun): Promise<number> {
  const [name, alias] = expectOperands('rollback', operands, 2, 2)
  const entry = await registry.rollback(name as string, alias as string, {
    ...(values.to !== undefined ? { to: parseVersion(values.to, 'to') } : {}),
    ...aliasMoveDetails(values, io)
  })
  print(entry, formatEntry(entry))
  return 0
}

/** `history <name> <alias>`: every move of the alias. */
async function aliasHistory({ registry, operands, print }: SubcommandRun): Promise<number> {
  const [name, alias] = expectOperands('history', operands, 2, 2)
  const entries = await registry.history(name as string, alias as string)
  print(
    entries,
    entries.length === 0 ? `${name}@${alias} has no history` : entries.map(formatEntry).join('\n')
  )
  return 0
}

/** `verify [name]`: re-hash every blob and check every manifest and alias; 1 when anything is wrong. */
async function verifyRegistry({ registry, operands, print }: SubcommandRun): Promise<number> {
  const [name] = expectOperands('verify', operands, 0, 1)
  const report = await registry.verify(name)
  const summary = `${report.ok ? 'OK' : 'FAILED'}: ${report.models} model(s), ${report.versions} version(s), ${report.blobs} blob(s) checked`
  const details = report.problems.map(
    (p) =>
      `  ${p.model}${p.version !== undefined ? `/${p.version}` : ''}${p.alias ? `@${p.alias}` : ''}${p.file ? ` ${p.file}` : ''}: ${p.problem}`
  )
  print(report, [summary, ...details].join('\n'))
  return report.ok ? 0 : 1
}

/** `gc`: remove abandoned claims, unreferenced blobs and interrupted writes. */
async function collectGarbage({
  registry,
  operands,
  values,
  print
}: SubcommandRun): Promise<number> {
  expectOperands('gc', operands, 0, 0)
  const graceHours = values['grace-hours'] === undefined ? undefined : Number(values['grace-hours'])
  if (graceHours !== undefined && !(graceHours >= 0)) {
    throw new ConfigurationError(
      `--grace-hours must be a non-negative number, got "${values['grace-hours']}"`,
      'grace-hours'
    )
  }
  const report = await registry.gc({
    dryRun: values['dry-run'] ?? false,
    ...(graceHours !== undefined ? { gracePeriodMs: graceHours * 3_600_000 } : {})
  })
  const verb = report.dryRun ? 'would remove' : 'removed'
  print(
    report,
    `${verb} ${report.removedClaims.length} abandoned claim(s), ${report.removedBlobs.length} unreferenced blob(s) ` +
      `(${report.freedBytes} bytes), ${report.removedPartials.length} interrupted write(s)`
  )
  return 0
}

function parseArguments(argv: string[]) {
  return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true })
}

function openFromOptions(values: ParsedValues, io: RegistryCliIo): ModelRegistry {
  const pathStyle = values['no-path-style'] ? false : values['path-style']
  return ModelRegistry.open(values.registry ?? DEFAULT_REGISTRY_DIRECTORY, {
    cwd: io.cwd,
    allowUnsafeAliases: values['allow-unsafe-aliases'] ?? false,
    s3: {
      ...(values.endpoint ? { endpoint: values.endpoint } : {}),
      ...(values.region ? { region: values.region } : {}),
      ...(pathStyle !== undefined ? { forcePathStyle: pathStyle } : {})
    }
  })
}

function aliasMoveDetails(values: ParsedValues, io: RegistryCliIo) {
  const { runUrl, actor } = ciRunFromEnv(io.env)
  return {
    actor: values.actor ?? actor ?? io.env.GITHUB_ACTOR ?? io.env.USER ?? 'unknown',
    ...(values.reason ? { reason: values.reason } : {}),
    ...(values['decision-ref'] ? { decisionRef: values['decision-ref'] } : {}),
    ...(runUrl ? { runUrl } : {})
  }
}

function expectOperands(
  command: string,
  operands: readonly string[],
  min: number,
  max: number
): readonly string[] {
  if (operands.length < min || operands.length > max) {
    throw new ConfigurationError(
      `"${command}" takes ${min === max ? min : `${min}-${max}`} argument(s), got ${operands.length}\n${USAGE}`,
      'command'
    )
  }
  return operands
}

function parseVersion(text: string, input: string): number {
  const version = Number(text)
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(version) || version < 1) {
    throw new ConfigurationError(
      `--${input} / <${input}> must be a version number, got "${text}"`,
      input
    )
  }
  return version
}

function parseExpectation(text: string): number | null {
  return text === 'none' || text === 'null' ? null : parseVersion(text, 'expect')
}

function formatSummary(model: ModelSummary): string {
  const aliases = Object.entries(model.aliases).map(([alias, version]) => `${alias}=${version}`)
  return `${model.name}  latest=${model.latest}  versions=${model.versions.join(',')}${aliases.length ? `  aliases: ${aliases.join(' ')}` : ''}`
}

function formatEntry(entry: AliasEntry): string {
  const from = entry.previousVersion === null ? 'unset' : String(entry.previousVersion)
  const why = entry.reason ? ` — ${entry.reason}` : ''
  return `#${entry.seq} ${entry.time} ${entry.action} ${entry.model}@${entry.alias}: ${from} -> ${entry.version} by ${entry.actor}${why}`
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')
}
