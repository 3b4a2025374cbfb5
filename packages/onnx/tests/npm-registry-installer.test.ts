/**
 * @jest-environment ./packages/onnx/tests/support/native-typed-arrays-environment.mjs
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'
import { ConfigurationError } from '@ml-actions/core/errors'
import {
  createSession,
  loadOnnxRuntime,
  registryInstaller,
  runSession,
  toolCacheDirectory
} from '@ml-actions/onnx'
import { tarExtractor } from '../src/tar-extraction.js'
import { packTarball, runtimeTarballs, startFakeNpmRegistry } from './support/fake-npm-registry.js'
import type { FakeNpmRegistry } from './support/fake-npm-registry.js'
import { repoRuntimeDirectory, scratchDirectory, writeModel } from './support/onnx-models.js'

const nodeModules = join(repoRuntimeDirectory, '..')
let tarballs: Record<string, Buffer>
let registry: FakeNpmRegistry

beforeAll(async () => {
  tarballs = runtimeTarballs(nodeModules)
  registry = await startFakeNpmRegistry({ tarballs, version: '1.30.0' })
}, 60_000)

afterAll(() => registry.close())

async function extract(archive: Buffer, keep: (path: string) => boolean = () => true) {
  const destination = await scratchDirectory('tar')
  const extractor = tarExtractor(destination, keep)
  await pipeline(Readable.from([archive]), createGunzip(), extractor)
  return { destination, files: (await extractor.extraction).files }
}

describe('tarExtractor', () => {
  it('writes the kept files, drops the package/ segment and follows pax paths', async () => {
    const long = `${'deep/'.repeat(30)}weights.bin`
    const { destination, files } = await extract(
      packTarball(
        [
          { path: long, data: Buffer.from('w') },
          { path: 'skipped.txt', data: Buffer.from('s') }
        ],
        { paxPaths: true }
      ),
      (path) => path !== 'skipped.txt'
    )
    expect(files).toEqual([long])
    expect(await readFile(join(destination, long), 'utf8')).toBe('w')
    expect(existsSync(join(destination, 'skipped.txt'))).toBe(false)
  })

  it('refuses a path that climbs out of the destination', async () => {
    await expect(
      extract(packTarball([{ path: '../../escaped.txt', data: Buffer.from('x') }]))
    ).rejects.toThrow('the archive holds an unsafe path "package/../../escaped.txt"')
  })
})

describe('registryInstaller through loadOnnxRuntime', () => {
  it('installs this platform only from the registry into the tool cache, then reuses it', async () => {
    const toolCache = await scratchDirectory('registry-cache')
    const logs: string[] = []
    const install = registryInstaller({
      registry: registry.url,
      token: 'mirror-token',
      log: (m) => logs.push(m)
    })
    const before = registry.requests.length
    const first = await loadOnnxRuntime({ toolCache, install })
    expect(first).toMatchObject({ source: 'installed', version: '1.30.0' })
    expect(first.installMs).toBeGreaterThan(0)
    const cacheDirectory = toolCacheDirectory(toolCache, '1.30.0')
    expect(first.packageDirectory).toBe(join(cacheDirectory, 'node_modules', 'onnxruntime-node'))
    expect(readdirSync(join(first.packageDirectory, 'bin', 'napi-v6'))).toEqual([process.platform])
    expect(readdirSync(join(first.packageDirectory, 'bin', 'napi-v6', process.platform))).toEqual([
      process.arch
    ])
    const loaded = await createSession(first.ort, await writeModel(toolCache, 'add.onnx', {}))
    if (!loaded.ok) throw new Error(loaded.error.message)
    const outputs = await runSession(
      first.ort,
      loaded.session,
      new Map([
        ['X', { dtype: 'float32' as const, shape: [1, 4], data: Float32Array.from([1, 2, 3, 4]) }]
      ])
    )
    expect([...(outputs.get('Y')?.data ?? [])]).toEqual([2, 4, 6, 8])
    expect(registry.requests.slice(before).map((request) => request.path)).toEqual([
      '/onnxruntime-node/1.30.0',
      '/onnxruntime-node/-/onnxruntime-node-1.30.0.tgz',
      '/onnxruntime-common/1.30.0',
      '/onnxruntime-common/-/onnxruntime-common-1.30.0.tgz'
    ])
    expect(
      registry.requests.slice(before).every((r) => r.authorization === 'Bearer mirror-token')
    ).toBe(true)
    expect(logs[0]).toMatch(
      /^Downloading onnxruntime-node@1\.30\.0 from http:\/\/127\.0\.0\.1:\d+\//
    )

    const again = registry.requests.length
    const second = await loadOnnxRuntime({ toolCache, install })
    expect(second.source).toBe('tool-cache')
    expect(registry.requests.length).toBe(again)
  }, 60_000)

  it('rejects a tarball that does not match the registry digest and caches nothing', async () => {
    const tampered = await startFakeNpmRegistry({
      tarballs,
      version: '1.30.0',
      tampered: ['onnxruntime-node']
    })
    try {
      const toolCache = await scratchDirectory('registry-tampered')
      await expect(
        loadOnnxRuntime({ toolCache, install: registryInstaller({ registry: tampered.url }) })
      ).rejects.toThrow(
        /does not match the registry's sha512 digest \(corrupt or tampered download\)/
      )
      expect(readdirSync(join(toolCache, 'onnxruntime-node', '1.30.0'))).toEqual([])
    } finally {
      await tampered.close()
    }
  })

  it('names onnxruntime-path when the registry is unreachable or lacks the platform', async () => {
    const toolCache = await scratchDirectory('registry-offline')
    const offline = loadOnnxRuntime({
      toolCache,
      install: registryInstaller({ registry: 'http://127.0.0.1:9/' })
    })
    await expect(offline).rejects.toBeInstanceOf(ConfigurationError)
    await expect(offline).rejects.toThrow(
      /npm registry http:\/\/127\.0\.0\.1:9\/ cannot be reached .* set onnxruntime-path/
    )
    const prefix = await scratchDirectory('registry-platform')
    await mkdir(prefix, { recursive: true })
    await expect(
      registryInstaller({ registry: registry.url, platform: 'aix', arch: 'ppc64' })(
        prefix,
        '1.30.0'
      )
    ).rejects.toThrow('onnxruntime-node 1.30.0 has no prebuilt binaries for aix/ppc64')
    await expect(registryInstaller({ registry: registry.url })(prefix, '9.9.9')).rejects.toThrow(
      /answered 404 for http:\/\/127\.0\.0\.1:\d+\/onnxruntime-node\/9\.9\.9/
    )
  })
})
