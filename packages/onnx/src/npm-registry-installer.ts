import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import { ConfigurationError } from '@ml-actions/core/errors'
import type { RuntimeInstaller } from './onnx-runtime-loader.js'
import { tarExtractor } from './tar-extraction.js'

export const DEFAULT_NPM_REGISTRY = 'https://registry.npmjs.org/'

export interface RegistryInstallerOptions {
  /** npm registry or mirror (NPM_CONFIG_REGISTRY); the public registry when absent. */
  readonly registry?: string
  /** Bearer token for a private mirror (NODE_AUTH_TOKEN); sent to the registry's own origin only. */
  readonly token?: string
  readonly platform?: NodeJS.Platform
  readonly arch?: string
  readonly fetch?: typeof fetch
  readonly log?: (message: string) => void
}

interface PackageDist {
  readonly tarball: string
  readonly integrity?: string
  readonly shasum?: string
}

/**
 * Installs onnxruntime-node the way `npm install` with `ONNXRUNTIME_NODE_INSTALL=skip` would, but
 * without npm and without its postinstall (which downloads CUDA providers from NuGet, research §2.7):
 * the tarballs of onnxruntime-node and onnxruntime-common come from the npm registry, are checked
 * against the registry's integrity digest, and only this platform's prebuilt binaries are unpacked
 * (about 45 MB of the 290 MB package on linux/x64). adm-zip and global-agent, dependencies of the
 * skipped postinstall only, are not needed.
 */
export function registryInstaller(options: RegistryInstallerOptions = {}): RuntimeInstaller {
  const registry = withTrailingSlash(options.registry || DEFAULT_NPM_REGISTRY)
  const platform = options.platform ?? process.platform
  const arch = options.arch ?? process.arch
  const log = options.log ?? (() => undefined)
  const binaries = `bin/napi-v6/${platform}/${arch}/`
  const request = registryRequester(registry, options)
  const install = async (
    name: string,
    version: string,
    prefix: string,
    keep: (path: string) => boolean
  ): Promise<string[]> => {
    const dist = await packageDist(request, `${registry}${name}/${version}`)
    return unpackVerified(
      request,
      dist,
      `${name}@${version}`,
      join(prefix, 'node_modules', name),
      keep,
      log
    )
  }

  return async (prefix, version) => {
    const files = await install('onnxruntime-node', version, prefix, (path) => {
      if (path.startsWith('bin/')) return path.startsWith(binaries)
      return path === 'package.json' || path === 'LICENSE' || path.startsWith('dist/')
    })
    if (!files.some((file) => file.startsWith(binaries))) {
      throw new ConfigurationError(
        `onnxruntime-node ${version} has no prebuilt binaries for ${platform}/${arch} (it ships linux x64/arm64, darwin arm64, win32 x64/arm64); set onnxruntime-path to a build for this machine.`,
        'onnxruntime-path'
      )
    }
    // onnxruntime-node pins onnxruntime-common to its own version.
    await install('onnxruntime-common', version, prefix, () => true)
    if (!existsSync(join(prefix, 'node_modules', 'onnxruntime-common', 'package.json'))) {
      throw new Error('onnxruntime-common was not unpacked')
    }
  }
}

type RegistryRequest = (url: string, accept: string) => Promise<Response>

/**
 * GETs from the registry, the token sent to the registry's own origin only (a tarball on a CDN gets
 * none); an unreachable registry or a refusal is a ConfigurationError pointing at onnxruntime-path.
 */
function registryRequester(registry: string, options: RegistryInstallerOptions): RegistryRequest {
  const fetchImpl = options.fetch ?? fetch
  return async (url, accept) => {
    const headers: Record<string, string> = { accept }
    if (options.token && new URL(url).origin === new URL(registry).origin) {
      headers.authorization = `Bearer ${options.token}`
    }
    let response: Response
    try {
      response = await fetchImpl(url, { headers, redirect: 'follow' })
    } catch (error) {
      throw unreachable(registry, error instanceof Error ? (error.cause ?? error) : error)
    }
    if (!response.ok) {
      throw new ConfigurationError(
        `The npm registry ${registry} answered ${response.status} for ${url}; set onnxruntime-path to an installed onnxruntime-node on runners without registry access.`,
        'onnxruntime-path'
      )
    }
    return response
  }
}

/** Where the registry says a version's tarball is, and its digest. */
async function packageDist(request: RegistryRequest, metadataUrl: string): Promise<PackageDist> {
  const metadata = (await (await request(metadataUrl, 'application/json')).json()) as {
    dist?: PackageDist
  }
  if (!metadata.dist?.tarball) throw new Error(`${metadataUrl} has no dist.tarball`)
  return metadata.dist
}

/**
 * Streams the tarball through its digest and the tar extractor in one pass, then refuses it when the
 * digest is not the registry's: the files written are those `keep` accepts, returned only when it
 * matches.
 */
async function unpackVerified(
  request: RegistryRequest,
  dist: PackageDist,
  packageName: string,
  directory: string,
  keep: (path: string) => boolean,
  log: (message: string) => void
): Promise<string[]> {
  const digest = expectedDigest(dist)
  log(`Downloading ${packageName} from ${dist.tarball}`)
  const response = await request(dist.tarball, 'application/octet-stream')
  if (!response.body) throw new Error(`${dist.tarball} has an empty body`)
  const hash = createHash(digest.algorithm)
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk)
      callback(null, chunk)
    }
  })
  const extractor = tarExtractor(directory, keep)
  await pipeline(
    Readable.fromWeb(response.body as import('node:stream/web').ReadableStream),
    hashing,
    createGunzip(),
    extractor
  )
  if (hash.digest(digest.encoding) !== digest.value) {
    throw new Error(
      `${packageName} from ${dist.tarball} does not match the registry's ${digest.algorithm} digest (corrupt or tampered download)`
    )
  }
  return (await extractor.extraction).files
}

function expectedDigest(dist: PackageDist): {
  algorithm: 'sha512' | 'sha1'
  encoding: 'base64' | 'hex'
  value: string
} {
  const sri = dist.integrity
    ?.split(/\s+/)
    .find((entry) => entry.startsWith('sha512-'))
    ?.slice('sha512-'.length)
  if (sri) return { algorithm: 'sha512', encoding: 'base64', value: sri }
  if (dist.shasum) return { algorithm: 'sha1', encoding: 'hex', value: dist.shasum.toLowerCase() }
  throw new Error(`the registry gives no integrity digest for ${dist.tarball}; refusing to install`)
}

function unreachable(registry: string, cause: unknown): ConfigurationError {
  const reason = cause instanceof Error ? cause.message : String(cause)
  return new ConfigurationError(
    `The npm registry ${registry} cannot be reached (${reason}) to install onnxruntime-node; on offline or self-hosted runners set onnxruntime-path to an installed copy.`,
    'onnxruntime-path'
  )
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`
}
