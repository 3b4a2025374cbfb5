/**
 * @jest-environment ./packages/onnx/tests/support/native-typed-arrays-environment.mjs
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { memoryLogger, readInputs } from '@ml-actions/action-kit'
import { onnxExportVerify } from '../src/definition.js'
import { verifyExport } from '../src/verify-export.js'
import {
  encodeModel,
  repoRuntimeDirectory,
  scratchDirectory
} from '../../../packages/onnx/tests/support/onnx-models.js'
import {
  runtimeTarballs,
  startFakeNpmRegistry
} from '../../../packages/onnx/tests/support/fake-npm-registry.js'
import type { FakeNpmRegistry } from '../../../packages/onnx/tests/support/fake-npm-registry.js'

let registry: FakeNpmRegistry

beforeAll(async () => {
  registry = await startFakeNpmRegistry({
    tarballs: runtimeTarballs(join(repoRuntimeDirectory, '..')),
    version: '1.30.0'
  })
}, 60_000)

afterAll(() => registry.close())

describe('verifyExport body', () => {
  it('installs onnxruntime-node from NPM_CONFIG_REGISTRY into the tool cache once and says which copy it used', async () => {
    const workspace = await scratchDirectory('body')
    const toolCache = join(workspace, 'tool-cache')
    await writeFile(join(workspace, 'model.onnx'), encodeModel())
    const inputs = readInputs(
      onnxExportVerify.inputs,
      (name) => ({ model: 'model.onnx', runs: '0', 'fail-on': 'never' })[name]
    )
    const run = async () => {
      const log = memoryLogger()
      const outcome = await verifyExport(inputs, {
        log,
        env: {
          RUNNER_TOOL_CACHE: toolCache,
          RUNNER_TEMP: workspace,
          NPM_CONFIG_REGISTRY: registry.url,
          NODE_AUTH_TOKEN: 'mirror-token'
        },
        cwd: workspace,
        cli: false
      })
      return { outcome, log }
    }
    const first = await run()
    expect(first.outcome.outputs).toMatchObject({
      result: 'pass',
      'report-path': join(workspace, 'onnx-verification.json')
    })
    expect(first.log.lines).toContainEqual(
      expect.stringMatching(
        /^info: Downloading onnxruntime-node@1\.30\.0 from http:\/\/127\.0\.0\.1/
      )
    )
    expect(first.log.lines).toContainEqual(
      expect.stringMatching(
        /^info: onnxruntime-node 1\.30\.0 from installed: .*tool-cache\/onnxruntime-node\/1\.30\.0\//
      )
    )
    expect(
      registry.requests.every((request) => request.authorization === 'Bearer mirror-token')
    ).toBe(true)
    const second = await run()
    expect(second.log.lines).toContainEqual(
      expect.stringMatching(/^info: onnxruntime-node 1\.30\.0 from tool-cache: /)
    )
    expect(registry.requests.filter((request) => request.path.endsWith('.tgz'))).toHaveLength(2)
  }, 60_000)
})
