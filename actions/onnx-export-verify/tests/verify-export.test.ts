/**
 * @jest-environment ./packages/onnx/tests/support/native-typed-arrays-environment.mjs
 */
import { describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { memoryLogger, readInputs } from '@ml-actions/action-kit'
import { onnxExportVerify } from '../src/definition.js'
import { createVerifyExport } from '../src/verify-export.js'
import {
  encodeModel,
  repoRuntimeDirectory
} from '../../../packages/onnx/tests/support/onnx-models.js'

describe('verifyExport body', () => {
  it('installs onnxruntime-node into the tool cache on first use and says which copy it used', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'onnx-body-'))
    const toolCache = join(workspace, 'tool-cache')
    await writeFile(join(workspace, 'model.onnx'), encodeModel())
    const installs: string[] = []
    const body = createVerifyExport({
      installRuntime: async (prefix, version) => {
        installs.push(version)
        await mkdir(join(prefix, 'node_modules'), { recursive: true })
        await symlink(repoRuntimeDirectory, join(prefix, 'node_modules', 'onnxruntime-node'))
      }
    })
    const inputs = readInputs(
      onnxExportVerify.inputs,
      (name) => ({ model: 'model.onnx', runs: '0', 'fail-on': 'never' })[name]
    )
    const run = async () => {
      const log = memoryLogger()
      const outcome = await body(inputs, {
        log,
        env: { RUNNER_TOOL_CACHE: toolCache, RUNNER_TEMP: workspace },
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
        /^info: onnxruntime-node 1\.30\.0 from installed: .*tool-cache\/onnxruntime-node\/1\.30\.0\//
      )
    )
    const second = await run()
    expect(second.log.lines).toContainEqual(
      expect.stringMatching(/^info: onnxruntime-node 1\.30\.0 from tool-cache: /)
    )
    expect(installs).toEqual(['1.30.0'])
  })
})
