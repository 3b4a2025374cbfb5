import { existsSync, readFileSync, statSync } from 'node:fs'
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { CliIo } from '@ml-actions/action-kit/cli'
import { ConfigurationError } from '@ml-actions/core/errors'
import type { Manifest } from '@ml-actions/registry'
import type { ServedModel } from './model-server.js'

export const SERVE_USAGE = `Usage: ml-actions serve <ref | directory> [options]

Serves an ONNX model over HTTP on loopback with onnxruntime: POST /predict, GET /healthz.

  <ref>                     name@alias, name/<n> or name@latest in --registry (downloaded, verified)
  <directory>               a directory from \`registry download\` (its manifest.json names the version)
  --registry <uri>          directory, file:///path, s3:// or gs://bucket/prefix (default .ml-registry)
  --endpoint <url>          S3-compatible endpoint; --region <r>
  --model-file <path>       the .onnx file inside the version (default: its only .onnx file)
  --host <address>          127.0.0.1 (default), ::1 or localhost: loopback only
  --port <n>                default 8080; 0 picks a free port
  --ready-file <path>       written with {"url", "pid", "model", "version"} once the server listens
  --onnxruntime-path <dir>  onnxruntime-node to load (default: the tool cache, installed on first use)

Stops cleanly on SIGTERM or SIGINT.`

const OPTIONS = {
  registry: { type: 'string' },
  endpoint: { type: 'string' },
  region: { type: 'string' },
  'model-file': { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  'ready-file': { type: 'string' },
  'onnxruntime-path': { type: 'string' }
} as const

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost'])

export interface ServeOptions {
  readonly source: string
  readonly registry?: string
  readonly endpoint?: string
  readonly region?: string
  readonly modelFile?: string
  readonly host: string
  readonly port: number
  readonly readyFile?: string
  readonly onnxruntimePath?: string
}

export function parseServeArguments(argv: readonly string[]): ServeOptions {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    allowPositionals: true,
    strict: true
  })
  if (positionals.length !== 1) {
    throw new ConfigurationError(`serve takes one <ref | directory>\n${SERVE_USAGE}`, 'serve')
  }
  const host = values.host ?? '127.0.0.1'
  if (!LOOPBACK.has(host)) {
    throw new ConfigurationError(
      `--host ${host} is not a loopback address: serve answers only on this machine (127.0.0.1, ::1, localhost)`,
      'host'
    )
  }
  const port = Number(values.port ?? '8080')
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigurationError(`--port must be 0..65535, got "${values.port}"`, 'port')
  }
  return {
    source: positionals[0] as string,
    ...(values.registry ? { registry: values.registry } : {}),
    ...(values.endpoint ? { endpoint: values.endpoint } : {}),
    ...(values.region ? { region: values.region } : {}),
    ...(values['model-file'] ? { modelFile: values['model-file'] } : {}),
    host,
    port,
    ...(values['ready-file'] ? { readyFile: values['ready-file'] } : {}),
    ...(values['onnxruntime-path'] ? { onnxruntimePath: values['onnxruntime-path'] } : {})
  }
}

