import type { CliIo } from '@ml-actions/action-kit/cli'
import type { OnnxExportVerifyBody } from './definition.js'

/**
 * The onnx-export-verify action from outside (the pipeline, the CLI): its definition, the body the
 * pipeline runs and the `ml-actions onnx-export-verify` command, both behind a dynamic import.
 */
export { onnxExportVerify as definition } from './definition.js'

export async function loadPipelineBody(): Promise<OnnxExportVerifyBody> {
  return (await import('./verify-export.js')).verifyExport
}

export async function runCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const [{ runCli }, { onnxExportVerify }, { verifyExport }] = await Promise.all([
    import('@ml-actions/action-kit/cli'),
    import('./definition.js'),
    import('./verify-export.js')
  ])
  return runCli(onnxExportVerify, verifyExport, argv, { positional: 'model', io })
}
