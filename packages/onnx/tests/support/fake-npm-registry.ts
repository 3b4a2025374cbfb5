import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'

/** One file of a tarball: its path inside `package/` and its bytes. */
export interface TarFile {
  readonly path: string
  readonly data: Uint8Array
}

/** A ustar archive as npm publishes it (every path under `package/`), gzip-compressed. */
export function packTarball(
  files: readonly TarFile[],
  options: { paxPaths?: boolean } = {}
): Buffer {
  const blocks: Buffer[] = []
  for (const file of files) {
    const path = `package/${file.path}`
    if (options.paxPaths) {
      const record = paxRecord('path', path)
      blocks.push(tarHeader('PaxHeader', record.length, 'x'), padded(record))
      blocks.push(tarHeader('placeholder', file.data.length, '0'), padded(Buffer.from(file.data)))
    } else {
      blocks.push(tarHeader(path, file.data.length, '0'), padded(Buffer.from(file.data)))
    }
  }
  blocks.push(Buffer.alloc(1024))
  return gzipSync(Buffer.concat(blocks), { level: 1 })
}

function paxRecord(key: string, value: string): Buffer {
  const body = ` ${key}=${value}\n`
  let length = body.length + 1
  while (`${length}${body}`.length !== length) length = `${length}${body}`.length
  return Buffer.from(`${length}${body}`)
}

function tarHeader(path: string, size: number, type: string): Buffer {
  const header = Buffer.alloc(512)
  const [prefix, name] = path.length > 100 ? splitPath(path) : ['', path]
  header.write(name, 0, 100)
  header.write('0000644\0', 100)
  header.write('0000000\0', 108)
  header.write('0000000\0', 116)
  header.write(`${size.toString(8).padStart(11, '0')}\0`, 124)
  header.write('00000000000\0', 136)
  header.write('        ', 148)
  header.write(type, 156)
  header.write('ustar\0', 257)
  header.write('00', 263)
  header.write(prefix, 345, 155)
  let sum = 0
  for (const byte of header) sum += byte
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148)
  return header
}

function splitPath(path: string): [string, string] {
  const at = path.lastIndexOf('/', path.length - 101 >= 0 ? 155 : path.length)
  return [path.slice(0, at), path.slice(at + 1)]
}

function padded(data: Buffer): Buffer {
  const rest = (512 - (data.length % 512)) % 512
  return rest === 0 ? data : Buffer.concat([data, Buffer.alloc(rest)])
}

/** Every file under `directory`, except those `skip` names (paths relative to it, `/`-separated). */
export function filesUnder(
  directory: string,
  skip: (path: string) => boolean = () => false
): TarFile[] {
  const files: TarFile[] = []
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder)) {
      const full = join(folder, entry)
      const path = relative(directory, full).split('\\').join('/')
      if (skip(path)) continue
      if (statSync(full).isDirectory()) walk(full)
      else files.push({ path, data: readFileSync(full) })
    }
  }
  walk(directory)
  return files
}

/**
 * The two tarballs the action installs, made from the repository's node_modules: onnxruntime-node
 * with only this machine's binaries (as small as a test can afford) and onnxruntime-common.
 */
export function runtimeTarballs(nodeModules: string): Record<string, Buffer> {
  const binaries = `bin/napi-v6/${process.platform}/${process.arch}`
  return {
    'onnxruntime-node': packTarball(
      filesUnder(join(nodeModules, 'onnxruntime-node'), (path) =>
        path.startsWith('bin/')
          ? !(binaries.startsWith(path) || path.startsWith(binaries))
          : path === 'lib'
      )
    ),
    'onnxruntime-common': packTarball(
      filesUnder(join(nodeModules, 'onnxruntime-common'), (path) => path === 'lib')
    )
  }
}

export interface FakeNpmRegistry {
  readonly url: string
  /** Request paths in arrival order, with the authorization header seen. */
  readonly requests: { path: string; authorization?: string }[]
  close(): Promise<void>
}

export interface FakeNpmRegistryOptions {
  /** package name → tarball (.tgz bytes), all published as `version`. */
  readonly tarballs: Record<string, Buffer>
  readonly version: string
  /** Serve another, well-formed tarball for these packages (the digest still names the original). */
  readonly tampered?: readonly string[]
}

/** A loopback npm registry: `GET /<name>/<version>` (version document) and `GET /<name>/-/<file>.tgz`. */
export async function startFakeNpmRegistry(
  options: FakeNpmRegistryOptions
): Promise<FakeNpmRegistry> {
  const requests: { path: string; authorization?: string }[] = []
  const server = createServer((request, response) => {
    const path = request.url ?? '/'
    requests.push({
      path,
      ...(request.headers.authorization ? { authorization: request.headers.authorization } : {})
    })
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    for (const [name, tarball] of Object.entries(options.tarballs)) {
      const file = `/${name}/-/${name}-${options.version}.tgz`
      if (path === `/${name}/${options.version}`) {
        const integrity = `sha512-${createHash('sha512').update(tarball).digest('base64')}`
        response.writeHead(200, { 'content-type': 'application/json' })
        response.end(
          JSON.stringify({
            name,
            version: options.version,
            dist: { tarball: `${base}${file}`, integrity }
          })
        )
        return
      }
      if (path === file) {
        const body = options.tampered?.includes(name)
          ? packTarball([{ path: 'package.json', data: Buffer.from(`{"name":"${name}"}`) }])
          : tarball
        response.writeHead(200, { 'content-type': 'application/octet-stream' })
        response.end(body)
        return
      }
    }
    response.writeHead(404, { 'content-type': 'application/json' })
    response.end('{"error":"Not found"}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}
