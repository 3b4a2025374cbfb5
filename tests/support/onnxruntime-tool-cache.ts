import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  PINNED_ONNXRUNTIME_VERSION,
  toolCacheDirectory
} from '../../packages/onnx/src/onnx-runtime-loader.js'
import { repoRoot } from './action-metadata.js'

const RUNTIME_PACKAGES = ['onnxruntime-node', 'onnxruntime-common']

/**
 * A tool cache as an earlier run of onnx-export-verify leaves it, holding the onnxruntime-node of
 * this checkout: tests of other steps then run real inference without downloading the runtime
 * (the download itself is tested against a loopback registry in actions/onnx-export-verify).
 */
export async function seededOnnxRuntimeToolCache(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'tool-cache-'))
  const directory = toolCacheDirectory(root, PINNED_ONNXRUNTIME_VERSION)
  await mkdir(join(directory, 'node_modules'), { recursive: true })
  for (const name of RUNTIME_PACKAGES) {
    await symlink(
      join(repoRoot, 'node_modules', name),
      join(directory, 'node_modules', name),
      'dir'
    )
  }
  await writeFile(`${directory}.complete`, '')
  return root
}
