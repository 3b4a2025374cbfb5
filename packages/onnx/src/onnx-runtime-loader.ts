import { existsSync, readFileSync } from 'node:fs'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { arch, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import type * as OnnxRuntime from 'onnxruntime-node'
import { ConfigurationError } from '@ml-actions/core/errors'

export type OnnxRuntimeModule = typeof OnnxRuntime

export const PINNED_ONNXRUNTIME_VERSION = '1.30.0'
const PACKAGE = 'onnxruntime-node'

export type RuntimeSource = 'path-input' | 'tool-cache' | 'installed'

export interface LoadedOnnxRuntime {
  readonly ort: OnnxRuntimeModule
  /** Directory of the onnxruntime-node package that was loaded (a worker loads the same one). */
  readonly packageDirectory: string
  readonly version: string
  readonly source: RuntimeSource
  /** Milliseconds spent installing (0 unless source is `installed`) and loading the module. */
  readonly installMs: number
  readonly loadMs: number
}

/** Installs onnxruntime-node into `prefix` so that `<prefix>/node_modules/onnxruntime-node` exists. */
export type RuntimeInstaller = (prefix: string, version: string) => Promise<void>

export interface LoadOnnxRuntimeOptions {
  /** Explicit location (the `onnxruntime-path` input): the package folder, a node_modules folder or an npm prefix. */
  readonly path?: string
  /** Root of the runner's tool cache (RUNNER_TOOL_CACHE); falls back to the temp folder. */
  readonly toolCache?: string
  readonly install?: RuntimeInstaller
  readonly version?: string
}

/**
 * Find and load onnxruntime-node. It is never bundled (its native binaries cannot be inlined), so
 * it comes from, in order: an explicit path, the tool cache where an earlier step installed it, or a
 * fresh install of the pinned version for this platform into the tool cache.
 */
export async function loadOnnxRuntime(
  options: LoadOnnxRuntimeOptions = {}
): Promise<LoadedOnnxRuntime> {
  const version = options.version ?? PINNED_ONNXRUNTIME_VERSION
  if (options.path) {
    const packageDirectory = findPackageDirectory(resolve(options.path))
    if (!packageDirectory) {
      throw new ConfigurationError(
        `onnxruntime-path "${options.path}" holds no ${PACKAGE} package (looked for package.json, node_modules/${PACKAGE}).`,
        'onnxruntime-path'
      )
    }
    return requireRuntime(packageDirectory, 'path-input', 0)
  }
  const cacheDirectory = toolCacheDirectory(options.toolCache ?? tmpdir(), version)
  const installedDirectory = join(cacheDirectory, 'node_modules', PACKAGE)
  if (existsSync(completionMarker(cacheDirectory)) && existsSync(installedDirectory)) {
    return requireRuntime(installedDirectory, 'tool-cache', 0)
  }
  const started = performance.now()
  // The installer (tarball download, gunzip, tar) loads only when the runtime is not cached yet.
  const install =
    options.install ?? (await import('./npm-registry-installer.js')).registryInstaller()
  await installInto(cacheDirectory, version, install)
  return requireRuntime(installedDirectory, 'installed', performance.now() - started)
}

/** Same layout as @actions/tool-cache (`<root>/<tool>/<version>/<arch>` + `<arch>.complete`). */
export function toolCacheDirectory(toolCache: string, version: string): string {
  return join(toolCache, PACKAGE, version, `${process.platform}-${arch()}`)
}

function completionMarker(cacheDirectory: string): string {
  return `${cacheDirectory}.complete`
}

async function installInto(
  cacheDirectory: string,
  version: string,
  install: RuntimeInstaller
): Promise<void> {
  // Install beside the final folder and rename: a half-finished install is never mistaken for a cached one.
  const staging = `${cacheDirectory}.staging-${process.pid}`
  await rm(staging, { recursive: true, force: true })
  await mkdir(staging, { recursive: true })
  try {
    await install(staging, version)
    if (!existsSync(join(staging, 'node_modules', PACKAGE, 'package.json'))) {
      throw new Error(
        `installing ${PACKAGE}@${version} left no node_modules/${PACKAGE} in ${staging}`
      )
    }
    // Another job on this runner may have finished the same install meanwhile: keep theirs, it may be in use.
    if (existsSync(completionMarker(cacheDirectory))) return
    await rm(cacheDirectory, { recursive: true, force: true })
    await mkdir(dirname(cacheDirectory), { recursive: true })
    await rename(staging, cacheDirectory)
    await writeFile(completionMarker(cacheDirectory), '')
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

function findPackageDirectory(path: string): string | undefined {
  for (const candidate of [path, join(path, PACKAGE), join(path, 'node_modules', PACKAGE)]) {
    if (readPackageName(candidate) === PACKAGE) return candidate
  }
  return undefined
}

function readPackageName(directory: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { name?: string })
      .name
  } catch {
    return undefined
  }
}

function requireRuntime(
  packageDirectory: string,
  source: RuntimeSource,
  installMs: number
): LoadedOnnxRuntime {
  const started = performance.now()
  // createRequire keeps the bundler from resolving (and inlining) the package at build time.
  const load = createRequire(join(packageDirectory, 'package.json'))
  let ort: OnnxRuntimeModule
  try {
    ort = load(packageDirectory) as OnnxRuntimeModule
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new ConfigurationError(
      `${PACKAGE} in ${packageDirectory} cannot be loaded on ${process.platform}/${arch()} (prebuilt binaries exist for linux x64/arm64, darwin arm64, win32 x64/arm64): ${reason}`,
      'onnxruntime-path'
    )
  }
  const { version } = load(join(packageDirectory, 'package.json')) as { version: string }
  return { ort, packageDirectory, version, source, installMs, loadMs: performance.now() - started }
}