/** `ml-actions serve`: resolves when the server has stopped (a signal), with the exit code. */
export async function runServe(argv: readonly string[], io: CliIo): Promise<number> {
  let cleanup: (() => Promise<void>) | undefined
  try {
    const options = parseServeArguments(argv)
    const located = await locateModel(options, io)
    cleanup = located.cleanup
    const model = await loadServedModel(located, options, io)
    const { createModelServer } = await import('./model-server.js')
    const server = createModelServer(model)
    await new Promise<void>((resolveListen, reject) => {
      server.once('error', reject)
      server.listen(options.port, options.host, () => resolveListen())
    })
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : options.port
    const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`
    if (options.readyFile) {
      const ready = resolve(io.cwd, options.readyFile)
      const temp = `${ready}.${process.pid}.partial`
      const facts = { url, pid: process.pid, model: model.name, version: model.version }
      await writeFile(temp, `${JSON.stringify(facts)}\n`)
      await rename(temp, ready)
    }
    io.stdout(
      `serving ${model.name} version ${model.version} on ${url} (POST /predict, GET /healthz)\n`
    )
    await new Promise<void>((stopped) => {
      const stop = (signal: NodeJS.Signals) => {
        io.stdout(`${signal}: stopping\n`)
        process.off('SIGTERM', stop)
        process.off('SIGINT', stop)
        server.close(() => stopped())
        server.closeIdleConnections()
        // Requests in flight finish; a client that keeps a connection open does not hold the exit.
        setTimeout(() => server.closeAllConnections(), 2_000).unref()
      }
      process.on('SIGTERM', stop)
      process.on('SIGINT', stop)
    })
    await located.release?.()
    return 0
  } catch (error) {
    if (error instanceof ConfigurationError || isParseArgsError(error)) {
      io.stderr(`error: ${(error as Error).message}\n`)
      return 2
    }
    io.stderr(`error: ${(error as Error).stack ?? String(error)}\n`)
    return 1
  } finally {
    await cleanup?.()
  }
}

interface LocatedModel {
  readonly name: string
  readonly version: string
  readonly modelPath: string
  readonly cleanup?: () => Promise<void>
  release?: () => Promise<void>
}

/** A directory is served in place; a registry reference is downloaded (verified) to a temp folder first. */
async function locateModel(options: ServeOptions, io: CliIo): Promise<LocatedModel> {
  const asPath = resolve(io.cwd, options.source)
  if (existsSync(asPath) && statSync(asPath).isDirectory()) {
    const manifestPath = join(asPath, 'manifest.json')
    const manifest = existsSync(manifestPath)
      ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest)
      : undefined
    return {
      name: manifest?.name ?? headerSafe(basename(asPath)),
      version: manifest ? String(manifest.version) : 'unversioned',
      modelPath: modelFileIn(asPath, manifest, options.modelFile)
    }
  }
  const { ModelRegistry } = await import('@ml-actions/registry')
  const registry = ModelRegistry.open(options.registry ?? '.ml-registry', {
    cwd: io.cwd,
    s3: {
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      ...(options.region ? { region: options.region } : {})
    }
  })
  const directory = await mkdtemp(join(tmpdir(), 'ml-actions-serve-'))
  const cleanup = () => rm(directory, { recursive: true, force: true })
  try {
    const { manifest } = await registry.checkout(options.source, directory)
    return {
      name: manifest.name,
      version: String(manifest.version),
      modelPath: modelFileIn(directory, manifest, options.modelFile),
      cleanup
    }
  } catch (error) {
    await cleanup()
    throw error
  }
}

function modelFileIn(directory: string, manifest: Manifest | undefined, chosen?: string): string {
  if (chosen) {
    const path = resolve(directory, chosen)
    if (!existsSync(path)) {
      throw new ConfigurationError(`--model-file ${chosen} is not in ${directory}`, 'model-file')
    }
    return path
  }
  const candidates = manifest
    ? manifest.files.map((file) => file.path).filter((path) => path.endsWith('.onnx'))
    : []
  if (candidates.length !== 1) {
    throw new ConfigurationError(
      candidates.length === 0
        ? `${directory} has no .onnx file in its manifest; name one with --model-file`
        : `${directory} has several .onnx files (${candidates.join(', ')}); choose one with --model-file`,
      'model-file'
    )
  }
  return join(directory, ...(candidates[0] as string).split('/'))
}

async function loadServedModel(
  located: LocatedModel,
  options: ServeOptions,
  io: CliIo
): Promise<ServedModel> {
  const { loadOnnxRuntime, createSession, runSession } = await import('@ml-actions/onnx')
  const { ort } = await loadOnnxRuntime({
    ...(options.onnxruntimePath ? { path: options.onnxruntimePath } : {}),
    ...(io.env.RUNNER_TOOL_CACHE ? { toolCache: io.env.RUNNER_TOOL_CACHE } : {})
  })
  const load = await createSession(ort, located.modelPath)
  if (!load.ok) {
    throw new ConfigurationError(
      `${located.modelPath} does not load in onnxruntime: ${load.error.message}`,
      'model-file'
    )
  }
  const { session } = load
  located.release = () => session.release()
  const inputs = session.inputMetadata.map((meta) => {
    if (!meta.isTensor) {
      throw new ConfigurationError(
        `input "${meta.name}" of ${located.modelPath} is not a tensor; serve takes tensor inputs only`,
        'model-file'
      )
    }
    return { name: meta.name, type: meta.type, shape: [...meta.shape] }
  })
  return {
    name: located.name,
    version: located.version,
    inputs,
    outputs: [...session.outputNames],
    predict: (feeds) => runSession(ort, session, feeds)
  }
}

/** Response headers carry the name: keep it to printable ASCII. */
function headerSafe(name: string): string {
  return /^[\x20-\x7e]+$/.test(name) ? name : encodeURIComponent(name)
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')
}
