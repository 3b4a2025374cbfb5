import { describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdir, symlink } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { ConfigurationError } from '@ml-actions/core/errors'
import { loadOnnxRuntime, toolCacheDirectory } from '@ml-actions/onnx'
import type { RuntimeInstaller } from '@ml-actions/onnx'
import { repoRuntimeDirectory, scratchDirectory } from './support/onnx-models.js'

/** Stands in for the registry download: links the repository's copy into the prefix. */
function linkingInstaller(calls: string[]): RuntimeInstaller {
  return async (prefix, version) => {
    calls.push(`${prefix}@${version}`)
    await mkdir(join(prefix, 'node_modules'), { recursive: true })
    await symlink(repoRuntimeDirectory, join(prefix, 'node_modules', 'onnxruntime-node'))
  }
}

describe('loadOnnxRuntime', () => {
  it('takes an explicit package folder, node_modules folder or npm prefix', async () => {
    for (const path of [
      repoRuntimeDirectory,
      dirname(repoRuntimeDirectory),
      dirname(dirname(repoRuntimeDirectory))
    ]) {
      const loaded = await loadOnnxRuntime({
        path,
        install: () => Promise.reject(new Error('must not install'))
      })
      expect(loaded).toMatchObject({
        source: 'path-input',
        version: '1.30.0',
        packageDirectory: repoRuntimeDirectory
      })
      expect(typeof loaded.ort.InferenceSession.create).toBe('function')
    }
  })

  it('names the input when the path holds no onnxruntime-node', async () => {
    const empty = await scratchDirectory('no-ort')
    const attempt = loadOnnxRuntime({ path: empty })
    await expect(attempt).rejects.toBeInstanceOf(ConfigurationError)
    await expect(attempt).rejects.toThrow(/onnxruntime-path ".*" holds no onnxruntime-node/)
  })

  it('installs into the tool cache once, then reuses it', async () => {
    const toolCache = await scratchDirectory('tool-cache')
    const calls: string[] = []
    const first = await loadOnnxRuntime({ toolCache, install: linkingInstaller(calls) })
    const cacheDirectory = toolCacheDirectory(toolCache, '1.30.0')
    expect(first).toMatchObject({
      source: 'installed',
      packageDirectory: join(cacheDirectory, 'node_modules', 'onnxruntime-node')
    })
    expect(existsSync(`${cacheDirectory}.complete`)).toBe(true)
    const second = await loadOnnxRuntime({ toolCache, install: linkingInstaller(calls) })
    expect(second.source).toBe('tool-cache')
    expect(calls).toHaveLength(1)
    expect(calls[0]).toMatch(/\.staging-\d+@1\.30\.0$/)
  })

  it('leaves no half-installed cache behind when the install fails', async () => {
    const toolCache = await scratchDirectory('tool-cache-fail')
    await expect(
      loadOnnxRuntime({ toolCache, install: () => Promise.reject(new Error('offline')) })
    ).rejects.toThrow('offline')
    const cacheDirectory = toolCacheDirectory(toolCache, '1.30.0')
    expect(existsSync(cacheDirectory)).toBe(false)
    expect(existsSync(`${cacheDirectory}.complete`)).toBe(false)
  })
})
